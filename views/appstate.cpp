// SPDX-License-Identifier: Apache-2.0
#include "appstate.h"

#include "catalogbackend.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>

namespace {

AppState *s_instance = nullptr;
const QString kIdentityKey = QStringLiteral("identity");
const QString kThemeKey = QStringLiteral("theme");
const QString kLanguageKey = QStringLiteral("language");
const QString kSourcesKey = QStringLiteral("configured-sources");

// Qt 6.4 has no colour-scheme API: the system palette at start-up tells light from dark, and a forced or chosen
// dark theme gets this palette (Fusion style draws every control from it).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x22, 0x27);
    const QColor base(0x17, 0x19, 0x1d);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor button(0x2a, 0x2e, 0x35);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Light, QColor(0x44, 0x49, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3e));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x7c));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
    p.setColor(QPalette::Text, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::Button, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xce));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcd, 0xd4));
    return p;
}

} // namespace

AppState::AppState(CatalogBackend *catalog, bool systemDark)
    : QObject(nullptr)
    , m_catalog(catalog)
    , m_systemDark(systemDark)
{
    m_identity = catalog->store()->setting(kIdentityKey);
    m_themeMode = catalog->store()->setting(kThemeKey);
    if (m_themeMode.isEmpty())
        m_themeMode = QStringLiteral("system");
    m_starred = catalog->store()->starredRefs();
    m_language = catalog->store()->setting(kLanguageKey);
    // Memberships change with the catalog.
    connect(catalog, &CatalogBackend::catalogChanged, this, &AppState::identityChanged);
    applyPalette();
}

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppState::setInstance(AppState *instance)
{
    s_instance = instance;
}

void AppState::setIdentity(const QString &ref)
{
    if (m_identity == ref)
        return;
    m_identity = ref;
    (void)m_catalog->store()->setSetting(kIdentityKey, ref);
    Q_EMIT identityChanged();
}

QStringList AppState::identityRefs() const
{
    if (m_identity.isEmpty())
        return {};
    QStringList refs{m_identity};
    for (const auto &relation : m_catalog->store()->relationsFrom(m_identity)) {
        if (relation.type == u"memberOf")
            refs << relation.target;
    }
    return refs;
}

void AppState::setThemeMode(const QString &mode)
{
    if (m_themeMode == mode)
        return;
    m_themeMode = mode;
    (void)m_catalog->store()->setSetting(kThemeKey, mode);
    applyPalette();
    Q_EMIT themeChanged();
}

void AppState::setLanguage(const QString &code)
{
    if (m_language == code)
        return;
    m_language = code;
    (void)m_catalog->store()->setSetting(kLanguageKey, code);
    Q_EMIT languageChanged();
}

void AppState::forceTheme(const QString &mode)
{
    m_forcedTheme = mode;
    applyPalette();
    Q_EMIT themeChanged();
}

bool AppState::dark() const
{
    const QString mode = m_forcedTheme.isEmpty() ? m_themeMode : m_forcedTheme;
    if (mode == u"dark")
        return true;
    if (mode == u"light")
        return false;
    return m_systemDark;
}

void AppState::applyPalette()
{
    QGuiApplication::setPalette(dark() ? darkPalette() : lightPalette());
}

QString AppState::groupsText() const
{
    QStringList groups = identityRefs().mid(1);
    for (QString &group : groups)
        group = m_catalog->shortRef(group);
    return groups.join(QStringLiteral(", "));
}

bool AppState::isStarred(const QString &ref) const
{
    return m_starred.contains(ref.toLower());
}

void AppState::toggleStar(const QString &ref)
{
    const QString key = ref.toLower();
    const bool star = !m_starred.contains(key);
    if (!m_catalog->store()->setStarred(key, star).isEmpty())
        return;
    if (star)
        m_starred << key;
    else
        m_starred.removeAll(key);
    Q_EMIT starredChanged();
}

QVariantList AppState::configuredSources() const
{
    return QJsonDocument::fromJson(m_catalog->store()->setting(kSourcesKey).toUtf8()).array().toVariantList();
}

void AppState::saveSources(const QVariantList &sources)
{
    const QByteArray json = QJsonDocument(QJsonArray::fromVariantList(sources)).toJson(QJsonDocument::Compact);
    (void)m_catalog->store()->setSetting(kSourcesKey, QString::fromUtf8(json));
    Q_EMIT configuredSourcesChanged();
}

QString AppState::addSource(const QString &path, const QString &kind)
{
    const QString trimmed = path.trimmed();
    const QFileInfo info(trimmed);
    if (trimmed.isEmpty())
        return tr("Enter a path.", "@info");
    if (!info.exists())
        return tr("%1 does not exist.", "@info").arg(trimmed);
    if (kind == u"app-config" && !info.isFile())
        return tr("%1 is not a file: pick the app-config.yaml itself.", "@info").arg(trimmed);
    if (kind == u"repository" && !info.isDir())
        return tr("%1 is not a folder: pick the repository's folder.", "@info").arg(trimmed);
    QVariantList sources = configuredSources();
    const QString absolute = info.absoluteFilePath();
    for (const QVariant &source : std::as_const(sources)) {
        if (source.toMap().value(QStringLiteral("path")).toString() == absolute)
            return tr("%1 is already configured.", "@info").arg(absolute);
    }
    sources << QVariantMap{{QStringLiteral("path"), absolute}, {QStringLiteral("kind"), kind}};
    saveSources(sources);
    return {};
}

void AppState::removeSource(const QString &path)
{
    QVariantList sources = configuredSources();
    sources.removeIf([&](const QVariant &v) { return v.toMap().value(QStringLiteral("path")).toString() == path; });
    saveSources(sources);
}
