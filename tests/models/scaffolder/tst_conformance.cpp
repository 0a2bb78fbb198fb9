// SPDX-License-Identifier: Apache-2.0
// Every folder of the conformance templates is one run of Backstage's fetch:template; Portolan must write the
// same tree byte for byte, or refuse with the same error before writing anything. New folders count without
// code changes.
#include "scaffolder/fetchtemplate.h"
#include "scaffolder/nunjucksengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace scaffolder;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// path -> content ("<dir>" for directories, "-> target" for symlinks)
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> tree;
    if (!QFileInfo::exists(root))
        return tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = QDir(root).relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            tree.insert(rel, "-> " + QByteArray::fromStdString(
                                         std::filesystem::read_symlink(info.filePath().toStdString()).string()));
        } else if (info.isDir()) {
            tree.insert(rel + QLatin1Char('/'), "<dir>");
        } else {
            QFile f(info.filePath());
            f.open(QIODevice::ReadOnly);
            tree.insert(rel, f.readAll());
        }
    }
    return tree;
}

QString describeDiff(const QMap<QString, QByteArray> &expected, const QMap<QString, QByteArray> &actual)
{
    QString out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            out += QStringLiteral("missing: %1\n").arg(it.key());
        else if (actual.value(it.key()) != it.value())
            out += QStringLiteral("differs: %1\n--- expected\n%2\n+++ actual\n%3\n")
                       .arg(it.key(), QString::fromUtf8(it.value()), QString::fromUtf8(actual.value(it.key())));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            out += QStringLiteral("unexpected: %1\n").arg(it.key());
    return out;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(SCAFFOLDER_CONFORMANCE_DIR)).isDir(), SCAFFOLDER_CONFORMANCE_DIR);
        QVERIFY2(m_engine.loadError().isEmpty(), qPrintable(m_engine.loadError()));
        // Every case runs twice: compiled fresh (and stored), then from the compile cache by a second engine.
        m_engine.setCompileCacheDirectory(m_cacheDir.path());
        m_cachedEngine.setCompileCacheDirectory(m_cacheDir.path());
    }

    void fetchTemplate_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir root(QStringLiteral(SCAFFOLDER_CONFORMANCE_DIR));
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 15);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void fetchTemplate()
    {
        QFETCH(QString, caseDir);
        runCase(caseDir, m_engine);
        if (QTest::currentTestFailed())
            return;
        runCase(caseDir, m_cachedEngine);
    }

private:
    void runCase(const QString &caseDir, NunjucksEngine &engine)
    {
        const QDir dir(caseDir);
        const QJsonObject input = readJson(dir.filePath(QStringLiteral("input.json")));
        QFile valuesFile(dir.filePath(QStringLiteral("values.json")));
        QVERIFY(valuesFile.open(QIODevice::ReadOnly));
        const QJSValue values = engine.fromJson(QString::fromUtf8(valuesFile.readAll()));
        QTemporaryDir tmp;
        // The workspace sits one level down so that `../outside` would still land inside the temp dir.
        const QString workspace = tmp.filePath(QStringLiteral("workspace"));
        QVERIFY(QDir().mkpath(workspace));

        auto plan = planFetchTemplate(engine, dir.filePath(QStringLiteral("skeleton")), workspace, input, values);
        const QString errorFile = dir.filePath(QStringLiteral("expected-error.txt"));
        if (QFileInfo::exists(errorFile)) {
            QFile f(errorFile);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString expected = QString::fromUtf8(f.readAll()).trimmed();
            QVERIFY2(isError(plan), "Backstage refused this run; Portolan accepted it");
            QCOMPARE(std::get<Error>(plan).what().trimmed(), expected);
            QVERIFY(snapshot(tmp.path()).size() == 1); // only the empty workspace itself
            return;
        }
        QVERIFY2(!isError(plan), isError(plan) ? qPrintable(std::get<Error>(plan).toString()) : "");
        const auto failure = applyPlan(std::get<FetchPlan>(plan));
        QVERIFY2(!failure, failure ? qPrintable(failure->toString()) : "");

        const auto expected = snapshot(dir.filePath(QStringLiteral("expected")));
        const auto actual = snapshot(workspace);
        const QString diff = describeDiff(expected, actual);
        if (!diff.isEmpty()) {
            QFile fail(QDir::current().filePath(dir.dirName() + QStringLiteral(".fail")));
            if (fail.open(QIODevice::WriteOnly))
                fail.write(diff.toUtf8());
        }
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    QTemporaryDir m_cacheDir;
    NunjucksEngine m_engine;
    NunjucksEngine m_cachedEngine;
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
