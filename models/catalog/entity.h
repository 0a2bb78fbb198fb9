// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

/// Where something was written: a file and a 1-based line and column (0 = unknown).
struct SourcePosition {
    QString file;
    int line = 0;
    int column = 0;
};

/// A problem found while reading or validating a catalog file, worded for the person who wrote it.
struct Diagnostic {
    QString file;
    int line = 0;
    int column = 0;
    QString field;     ///< e.g. "metadata.name", "spec.owner", "tags.1"; empty for file-level problems
    QString message;   ///< what is wrong and, where possible, what to do
    QString entityRef; ///< the entity it belongs to, when one could be formed
    int documentIndex = -1; ///< 0-based YAML document within the file (-1: the whole file)
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error; ///< warnings never reject an entity (e.g. a url target we do not fetch)

    /// "file:line:col: field: message"
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// One edge as Backstage's BuiltinKindsEntityProcessor emits it; refs are lowercased.
struct Relation {
    QString source;
    QString type;
    QString target;
    friend bool operator==(const Relation &, const Relation &) = default;
};

/// A validated entity, ready for the store.
struct Entity {
    QJsonObject data;          ///< the entity as Backstage stores it (namespace defaulted, placeholders resolved)
    QString ref;               ///< kind:namespace/name, lowercased
    QList<Relation> relations; ///< both directions, as emitted while processing this entity
    SourcePosition position;   ///< where the document starts
    QString locationKey;       ///< e.g. "file:/abs/path/catalog-info.yaml" or "url:https://..."
    int documentIndex = 0;     ///< 0-based YAML document within its file
    QString parentRef;         ///< the Location entity that emitted this one; empty when read directly
    QStringList emittedRefs;   ///< Location entities: refs read from its targets, in order (duplicates kept)

    [[nodiscard]] QString kind() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString nameSpace() const;
};

/// What reading some catalog files produced: the valid entities and every problem found.
struct ReadResult {
    QList<Entity> entities;
    QList<Diagnostic> diagnostics;
    int filesRead = 0;
    int documentsRead = 0;
};

} // namespace catalog
