// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal: text-level work done before and around yaml-cpp (document splitting, the nesting pre-check,
// YAML 1.2 core-schema scalar typing), plus the event builder that turns yaml-cpp's parse into QJson.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <yaml-cpp/mark.h>

#include <string>

namespace catalog::detail {

struct Chunk {
    int startLine = 0; ///< 0-based line where the document's text starts
    qsizetype begin = 0;
    qsizetype end = 0;
    bool explicitStart = false;
    bool hasContent = false;
};

/// Splits a stream at its document markers (`---`, `...` at column 0).
[[nodiscard]] QList<Chunk> splitDocuments(const QByteArray &text);

/// True when flow collections nest deeper than kMaxNestingDepth; line/column (0-based) say where.
[[nodiscard]] bool flowTooDeep(const char *p, qsizetype size, int &line, int &column);

/// The result of building one document's JSON from yaml-cpp events.
struct JsonBuild {
    QJsonValue value = QJsonValue(QJsonValue::Null);
    YAML::Mark rootMark = YAML::Mark::null_mark();
    QString error; ///< a structural problem yaml-cpp does not report (duplicate keys, depth, aliases)
    YAML::Mark errorMark;
};

/// Parses [begin, end) as one YAML document. yaml-cpp exceptions (syntax errors) propagate to the caller.
[[nodiscard]] JsonBuild buildJson(const char *begin, const char *end);

} // namespace catalog::detail
