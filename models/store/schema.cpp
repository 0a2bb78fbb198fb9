// SPDX-License-Identifier: Apache-2.0
#include "store/schema.h"

#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace store {

namespace {

// Append-only, numbers ascending. Never edit a step that has shipped. Numbers may have gaps: branches reserve
// step numbers, and a step missing here (say 6 while 7 is present) is applied when it arrives (see migrate()).
const QList<MigrationStep> &migrations()
{
    static const QList<MigrationStep> steps = {
        // 1: sources, entities, relations, diagnostics, full-text index
        {1, {
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
        }},
        // 2: last good results of live lookups (Kubernetes state per component, ...), for offline use
        {2, {
            QStringLiteral("CREATE TABLE cache (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL, PRIMARY KEY (kind, key))"),
        }},
        // 3: scorecard snapshots, one per rule set and catalog sync, for completeness trends
        {3, {
            QStringLiteral("CREATE TABLE score_runs (id INTEGER PRIMARY KEY, rule_set TEXT NOT NULL,"
                           " taken_at TEXT NOT NULL, catalog_synced_at TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (rule_set, catalog_synced_at))"),
            QStringLiteral("CREATE TABLE score_tallies (run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,"
                           " scope TEXT NOT NULL, key TEXT NOT NULL, entities INTEGER NOT NULL, passed INTEGER NOT NULL,"
                           " applicable INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX score_tallies_run ON score_tallies(run_id)"),
            QStringLiteral("CREATE INDEX score_tallies_key ON score_tallies(scope, key)"),
        }},
        // 4: sync bookkeeping. The state says what a source's snapshot was built from (commit ids, config
        // fingerprint), so an unchanged source costs one fetch; the parse cache keeps the parsed entities of
        // each catalog root with the blob ids it read, so only changed files are parsed again.
        {4, {
            QStringLiteral("CREATE TABLE sync_state (source_id TEXT PRIMARY KEY, state TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sync_parse_cache (source_id TEXT NOT NULL, root TEXT NOT NULL, deps TEXT NOT "
                           "NULL, result TEXT NOT NULL, PRIMARY KEY (source_id, root))"),
        }},
        // 5: what the desktop app remembers for the user: starred entities and small settings
        {5, {
            QStringLiteral("CREATE TABLE starred (ref TEXT PRIMARY KEY, starred_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        }},
        // 6: TechDocs search. One row per page section (a page split at its headings); the FTS table reads its
        // text from docs_sections (external content), so one entity's rows can be replaced through the entity
        // index. docs_index remembers what each entity's rows were built from, to skip unchanged sources.
        {6, {
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
        }},
        // 7: a narrow copy of the columns the catalog is filtered, counted and sorted by: about 100 bytes a row
        // instead of the ~1 KiB entity row with its JSON, so facet counts and ranked search touch far fewer pages.
        // Keys are lowercased as filters compare them; kind, type and lifecycle also keep their spelling for
        // display. Written with the entity in the snapshot transaction; deleted with it by cascade.
        {7, {
            QStringLiteral("CREATE TABLE entity_facets (id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE "
                           "CASCADE, kind TEXT NOT NULL, kind_key TEXT NOT NULL, type TEXT, type_key TEXT,"
                           " lifecycle TEXT, lifecycle_key TEXT, owner TEXT, system TEXT, namespace TEXT NOT NULL,"
                           " name TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX entity_facets_kind ON entity_facets(kind_key)"),
            QStringLiteral("INSERT INTO entity_facets SELECT id, kind, lower(kind), type, lower(type), lifecycle,"
                           " lower(lifecycle), owner, system, namespace, name FROM entities"),
        }},
        // 8: location and URL annotations leave the full-text index (see locationAnnotations()).
        {8, {
            QStringLiteral("UPDATE entities_fts SET annotations = coalesce((SELECT group_concat(a.value, ' ') FROM"
                           " entities e, json_each(e.data, '$.metadata.annotations') a WHERE e.id = entities_fts.rowid"
                           " AND a.key NOT IN (%1)), '')")
                .arg(u'\'' + locationAnnotations().join(QStringLiteral("', '")) + u'\''),
        }},
    };
    return steps;
}

} // namespace

const QStringList &locationAnnotations()
{
    static const QStringList keys{QStringLiteral("backstage.io/managed-by-location"),
                                  QStringLiteral("backstage.io/managed-by-origin-location"),
                                  QStringLiteral("backstage.io/source-location"),
                                  QStringLiteral("backstage.io/view-url"),
                                  QStringLiteral("backstage.io/edit-url")};
    return keys;
}

bool isLocationAnnotation(const QString &key)
{
    return locationAnnotations().contains(key);
}

int schemaVersion()
{
    return migrations().constLast().number;
}

QString migrate(QSqlDatabase &db)
{
    return migrate(db, migrations());
}

QString migrate(QSqlDatabase &db, const QList<MigrationStep> &steps)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    const int version = q.value(0).toInt();
    const int latest = steps.isEmpty() ? 0 : steps.constLast().number;
    if (version > latest) {
        return QStringLiteral("the catalog database has schema version %1, newer than this Portolan (%2) knows; "
                              "use a newer Portolan or remove the file")
            .arg(version)
            .arg(latest);
    }
    // Which steps ran: schema_steps lists them. Before it existed, steps ran strictly in order, so a database
    // without it has exactly the steps 1..user_version.
    QSet<int> applied;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_steps'"))
        || !q.next())
        return q.lastError().text();
    bool tracked = q.value(0).toInt() > 0;
    if (tracked) {
        if (!q.exec(QStringLiteral("SELECT step FROM schema_steps")))
            return q.lastError().text();
        while (q.next())
            applied.insert(q.value(0).toInt());
    } else {
        for (int step = 1; step <= version; ++step)
            applied.insert(step);
    }
    int highest = version;
    for (const MigrationStep &step : steps) {
        if (applied.contains(step.number))
            continue;
        if (!db.transaction())
            return db.lastError().text();
        QStringList statements;
        if (!tracked) {
            statements << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_steps (step INTEGER PRIMARY KEY)");
            for (const int done : std::as_const(applied))
                statements << QStringLiteral("INSERT OR IGNORE INTO schema_steps VALUES (%1)").arg(done);
        }
        statements << step.statements << QStringLiteral("INSERT INTO schema_steps VALUES (%1)").arg(step.number);
        highest = std::max(highest, step.number);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(highest);
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                db.rollback();
                return QStringLiteral("schema step %1 failed: %2").arg(step.number).arg(error);
            }
        }
        if (!db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return error;
        }
        applied.insert(step.number);
        tracked = true;
    }
    return {};
}

} // namespace store
