// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace store {
class CatalogStore;
}

/// Docs search results for the typed text, best first: entity, page, heading and a snippet with the matches
/// highlighted (rich text). Each row has a `location` the shell navigates to ("page/docs?ref=…&page=…&anchor=…").
/// Follows the DocsIndexer: results refresh when an entity's docs were indexed.
class DocsSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Colour of highlighted matches (a CSS colour), so the theme decides.
    Q_PROPERTY(QString matchColor READ matchColor WRITE setMatchColor NOTIFY matchColorChanged)
    /// True while the index is being built or refreshed.
    Q_PROPERTY(bool indexing READ indexing NOTIFY indexingChanged)

public:
    enum Role {
        EntityRefRole = Qt::UserRole + 1,
        EntityTitleRole, ///< the entity's title, else its name
        PageUrlRole,     ///< site-relative page URL
        PageTitleRole,
        HeadingRole,     ///< plain text
        AnchorRole,
        SnippetRole,     ///< rich text: escaped, matches in <b>
        LocationRole,
    };
    Q_ENUM(Role)
    static constexpr int kLimit = 50;

    explicit DocsSearchModel(QObject *parent = nullptr);
    /// Tests hand in their own store; the app uses CatalogBackend's.
    void setStore(store::CatalogStore *store);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] QString matchColor() const { return m_matchColor; }
    void setMatchColor(const QString &color);
    [[nodiscard]] bool indexing() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Escapes `marked` (store::kMatchStart/End around matches) and turns the markers into <b> elements.
    [[nodiscard]] static QString richText(const QString &marked, const QString &color = {});
    /// `marked` without the markers.
    [[nodiscard]] static QString plainText(const QString &marked);
    /// The navigation location that opens `ref`'s docs at `pageUrl`#`anchor` on the Docs page.
    [[nodiscard]] static QString location(const QString &ref, const QString &pageUrl, const QString &anchor);

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void textChanged();
    void countChanged();
    void matchColorChanged();
    void indexingChanged();

private:
    [[nodiscard]] store::CatalogStore *catalogStore();
    store::CatalogStore *m_store = nullptr;
    QString m_text;
    QString m_matchColor;
    QList<store::DocsHit> m_hits;
    QHash<QString, QString> m_entityTitles;
};
