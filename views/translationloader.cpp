// SPDX-License-Identifier: Apache-2.0
#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

TranslationLoader::~TranslationLoader()
{
    remove();
}

void TranslationLoader::remove()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_englishPluralsInstalled)
        QCoreApplication::removeTranslator(&m_englishPlurals);
    m_appInstalled = m_qtInstalled = m_englishPluralsInstalled = false;
}

bool TranslationLoader::apply(const QString &code)
{
    remove();
    m_locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Numbers and dates follow the chosen language too (and go back to the system's on "System").
    QLocale::setDefault(m_locale);
    // English is the source language: only its plural forms to load (and no fallback to a system German on an
    // English choice).
    if (m_locale.language() == QLocale::English || m_locale.language() == QLocale::C) {
        installEnglishPlurals();
        return false;
    }
    // load(QLocale, ...) tries each of the locale's UI languages (de_AT -> de), so regional variants fall back.
    m_appInstalled = m_app.load(m_locale, QStringLiteral("portolan"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && QCoreApplication::installTranslator(&m_app);
    if (!m_appInstalled)
        installEnglishPlurals(); // the UI stays English
    // Qt's own strings (dialog buttons, context menus) when the distribution ships them.
    m_qtInstalled = m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(&m_qt);
    return m_appInstalled;
}

void TranslationLoader::installEnglishPlurals()
{
    m_englishPluralsInstalled = m_englishPlurals.load(QStringLiteral(":/i18n/portolan_en.qm"))
        && QCoreApplication::installTranslator(&m_englishPlurals);
}

QStringList TranslationLoader::available()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("portolan_*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(9, file.size() - 9 - 3);
    return codes;
}
