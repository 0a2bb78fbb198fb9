// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace store {
class CatalogStore;
}

/// Everything an entity page shows, read from the store when `ref` is set: header facts, readable annotations,
/// ownership, relations grouped by type, group/user structure, and the YAML document it came from.
class EntityController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ref READ ref WRITE setRef NOTIFY refChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY loaded)
    Q_PROPERTY(QString kind READ kind NOTIFY loaded)
    Q_PROPERTY(QString name READ name NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QVariant facts READ factsValue NOTIFY loaded)
    Q_PROPERTY(QStringList tags READ tags NOTIFY loaded)
    Q_PROPERTY(QVariantList links READ links NOTIFY loaded)
    Q_PROPERTY(QVariantList annotations READ annotations NOTIFY loaded)
    Q_PROPERTY(bool hasTechDocs READ hasTechDocs NOTIFY loaded)
    Q_PROPERTY(bool hasKubernetes READ hasKubernetes NOTIFY loaded)
    Q_PROPERTY(bool isApi READ isApi NOTIFY loaded)
    Q_PROPERTY(QString file READ file NOTIFY loaded)
    Q_PROPERTY(int line READ line NOTIFY loaded)
    Q_PROPERTY(QString yaml READ yaml NOTIFY loaded)
    Q_PROPERTY(QString definition READ definition NOTIFY loaded)
    Q_PROPERTY(QString definitionLanguage READ definitionLanguage NOTIFY loaded)
    Q_PROPERTY(QVariantList relationGroups READ relationGroups NOTIFY loaded)
    Q_PROPERTY(QVariant ownerInfo READ ownerInfoValue NOTIFY loaded)
    Q_PROPERTY(QVariantList members READ members NOTIFY loaded)
    Q_PROPERTY(QVariantList parentGroups READ parentGroups NOTIFY loaded)
    Q_PROPERTY(QVariantList childGroups READ childGroups NOTIFY loaded)
    Q_PROPERTY(QVariantList memberOf READ memberOf NOTIFY loaded)
    Q_PROPERTY(QVariantList owned READ owned NOTIFY loaded)

public:
    explicit EntityController(QObject *parent = nullptr);
    void setStore(store::CatalogStore *store);

    [[nodiscard]] QString ref() const { return m_ref; }
    void setRef(const QString &ref);
    [[nodiscard]] bool exists() const { return !m_data.isEmpty(); }
    [[nodiscard]] QString kind() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString title() const;
    /// description, type, lifecycle, owner, system, namespace, displayName, email (for users and groups)
    [[nodiscard]] QVariantMap facts() const { return m_facts; }
    // QML reads maps as QVariant: qmllint 6.4 rejects member access on a QVariantMap-typed property.
    [[nodiscard]] QVariant factsValue() const { return m_facts; }
    [[nodiscard]] QVariant ownerInfoValue() const { return m_ownerInfo; }
    [[nodiscard]] QStringList tags() const;
    [[nodiscard]] QVariantList links() const;
    /// [{label, value, url}]: well-known annotations in words, the rest as written
    [[nodiscard]] QVariantList annotations() const;
    [[nodiscard]] bool hasTechDocs() const;
    [[nodiscard]] bool hasKubernetes() const;
    [[nodiscard]] bool isApi() const { return kind().compare(QLatin1String("API"), Qt::CaseInsensitive) == 0; }
    [[nodiscard]] QString file() const { return m_file; }
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] QString yaml() const { return m_yaml; }
    [[nodiscard]] QString definition() const;
    /// A file name KSyntaxHighlighting resolves ("definition.yaml", "schema.graphql", "definition.proto").
    [[nodiscard]] QString definitionLanguage() const;
    /// [{type, label, items: [{ref, kind, title, description}]}]
    [[nodiscard]] QVariantList relationGroups() const { return m_relationGroups; }
    /// {ref, kind, title, email, members: [...]} for the owner; empty without owner
    [[nodiscard]] QVariantMap ownerInfo() const { return m_ownerInfo; }
    [[nodiscard]] QVariantList members() const { return m_members; }
    [[nodiscard]] QVariantList parentGroups() const { return m_parents; }
    [[nodiscard]] QVariantList childGroups() const { return m_children; }
    [[nodiscard]] QVariantList memberOf() const { return m_memberOf; }
    /// Owned directly and through child groups (users: through their groups); items carry `via`.
    [[nodiscard]] QVariantList owned() const { return m_owned; }

    /// Words for a relation type ("dependsOn" -> "Depends on").
    [[nodiscard]] static QString relationLabel(const QString &type);
    /// The YAML document starting at 1-based `line` of `text` (up to the next document marker).
    [[nodiscard]] static QString documentAt(const QString &text, int line);

Q_SIGNALS:
    void refChanged();
    void loaded();

private:
    void load();
    void loadOwnership();
    void loadGroupStructure();
    [[nodiscard]] QVariantMap brief(const QString &ref, const QString &via = {}) const;
    [[nodiscard]] QStringList targets(const QString &ref, const QString &type) const;
    [[nodiscard]] store::CatalogStore *catalogStore();

    store::CatalogStore *m_store = nullptr;
    QString m_ref;
    QJsonObject m_data;
    QVariantMap m_facts;
    QString m_file;
    int m_line = 0;
    QString m_yaml;
    QVariantList m_relationGroups;
    QVariantMap m_ownerInfo;
    QVariantList m_members;
    QVariantList m_parents;
    QVariantList m_children;
    QVariantList m_memberOf;
    QVariantList m_owned;
};
