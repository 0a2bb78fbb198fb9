// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class CatalogBackend;

/// What the app remembers for the user, kept in the catalog database: who they are (for "owned by me"), starred
/// entities, the theme and the catalog sources they configured. Built in main(), the `App` singleton in QML.
class AppState : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString identity READ identity WRITE setIdentity NOTIFY identityChanged)
    /// The user's ref and the groups they are a member of: what "owned by me / my groups" matches.
    Q_PROPERTY(QStringList identityRefs READ identityRefs NOTIFY identityChanged)
    Q_PROPERTY(QStringList starred READ starred NOTIFY starredChanged)
    /// "system", "light" or "dark".
    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    /// [{path, kind}] where kind is "app-config" or "repository".
    /// "" follows the system locale, else a language code ("en", "de", "fr"); main() applies it live.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList configuredSources READ configuredSources NOTIFY configuredSourcesChanged)

public:
    // No default argument: Qt 6.4 would construct its own instance instead of calling create().
    AppState(CatalogBackend *catalog, bool systemDark);

    [[nodiscard]] QString identity() const { return m_identity; }
    void setIdentity(const QString &ref);
    [[nodiscard]] QStringList identityRefs() const;
    [[nodiscard]] QStringList starred() const { return m_starred; }
    [[nodiscard]] QString themeMode() const { return m_themeMode; }
    void setThemeMode(const QString &mode);
    [[nodiscard]] bool dark() const;
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &code);
    [[nodiscard]] QVariantList configuredSources() const;

    Q_INVOKABLE [[nodiscard]] bool isStarred(const QString &ref) const;
    /// The groups of identityRefs, shown short ("team-a, team-b").
    Q_INVOKABLE [[nodiscard]] QString groupsText() const;
    Q_INVOKABLE void toggleStar(const QString &ref);
    /// Remembers a catalog source for the sync engine; returns an error text (e.g. the file does not exist).
    Q_INVOKABLE QString addSource(const QString &path, const QString &kind);
    Q_INVOKABLE void removeSource(const QString &path);

    /// Forces the theme regardless of the stored choice (screenshots); empty to stop forcing.
    void forceTheme(const QString &mode);

    static AppState *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AppState *instance);

Q_SIGNALS:
    void identityChanged();
    void starredChanged();
    void themeChanged();
    void configuredSourcesChanged();
    void languageChanged();

private:
    void applyPalette();
    void saveSources(const QVariantList &sources);
    CatalogBackend *m_catalog;
    QString m_identity;
    QStringList m_starred;
    QString m_themeMode;
    QString m_forcedTheme;
    QString m_language;
    bool m_systemDark;
};
