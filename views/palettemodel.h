// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>

namespace store {
class CatalogStore;
}

/// What Ctrl+K offers for the typed text: matching commands (pages) first, then entities ranked by the store's
/// full-text search, then docs sections (TechDocs search). Each row has a `target` location the shell navigates to
/// and a `section` ("Pages", "Entities", "Docs") to group by.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /// [{title, target}] e.g. {title: "Settings", target: "page/settings"}
    Q_PROPERTY(QVariantList commands READ commands WRITE setCommands NOTIFY commandsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole, ///< entity kind, or "command"
        TitleRole,               ///< what to show first
        SubtitleRole,            ///< ref or description
        TargetRole,              ///< location to visit: "page/<key>", "entity/<ref>" or "page/docs?ref=…"
        SectionRole,             ///< translated group title
        FirstInSectionRole,      ///< the row starts its group (shows the group title)
    };
    Q_ENUM(Roles)
    static constexpr int kMaxEntities = 40;
    static constexpr int kMaxDocs = 8;

    explicit PaletteModel(QObject *parent = nullptr);
    void setStore(store::CatalogStore *store);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] QVariantList commands() const { return m_commands; }
    void setCommands(const QVariantList &commands);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    Q_INVOKABLE [[nodiscard]] QString targetAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void textChanged();
    void commandsChanged();
    void countChanged();

private:
    struct Row {
        QString kind, title, subtitle, target, section;
    };
    void refresh();
    store::CatalogStore *m_store = nullptr;
    QString m_text;
    QVariantList m_commands;
    QList<Row> m_rows;
};
