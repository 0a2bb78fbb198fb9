// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal: YAML → JSON with positions. yaml-cpp stays behind this header's .cpp edge; callers see
// QJson values plus a way to ask "where was this field written?".

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace catalog::detail {

struct YamlNodeHandle; // owns the yaml-cpp tree of one document (kept for position lookups on error only)

/// One document of a multi-document stream, numbered like the `yaml` npm package numbers them.
struct YamlDocument {
    int index = 0;         ///< 0-based document index within the file
    int line = 1;          ///< 1-based line/column where the document's content starts
    int column = 1;
    QJsonValue value;      ///< null for an empty document; undefined when `error` is set
    QString error;         ///< YAML syntax or structure problem (empty when fine)
    int errorLine = 0;
    int errorColumn = 0;
    std::shared_ptr<YamlNodeHandle> tree;

    /// 1-based line/column of the node at `path` (map keys / list indexes); falls back to the nearest
    /// existing ancestor. Looked up lazily: building a path→mark map for every node costs more than
    /// parsing, and positions are only needed for the few nodes a diagnostic names.
    [[nodiscard]] std::pair<int, int> positionOf(const QStringList &path) const;
};

/// Limits that keep hostile input from exhausting the stack or memory.
inline constexpr int kMaxNestingDepth = 256;
/// Without aliases a node costs at least ~2 bytes of source, so more nodes than bytes means alias expansion
/// ("billion laughs"); the `yaml` npm package refuses those too.
inline constexpr qint64 kNodeAllowanceBase = 1000;

/// Splits `text` into documents and converts each; never throws. A syntax error in one document does not
/// affect its siblings.
[[nodiscard]] QList<YamlDocument> parseYamlDocuments(const QByteArray &text);

/// Single-document convenience for $yaml/$json placeholders: error is set when the text is not exactly
/// one document.
[[nodiscard]] YamlDocument parseSingleYamlDocument(const QByteArray &text);

/// YAML 1.2 core-schema typing of an untagged plain scalar, as the `yaml` npm package does it.
[[nodiscard]] QJsonValue resolvePlainScalar(const std::string &text);

} // namespace catalog::detail
