// SPDX-License-Identifier: Apache-2.0
#include "palettemodel.h"

#include "catalogbackend.h"
#include "docssearchmodel.h"
#include "store/catalogstore.h"

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PaletteModel::setStore(store::CatalogStore *store)
{
    m_store = store;
    refresh();
}

void PaletteModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    refresh();
}

void PaletteModel::setCommands(const QVariantList &commands)
{
    if (m_commands == commands)
        return;
    m_commands = commands;
    Q_EMIT commandsChanged();
    refresh();
}

void PaletteModel::refresh()
{
    if (!m_store && CatalogBackend::instance())
        m_store = CatalogBackend::instance()->store();
    QList<Row> rows;
    const QString needle = m_text.trimmed();
    for (const QVariant &command : std::as_const(m_commands)) {
        const QVariantMap map = command.toMap();
        const QString title = map.value(QStringLiteral("title")).toString();
        if (needle.isEmpty() || title.contains(needle, Qt::CaseInsensitive))
            rows.append({QStringLiteral("command"), title,
                         map.value(QStringLiteral("subtitle"), tr("Go to page", "@info palette item")).toString(),
                         map.value(QStringLiteral("target")).toString(), tr("Pages", "@title palette section")});
    }
    if (m_store && !needle.isEmpty()) {
        store::Query query;
        query.text = needle;
        query.limit = kMaxEntities;
        for (const store::EntityRow &row : m_store->search(query)) {
            rows.append({row.kind, row.displayName(),
                         row.description.isEmpty() ? row.ref : row.description,
                         QStringLiteral("entity/") + row.ref, tr("Entities", "@title palette section")});
        }
        QHash<QString, QString> entityTitles;
        for (const store::DocsHit &hit : m_store->searchDocs(needle, kMaxDocs)) {
            auto title = entityTitles.find(hit.entityRef);
            if (title == entityTitles.end()) {
                const auto entity = m_store->entity(hit.entityRef);
                title = entityTitles.insert(hit.entityRef, entity ? entity->displayName() : hit.entityRef);
            }
            const QString heading = DocsSearchModel::plainText(hit.heading);
            rows.append({QStringLiteral("docs"),
                         heading == hit.pageTitle ? heading : hit.pageTitle + QStringLiteral(" › ") + heading,
                         *title + QStringLiteral(" · ") + DocsSearchModel::plainText(hit.snippet),
                         DocsSearchModel::location(hit.entityRef, hit.pageUrl, hit.anchor),
                         tr("Docs", "@title palette section")});
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

QString PaletteModel::targetAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).target : QString();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case KindRole: return row.kind;
    case SubtitleRole: return row.subtitle;
    case TargetRole: return row.target;
    case SectionRole: return row.section;
    case FirstInSectionRole: return index.row() == 0 || m_rows.at(index.row() - 1).section != row.section;
    default: return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    return {{KindRole, "kind"}, {TitleRole, "title"}, {SubtitleRole, "subtitle"}, {TargetRole, "target"}, {SectionRole, "section"}, {FirstInSectionRole, "firstInSection"}};
}
