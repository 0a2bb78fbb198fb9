// SPDX-License-Identifier: Apache-2.0
// Parameter pages with `when` (skipped pages, their values removed before the run, validation of shown pages
// only) and conditional fields nested in a conditional branch, on tests/data/scaffolder/conditional.
#include "scaffolder/formschema.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/templatedefinition.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scaffolder;

namespace {

const QString kData = QStringLiteral(SCAFFOLDER_TEST_DATA);

QStringList names(const QList<FormField> &fields)
{
    QStringList out;
    for (const FormField &f : fields)
        out << f.name;
    return out;
}

Result<FormSchema> formOf(const QByteArray &yaml, QTemporaryDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("template.yaml")));
    if (!f.open(QIODevice::WriteOnly))
        return Error{};
    f.write(yaml);
    f.close();
    auto def = loadTemplate(f.fileName());
    if (isError(def))
        return std::get<Error>(def);
    return FormSchema::fromTemplate(std::get<TemplateDefinition>(def));
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_engine.loadError().isEmpty(), qPrintable(m_engine.loadError()));
        auto def = loadTemplate(kData + QStringLiteral("/conditional"));
        QVERIFY2(!isError(def), qPrintable(isError(def) ? std::get<Error>(def).toString() : QString()));
        auto form = FormSchema::fromTemplate(std::get<TemplateDefinition>(def));
        QVERIFY(!isError(form));
        m_form = std::get<FormSchema>(form);
        QVERIFY(m_form.needsWhenEvaluator());
        m_form.setWhenEvaluator(nunjucksWhenEvaluator(m_engine));
    }

    void whenDecidesWhichPagesShow_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QList<bool>>("shown");
        QTest::newRow("service") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("service")}}
                                 << QList<bool>{true, true, false, false, false};
        QTest::newRow("library with CI") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("library")}, {QStringLiteral("ci"), true}}
                                         << QList<bool>{true, false, true, true, false};
        QTest::newRow("nothing chosen") << QJsonObject{} << QList<bool>{true, false, false, false, false};
    }

    void whenDecidesWhichPagesShow()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QList<bool>, shown);
        QCOMPARE(m_form.pages().size(), shown.size());
        for (int p = 0; p < shown.size(); ++p) {
            QCOMPARE(m_form.pageShown(p, values), shown.at(p));
            if (!shown.at(p))
                QVERIFY(m_form.visibleFields(p, values).isEmpty());
        }
    }

    // Defaults only for shown pages; a skipped page's values leave before the run (Backstage removes them).
    void skippedPagesLoseTheirValues()
    {
        const QJsonObject defaults = m_form.withDefaults({{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(defaults.value(QStringLiteral("kind")).toString(), QStringLiteral("service"));
        QCOMPARE(defaults.value(QStringLiteral("port")).toInt(), 8080);
        QVERIFY(!defaults.contains(QStringLiteral("ghost"))); // `when: false`
        const QJsonObject typed{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("library")},
                                {QStringLiteral("language"), QStringLiteral("go")}, {QStringLiteral("port"), 9000},
                                {QStringLiteral("ghost"), QStringLiteral("x")}, {QStringLiteral("provider"), QStringLiteral("github")},
                                {QStringLiteral("extra"), 1}};
        const QJsonObject kept = m_form.withoutHiddenBranches(typed);
        QCOMPARE(kept.keys(), (QStringList{QStringLiteral("extra"), QStringLiteral("kind"), QStringLiteral("language"), QStringLiteral("name")}));
    }

    // Only shown pages are validated: a library needs a language, not a port.
    void onlyShownPagesAreValidated()
    {
        const QJsonObject library{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("library")}};
        auto errors = m_form.validate(library);
        QCOMPARE(errors.keys(), QStringList{QStringLiteral("language")});
        QCOMPARE(errors.value(QStringLiteral("language")), QStringList{QStringLiteral("is required")});
        const QJsonObject service{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("service")}};
        errors = m_form.validate(service);
        QCOMPARE(errors.keys(), QStringList{QStringLiteral("port")});
    }

    // dependencies/oneOf inside a oneOf branch: `label` shows only for provider github AND runner self.
    void nestedConditionalFields_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QStringList>("fields");
        const QJsonObject base{{QStringLiteral("ci"), true}};
        auto with = [&](std::initializer_list<std::pair<const char *, const char *>> kv) {
            QJsonObject o = base;
            for (const auto &[k, v] : kv)
                o.insert(QLatin1String(k), QLatin1String(v));
            return o;
        };
        QTest::newRow("no provider") << base << QStringList{QStringLiteral("provider")};
        QTest::newRow("github, hosted") << with({{"provider", "github"}, {"runner", "hosted"}})
                                        << QStringList{QStringLiteral("provider"), QStringLiteral("runner")};
        QTest::newRow("github, self") << with({{"provider", "github"}, {"runner", "self"}})
                                      << QStringList{QStringLiteral("provider"), QStringLiteral("runner"), QStringLiteral("label")};
        // runner: self left over from github must not show github's nested label under gitlab.
        QTest::newRow("gitlab, stale runner") << with({{"provider", "gitlab"}, {"runner", "self"}})
                                              << QStringList{QStringLiteral("provider"), QStringLiteral("group")};
    }

    void nestedConditionalFields()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QStringList, fields);
        QCOMPARE(names(m_form.visibleFields(3, values)), fields);
    }

    void nestedBranchValuesAndValidation()
    {
        QJsonObject values{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("service")},
                           {QStringLiteral("port"), 1}, {QStringLiteral("ci"), true},
                           {QStringLiteral("provider"), QStringLiteral("github")}, {QStringLiteral("runner"), QStringLiteral("self")}};
        QCOMPARE(m_form.validate(values).keys(), QStringList{QStringLiteral("label")});
        QCOMPARE(m_form.withDefaults(values).value(QStringLiteral("runner")).toString(), QStringLiteral("self"));
        values.insert(QStringLiteral("label"), QStringLiteral("gpu"));
        QVERIFY(m_form.validate(values).isEmpty());
        QVERIFY(m_form.withoutHiddenBranches(values).contains(QStringLiteral("label")));
        values.insert(QStringLiteral("provider"), QStringLiteral("gitlab"));
        const QJsonObject kept = m_form.withoutHiddenBranches(values);
        QVERIFY(!kept.contains(QStringLiteral("label")));
        QVERIFY(!kept.contains(QStringLiteral("runner")));
        // Turning CI off skips the whole page: every field of it leaves, nested ones too.
        values.insert(QStringLiteral("ci"), false);
        QVERIFY(!m_form.withoutHiddenBranches(values).contains(QStringLiteral("provider")));
    }

    // if/then inside a `then` (through allOf) and inside a dependencies branch: shown only with their parent.
    void ifThenNestedInBranches()
    {
        QTemporaryDir dir;
        auto form = formOf(R"(apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata: {name: t}
spec:
  type: service
  parameters:
    - title: A
      properties:
        db: {type: boolean}
        kind: {type: string, enum: [sql, kv]}
      if:
        properties: {db: {const: true}}
        required: [db]
      then:
        properties:
          engine: {type: string, enum: [postgres, mysql]}
        allOf:
          - if:
              properties: {engine: {const: postgres}}
              required: [engine]
            then:
              properties:
                extensions: {type: string}
              required: [extensions]
      dependencies:
        kind:
          oneOf:
            - properties:
                kind: {enum: [sql]}
                dialect: {type: string}
              if:
                properties: {dialect: {const: ansi}}
                required: [dialect]
              then:
                properties:
                  strict: {type: boolean}
            - properties:
                kind: {enum: [kv]}
  steps: []
)",
                           dir);
        QVERIFY2(!isError(form), qPrintable(isError(form) ? std::get<Error>(form).toString() : QString()));
        const FormSchema &f = std::get<FormSchema>(form);
        auto fields = [&](const QJsonObject &v) { return names(f.visibleFields(0, v)); };
        const QString db = QStringLiteral("db"), engine = QStringLiteral("engine"), kind = QStringLiteral("kind");
        QCOMPARE(fields({}), (QStringList{db, kind}));
        QCOMPARE(fields({{db, true}}), (QStringList{db, kind, engine}));
        QCOMPARE(fields({{db, true}, {engine, QStringLiteral("postgres")}}), (QStringList{db, kind, engine, QStringLiteral("extensions")}));
        // engine left at postgres while db is off: the nested if/then must not show its field.
        QCOMPARE(fields({{db, false}, {engine, QStringLiteral("postgres")}}), (QStringList{db, kind}));
        QCOMPARE(fields({{kind, QStringLiteral("sql")}, {QStringLiteral("dialect"), QStringLiteral("ansi")}}),
                 (QStringList{db, kind, QStringLiteral("dialect"), QStringLiteral("strict")}));
        QCOMPARE(fields({{kind, QStringLiteral("kv")}, {QStringLiteral("dialect"), QStringLiteral("ansi")}}), (QStringList{db, kind}));
        QCOMPARE(f.validate({{db, true}, {engine, QStringLiteral("postgres")}}).keys(), QStringList{QStringLiteral("extensions")});
    }

    // The wizard re-decides every page's `when` on each change: it has to stay cheap (compiled once, then cached).
    void whenIsCheap()
    {
        QElapsedTimer timer;
        (void)m_form.pageShown(1, {{QStringLiteral("kind"), QStringLiteral("library")}}); // compiles
        constexpr int kRounds = 200;
        timer.start();
        for (int i = 0; i < kRounds; ++i) // values change every round, as they do while typing
            for (int p = 0; p < m_form.pages().size(); ++p)
                (void)m_form.pageShown(p, {{QStringLiteral("kind"), QStringLiteral("library")}, {QStringLiteral("name"), QString::number(i)}});
        const double fresh = double(timer.nsecsElapsed()) / 1000.0 / (kRounds * m_form.pages().size());
        const QJsonObject same{{QStringLiteral("kind"), QStringLiteral("library")}, {QStringLiteral("ci"), true}};
        timer.restart();
        for (int i = 0; i < kRounds; ++i)
            for (int p = 0; p < m_form.pages().size(); ++p)
                (void)m_form.pageShown(p, same);
        const double repeated = double(timer.nsecsElapsed()) / 1000.0 / (kRounds * m_form.pages().size());
        qInfo("when: %.1f µs per page decision on new values, %.2f µs when the values did not change", fresh, repeated);
        QVERIFY2(fresh < 3000, qPrintable(QString::number(fresh)));
        QVERIFY2(repeated < fresh, qPrintable(QString::number(repeated)));
        QVERIFY(m_form.pageShown(3, same) && !m_form.pageShown(3, {})); // the cache follows the values
    }

    void whenMustBeBooleanOrString()
    {
        QTemporaryDir dir;
        auto form = formOf("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n"
                           "  type: service\n  parameters:\n    - title: A\n      properties: {}\n    - title: B\n"
                           "      when: [1]\n      properties: {}\n  steps: []\n",
                           dir);
        QVERIFY(isError(form));
        const Error e = std::get<Error>(form);
        QCOMPARE(e.field, QStringLiteral("spec.parameters[1].when"));
        QCOMPARE(e.line, 11);
        QVERIFY(e.message.contains(QStringLiteral("boolean or a template string")));
    }

    // A `when` string that does not render (unknown filter) keeps its text, which is truthy: the page shows.
    void whenRenderErrorShowsThePage()
    {
        QTemporaryDir dir;
        auto form = formOf("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n"
                           "  type: service\n  parameters:\n    - title: A\n      when: ${{ parameters.x | nosuchfilter }}\n"
                           "      properties: {}\n    - title: B\n      when: ${{ parameters.x }}\n      properties: {}\n"
                           "    - title: C\n      when: ${{ !parameters.x }}\n      properties: {}\n"
                           "    - title: D\n      when: ${{ parameters.x != 1 }}\n      properties: {}\n"
                           "  steps: []\n",
                           dir);
        QVERIFY(!isError(form));
        FormSchema f = std::get<FormSchema>(form);
        f.setWhenEvaluator(nunjucksWhenEvaluator(m_engine));
        QVERIFY(f.pageShown(0, {}));
        QVERIFY(!f.pageShown(1, {}));
        QVERIFY(!f.pageShown(1, {{QStringLiteral("x"), QJsonArray{}}})); // [] is falsy, like a step's `if`
        QVERIFY(f.pageShown(1, {{QStringLiteral("x"), QJsonArray{1}}}));
        QVERIFY(!f.pageShown(1, {{QStringLiteral("x"), 0}}));
        QVERIFY(!f.pageShown(2, {{QStringLiteral("x"), true}})); // `!` negates, as in Backstage's page conditions
        QVERIFY(f.pageShown(2, {}));
        QVERIFY(f.pageShown(3, {{QStringLiteral("x"), 2}}));     // `!=` stays a comparison
        QVERIFY(!f.pageShown(3, {{QStringLiteral("x"), 1}}));
    }

private:
    NunjucksEngine m_engine;
    FormSchema m_form;
};

QTEST_GUILESS_MAIN(TestForms)
#include "tst_forms.moc"
