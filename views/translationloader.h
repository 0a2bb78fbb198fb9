// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

/// Installs the app's translation (embedded under :/i18n as portolan_<lang>.qm) and Qt's own qtbase strings for
/// a language code: "" follows the system locale, "en" is the source language (no catalogue), "de", "fr", ...
/// Built in main(); apply() may be called again when the user picks another language in Settings.
class TranslationLoader
{
public:
    TranslationLoader() = default;
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    /// Returns true when a Portolan catalogue was installed (false for English or an unknown language).
    bool apply(const QString &code);
    /// The locale the last apply() resolved to.
    [[nodiscard]] QLocale locale() const { return m_locale; }
    /// The language codes with an embedded catalogue, e.g. {"de", "fr"}.
    [[nodiscard]] static QStringList available();

private:
    void remove();
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QLocale m_locale;
};
