// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace store {

/// Where a catalog snapshot came from, and how its last sync went.
struct SourceInfo {
    QString id;     ///< stable name, e.g. "demo", "git:payments", "backstage:prod"
    QString kind;   ///< "file", "git", "backstage", ...
    QString target; ///< path or URL
    QDateTime lastSync;
    QString lastError;
    QDateTime lastErrorAt;
    int entityCount = 0;
    int diagnosticCount = 0;
};

/// The columns of an entity the UI lists and filters by, plus the full JSON.
struct EntityRow {
    qint64 id = 0;
    QString ref;
    QString kind;
    QString nameSpace;
    QString name;
    QString title;
    QString description;
    QString type;
    QString lifecycle;
    QString owner;  ///< owner ref, lowercased (group:default/team-a)
    QString system; ///< system ref, lowercased
    QStringList tags;
    QString sourceId;
    QString file;
    int line = 0;
    QJsonObject data;

    [[nodiscard]] QString displayName() const { return title.isEmpty() ? name : title; }
};

/// A catalog query: free text (prefix search over the FTS index) plus facet filters. Values within one facet
/// are ORed, facets are ANDed, as in Backstage's catalog filters.
struct Query {
    QString text;
    QMap<QString, QStringList> filters; ///< facet name (see facetNames()) -> accepted values
    int limit = 50;
    int offset = 0;
};

struct FacetValue {
    QString value;
    int count = 0;
    friend bool operator==(const FacetValue &, const FacetValue &) = default;
};

/// facet name -> values with counts, most frequent first
using Facets = QMap<QString, QList<FacetValue>>;

/// One line of a scorecard snapshot: completeness of a scope ("all", "owner", "kind") and key at one run.
struct ScoreTally {
    QString scope;
    QString key;
    int entities = 0;
    int passed = 0;
    int applicable = 0;
};

/// A point of a score trend: one recorded run (at most one per rule set and catalog sync).
struct ScorePoint {
    QDateTime takenAt;
    QDateTime catalogSyncedAt; ///< the newest source sync the scores were computed on (invalid: never synced)
    ScoreTally tally;
};

/// One searchable section of a TechDocs page: the text between a heading and the next one.
struct DocSection {
    QString pageUrl;   ///< site-relative, as MkDocs makes it ("guide/intro/", "" for the home page)
    QString pageTitle;
    QString heading;   ///< the page title for the text before the first heading
    QString anchor;    ///< heading id, empty for the top of the page
    QString text;      ///< plain text
};

/// A docs search result. `snippet` and `heading` mark each match with U+0002 ... U+0003 (see kMatchStart), so
/// a view can escape the text and then highlight.
struct DocsHit {
    QString entityRef;
    QString pageUrl;
    QString pageTitle;
    QString heading;
    QString anchor;
    QString snippet;
    double rank = 0; ///< bm25, lower is better
};
inline constexpr QChar kMatchStart = QChar(0x02);
inline constexpr QChar kMatchEnd = QChar(0x03);

/// What an entity's docs index was built from.
struct DocsIndexInfo {
    QString contentHash;
    QDateTime indexedAt;
    int sections = 0;
};

/// The facets the store can count and filter by.
inline QStringList facetNames()
{
    return {QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("lifecycle"), QStringLiteral("owner"),
            QStringLiteral("namespace"), QStringLiteral("tag"), QStringLiteral("system")};
}

} // namespace store
