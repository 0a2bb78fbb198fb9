// SPDX-License-Identifier: Apache-2.0
#include "cli/catalog.h"

#include "catalog/reader.h"
#include "cli/common.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace cli {

namespace {

QJsonObject summaryJson(const store::EntityRow &row)
{
    return {{QStringLiteral("ref"), row.ref},           {QStringLiteral("kind"), row.kind},
            {QStringLiteral("name"), row.name},         {QStringLiteral("title"), row.title},
            {QStringLiteral("type"), row.type},         {QStringLiteral("lifecycle"), row.lifecycle},
            {QStringLiteral("owner"), row.owner},       {QStringLiteral("system"), row.system},
            {QStringLiteral("description"), row.description}, {QStringLiteral("tags"), QJsonArray::fromStringList(row.tags)}};
}

QJsonArray relationsJson(const QList<catalog::Relation> &relations)
{
    QJsonArray out;
    for (const auto &r : relations)
        out.append(QJsonObject{{QStringLiteral("source"), r.source}, {QStringLiteral("type"), r.type}, {QStringLiteral("target"), r.target}});
    return out;
}

QString profileLine(const QJsonObject &entity)
{
    const QJsonObject profile = entity.value(u"spec").toObject().value(u"profile").toObject();
    QString line = profile.value(u"displayName").toString();
    const QString email = profile.value(u"email").toString();
    if (!email.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + u'<' + email + u'>';
    return line;
}

int errorCount(const QList<catalog::Diagnostic> &diagnostics)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const catalog::Diagnostic &d) {
        return d.severity == catalog::Diagnostic::Severity::Error;
    }));
}

/// The one entity a command is about: checks there is exactly one REF, opens the catalog and resolves the ref.
/// On failure `exitCode` says how the command ends and the problem has been printed.
struct EntityArgument {
    std::unique_ptr<store::CatalogStore> store;
    QString ref;
    int exitCode = Ok;
};

EntityArgument entityArgument(const QCommandLineParser &parser, const char *command)
{
    EntityArgument out;
    if (parser.positionalArguments().size() != 1) {
        err() << command << ": give exactly one entity ref\n";
        out.exitCode = UsageOrFatal;
        return out;
    }
    out.store = openStore(parser);
    if (!out.store) {
        out.exitCode = UsageOrFatal;
        return out;
    }
    out.ref = resolveRef(*out.store, parser.positionalArguments().first());
    if (out.ref.isEmpty())
        out.exitCode = ProblemsFound;
    return out;
}

} // namespace

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks catalog files as Backstage's catalog would: every problem as "
                                                    "file:line:col: field: message. Exit 1 if any entity is invalid."));
    addJsonOption(parser);
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Catalog files or folders (searched for catalog-info.yaml)."), QStringLiteral("PATH..."));
    int code = Ok;
    if (!parse(parser, QStringLiteral("validate"), args, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err() << "validate: give at least one file or folder\n";
        return UsageOrFatal;
    }
    catalog::Reader reader;
    const catalog::ReadResult result = reader.readPaths(parser.positionalArguments());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems, entities;
        for (const auto &d : result.diagnostics)
            problems.append(d.toJson());
        for (const auto &e : result.entities)
            entities.append(e.ref);
        printJson(QJsonObject{{QStringLiteral("ok"), errorCount(result.diagnostics) == 0},
                              {QStringLiteral("files"), result.filesRead},
                              {QStringLiteral("entities"), entities},
                              {QStringLiteral("problems"), problems}});
    } else {
        for (const auto &d : result.diagnostics)
            out() << d.toString() << '\n';
        err() << result.filesRead << " files, " << result.entities.size() << " valid entities, "
              << errorCount(result.diagnostics) << " errors, "
              << result.diagnostics.size() - errorCount(result.diagnostics) << " warnings\n";
    }
    return errorCount(result.diagnostics) == 0 ? Ok : ProblemsFound;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reads catalog files and folders into the local catalog. The paths "
                                                    "form one source: importing it again replaces what it gave before."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("source"), QStringLiteral("Name of the source (default: derived from the first path)."), QStringLiteral("name")});
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Catalog files or folders."), QStringLiteral("PATH..."));
    int code = Ok;
    if (!parse(parser, QStringLiteral("import"), args, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << "import: give at least one file or folder\n";
        return UsageOrFatal;
    }
    auto store = openStore(parser);
    if (!store)
        return UsageOrFatal;
    QElapsedTimer timer;
    timer.start();
    catalog::Reader reader;
    const catalog::ReadResult result = reader.readPaths(paths);
    const qint64 readMs = timer.elapsed();
    const QString target = QFileInfo(paths.first()).absoluteFilePath();
    store::SourceInfo source{parser.isSet(QStringLiteral("source")) ? parser.value(QStringLiteral("source"))
                                                                     : QStringLiteral("file:") + target,
                             QStringLiteral("file"), paths.size() == 1 ? target : paths.join(u' ')};
    const QString error = store->replaceSnapshot(source, result);
    if (!error.isEmpty()) {
        err() << "import: could not write the catalog: " << error << " (the previous snapshot is unchanged)\n";
        return UsageOrFatal;
    }
    const qint64 totalMs = timer.elapsed();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const auto &d : result.diagnostics)
            problems.append(d.toJson());
        printJson(QJsonObject{{QStringLiteral("source"), source.id},        {QStringLiteral("files"), result.filesRead},
                              {QStringLiteral("entities"), int(result.entities.size())},
                              {QStringLiteral("problems"), problems},       {QStringLiteral("readMs"), readMs},
                              {QStringLiteral("totalMs"), totalMs},         {QStringLiteral("database"), store->path()}});
    } else {
        for (const auto &d : result.diagnostics)
            err() << d.toString() << '\n';
        out() << "Imported " << result.entities.size() << " entities from " << result.filesRead << " files into "
              << store->path() << " in " << totalMs << " ms (" << result.diagnostics.size() << " problems)\n";
    }
    return errorCount(result.diagnostics) == 0 ? Ok : ProblemsFound;
}

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Searches the local catalog (prefix match on names, titles, "
                                                    "descriptions, tags, owners, types and annotation values)."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    for (const char *facet : {"kind", "owner", "type", "lifecycle", "tag", "system", "namespace"})
        parser.addOption({QString::fromLatin1(facet), QStringLiteral("Only entities with this %1 (repeatable).").arg(QString::fromLatin1(facet)), QStringLiteral("value")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most this many results (default 50)."), QStringLiteral("n"), QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("Words to search for (may be empty)."), QStringLiteral("[QUERY...]"));
    int code = Ok;
    if (!parse(parser, QStringLiteral("search"), args, &code))
        return code;
    auto store = openStore(parser);
    if (!store)
        return UsageOrFatal;
    store::Query query;
    query.text = parser.positionalArguments().join(u' ');
    query.limit = parser.value(QStringLiteral("limit")).toInt();
    for (const QString &facet : store::facetNames()) {
        QStringList values = parser.values(facet);
        if (facet == u"owner" || facet == u"system") {
            for (QString &value : values)
                value = normaliseRef(value, facet == u"owner" ? QStringLiteral("group") : QStringLiteral("system"));
        }
        if (!values.isEmpty())
            query.filters.insert(facet, values);
    }
    const auto rows = store->search(query);
    if (!store->lastError().isEmpty()) {
        err() << "search: " << store->lastError() << '\n';
        return UsageOrFatal;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const auto &row : rows)
            items.append(summaryJson(row));
        printJson(QJsonObject{{QStringLiteral("total"), store->count(query)}, {QStringLiteral("items"), items}});
        return Ok;
    }
    for (const auto &row : rows) {
        out() << row.ref << "  " << row.displayName();
        if (!row.owner.isEmpty())
            out() << "  (owner " << row.owner << ')';
        out() << '\n';
    }
    err() << rows.size() << " of " << store->count(query) << " entities\n";
    return Ok;
}

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shows one entity as the catalog stores it, with its relations."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument(QStringLiteral("ref"), QStringLiteral("An entity ref or name."), QStringLiteral("REF"));
    int code = Ok;
    if (!parse(parser, QStringLiteral("show"), args, &code))
        return code;
    auto [store, ref, exitCode] = entityArgument(parser, "show");
    if (exitCode != Ok)
        return exitCode;
    const auto row = store->entity(ref);
    QJsonObject entity = row->data;
    QJsonArray stitched;
    for (const auto &r : store->relationsFrom(ref))
        stitched.append(QJsonObject{{QStringLiteral("type"), r.type}, {QStringLiteral("targetRef"), r.target}});
    entity.insert(QStringLiteral("relations"), stitched);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(entity);
        return Ok;
    }
    out() << QString::fromUtf8(QJsonDocument(entity).toJson(QJsonDocument::Indented));
    out() << "# from " << row->file << ':' << row->line << " (source " << row->sourceId << ")\n";
    return Ok;
}

int runOwnerOf(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Who owns an entity: the owning group (or user), its members with "
                                                    "contact data, and its parent groups."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument(QStringLiteral("ref"), QStringLiteral("An entity ref or name."), QStringLiteral("REF"));
    int code = Ok;
    if (!parse(parser, QStringLiteral("owner-of"), args, &code))
        return code;
    auto [store, ref, exitCode] = entityArgument(parser, "owner-of");
    if (exitCode != Ok)
        return exitCode;
    const auto row = store->entity(ref);
    if (row->owner.isEmpty()) {
        err() << "owner-of: " << ref << " has no owner in the catalog\n";
        return ProblemsFound;
    }
    const auto owner = store->entity(row->owner);
    QJsonArray members, parents;
    if (owner) {
        for (const auto &r : store->relationsFrom(owner->ref)) {
            if (r.type == u"hasMember") {
                const auto member = store->entity(r.target);
                const QJsonObject profile = member ? member->data.value(u"spec").toObject().value(u"profile").toObject() : QJsonObject();
                members.append(QJsonObject{{QStringLiteral("ref"), r.target},
                                           {QStringLiteral("displayName"), profile.value(u"displayName")},
                                           {QStringLiteral("email"), profile.value(u"email")},
                                           {QStringLiteral("inCatalog"), bool(member)}});
            } else if (r.type == u"childOf") {
                parents.append(r.target);
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject ownerJson{{QStringLiteral("ref"), row->owner}, {QStringLiteral("inCatalog"), bool(owner)}};
        if (owner) {
            const QJsonObject profile = owner->data.value(u"spec").toObject().value(u"profile").toObject();
            ownerJson.insert(QStringLiteral("title"), owner->displayName());
            ownerJson.insert(QStringLiteral("email"), profile.value(u"email"));
            ownerJson.insert(QStringLiteral("members"), members);
            ownerJson.insert(QStringLiteral("parents"), parents);
        }
        printJson(QJsonObject{{QStringLiteral("entity"), ref}, {QStringLiteral("owner"), ownerJson}});
        return owner ? Ok : ProblemsFound;
    }
    out() << ref << " is owned by " << row->owner;
    if (!owner) {
        out() << " (not in the catalog)\n";
        return ProblemsFound;
    }
    const QString contact = profileLine(owner->data);
    out() << (owner->title.isEmpty() ? QString() : QStringLiteral(" \"") + owner->title + u'"')
          << (contact.isEmpty() ? QString() : QStringLiteral(" ") + contact) << '\n';
    for (const auto &parent : std::as_const(parents))
        out() << "  part of " << parent.toString() << '\n';
    if (members.isEmpty())
        out() << "  no members listed\n";
    for (const auto &member : std::as_const(members)) {
        const QJsonObject m = member.toObject();
        out() << "  member " << m.value(u"ref").toString();
        const QString name = m.value(u"displayName").toString();
        const QString email = m.value(u"email").toString();
        if (!name.isEmpty())
            out() << "  " << name;
        if (!email.isEmpty())
            out() << " <" << email << '>';
        out() << '\n';
    }
    return Ok;
}

int runRelations(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The relation graph around an entity, breadth first."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("depth"), QStringLiteral("How many hops to follow (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addPositionalArgument(QStringLiteral("ref"), QStringLiteral("An entity ref or name."), QStringLiteral("REF"));
    int code = Ok;
    if (!parse(parser, QStringLiteral("relations"), args, &code))
        return code;
    bool depthOk = false;
    const int depth = parser.value(QStringLiteral("depth")).toInt(&depthOk);
    if (!depthOk || depth < 1 || depth > 10) {
        err() << "relations: --depth must be a number from 1 to 10\n";
        return UsageOrFatal;
    }
    auto [store, root, exitCode] = entityArgument(parser, "relations");
    if (exitCode != Ok)
        return exitCode;
    QList<catalog::Relation> edges;
    QSet<QString> seen{root};
    QStringList frontier{root};
    for (int hop = 0; hop < depth && !frontier.isEmpty(); ++hop) {
        QStringList next;
        for (const QString &ref : std::as_const(frontier)) {
            for (const auto &r : store->relationsFrom(ref)) {
                edges << r;
                if (!seen.contains(r.target)) {
                    seen.insert(r.target);
                    next << r.target;
                }
            }
        }
        frontier = next;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray nodes;
        for (const QString &ref : std::as_const(seen))
            nodes.append(QJsonObject{{QStringLiteral("ref"), ref}, {QStringLiteral("inCatalog"), bool(store->entity(ref))}});
        printJson(QJsonObject{{QStringLiteral("root"), root}, {QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), relationsJson(edges)}});
        return Ok;
    }
    QString current;
    for (const auto &r : std::as_const(edges)) {
        if (r.source != current) {
            current = r.source;
            out() << current << '\n';
        }
        out() << "  " << r.type << " -> " << r.target << '\n';
    }
    return Ok;
}

} // namespace cli
