// SPDX-License-Identifier: Apache-2.0
#include "scorecards/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using scorecards::JsonPath;

namespace
{

const char *kEntity
    = "{"
      "  'kind': 'Component',"
      "  'metadata': {'name': 'payments-service', 'tags': ['go', 'payments', 'pci-dss'],"
      "               'annotations': {'pagerduty.com/service-id': 'PX7K2QA', 'backstage.io/techdocs-ref': 'dir:.',"
      "                               'odd]key': 'bracket'},"
      "               'links': [{'url': 'https://a.example', 'title': 'A'}, {'url': 'https://b.example', 'title': "
      "'B'}]},"
      "  'spec': {'owner': 'team-payments', 'lifecycle': 'production', 'replicas': 3, 'empty': null}"
      "}";

QString joined(const QList<QJsonValue> &values)
{
    QJsonArray array;
    for (const QJsonValue &v : values)
        array.append(v);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

class JsonPathTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("root field") << "$.kind"
                                    << "['Component']";
        QTest::newRow("dotted") << "$.spec.owner"
                                << "['team-payments']";
        QTest::newRow("bracket single quotes") << "$.metadata.annotations['pagerduty.com/service-id']"
                                               << "['PX7K2QA']";
        QTest::newRow("bracket double quotes") << "$[\"metadata\"][\"annotations\"][\"backstage.io/techdocs-ref\"]"
                                               << "['dir:.']";
        QTest::newRow("bracket with spaces") << "$.metadata.annotations[ 'pagerduty.com/service-id' ]"
                                             << "['PX7K2QA']";
        QTest::newRow("quoted key holding ]") << "$.metadata.annotations['odd]key']"
                                              << "['bracket']";
        QTest::newRow("index") << "$.metadata.tags[1]"
                               << "['payments']";
        QTest::newRow("negative index") << "$.metadata.tags[-1]"
                                        << "['pci-dss']";
        QTest::newRow("index out of range") << "$.metadata.tags[7]"
                                            << "[]";
        QTest::newRow("wildcard array") << "$.metadata.tags[*]"
                                        << "['go','payments','pci-dss']";
        QTest::newRow("wildcard then field") << "$.metadata.links[*].title"
                                             << "['A','B']";
        QTest::newRow("dot wildcard on object") << "$.spec.*"
                                                << "[null,'production','team-payments',3]";
        QTest::newRow("number") << "$.spec.replicas"
                                << "[3]";
        QTest::newRow("explicit null") << "$.spec.empty"
                                       << "[null]";
        QTest::newRow("missing") << "$.spec.system"
                                 << "[]";
        QTest::newRow("field of a string") << "$.spec.owner.name"
                                           << "[]";
        QTest::newRow("index into object") << "$.spec[0]"
                                           << "[]";
        QTest::newRow("whole document") << "$"
                                        << "";
    }
    void evaluates()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QJsonObject entity = QJsonDocument::fromJson(QByteArray(kEntity).replace('\'', '"')).object();
        auto parsed = JsonPath::parse(path);
        if (const auto *error = std::get_if<JsonPath::Error>(&parsed))
            QFAIL(qPrintable(error->message));
        const QList<QJsonValue> values = std::get<JsonPath>(parsed).evaluate(entity);
        if (expected.isEmpty()) {
            QCOMPARE(values.size(), 1);
            QCOMPARE(values.first().toObject(), entity);
        } else {
            QCOMPARE(joined(values), expected.replace(u'\'', u'"'));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("no dollar") << "spec.owner" << 1 << "starts with $";
        QTest::newRow("empty") << "" << 1 << "starts with $";
        QTest::newRow("recursive") << "$..owner" << 2 << "recursive descent";
        QTest::newRow("trailing dot") << "$.spec." << 8 << "field name after '.'";
        QTest::newRow("unclosed bracket") << "$.spec[0" << 7 << "not closed";
        QTest::newRow("unclosed quote") << "$.metadata['abc]" << 12 << "not closed with '";
        QTest::newRow("filter") << "$.metadata.tags[?(@ == 'go')]" << 17 << "not supported";
        QTest::newRow("slice") << "$.metadata.tags[0:2]" << 17 << "not supported";
        QTest::newRow("garbage in brackets") << "$.spec[owner]" << 8 << "quoted key";
        QTest::newRow("junk after key") << "$.metadata['a'x]" << 15 << "expected ']'";
        QTest::newRow("space in path") << "$.spec owner" << 7 << "unexpected ' '";
    }
    void refuses()
    {
        QFETCH(QString, path);
        QFETCH(int, column);
        QFETCH(QString, message);
        auto parsed = JsonPath::parse(path);
        QVERIFY(std::holds_alternative<JsonPath::Error>(parsed));
        const auto error = std::get<JsonPath::Error>(parsed);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.column, column);
    }
};

QTEST_GUILESS_MAIN(JsonPathTest)
#include "tst_jsonpath.moc"
