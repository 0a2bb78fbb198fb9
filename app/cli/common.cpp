// SPDX-License-Identifier: Apache-2.0
#include "cli/common.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue &value)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    out() << QString::fromUtf8(text) << '\n';
    out().flush();
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("The catalog database (default: $PORTOLAN_DB or %1).")
                                                .arg(store::CatalogStore::defaultPath()),
                      QStringLiteral("file")});
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int *exitCode)
{
    parser.addHelpOption();
    const QStringList argv = QStringList{QCoreApplication::applicationName() + u' ' + command} + args;
    if (!parser.parse(argv)) {
        err() << command << ": " << parser.errorText() << "\n\n" << parser.helpText();
        *exitCode = UsageOrFatal;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    return true;
}

std::unique_ptr<store::CatalogStore> openStore(const QCommandLineParser &parser)
{
    auto store = std::make_unique<store::CatalogStore>();
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                             : store::CatalogStore::defaultPath();
    const QString error = store->open(path);
    if (!error.isEmpty()) {
        err() << "portolan: " << error << '\n';
        return nullptr;
    }
    return store;
}

QString normaliseRef(const QString &text, const QString &defaultKind)
{
    QString ref = text.trimmed().toLower();
    const qsizetype colon = ref.indexOf(u':');
    const qsizetype slash = ref.indexOf(u'/');
    const bool hasKind = colon > 0 && (slash < 0 || colon < slash);
    if (!hasKind && !defaultKind.isEmpty())
        ref = defaultKind.toLower() + u':' + ref;
    if (!ref.contains(u'/'))
        ref.insert(ref.indexOf(u':') + 1, QStringLiteral("default/"));
    return ref;
}

QString resolveRef(const store::CatalogStore &store, const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(u':');
    const qsizetype slash = trimmed.indexOf(u'/');
    if (colon > 0 && (slash < 0 || colon < slash)) {
        const QString ref = normaliseRef(trimmed, {});
        if (store.entity(ref))
            return ref;
        err() << "portolan: no entity " << ref << " in the catalog\n";
        return {};
    }
    const QString nameSpace = slash > 0 ? trimmed.left(slash) : QString();
    const QString name = slash > 0 ? trimmed.mid(slash + 1) : trimmed;
    const QStringList refs = store.refsNamed(name, nameSpace);
    if (refs.size() == 1)
        return refs.first();
    if (refs.isEmpty()) {
        err() << "portolan: no entity named " << trimmed << " in the catalog (try `portolan search " << name << "`)\n";
        return {};
    }
    err() << "portolan: " << trimmed << " is ambiguous; say which:\n";
    for (const QString &ref : refs)
        err() << "  " << ref << '\n';
    return {};
}

} // namespace cli
