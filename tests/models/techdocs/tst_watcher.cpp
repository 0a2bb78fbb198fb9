// SPDX-License-Identifier: Apache-2.0
// Live preview: real file edits in a temp project reach SiteWatcher's signals, debounced.
#include "techdocs/watcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

} // namespace

class TestWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        write(m_dir.path() + QStringLiteral("/mkdocs.yml"), "site_name: x\n");
        write(m_dir.path() + QStringLiteral("/docs/index.md"), "# a\n");
        write(m_dir.path() + QStringLiteral("/docs/sub/b.md"), "# b\n");
        write(m_dir.path() + QStringLiteral("/includes/snip.md"), "snippet\n");
        m_watcher = std::make_unique<techdocs::SiteWatcher>();
        m_watcher->setDebounce(50);
        QVERIFY(m_watcher->watch(m_dir.path(), m_dir.path() + QStringLiteral("/docs")));
    }

    void pageEditsAreDebounced()
    {
        QSignalSpy pages(m_watcher.get(), &techdocs::SiteWatcher::pagesChanged);
        QSignalSpy structure(m_watcher.get(), &techdocs::SiteWatcher::structureChanged);
        write(m_dir.path() + QStringLiteral("/docs/sub/b.md"), "# b2\n");
        write(m_dir.path() + QStringLiteral("/docs/index.md"), "# a2\n");
        write(m_dir.path() + QStringLiteral("/docs/index.md"), "# a3\n");
        QVERIFY(pages.wait(5000));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().first().toStringList(), (QStringList{QStringLiteral("index.md"), QStringLiteral("sub/b.md")}));
        QCOMPARE(structure.size(), 0);
        // still watched after the first round
        write(m_dir.path() + QStringLiteral("/docs/index.md"), "# a4\n");
        QVERIFY(pages.wait(5000));
        QCOMPARE(pages.last().first().toStringList(), QStringList{QStringLiteral("index.md")});
    }

    void structureChanges_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("config") << "mkdocs.yml";
        QTest::newRow("new page") << "docs/new.md";
        QTest::newRow("snippet outside docs") << "includes/snip.md";
    }
    void structureChanges()
    {
        QFETCH(QString, file);
        QSignalSpy structure(m_watcher.get(), &techdocs::SiteWatcher::structureChanged);
        write(m_dir.path() + u'/' + file, "changed: yes\n");
        QVERIFY(structure.wait(5000));
    }

    void deletedPage()
    {
        QSignalSpy structure(m_watcher.get(), &techdocs::SiteWatcher::structureChanged);
        QVERIFY(QFile::remove(m_dir.path() + QStringLiteral("/docs/sub/b.md")));
        QVERIFY(structure.wait(5000));
        QVERIFY(!m_watcher->watchedFiles().contains(m_dir.path() + QStringLiteral("/docs/sub/b.md")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<techdocs::SiteWatcher> m_watcher;
};

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
