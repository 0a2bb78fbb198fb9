// SPDX-License-Identifier: Apache-2.0
#include "store/schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace store {

namespace {

// Append-only: each entry upgrades the schema by one version. Never edit a step that has shipped.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: sources, entities, relations, diagnostics, full-text index
        {
            QStringLiteral("CREATE TABLE sources (id TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,"
                           " last_sync TEXT, last_error TEXT, last_error_at TEXT, state TEXT)"),
            QStringLiteral("CREATE TABLE entities (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE,"
                           " source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL, title TEXT,"
                           " description TEXT, type TEXT, lifecycle TEXT, owner TEXT, system TEXT,"
                           " file TEXT, line INTEGER, location_key TEXT, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX entities_source ON entities(source_id)"),
            QStringLiteral("CREATE INDEX entities_kind ON entities(lower(kind))"),
            QStringLiteral("CREATE INDEX entities_type ON entities(lower(type))"),
            QStringLiteral("CREATE INDEX entities_lifecycle ON entities(lower(lifecycle))"),
            QStringLiteral("CREATE INDEX entities_owner ON entities(owner)"),
            QStringLiteral("CREATE INDEX entities_system ON entities(system)"),
            QStringLiteral("CREATE TABLE entity_tags (entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE "
                           "CASCADE, tag TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX entity_tags_tag ON entity_tags(tag)"),
            QStringLiteral("CREATE INDEX entity_tags_entity ON entity_tags(entity_id)"),
            QStringLiteral("CREATE TABLE relations (source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
                           " source_ref TEXT NOT NULL, type TEXT NOT NULL, target_ref TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX relations_source_ref ON relations(source_ref)"),
            QStringLiteral("CREATE INDEX relations_target_ref ON relations(target_ref)"),
            QStringLiteral("CREATE INDEX relations_source_id ON relations(source_id)"),
            QStringLiteral("CREATE TABLE diagnostics (source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
                           " file TEXT, line INTEGER, col INTEGER, field TEXT, message TEXT NOT NULL, entity_ref TEXT)"),
            QStringLiteral("CREATE INDEX diagnostics_source ON diagnostics(source_id)"),
            // Weighted columns: name and title first. The text is ours (no external content table) so a snapshot
            // swap stays one transaction over plain tables.
            QStringLiteral("CREATE VIRTUAL TABLE entities_fts USING fts5(name, title, description, tags, owner, type,"
                           " annotations, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        },
        // 2: last good results of live lookups (Kubernetes state per component, ...), for offline use
        {
            QStringLiteral("CREATE TABLE cache (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL, PRIMARY KEY (kind, key))"),
        },
        // 3: scorecard snapshots, one per rule set and catalog sync, for completeness trends
        {
            QStringLiteral("CREATE TABLE score_runs (id INTEGER PRIMARY KEY, rule_set TEXT NOT NULL,"
                           " taken_at TEXT NOT NULL, catalog_synced_at TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (rule_set, catalog_synced_at))"),
            QStringLiteral("CREATE TABLE score_tallies (run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,"
                           " scope TEXT NOT NULL, key TEXT NOT NULL, entities INTEGER NOT NULL, passed INTEGER NOT NULL,"
                           " applicable INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX score_tallies_run ON score_tallies(run_id)"),
            QStringLiteral("CREATE INDEX score_tallies_key ON score_tallies(scope, key)"),
        },
        // 4: sync bookkeeping. The state says what a source's snapshot was built from (commit ids, config
        // fingerprint), so an unchanged source costs one fetch; the parse cache keeps the parsed entities of
        // each catalog root with the blob ids it read, so only changed files are parsed again.
        {
            QStringLiteral("CREATE TABLE sync_state (source_id TEXT PRIMARY KEY, state TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sync_parse_cache (source_id TEXT NOT NULL, root TEXT NOT NULL, deps TEXT NOT "
                           "NULL, result TEXT NOT NULL, PRIMARY KEY (source_id, root))"),
        },
        // 5: what the desktop app remembers for the user: starred entities and small settings
        {
            QStringLiteral("CREATE TABLE starred (ref TEXT PRIMARY KEY, starred_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        // 6: TechDocs search. One row per page section (a page split at its headings); the FTS table reads its
        // text from docs_sections (external content), so one entity's rows can be replaced through the entity
        // index. docs_index remembers what each entity's rows were built from, to skip unchanged sources.
        {
            QStringLiteral("CREATE TABLE docs_sections (id INTEGER PRIMARY KEY, entity_ref TEXT NOT NULL,"
                           " page_url TEXT NOT NULL, page_title TEXT NOT NULL, heading TEXT NOT NULL,"
                           " anchor TEXT NOT NULL, text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX docs_sections_entity ON docs_sections(entity_ref)"),
            QStringLiteral("CREATE VIRTUAL TABLE docs_fts USING fts5(page_title, heading, text, content = 'docs_sections',"
                           " content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
            QStringLiteral("CREATE TRIGGER docs_sections_ai AFTER INSERT ON docs_sections BEGIN"
                           " INSERT INTO docs_fts(rowid, page_title, heading, text)"
                           " VALUES (new.id, new.page_title, new.heading, new.text); END"),
            QStringLiteral("CREATE TRIGGER docs_sections_ad AFTER DELETE ON docs_sections BEGIN"
                           " INSERT INTO docs_fts(docs_fts, rowid, page_title, heading, text)"
                           " VALUES ('delete', old.id, old.page_title, old.heading, old.text); END"),
            QStringLiteral("CREATE TABLE docs_index (entity_ref TEXT PRIMARY KEY, content_hash TEXT NOT NULL,"
                           " indexed_at TEXT NOT NULL, sections INTEGER NOT NULL)"),
        },
    };
    return steps;
}

} // namespace

int schemaVersion()
{
    return int(migrations().size());
}

QString migrate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    int version = q.value(0).toInt();
    if (version > schemaVersion()) {
        return QStringLiteral("the catalog database has schema version %1, newer than this Portolan (%2) knows; "
                              "use a newer Portolan or remove the file")
            .arg(version)
            .arg(schemaVersion());
    }
    for (; version < schemaVersion(); ++version) {
        if (!db.transaction())
            return db.lastError().text();
        for (const QString &statement : migrations().at(version)) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                db.rollback();
                return QStringLiteral("schema step %1 failed: %2").arg(version + 1).arg(error);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            const QString error = q.lastError().text();
            db.rollback();
            return error;
        }
    }
    return {};
}

} // namespace store
