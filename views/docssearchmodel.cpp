// SPDX-License-Identifier: Apache-2.0
#include "docssearchmodel.h"

#include "catalogbackend.h"
#include "docsindexer.h"
#include "store/catalogstore.h"

#include <QUrl>

DocsSearchModel::DocsSearchModel(QObject *parent) : QAbstractListModel(parent)
{
    if (auto *indexer = DocsIndexer::instance()) {
        connect(indexer, &DocsIndexer::busyChanged, this, &DocsSearchModel::indexingChanged);
        // New rows for an entity may change what matches; a refresh is one FTS query.
        connect(indexer, &DocsIndexer::indexed, this, [this](const QString &, int, bool skipped) {
            if (!skipped && !m_text.trimmed().isEmpty())
                refresh();
        });
    }
}

void DocsSearchModel::setStore(store::CatalogStore *store)
{
    m_store = store;
    refresh();
}

store::CatalogStore *DocsSearchModel::catalogStore()
{
    if (!m_store && CatalogBackend::instance())
        m_store = CatalogBackend::instance()->store();
    return m_store;
}

bool DocsSearchModel::indexing() const
{
    return DocsIndexer::instance() && DocsIndexer::instance()->busy();
}

void DocsSearchModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    refresh();
}

void DocsSearchModel::setMatchColor(const QString &color)
{
    if (color == m_matchColor)
        return;
    m_matchColor = color;
    Q_EMIT matchColorChanged();
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1), {SnippetRole});
}

void DocsSearchModel::refresh()
{
    store::CatalogStore *store = catalogStore();
    QList<store::DocsHit> hits = store ? store->searchDocs(m_text, kLimit) : QList<store::DocsHit>();
    beginResetModel();
    m_hits = std::move(hits);
    m_entityTitles.clear();
    for (const store::DocsHit &hit : std::as_const(m_hits)) {
        if (!m_entityTitles.contains(hit.entityRef)) {
            const auto row = store->entity(hit.entityRef);
            m_entityTitles.insert(hit.entityRef, row ? row->displayName() : hit.entityRef);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int DocsSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant DocsSearchModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const store::DocsHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HeadingRole: return plainText(hit.heading);
    case EntityRefRole: return hit.entityRef;
    case EntityTitleRole: return m_entityTitles.value(hit.entityRef);
    case PageUrlRole: return hit.pageUrl;
    case PageTitleRole: return hit.pageTitle;
    case AnchorRole: return hit.anchor;
    case SnippetRole: return richText(hit.snippet, m_matchColor);
    case LocationRole: return location(hit.entityRef, hit.pageUrl, hit.anchor);
    default: return {};
    }
}

QHash<int, QByteArray> DocsSearchModel::roleNames() const
{
    return {{EntityRefRole, "entityRef"}, {EntityTitleRole, "entityTitle"}, {PageUrlRole, "pageUrl"},
            {PageTitleRole, "pageTitle"}, {HeadingRole, "heading"},         {AnchorRole, "anchor"},
            {SnippetRole, "snippet"},     {LocationRole, "location"}};
}

QString DocsSearchModel::richText(const QString &marked, const QString &color)
{
    // Qt Quick's StyledText knows <font color>, not CSS.
    const QString open = color.isEmpty() ? QStringLiteral("<b>")
                                         : QStringLiteral("<b><font color=\"%1\">").arg(color.toHtmlEscaped());
    const QString close = color.isEmpty() ? QStringLiteral("</b>") : QStringLiteral("</font></b>");
    QString out;
    out.reserve(marked.size() + 32);
    qsizetype from = 0;
    while (from < marked.size()) {
        const qsizetype start = marked.indexOf(store::kMatchStart, from);
        if (start < 0)
            break;
        const qsizetype end = marked.indexOf(store::kMatchEnd, start);
        out += marked.mid(from, start - from).toHtmlEscaped();
        out += open + marked.mid(start + 1, (end < 0 ? marked.size() : end) - start - 1).toHtmlEscaped()
            + close;
        from = end < 0 ? marked.size() : end + 1;
    }
    out += marked.mid(from).toHtmlEscaped();
    return out;
}

QString DocsSearchModel::plainText(const QString &marked)
{
    return QString(marked).remove(store::kMatchStart).remove(store::kMatchEnd);
}

QString DocsSearchModel::location(const QString &ref, const QString &pageUrl, const QString &anchor)
{
    auto encode = [](const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); };
    return QStringLiteral("page/docs?ref=") + encode(ref) + QStringLiteral("&page=") + encode(pageUrl)
        + QStringLiteral("&anchor=") + encode(anchor);
}
