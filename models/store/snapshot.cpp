// SPDX-License-Identifier: Apache-2.0
// Writing one source's snapshot: the whole swap is a single transaction.
#include "store/catalogstore.h"
#include "store/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace store {

namespace {

QString firstTarget(const catalog::Entity &entity, QStringView type, QStringView kindPrefix = {})
{
    for (const auto &relation : entity.relations) {
        if (relation.source == entity.ref && relation.type == type
            && (kindPrefix.isEmpty() || relation.target.startsWith(kindPrefix)))
            return relation.target;
    }
    return {};
}

QString joinedAnnotationValues(const QJsonObject &metadata)
{
    QStringList values;
    const QJsonObject annotations = metadata.value(u"annotations").toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (!isLocationAnnotation(it.key()))
            values << it.value().toString();
    }
    return values.join(u' ');
}

/// SQLite's lower(): ASCII letters only, as the filters and the migration compare with it.
QString sqlLower(QString text)
{
    for (QChar &c : text) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return text;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    [[nodiscard]] bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace

QString CatalogStore::replaceSnapshot(const SourceInfo &source, const catalog::ReadResult &result)
{
    QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return database.lastError().text();

    QString error = upsertSource(source, true, {});
    if (!error.isEmpty())
        return error;
    QSqlQuery q(database);
    auto run = [&q, &error](const QVariantList &values) {
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (q.exec())
            return true;
        error = q.lastError().text();
        return false;
    };
    auto prepareRun = [&](const QString &sql, const QVariantList &values) { return q.prepare(sql) && run(values); };

    // Old snapshot out (entity_tags go by cascade; the FTS table is not bound by foreign keys).
    if (!prepareRun(QStringLiteral("DELETE FROM entities_fts WHERE rowid IN (SELECT id FROM entities WHERE source_id = ?)"),
                    {source.id})
        || !prepareRun(QStringLiteral("DELETE FROM entities WHERE source_id = ?"), {source.id})
        || !prepareRun(QStringLiteral("DELETE FROM relations WHERE source_id = ?"), {source.id})
        || !prepareRun(QStringLiteral("DELETE FROM diagnostics WHERE source_id = ?"), {source.id}))
        return error;

    // Refs other sources already provide: first claimant wins.
    QHash<QString, QString> claimed;
    if (!prepareRun(QStringLiteral("SELECT ref, source_id, location_key FROM entities"), {}))
        return error;
    while (q.next())
        claimed.insert(q.value(0).toString(), q.value(1).toString() + QStringLiteral(" (") + q.value(2).toString() + u')');

    QList<catalog::Diagnostic> diagnostics = result.diagnostics;
    QSet<QString> written;
    QSqlQuery insertEntity(database), insertFacet(database), insertTag(database), insertFts(database),
        insertRelation(database);
    insertEntity.prepare(QStringLiteral(
        "INSERT INTO entities (ref, source_id, kind, namespace, name, title, description, type, lifecycle, owner, "
        "system, file, line, location_key, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertFacet.prepare(QStringLiteral(
        "INSERT INTO entity_facets (id, kind, kind_key, type, type_key, lifecycle, lifecycle_key, owner, system, "
        "namespace, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertTag.prepare(QStringLiteral("INSERT INTO entity_tags (entity_id, tag) VALUES (?, ?)"));
    insertFts.prepare(QStringLiteral("INSERT INTO entities_fts (rowid, name, title, description, tags, owner, type, "
                                     "annotations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insertRelation.prepare(
        QStringLiteral("INSERT INTO relations (source_id, source_ref, type, target_ref) VALUES (?, ?, ?, ?)"));

    for (const catalog::Entity &entity : result.entities) {
        if (const auto other = claimed.constFind(entity.ref); other != claimed.cend()) {
            diagnostics.append({entity.position.file, entity.position.line, entity.position.column, QStringLiteral("metadata.name"),
                                QStringLiteral("conflicting entity %1: already provided by source %2; this location "
                                               "(%3) is ignored for it")
                                    .arg(entity.ref, other.value(), entity.locationKey),
                                entity.ref});
            continue;
        }
        if (written.contains(entity.ref)) {
            diagnostics.append({entity.position.file, entity.position.line, entity.position.column, QStringLiteral("metadata.name"),
                                QStringLiteral("duplicate entity %1 in this source; the first one is kept").arg(entity.ref),
                                entity.ref});
            continue;
        }
        written.insert(entity.ref);
        const QJsonObject metadata = entity.data.value(u"metadata").toObject();
        const QJsonObject spec = entity.data.value(u"spec").toObject();
        const QString owner = firstTarget(entity, u"ownedBy");
        QStringList tags;
        for (const auto &tag : metadata.value(u"tags").toArray())
            tags << tag.toString().toLower();
        const QVariant type = orNull(spec.value(u"type").toString());
        const QVariant lifecycle = orNull(spec.value(u"lifecycle").toString());
        const QVariant system = orNull(firstTarget(entity, u"partOf", u"system:"));
        insertEntity.addBindValue(entity.ref);
        insertEntity.addBindValue(source.id);
        insertEntity.addBindValue(entity.kind());
        insertEntity.addBindValue(entity.nameSpace());
        insertEntity.addBindValue(entity.name());
        insertEntity.addBindValue(orNull(metadata.value(u"title").toString()));
        insertEntity.addBindValue(orNull(metadata.value(u"description").toString()));
        insertEntity.addBindValue(type);
        insertEntity.addBindValue(lifecycle);
        insertEntity.addBindValue(orNull(owner));
        insertEntity.addBindValue(system);
        insertEntity.addBindValue(orNull(entity.position.file));
        insertEntity.addBindValue(entity.position.line);
        insertEntity.addBindValue(orNull(entity.locationKey));
        insertEntity.addBindValue(QString::fromUtf8(QJsonDocument(entity.data).toJson(QJsonDocument::Compact)));
        if (!insertEntity.exec())
            return insertEntity.lastError().text();
        const qint64 id = insertEntity.lastInsertId().toLongLong();
        // Keys lowered as SQLite's lower() would (ASCII only), so a migrated database and a fresh one agree.
        auto key = [](const QVariant &v) { return v.isNull() ? v : QVariant(sqlLower(v.toString())); };
        for (const QVariant &value : {QVariant(id), QVariant(entity.kind()), key(entity.kind()), type, key(type),
                                      lifecycle, key(lifecycle), orNull(owner), system, QVariant(entity.nameSpace()),
                                      QVariant(entity.name())})
            insertFacet.addBindValue(value);
        if (!insertFacet.exec())
            return insertFacet.lastError().text();
        for (const QString &tag : std::as_const(tags)) {
            insertTag.addBindValue(id);
            insertTag.addBindValue(tag);
            if (!insertTag.exec())
                return insertTag.lastError().text();
        }
        // Owners are searchable by their plain name too ("payments" finds group:default/payments).
        const QString ownerWords = owner.isEmpty() ? QString() : owner + u' ' + owner.section(u'/', -1);
        for (const QVariant &value : {QVariant(id), QVariant(entity.name()), QVariant(metadata.value(u"title").toString()),
                                      QVariant(metadata.value(u"description").toString()), QVariant(tags.join(u' ')),
                                      QVariant(ownerWords), QVariant(spec.value(u"type").toString()),
                                      QVariant(joinedAnnotationValues(metadata))})
            insertFts.addBindValue(value);
        if (!insertFts.exec())
            return insertFts.lastError().text();
        for (const catalog::Relation &relation : entity.relations) {
            for (const QString &value : {source.id, relation.source, relation.type, relation.target})
                insertRelation.addBindValue(value);
            if (!insertRelation.exec())
                return insertRelation.lastError().text();
        }
    }

    QSqlQuery insertDiagnostic(database);
    insertDiagnostic.prepare(QStringLiteral(
        "INSERT INTO diagnostics (source_id, file, line, col, field, message, entity_ref) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const catalog::Diagnostic &d : std::as_const(diagnostics)) {
        for (const QVariant &value : {QVariant(source.id), QVariant(d.file), QVariant(d.line), QVariant(d.column),
                                      QVariant(d.field), QVariant(d.message), QVariant(d.entityRef)})
            insertDiagnostic.addBindValue(value);
        if (!insertDiagnostic.exec())
            return insertDiagnostic.lastError().text();
    }
    if (!transaction.commit())
        return database.lastError().text();
    return {};
}

} // namespace store
