// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal: the state of one Reader call. Files are read at most once per run (a Location pointing at a
// file already read reuses its result), and the chain of files being read detects Location cycles.

#include "catalog/entity.h"
#include "catalog/placeholders.h"
#include "catalog/validator.h"
#include "catalog/yamlparse.h"

#include <QHash>
#include <QSet>

namespace catalog::detail {

class ReadRun
{
public:
    ReadRun(FileLoader loader, bool customLoader, QString locationType);

    /// Reads one root location (a file given by the user). `text` overrides loading when set.
    void readRoot(const QString &path, const std::optional<QByteArray> &text = std::nullopt);

    ReadResult result;

private:
    /// Reads `path` and everything its Location entities point at; returns the refs it emitted.
    QStringList readLocation(const QString &path, const std::optional<QByteArray> &text, const QString &origin,
                             const QString &parentRef);
    void processDocument(const YamlDocument &doc, const QString &path, const QString &origin,
                         const QString &parentRef, QStringList &emitted);
    /// Location entities: resolves spec.target/targets to files. Fails (the Location is rejected) when a
    /// required target is missing or malformed.
    ValidationOutcome resolveTargets(const QJsonObject &entity, const QString &path, QStringList &files,
                                     QList<ValidationError> &warnings) const;
    QStringList expandTarget(const QString &target) const;

    void addDiagnostic(const QString &file, const YamlDocument *doc, const QStringList &fieldPath,
                       const QString &message, const QString &ref,
                       Diagnostic::Severity severity = Diagnostic::Severity::Error);
    void fileDiagnostic(const QString &file, const QString &message);

    FileLoader m_loader;
    bool m_customLoader = false;
    QString m_locationType;
    QHash<QString, QStringList> m_readFiles; ///< file → refs it emitted
    QStringList m_chain;                     ///< files currently being read, outermost first
    QHash<QString, SourcePosition> m_refs;   ///< ref → where it was first defined
};

} // namespace catalog::detail
