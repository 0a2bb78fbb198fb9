// SPDX-License-Identifier: Apache-2.0
// Backstage conformance: every document of the shared corpus must get Backstage's verdict, ref, relations,
// emitted children and stitched relations. Rows come from expected.jsonl, so new cases count unchanged.
#include "catalog/reader.h"
#include "catalog/relations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace catalog;

namespace {

QString sharedDir()
{
    return QDir::cleanPath(QStringLiteral(PORTOLAN_SOURCE_DIR "/../shared/conformance"));
}

QString copyDir()
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/conformance");
}

// The shared folder gets new cases over time; the in-tree copy keeps a clone without it working.
QString corpusDir()
{
    // PORTOLAN_CONFORMANCE_DIR runs the same checks on a corpus of your own (made with the oracle).
    if (const QString own = qEnvironmentVariable("PORTOLAN_CONFORMANCE_DIR"); !own.isEmpty())
        return own;
    return QFileInfo::exists(sharedDir() + QStringLiteral("/catalog/expected.jsonl")) ? sharedDir() : copyDir();
}

QString relationKey(const QString &source, const QString &type, const QString &target)
{
    return source + u' ' + type + u' ' + target;
}

/// What Backstage's error names, reduced to something Portolan's diagnostic can be held to.
/// Backstage words its errors in three families; each yields either a field path (compared with
/// Diagnostic::field, dotted, keys unescaped) or a phrase (which the message must contain):
///  - FieldFormat: `"tags.1" is not valid` — the label is relative to metadata for labels/annotations/
///    tags/links, so it is prefixed with `metadata.`;
///  - ajv (envelope, schema, kind validators): `/spec/owner must ...` is a JSON pointer (~1 = /), and
///    `must have required property 'x'` names the missing child x; `<root> must NOT have additional
///    properties` names no key, so any unknown top-level key of ours matches;
///  - YAML errors (`YAML error at <file>, ... at line N, column C`): our diagnostic must be a document-level
///    one (no field) on line N;
///  - processor errors without a field (`Entity reference "x" ...`, `No processor recognized ...`,
///    `Expected object at root ...`): the quoted ref or the phrase must appear in our message.
/// An unknown form fails the row loudly, so a new kind of case is noticed instead of passing silently.
struct ExpectedToken {
    enum Kind { Field, AnyRootKey, Phrase, YamlLine, Unknown } kind = Unknown;
    QString value;
};

ExpectedToken expectedToken(const QString &error)
{
    static const QRegularExpression notValid(QStringLiteral("\"([^\"]+)\" is not valid;"));
    static const QRegularExpression ajv(QStringLiteral("(?:Malformed envelope, |TypeError: )(<root>|/\\S*) must "
                                                       "(have required property '([^']+)'|NOT have additional|.)"));
    static const QRegularExpression unknownField(QStringLiteral("Unknown field (\\S+)"));
    static const QRegularExpression ref(QStringLiteral("(Entity reference \"[^\"]*\")"));
    static const QRegularExpression yamlError(QStringLiteral("^Error: YAML error at .*? at line (\\d+), column"));
    if (auto m = yamlError.match(error); m.hasMatch())
        return {ExpectedToken::YamlLine, m.captured(1)};
    if (auto m = notValid.match(error); m.hasMatch()) {
        QString label = m.captured(1);
        for (const char *prefix : {"labels.", "annotations.", "tags.", "links."}) {
            if (label.startsWith(QLatin1String(prefix)))
                label.prepend(QStringLiteral("metadata."));
        }
        return {ExpectedToken::Field, label};
    }
    if (auto m = ajv.match(error); m.hasMatch()) {
        if (m.captured(2).startsWith(QLatin1String("NOT have additional")) && m.captured(1) == QLatin1String("<root>"))
            return {ExpectedToken::AnyRootKey, {}};
        QStringList path;
        if (m.captured(1) != QLatin1String("<root>")) {
            for (QString segment : m.captured(1).mid(1).split(u'/'))
                path.append(segment.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~")));
        }
        if (!m.captured(3).isEmpty())
            path.append(m.captured(3));
        return {ExpectedToken::Field, path.join(u'.')};
    }
    if (auto m = unknownField.match(error); m.hasMatch())
        return {ExpectedToken::Field, m.captured(1)};
    if (error.contains(QLatin1String("metadata.annotations must be a valid object")))
        return {ExpectedToken::Field, QStringLiteral("metadata.annotations")};
    if (auto m = ref.match(error); m.hasMatch())
        return {ExpectedToken::Phrase, m.captured(1)};
    for (const char *phrase : {"Entity reference must not be empty", "No processor recognized the entity",
                               "Expected object at root"}) {
        if (error.contains(QLatin1String(phrase)))
            return {ExpectedToken::Phrase, QLatin1String(phrase)};
    }
    return {};
}

bool matches(const ExpectedToken &token, const Diagnostic &d)
{
    static const QStringList rootKeys = {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                                         QStringLiteral("spec"), QStringLiteral("relations"), QStringLiteral("status")};
    switch (token.kind) {
    case ExpectedToken::Field:
        return d.field == token.value;
    case ExpectedToken::AnyRootKey:
        return !d.field.isEmpty() && !d.field.contains(u'.') && !rootKeys.contains(d.field);
    case ExpectedToken::Phrase:
        return d.message.contains(token.value);
    case ExpectedToken::YamlLine:
        return d.field.isEmpty() && d.line == token.value.toInt();
    case ExpectedToken::Unknown:
        break;
    }
    return false;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private:
    QString m_catalogDir;
    ReadResult m_result;
    QList<QJsonObject> m_documents;
    QList<QJsonObject> m_stitched;

private Q_SLOTS:
    void initTestCase()
    {
        m_catalogDir = corpusDir() + QStringLiteral("/catalog");
        qInfo("corpus: %s", qPrintable(m_catalogDir));
        QFile expected(m_catalogDir + QStringLiteral("/expected.jsonl"));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
        for (const QByteArray &line : expected.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            (o.contains(QLatin1String("stitched")) ? m_stitched : m_documents).append(o);
        }
        QVERIFY(!m_documents.isEmpty());

        QStringList files;
        for (const QString &name : QDir(m_catalogDir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            files.append(m_catalogDir + u'/' + name);
        QElapsedTimer timer;
        timer.start();
        m_result = Reader().readPaths(files);
        qInfo("read %lld files, %lld documents, %lld entities, %lld diagnostics in %lld ms", qlonglong(m_result.filesRead),
              qlonglong(m_result.documentsRead), qlonglong(m_result.entities.size()),
              qlonglong(m_result.diagnostics.size()), qlonglong(timer.elapsed()));
        QCOMPARE(m_result.filesRead, files.size());
    }

    void document_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        for (const QJsonObject &o : std::as_const(m_documents)) {
            QTest::addRow("%s#%d", qPrintable(o.value(QLatin1String("file")).toString()),
                          o.value(QLatin1String("index")).toInt())
                << o;
        }
    }

    void document()
    {
        QFETCH(QJsonObject, expected);
        const QString file = QDir::cleanPath(m_catalogDir + u'/' + expected.value(QLatin1String("file")).toString());
        const int index = expected.value(QLatin1String("index")).toInt();
        QList<const Entity *> entities;
        for (const Entity &e : std::as_const(m_result.entities)) {
            if (e.position.file == file && e.documentIndex == index)
                entities.append(&e);
        }
        QList<const Diagnostic *> errors;
        for (const Diagnostic &d : std::as_const(m_result.diagnostics)) {
            if (d.file == file && d.documentIndex == index && d.severity == Diagnostic::Severity::Error)
                errors.append(&d);
        }
        const QString expectedRef = expected.value(QLatin1String("ref")).toString();

        if (expected.value(QLatin1String("ok")).toBool()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0) ? errors.first()->toString() : QString()));
            QCOMPARE(entities.size(), 1);
            const Entity &entity = *entities.first();
            QCOMPARE(entity.ref, expectedRef);
            QStringList want, got;
            for (const QJsonValue &r : expected.value(QLatin1String("relations")).toArray()) {
                const QJsonObject o = r.toObject();
                want.append(relationKey(o.value(QLatin1String("source")).toString(), o.value(QLatin1String("type")).toString(),
                                        o.value(QLatin1String("target")).toString()));
            }
            for (const Relation &r : entity.relations)
                got.append(relationKey(r.source, r.type, r.target));
            want.sort();
            got.sort();
            QCOMPARE(got, want);
            QStringList emitted;
            for (const QJsonValue &v : expected.value(QLatin1String("emitted")).toArray())
                emitted.append(v.toString());
            QCOMPARE(entity.emittedRefs, emitted);
        } else {
            QVERIFY2(entities.isEmpty(), qPrintable(entities.value(0) ? entities.first()->ref : QString()));
            QVERIFY2(!errors.isEmpty(), "Backstage rejects this document; Portolan accepted or ignored it");
            const Diagnostic &d = *errors.first();
            QCOMPARE(d.entityRef, expectedRef);
            QVERIFY2(d.line > 0 && d.column > 0, qPrintable(d.toString()));
            const QString error = expected.value(QLatin1String("error")).toString();
            const ExpectedToken token = expectedToken(error);
            QVERIFY2(token.kind != ExpectedToken::Unknown, qPrintable(u"unrecognised Backstage error form: " + error));
            QVERIFY2(matches(token, d), qPrintable(u"Backstage: " + error + u"\nPortolan: " + d.toString() +
                                                   u"\nexpected token: " + token.value));
        }
    }

    void noStrayResults()
    {
        // Every entity and error belongs to a document the corpus describes.
        QSet<QString> described;
        for (const QJsonObject &o : std::as_const(m_documents))
            described.insert(QDir::cleanPath(m_catalogDir + u'/' + o.value(QLatin1String("file")).toString()) + u'#' +
                             QString::number(o.value(QLatin1String("index")).toInt()));
        for (const Entity &e : std::as_const(m_result.entities))
            QVERIFY2(described.contains(e.position.file + u'#' + QString::number(e.documentIndex)), qPrintable(e.ref));
        for (const Diagnostic &d : std::as_const(m_result.diagnostics)) {
            if (d.severity == Diagnostic::Severity::Error)
                QVERIFY2(described.contains(d.file + u'#' + QString::number(d.documentIndex)), qPrintable(d.toString()));
        }
    }

    void stitched_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        for (const QJsonObject &o : std::as_const(m_stitched))
            QTest::addRow("%s", qPrintable(o.value(QLatin1String("stitched")).toString())) << o;
    }

    void stitched()
    {
        QFETCH(QJsonObject, expected);
        QList<Relation> all;
        for (const Entity &e : std::as_const(m_result.entities))
            all.append(e.relations);
        const QString ref = expected.value(QLatin1String("stitched")).toString();
        QStringList want, got;
        for (const QJsonValue &r : expected.value(QLatin1String("relations")).toArray())
            want.append(r[QLatin1String("type")].toString() + u' ' + r[QLatin1String("targetRef")].toString());
        for (const Relation &r : stitchRelations(all, ref))
            got.append(r.type + u' ' + r.target);
        QCOMPARE(got, want); // order matters: the API sorts by type, then target
    }

    void stitchedCoversEveryAcceptedEntity()
    {
        QStringList want, got;
        for (const QJsonObject &o : std::as_const(m_stitched))
            want.append(o.value(QLatin1String("stitched")).toString());
        for (const Entity &e : std::as_const(m_result.entities))
            got.append(e.ref);
        want.sort();
        got.sort();
        QCOMPARE(got, want);
    }

    void copyMatchesShared()
    {
        const QStringList copy = filesUnder(copyDir());
        QVERIFY2(copy.contains(QStringLiteral("catalog/expected.jsonl")), "tests/data/conformance is incomplete");
        if (!QFileInfo::exists(sharedDir())) {
            qInfo("no shared conformance folder next to the source tree; checked the in-tree copy (%lld files)",
                  qlonglong(copy.size()));
            return;
        }
        QCOMPARE(copy, filesUnder(sharedDir()));
        for (const QString &name : copy) {
            QFile a(copyDir() + u'/' + name), b(sharedDir() + u'/' + name);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(name + u" differs; copy ../shared/conformance again"));
        }
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
