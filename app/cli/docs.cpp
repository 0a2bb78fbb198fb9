// SPDX-License-Identifier: Apache-2.0
#include "docs.h"
#include "common.h"

#include "docsources/gitdocs.h"
#include "docsources/siteindex.h"
#include "docsources/storageurl.h"
#include "store/catalogstore.h"
#include "sync/appconfig.h"
#include "sync/syncengine.h"
#include "techdocs/builder.h"
#include "techdocs/site.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <optional>

namespace cli {
namespace {

int usage(QTextStream &err)
{
    err << "usage: portolan docs build DIR [--out OUT] [--strict] [--theme light|dark|system] [--no-git-dates] [--json]\n"
           "       portolan docs check DIR [--json]\n"
           "       portolan docs index [--db FILE] [--config FILE]... [--cache DIR] [--sites-cache DIR] [--force] [--json]\n"
           "       portolan docs search TEXT [--db FILE] [--limit N] [--json]\n";
    err.flush();
    return 2;
}

// The desktop app's cache of downloaded sites (app/gui/main.cpp): both binaries share the application name.
QString defaultSitesCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/techdocs-sites");
}

QJsonArray problemsJson(const QList<techdocs::Problem> &problems)
{
    QJsonArray array;
    for (const auto &p : problems)
        array.append(QJsonObject{{QStringLiteral("file"), p.file},
                                 {QStringLiteral("line"), p.line},
                                 {QStringLiteral("column"), p.column},
                                 {QStringLiteral("kind"), techdocs::kindName(p.kind)},
                                 {QStringLiteral("message"), p.message}});
    return array;
}

// `docs index` and `docs search` (see docs.h).
int runDocsIndex(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Index the catalog's TechDocs for search: local folders, docs that live only in the sync's Git "
                       "clones and pre-built sites downloaded earlier by the desktop app (nothing is fetched). The storage "
                       "URL comes from the Portolan config (%1), then app-config.yaml and app-config.local.yaml here, or "
                       "the --config files, as `portolan sync` reads them.")
            .arg(portolan::sync::portolanConfigPath()));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("force"), QStringLiteral("Render every site again, even when unchanged.")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("An app-config file (repeatable; later ones win)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("cache"),
                      QStringLiteral("Where the sync keeps bare clones (default %1).").arg(portolan::sync::SyncEngine::defaultCacheDir()),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("sites-cache"),
                      QStringLiteral("Where downloaded sites and copies out of Git are kept (default %1).").arg(defaultSitesCache()),
                      QStringLiteral("dir")});
    int code = Ok;
    if (!parse(parser, QStringLiteral("docs index"), args, &code))
        return code;
    auto store = openStore(parser);
    if (!store)
        return UsageOrFatal;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool force = parser.isSet(QStringLiteral("force"));
    // As `portolan sync` reads them (loadPlan): the Portolan config first, then --config or the app-configs here.
    QStringList configs = parser.isSet(QStringLiteral("config")) ? parser.values(QStringLiteral("config"))
                                                                 : portolan::sync::defaultAppConfigFiles(QDir::currentPath());
    if (QFileInfo::exists(portolan::sync::portolanConfigPath()))
        configs.prepend(portolan::sync::portolanConfigPath());
    // The same places the desktop app's DocsIndexer reads (app/gui/main.cpp).
    docsources::Places places;
    // Read once for the whole run (at most one app-config read, however many entities fall back to downloads).
    std::optional<QUrl> storageUrl;
    places.storageUrl = [configs, &storageUrl]() {
        if (!storageUrl)
            storageUrl = docsources::configuredTechdocsStorageUrl(configs);
        return *storageUrl;
    };
    places.cacheRoot = parser.isSet(QStringLiteral("sites-cache")) ? parser.value(QStringLiteral("sites-cache")) : defaultSitesCache();
    places.gitCacheDir = parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache"))
                                                               : portolan::sync::SyncEngine::defaultCacheDir();
    QJsonArray sites;
    int failures = 0;
    QElapsedTimer total;
    total.start();
    for (const store::EntityRow &row : store->withAnnotation(QStringLiteral("backstage.io/techdocs-ref"))) {
        QJsonObject site{{QStringLiteral("ref"), row.ref}};
        QElapsedTimer timer;
        timer.start();
        QString error, status, reason, origin = docsources::originName(docsources::Origin::None);
        int sections = 0;
        // An entity showing another one's docs (backstage.io/techdocs-entity) is not indexed itself: the entity it
        // points to is, in its own turn, as in the desktop app.
        QString ownerError;
        const auto owner = docsources::docsOwner(*store, row.ref, &ownerError);
        if (!owner) {
            error = ownerError;
        } else if (owner->ref != row.ref) {
            status = QStringLiteral("follows");
            site.insert(QStringLiteral("docsEntity"), owner->ref);
            reason = QStringLiteral("shows the docs of ") + owner->ref;
        } else {
            const docsources::Located located = docsources::locateDocs(row.data, row.file, places);
            origin = docsources::originName(located.origin);
            if (located.dir.isEmpty() && located.error.isEmpty()) {
                status = QStringLiteral("skipped");
                reason = QStringLiteral("no docs on this machine (not synced, never downloaded)");
            } else {
                const auto info = store->docsIndexInfo(row.ref);
                const QString known = !force && info ? info->contentHash : QString();
                docsources::SiteRows rows = docsources::siteRows(located, known);
                error = rows.error;
                if (error.isEmpty() && rows.unchanged) {
                    status = QStringLiteral("unchanged");
                    sections = info->sections;
                } else if (error.isEmpty()) {
                    sections = int(rows.sections.size());
                    error = store->replaceDocsIndex(row.ref, rows.hash, rows.sections);
                    status = QStringLiteral("indexed");
                }
            }
        }
        if (!error.isEmpty()) {
            ++failures;
            status = QStringLiteral("failed");
            site.insert(QStringLiteral("error"), error);
        }
        if (!reason.isEmpty())
            site.insert(QStringLiteral("reason"), reason);
        site.insert(QStringLiteral("status"), status);
        site.insert(QStringLiteral("origin"), origin);
        site.insert(QStringLiteral("sections"), sections);
        site.insert(QStringLiteral("elapsedMs"), double(timer.elapsed()));
        if (json)
            sites.append(site);
        else
            out() << status << ' ' << origin << ' ' << row.ref << ": " << sections << " sections, " << timer.elapsed() << " ms"
                  << (error.isEmpty() && reason.isEmpty() ? QString() : QString(u" (" + (error.isEmpty() ? reason : error) + u')'))
                  << '\n';
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("sites"), sites}, {QStringLiteral("elapsedMs"), double(total.elapsed())}});
    else
        out() << "done in " << total.elapsed() << " ms\n";
    out().flush();
    return failures > 0 ? ProblemsFound : Ok;
}

int runDocsSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search the catalog's docs index."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addPositionalArgument(QStringLiteral("text"), QStringLiteral("Words to find (prefixes match)."));
    int code = Ok;
    if (!parse(parser, QStringLiteral("docs search"), args, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err() << parser.helpText();
        err().flush();
        return UsageOrFatal;
    }
    auto store = openStore(parser);
    if (!store)
        return UsageOrFatal;
    const QList<store::DocsHit> hits =
        store->searchDocs(parser.positionalArguments().join(u' '), parser.value(QStringLiteral("limit")).toInt());
    auto plain = [](QString s) { return s.replace(store::kMatchStart, u'[').replace(store::kMatchEnd, u']'); };
    QJsonArray array;
    for (const store::DocsHit &hit : hits) {
        if (parser.isSet(QStringLiteral("json"))) {
            array.append(QJsonObject{{QStringLiteral("entityRef"), hit.entityRef}, {QStringLiteral("page"), hit.pageUrl},
                                     {QStringLiteral("pageTitle"), hit.pageTitle}, {QStringLiteral("heading"), plain(hit.heading)},
                                     {QStringLiteral("anchor"), hit.anchor}, {QStringLiteral("snippet"), plain(hit.snippet)}});
        } else {
            out() << hit.entityRef << ' ' << hit.pageUrl << (hit.anchor.isEmpty() ? QString() : u'#' + hit.anchor) << "  "
                  << hit.pageTitle << " › " << plain(hit.heading) << "\n    " << plain(hit.snippet) << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(array);
    out().flush();
    return hits.isEmpty() ? ProblemsFound : Ok;
}

} // namespace

int runDocs(const QStringList &args)
{
    return runDocs(args, nullptr);
}

int runDocs(const QStringList &args, highlight::Highlighter *highlighter)
{
    // The search index lives in the catalog database: those subcommands take the shared --db option.
    if (!args.isEmpty() && args.first() == u"index")
        return runDocsIndex(args.mid(1));
    if (!args.isEmpty() && args.first() == u"search")
        return runDocsSearch(args.mid(1));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || (args.first() != u"build" && args.first() != u"check"))
        return usage(err);
    const bool build = args.first() == u"build";
    QString dir, outDir, theme = QStringLiteral("system");
    bool json = false, strict = false, gitDates = true;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--json")
            json = true;
        else if (a == u"--strict" && build)
            strict = true;
        else if (a == u"--no-git-dates" && build)
            gitDates = false;
        else if ((a == u"--out" || a == u"-d") && build && i + 1 < args.size())
            outDir = args.at(++i);
        else if (a == u"--theme" && build && i + 1 < args.size())
            theme = args.at(++i);
        else if (!a.startsWith(u'-') && dir.isEmpty())
            dir = a;
        else
            return usage(err);
    }
    if (dir.isEmpty() || (theme != u"light" && theme != u"dark" && theme != u"system"))
        return usage(err);
    if (build && outDir.isEmpty())
        outDir = QDir(dir).filePath(QStringLiteral("site")); // mkdocs' default site_dir

    auto opened = techdocs::Site::open(dir);
    if (auto *problem = std::get_if<techdocs::Problem>(&opened)) {
        err << problem->toString() << '\n';
        return 2;
    }
    const techdocs::Site &site = std::get<techdocs::Site>(opened);
    techdocs::RenderOptions render{highlighter, theme == u"dark" ? highlight::Theme::Dark : highlight::Theme::Light};

    if (!build) {
        const QList<techdocs::Problem> problems = site.check(render);
        if (json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("pages"), int(site.pages().size())},
                                             {QStringLiteral("problems"), problemsJson(problems)}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            for (const auto &p : problems)
                out << p.toString() << '\n';
            out << site.pages().size() << " pages checked, " << problems.size() << " problems\n";
        }
        return problems.isEmpty() ? 0 : 1;
    }

    techdocs::BuildOptions options;
    options.render = render;
    options.gitDates = gitDates;
    options.page.colorScheme = theme == u"dark" ? techdocs::PageOptions::ColorScheme::Dark
        : theme == u"light"                     ? techdocs::PageOptions::ColorScheme::Light
                                                : techdocs::PageOptions::ColorScheme::System;
    QElapsedTimer timer;
    timer.start();
    auto built = techdocs::buildSite(site, outDir, options);
    if (auto *problem = std::get_if<techdocs::Problem>(&built)) {
        err << problem->toString() << '\n';
        return 2;
    }
    const auto &report = std::get<techdocs::BuildReport>(built);
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("out"), QDir(outDir).absolutePath()},
                                         {QStringLiteral("pages"), report.pages},
                                         {QStringLiteral("files"), report.files},
                                         {QStringLiteral("elapsedMs"), double(timer.elapsed())},
                                         {QStringLiteral("problems"), problemsJson(report.problems)}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        for (const auto &p : report.problems)
            err << p.toString() << '\n';
        out << "Built " << report.pages << " pages (" << report.files << " files) in " << timer.elapsed() << " ms to "
            << QDir(outDir).absolutePath() << '\n';
    }
    return strict && !report.problems.isEmpty() ? 1 : 0;
}

} // namespace cli
