// SPDX-License-Identifier: Apache-2.0
// Hostile and broken input: every case must end in a clear diagnostic (file, line, field), never a crash,
// and valid sibling documents must still be read. Large and deep inputs are generated here, not committed.
#include "catalog/reader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;

namespace {

const QByteArray kValid = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: sibling\n"
                          "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}


} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsWithDiagnostic_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("line");

        QTest::newRow("not yaml") << QByteArray("key: [unclosed, list\nother: {\n") << QStringLiteral("YAML syntax error") << 0;
        QTest::newRow("plain text") << QByteArray("Just some prose, not a catalog.\n") << QStringLiteral("Expected object at root, got string") << 1;
        QTest::newRow("list at root") << QByteArray("- a\n- b\n") << QStringLiteral("Expected object at root, got object") << 1;
        QTest::newRow("number at root") << QByteArray("42\n") << QStringLiteral("got number") << 1;
        QTest::newRow("duplicate keys") << QByteArray("apiVersion: a/b\nkind: Component\nkind: API\n")
                                        << QStringLiteral("map keys must be unique") << 3;
        QTest::newRow("tab indentation") << QByteArray("metadata:\n\tname: x\n") << QStringLiteral("YAML syntax error") << 0;
        QTest::newRow("nul bytes") << QByteArray("apiVersion: x\0\0\0binary", sizeof("apiVersion: x\0\0\0binary") - 1) << QStringLiteral("NUL bytes") << 1;
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'k'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) +
                    ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) +
                    ", *" + QByteArray(1, char(c - 1)) + "]\n";
        QTest::newRow("alias bomb") << bomb << QStringLiteral("alias expansion") << 0;
    }

    void rejectsWithDiagnostic()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        QFETCH(int, line);
        const ReadResult r = Reader().readText(text, QStringLiteral("/tmp/bad.yaml"));
        QVERIFY(r.entities.isEmpty());
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic &d = r.diagnostics.first();
        QVERIFY2(d.message.contains(messagePart), qPrintable(d.toString()));
        QCOMPARE(d.file, QStringLiteral("/tmp/bad.yaml"));
        QVERIFY(d.line > 0 && d.column > 0);
        if (line > 0)
            QCOMPARE(d.line, line);
        QVERIFY(d.toString().startsWith(u"/tmp/bad.yaml:" + QString::number(d.line) + u':'));
    }

    void syntaxErrorKeepsSiblings()
    {
        const QByteArray text = kValid + "---\nkind: [broken\n---\n" + QByteArray(kValid).replace("sibling", "second");
        const ReadResult r = Reader().readText(text, QStringLiteral("multi.yaml"));
        QCOMPARE(r.entities.size(), 2);
        QCOMPARE(r.entities[1].documentIndex, 2);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].documentIndex, 1);
        QVERIFY2(r.diagnostics[0].line >= 10 && r.diagnostics[0].line <= 11, qPrintable(r.diagnostics[0].toString()));
    }

    void refusesFilesOver10MB()
    {
        QTemporaryDir dir;
        QByteArray big = kValid;
        const QByteArray padding(1024 * 1024, '#');
        for (int i = 0; i < 50; ++i)
            big += padding + '\n';
        const QString bigPath = write(dir, QStringLiteral("big.yaml"), big);
        const QString okPath = write(dir, QStringLiteral("ok.yaml"), kValid);
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = Reader().readPaths({bigPath, okPath});
        qInfo("50 MB file refused in %lld ms", qlonglong(timer.elapsed()));
        QCOMPARE(r.entities.size(), 1); // the sibling file still lands
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].file, bigPath);
        QVERIFY2(r.diagnostics[0].message.contains(QLatin1String("larger than 10 MB")), qPrintable(r.diagnostics[0].toString()));
        QVERIFY(timer.elapsed() < 2000); // refused by size, not parsed

        // The same limit holds for text served by a custom loader (e.g. a Git blob).
        Reader fromMemory;
        fromMemory.setFileLoader([&big](const QString &) { return std::optional<QByteArray>(big); });
        const ReadResult m = fromMemory.readFile(QStringLiteral("repo/big.yaml"));
        QCOMPARE(m.entities.size(), 0);
        QVERIFY(m.diagnostics.value(0).message.contains(QLatin1String("larger than 10 MB")));
    }

    void deepBlockNestingIsRefused()
    {
        QByteArray deep = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: deep\nspec:\n";
        for (int level = 0; level < 300; ++level)
            deep += QByteArray(2 * (level + 1), ' ') + "k:\n";
        deep += QByteArray(602, ' ') + "leaf\n---\n" + kValid;
        const ReadResult r = Reader().readText(deep, QStringLiteral("deep.yaml"));
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.entities[0].name(), QStringLiteral("sibling"));
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY2(r.diagnostics[0].message.contains(QLatin1String("deeper than 256")), qPrintable(r.diagnostics[0].toString()));
        QCOMPARE(r.diagnostics[0].documentIndex, 0);
    }

    void deepFlowNestingDoesNotOverflow()
    {
        // 100k nested brackets would overflow a recursive parser's stack; it must become a diagnostic.
        const QByteArray deep = "a: " + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n---\n" + kValid;
        const ReadResult r = Reader().readText(deep, QStringLiteral("brackets.yaml"));
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 1);
        QVERIFY2(r.diagnostics[0].message.contains(QLatin1String("deeper than 256")), qPrintable(r.diagnostics[0].toString()));
    }

    void deepCompactSequencesDoNotOverflow()
    {
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "- ";
        deep += "x\n---\n" + kValid;
        const ReadResult r = Reader().readText(deep, QStringLiteral("dashes.yaml"));
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY2(r.diagnostics[0].message.contains(QLatin1String("deeper than 256")), qPrintable(r.diagnostics[0].toString()));
        QCOMPARE(r.diagnostics[0].documentIndex, 0);
    }

    void emptyAndCommentOnlyDocumentsAreIgnored()
    {
        const ReadResult r = Reader().readText("# nothing\n---\n---\n# still nothing\n" + kValid + "---\n",
                                               QStringLiteral("empty.yaml"));
        QCOMPARE(r.diagnostics.size(), 0);
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.entities[0].documentIndex, 1);
        QCOMPARE(r.documentsRead, 1);
    }

    void missingFileIsADiagnostic()
    {
        const ReadResult r = Reader().readFile(QStringLiteral("/nonexistent/catalog-info.yaml"));
        QCOMPARE(r.entities.size(), 0);
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.diagnostics[0].message.contains(QLatin1String("does not exist")));
        QCOMPARE(r.filesRead, 0);
    }

    void duplicateRefsFirstWins()
    {
        QTemporaryDir dir;
        const QString a = write(dir, QStringLiteral("a.yaml"), kValid);
        const QString b = write(dir, QStringLiteral("b.yaml"), QByteArray(kValid).replace("sibling", "SIBLING"));
        const ReadResult r = Reader().readPaths({a, b});
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.entities[0].position.file, a);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(r.diagnostics[0].file, b);
        QVERIFY(r.diagnostics[0].message.contains(QLatin1String("already defined")));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
