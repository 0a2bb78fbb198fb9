// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

/// Installs the app's translation (embedded under :/i18n as portolan_<lang>.qm) and Qt's own qtbase strings for
/// a language code: "" follows the system locale, "en" is the source language, "de", "fr", ... English, and any
/// language without a catalogue (whose users then read English), gets portolan_en.qm: only the English plural
/// forms ("1 entity"), since the source strings carry the plural ("%n entities").
/// Built in main(); apply() may be called again when the user picks another language in Settings.
class TranslationLoader
{
public:
    TranslationLoader() = default;
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    /// Returns true when the language's own catalogue was installed (false for English or an unknown language,
    /// which get the English plural forms).
    bool apply(const QString &code);
    /// The locale the last apply() resolved to.
    [[nodiscard]] QLocale locale() const { return m_locale; }
    /// The language codes with an embedded catalogue, e.g. {"de", "fr"}.
    [[nodiscard]] static QStringList available();

private:
    void remove();
    void installEnglishPlurals();
    QTranslator m_app;
    QTranslator m_qt;
    QTranslator m_englishPlurals;
    bool m_appInstalled = false;
    bool m_englishPluralsInstalled = false;
    bool m_qtInstalled = false;
    QLocale m_locale;
};
