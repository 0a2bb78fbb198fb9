// SPDX-License-Identifier: Apache-2.0
// The German and French catalogues: the embedded .qm files load and translate, and the .ts sources are complete
// (every message finished, non-empty, same placeholders) and current (lupdate over the sources finds nothing new).
// The English one holds plural forms only.
#include "translationloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per numerus form
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}, xml.lineNumber()};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                ts.messages << message;
            } else {
                // Numerus forms follow as child elements.
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
                ts.messages << message;
            }
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const auto &match : re.globalMatch(text))
        found << match.captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/translations/portolan_") + lang + QStringLiteral(".ts");
}

QString key(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("fr") << QStringLiteral("fr") << 2;
    }

    void embeddedCatalogueLoads_data() { languages_data(); }
    void embeddedCatalogueLoads()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/portolan_") + lang + QStringLiteral(".qm")),
                 qPrintable(QStringLiteral(":/i18n/portolan_%1.qm does not load").arg(lang)));
        QVERIFY(!translator.isEmpty());
        QVERIFY(translator.language().startsWith(lang));
        QVERIFY(TranslationLoader::available().contains(lang));
    }

    void loaderTranslatesAndFallsBack()
    {
        TranslationLoader loader;
        QVERIFY(loader.apply(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("Main", "Catalog", "@title:menu"), QStringLiteral("Katalog"));
        QCOMPARE(QCoreApplication::translate("EntityTable", "Lifecycle", "@title:column"), QStringLiteral("Lebenszyklus"));
        // Plurals: the numerus form is chosen by n and %n is filled in.
        QCOMPARE(QCoreApplication::translate("CatalogPage", "%n entities", "@info", 1), QStringLiteral("1 Entität"));
        QCOMPARE(QCoreApplication::translate("CatalogPage", "%n entities", "@info", 7), QStringLiteral("7 Entitäten"));
        // Kubernetes ages (KubernetesStatus::ageText) were English-only on German screens.
        QCOMPARE(QCoreApplication::translate("KubernetesStatus", "%n h ago", "@info:age", 2), QStringLiteral("vor 2 Std."));
        QCOMPARE(QCoreApplication::translate("KubernetesStatus", "%n days ago", "@info:age", 3), QStringLiteral("vor 3 Tagen"));
        QVERIFY(loader.apply(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Settings", "@title:page"), QStringLiteral("Paramètres"));
        QCOMPARE(QCoreApplication::translate("CatalogPage", "%n entities", "@info", 0), QStringLiteral("0 entité"));
        QCOMPARE(QCoreApplication::translate("KubernetesStatus", "%n days ago", "@info:age", 1), QStringLiteral("il y a 1 jour"));
        QCOMPARE(QCoreApplication::translate("KubernetesStatus", "just now", "@info:age"), QStringLiteral("à l’instant"));
        // English is the source language: no catalogue, source text back (the German one was removed) ...
        QVERIFY(!loader.apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Main", "Catalog", "@title:menu"), QStringLiteral("Catalog"));
        // ... except the plural forms: "1 entity", not the source's "1 entities".
        QCOMPARE(QCoreApplication::translate("CatalogPage", "%n entities", "@info", 1), QStringLiteral("1 entity"));
        QCOMPARE(QCoreApplication::translate("CatalogPage", "%n entities", "@info", 7), QStringLiteral("7 entities"));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "%n entities", "@info", 1), QStringLiteral("1 entity"));
        QCOMPARE(QCoreApplication::translate("StatusBar", "%n entities from %1 sources", "@info:status", 1),
                 QStringLiteral("1 entity from %1 sources"));
        QCOMPARE(QCoreApplication::translate("StatusBar", "%n problem(s) in the sources", "@info:status", 2),
                 QStringLiteral("2 problems in the sources"));
        QVERIFY(!loader.apply(QStringLiteral("en_GB")));
        QCOMPARE(QCoreApplication::translate("SyncSourceRow", "%n entities", "@info", 1), QStringLiteral("1 entity"));
        QVERIFY(!loader.apply(QStringLiteral("C")));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "%n entities", "@info", 1), QStringLiteral("1 entity"));
        // A regional variant falls back to the language's catalogue.
        QVERIFY(loader.apply(QStringLiteral("de_AT")));
        QCOMPARE(QCoreApplication::translate("Main", "Settings", "@title:menu"), QStringLiteral("Einstellungen"));
        QVERIFY(!loader.apply(QStringLiteral("ja")));
        QCOMPARE(QCoreApplication::translate("Main", "Settings", "@title:menu"), QStringLiteral("Settings"));
        // A language without a catalogue reads English, with English plurals.
        QCOMPARE(QCoreApplication::translate("SettingsPage", "%n entities", "@info", 1), QStringLiteral("1 entity"));
        // Back to German: its own forms, the English ones gone.
        QVERIFY(loader.apply(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("CatalogPage", "%n entities", "@info", 1), QStringLiteral("1 Entität"));
    }

    // portolan_en.ts: English is the source language, so it holds only the plural messages (lupdate -pluralonly),
    // each with a singular and a plural form and the source's placeholders, and exactly the plural messages the
    // sources have now.
    void englishPluralsOnly()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/portolan_en.qm")));
        QVERIFY(!translator.isEmpty());
        const TsFile ts = readTs(tsPath(QStringLiteral("en")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, QStringLiteral("en"));
        QStringList problems;
        QSet<QString> known;
        for (const Message &m : ts.messages) {
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"").arg(tsPath(QStringLiteral("en"))).arg(m.line).arg(m.context, m.source);
            known.insert(key(m));
            if (!m.numerus) {
                problems << where + QStringLiteral(": not a plural message (run lupdate with -pluralonly)");
                continue;
            }
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(": translation is ") + m.type;
            if (m.translations.size() != 2 || m.translations.contains(QString()))
                problems << where + QStringLiteral(": needs a singular and a plural form");
            for (const QString &text : m.translations) {
                if (placeholders(text) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(text);
            }
            if (m.translations.size() == 2 && m.translations.at(1) != QString(m.source).replace(QStringLiteral("(s)"), QStringLiteral("s")))
                problems << where + QStringLiteral(": the plural form should be the source text");
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_en.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PORTOLAN_SOURCE_DIR));
        lupdate.start(QStringLiteral(PORTOLAN_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-pluralonly"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("qml"), QStringLiteral("views"), QStringLiteral("app/gui"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const TsFile found = readTs(fresh);
        QVERIFY(!found.messages.isEmpty());
        QSet<QString> current;
        for (const Message &m : found.messages) {
            QVERIFY(m.numerus);
            current.insert(key(m));
            if (!known.contains(key(m)))
                problems << QStringLiteral("lacks [%1] \"%2\" (%3): run the update_english_plurals target").arg(m.context, m.source, m.comment);
        }
        for (const Message &m : ts.messages) {
            if (!current.contains(key(m)))
                problems << QStringLiteral("[%1] \"%2\" is no longer in the sources").arg(m.context, m.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void tsComplete_data() { languages_data(); }
    void tsComplete()
    {
        QFETCH(QString, lang);
        QFETCH(int, pluralForms);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(ts.language.startsWith(lang));
        QVERIFY(ts.messages.size() > 150);

        // The main pages must be there at all (a broken lupdate run would leave them out).
        QSet<QString> contexts;
        for (const Message &m : ts.messages)
            contexts.insert(m.context);
        // ScorecardReason: scorecard failure reasons, worded in views/scorecardreason.cpp.
        for (const char *page : {"Main", "CatalogPage", "EntityPage", "EntityTable", "FacetPanel", "OverviewTab",
                                 "Sidebar", "StatusBar", "SettingsPage", "RelationsTab", "CommandPalette", "ScorecardReason"})
            QVERIFY2(contexts.contains(QLatin1String(page)), page);

        QStringList problems;
        for (const Message &m : ts.messages) {
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"").arg(tsPath(lang)).arg(m.line).arg(m.context, m.source);
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(": translation is ") + m.type;
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms)
                problems << where + QStringLiteral(": %1 plural forms, expected %2").arg(m.translations.size()).arg(pluralForms);
            for (const QString &text : m.translations) {
                if (text.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                    continue;
                }
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(text);
                // A singular form may spell the number out ("eine Datei"); every other placeholder must stay.
                if (m.numerus) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << where + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                                            .arg(expected.join(u' '), got.join(u' '), text);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // lupdate over the sources, as scripts/update-translations runs it, must find no message the .ts files lack:
    // a new qsTr() without an updated, translated catalogue fails here.
    void tsCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PORTOLAN_SOURCE_DIR));
        lupdate.start(QStringLiteral(PORTOLAN_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("qml"), QStringLiteral("views"), QStringLiteral("app/gui"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const TsFile found = readTs(fresh);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        QVERIFY(!found.messages.isEmpty());
        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QSet<QString> known;
            for (const Message &m : readTs(tsPath(lang)).messages)
                known.insert(key(m));
            QStringList missing;
            for (const Message &m : found.messages) {
                if (!known.contains(key(m)))
                    missing << QStringLiteral("[%1] \"%2\" (%3)").arg(m.context, m.source, m.comment);
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(tsPath(lang) + QStringLiteral(" lacks (run scripts/update-translations):\n")
                                + missing.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
