// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace store {
class CatalogStore;
}

/// The neighbourhood of an entity as a layered graph QML can draw: breadth-first over relations up to `depth`,
/// outgoing edges to the right of the root, incoming ones to the left. Each relation pair is followed in one
/// direction only (dependsOn, not also dependencyOf), so an edge is drawn once.
class RelationGraph : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString root READ root WRITE setRoot NOTIFY inputChanged)
    Q_PROPERTY(int depth READ depth WRITE setDepth NOTIFY inputChanged)
    /// "outgoing", "incoming" or "both".
    Q_PROPERTY(QString direction READ direction WRITE setDirection NOTIFY inputChanged)
    /// Kinds to keep besides the root (lowercase); empty keeps all.
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY inputChanged)
    /// [{ref, kind, title, x, y, level}]
    Q_PROPERTY(QVariantList nodes READ nodes NOTIFY layoutChanged)
    /// [{from, to, type, label, x1, y1, x2, y2}]
    Q_PROPERTY(QVariantList edges READ edges NOTIFY layoutChanged)
    Q_PROPERTY(qreal width READ width NOTIFY layoutChanged)
    Q_PROPERTY(qreal height READ height NOTIFY layoutChanged)
    /// Kinds present around the root at this depth, for the filter's choices.
    Q_PROPERTY(QVariantList availableKinds READ availableKindsValue NOTIFY layoutChanged)

public:
    static constexpr qreal kNodeWidth = 184;
    static constexpr qreal kNodeHeight = 48;
    explicit RelationGraph(QObject *parent = nullptr);
    void setStore(store::CatalogStore *store);

    [[nodiscard]] QString root() const { return m_root; }
    void setRoot(const QString &root);
    [[nodiscard]] int depth() const { return m_depth; }
    void setDepth(int depth);
    [[nodiscard]] QString direction() const { return m_direction; }
    void setDirection(const QString &direction);
    [[nodiscard]] QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList &kinds);
    [[nodiscard]] QVariantList nodes() const { return m_nodes; }
    [[nodiscard]] QVariantList edges() const { return m_edges; }
    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] qreal height() const { return m_height; }
    [[nodiscard]] QStringList availableKinds() const { return m_availableKinds; }
    [[nodiscard]] QVariantList availableKindsValue() const { return QVariant(m_availableKinds).toList(); }

    /// The relation types followed, each pair's forward half.
    [[nodiscard]] static QStringList forwardTypes();

Q_SIGNALS:
    void inputChanged();
    void layoutChanged();

private:
    void rebuild();
    store::CatalogStore *m_store = nullptr;
    QString m_root;
    int m_depth = 1;
    QString m_direction = QStringLiteral("both");
    QStringList m_kinds;
    QVariantList m_nodes;
    QVariantList m_edges;
    QStringList m_availableKinds;
    qreal m_width = 0;
    qreal m_height = 0;
};
