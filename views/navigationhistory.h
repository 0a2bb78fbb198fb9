// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

/// Where the user has been, as locations such as "page/catalog" or "entity/component:default/x", with browser
/// semantics: visiting a new place after going back drops the forward entries.
class NavigationHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY changed)
    Q_PROPERTY(int depth READ depth NOTIFY changed)

public:
    explicit NavigationHistory(QObject *parent = nullptr);

    [[nodiscard]] QString current() const { return m_index >= 0 ? m_entries.at(m_index) : QString(); }
    [[nodiscard]] bool canGoBack() const { return m_index > 0; }
    [[nodiscard]] bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    [[nodiscard]] int depth() const { return int(m_entries.size()); }

    /// Goes to `location`; visiting the current location again changes nothing.
    Q_INVOKABLE void visit(const QString &location);
    Q_INVOKABLE bool back();
    Q_INVOKABLE bool forward();

Q_SIGNALS:
    void changed();

private:
    QStringList m_entries;
    qsizetype m_index = -1;
};
