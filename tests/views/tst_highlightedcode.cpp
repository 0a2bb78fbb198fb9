// SPDX-License-Identifier: Apache-2.0
// HighlightedCode against the real KSyntaxHighlighting backend (the helper process on Debian 12).
#include "highlight/factory.h"
#include "highlightedcode.h"

#include <QSignalSpy>
#include <QTest>

class TestHighlightedCode : public QObject
{
    Q_OBJECT
    std::unique_ptr<highlight::Highlighter> m_highlighter;

private Q_SLOTS:
    void initTestCase()
    {
        m_highlighter = highlight::createHighlighter();
        HighlightedCode::setHighlighter(m_highlighter.get());
    }

    void plainFirstThenHighlighted()
    {
        HighlightedCode code;
        QSignalSpy changed(&code, &HighlightedCode::htmlChanged);
        code.setLanguage(QStringLiteral("YAML"));
        code.setCode(QStringLiteral("kind: Component\nmetadata:\n  name: <x>\n"));
        QVERIFY(changed.wait(2000)); // the escaped text at once
        QVERIFY(code.html().contains(u"&lt;x&gt;"));
        if (code.busy())
            QVERIFY(changed.wait(10000));
        QVERIFY(!code.busy());
        QVERIFY2(code.problem().isEmpty(), qPrintable(code.problem()));
        QCOMPARE(code.definition(), QStringLiteral("YAML"));
        QVERIFY(code.html().contains(u"<span"));
        QVERIFY(code.html().contains(u"&lt;x&gt;"));
    }

    void themeChangesColours()
    {
        HighlightedCode code;
        QSignalSpy changed(&code, &HighlightedCode::htmlChanged);
        code.setLanguage(QStringLiteral("definition.proto"));
        code.setCode(QStringLiteral("syntax = \"proto3\";\nservice Ledger { rpc Get (A) returns (B); }\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!code.busy() && changed.size() >= 2, 10000);
        const QString light = code.html();
        changed.clear();
        code.setDark(true);
        QTRY_VERIFY_WITH_TIMEOUT(!code.busy() && changed.size() >= 2, 10000);
        QVERIFY(code.html() != light);
        QVERIFY(!code.definition().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHighlightedCode)
#include "tst_highlightedcode.moc"
