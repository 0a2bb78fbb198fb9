// SPDX-License-Identifier: Apache-2.0
#include "relationgraph.h"

#include "catalogbackend.h"
#include "entitycontroller.h"
#include "refs.h"
#include "store/catalogstore.h"

#include <QHash>
#include <QMap>
#include <QPointF>
#include <QSet>

namespace {
constexpr qreal kColumnGap = 124;
constexpr qreal kRowGap = 18;
}

RelationGraph::RelationGraph(QObject *parent)
    : QObject(parent)
{
}

QStringList RelationGraph::forwardTypes()
{
    return {QStringLiteral("dependsOn"), QStringLiteral("consumesApi"), QStringLiteral("providesApi"),
            QStringLiteral("partOf"),    QStringLiteral("ownedBy"),     QStringLiteral("childOf"),
            QStringLiteral("memberOf")};
}

void RelationGraph::setStore(store::CatalogStore *store)
{
    m_store = store;
    rebuild();
}

void RelationGraph::setRoot(const QString &root)
{
    if (m_root == root)
        return;
    m_root = root;
    Q_EMIT inputChanged();
    rebuild();
}

void RelationGraph::setDepth(int depth)
{
    depth = qBound(1, depth, 3);
    if (m_depth == depth)
        return;
    m_depth = depth;
    Q_EMIT inputChanged();
    rebuild();
}

void RelationGraph::setDirection(const QString &direction)
{
    if (m_direction == direction)
        return;
    m_direction = direction;
    Q_EMIT inputChanged();
    rebuild();
}

void RelationGraph::setKinds(const QStringList &kinds)
{
    if (m_kinds == kinds)
        return;
    m_kinds = kinds;
    Q_EMIT inputChanged();
    rebuild();
}

void RelationGraph::rebuild()
{
    if (!m_store && CatalogBackend::instance())
        m_store = CatalogBackend::instance()->store();
    m_nodes.clear();
    m_edges.clear();
    m_availableKinds.clear();
    m_width = m_height = 0;
    if (!m_store || m_root.isEmpty()) {
        Q_EMIT layoutChanged();
        return;
    }
    const QStringList types = forwardTypes();
    const bool outgoing = m_direction != u"incoming";
    const bool incoming = m_direction != u"outgoing";
    QHash<QString, int> level{{m_root.toLower(), 0}};
    QList<QString> order{m_root.toLower()};
    struct Edge {
        QString from, to, type;
    };
    QList<Edge> edges;
    QSet<QString> edgeKeys;
    QSet<QString> kindsSeen;
    QList<QString> frontier{m_root.toLower()};
    auto keep = [&](const QString &ref) {
        const QString kind = views::refKind(ref);
        kindsSeen.insert(kind);
        return m_kinds.isEmpty() || m_kinds.contains(kind);
    };
    for (int d = 1; d <= m_depth && !frontier.isEmpty(); ++d) {
        QList<QString> next;
        for (const QString &ref : std::as_const(frontier)) {
            const int here = level.value(ref);
            auto visit = [&](const QString &other, const Edge &edge, int step) {
                if (!keep(other))
                    return;
                const QString key = edge.from + u'|' + edge.type + u'|' + edge.to;
                if (!edgeKeys.contains(key)) {
                    edgeKeys.insert(key);
                    edges << edge;
                }
                if (!level.contains(other)) {
                    level.insert(other, here + step);
                    order << other;
                    next << other;
                }
            };
            if (outgoing && here >= 0) {
                for (const auto &relation : m_store->relationsFrom(ref)) {
                    if (types.contains(relation.type))
                        visit(relation.target, {ref, relation.target, relation.type}, 1);
                }
            }
            if (incoming && here <= 0) {
                for (const auto &relation : m_store->relationsTo(ref)) {
                    if (types.contains(relation.type))
                        visit(relation.source, {relation.source, ref, relation.type}, -1);
                }
            }
        }
        frontier = next;
    }
    // Edges between nodes found later on the same side are kept only when both ends are drawn.
    QMap<int, QStringList> columns;
    for (const QString &ref : std::as_const(order))
        columns[level.value(ref)] << ref;
    int tallest = 0;
    for (const QStringList &column : std::as_const(columns))
        tallest = std::max(tallest, int(column.size()));
    const qreal fullHeight = tallest * kNodeHeight + std::max(0, tallest - 1) * kRowGap;
    const int minLevel = columns.isEmpty() ? 0 : columns.firstKey();
    QHash<QString, QPointF> position;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const QStringList &column = it.value();
        const qreal columnHeight = column.size() * kNodeHeight + (column.size() - 1) * kRowGap;
        const qreal x = (it.key() - minLevel) * (kNodeWidth + kColumnGap);
        qreal y = (fullHeight - columnHeight) / 2;
        for (const QString &ref : column) {
            position.insert(ref, {x, y});
            const auto row = m_store->entity(ref);
            m_nodes << QVariantMap{{QStringLiteral("ref"), ref},
                                   {QStringLiteral("kind"), row ? row->kind : views::refKind(ref)},
                                   {QStringLiteral("title"), row ? row->displayName() : views::shortRef(ref)},
                                   {QStringLiteral("exists"), bool(row)},
                                   {QStringLiteral("root"), it.key() == 0 && ref == m_root.toLower()},
                                   {QStringLiteral("level"), it.key()},
                                   {QStringLiteral("x"), x},
                                   {QStringLiteral("y"), y}};
            y += kNodeHeight + kRowGap;
        }
    }
    for (const Edge &edge : std::as_const(edges)) {
        if (!position.contains(edge.from) || !position.contains(edge.to))
            continue;
        const QPointF a = position.value(edge.from);
        const QPointF b = position.value(edge.to);
        const bool rightwards = a.x() <= b.x();
        m_edges << QVariantMap{{QStringLiteral("from"), edge.from},
                               {QStringLiteral("to"), edge.to},
                               {QStringLiteral("type"), edge.type},
                               {QStringLiteral("label"), EntityController::relationLabel(edge.type)},
                               {QStringLiteral("labelAtStart"), edge.to == m_root.toLower()},
                               {QStringLiteral("x1"), rightwards ? a.x() + kNodeWidth : a.x()},
                               {QStringLiteral("y1"), a.y() + kNodeHeight / 2},
                               {QStringLiteral("x2"), rightwards ? b.x() : b.x() + kNodeWidth},
                               {QStringLiteral("y2"), b.y() + kNodeHeight / 2}};
    }
    m_width = columns.size() * kNodeWidth + std::max(0, int(columns.size()) - 1) * kColumnGap;
    m_height = fullHeight;
    m_availableKinds = QStringList(kindsSeen.cbegin(), kindsSeen.cend());
    m_availableKinds.sort();
    Q_EMIT layoutChanged();
}
