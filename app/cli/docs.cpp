// SPDX-License-Identifier: Apache-2.0
#include "docs.h"
#include "common.h"

#include "techdocs/builder.h"
#include "techdocs/searchindex.h"
#include "techdocs/site.h"
#include "techdocs/techdocsref.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cli {
namespace {

int usage(QTextStream &err)
{
    err << "usage: portolan docs build DIR [--out OUT] [--strict] [--theme light|dark|system] [--no-git-dates] [--json]\n"
           "       portolan docs check DIR [--json]\n"
           "       portolan docs index [--db FILE] [--force] [--json]\n"
           "       portolan docs search TEXT [--db FILE] [--limit N] [--json]\n";
    err.flush();
    return 2;
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
    parser.setApplicationDescription(QStringLiteral("Index the catalog's local TechDocs for search."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("force"), QStringLiteral("Render every site again, even when unchanged.")});
    int code = Ok;
    if (!parse(parser, QStringLiteral("docs index"), args, &code))
        return code;
    auto store = openStore(parser);
    if (!store)
        return UsageOrFatal;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool force = parser.isSet(QStringLiteral("force"));
    QJsonArray sites;
    int failures = 0;
    QElapsedTimer total;
    total.start();
    for (const store::EntityRow &row : store->withAnnotation(QStringLiteral("backstage.io/techdocs-ref"))) {
        QJsonObject site{{QStringLiteral("ref"), row.ref}};
        QElapsedTimer timer;
        timer.start();
        const techdocs::TechDocsRef docs = techdocs::resolveEntityDocs(row.data, row.file);
        QString error, status;
        int sections = 0;
        if (const auto *local = std::get_if<techdocs::LocalDocs>(&docs)) {
            auto opened = techdocs::Site::open(local->projectDir);
            if (const auto *problem = std::get_if<techdocs::Problem>(&opened)) {
                error = problem->toString();
            } else {
                const techdocs::Site &s = std::get<techdocs::Site>(opened);
                const QString hash = techdocs::contentHash(s);
                const auto info = store->docsIndexInfo(row.ref);
                if (!force && info && info->contentHash == hash) {
                    status = QStringLiteral("unchanged");
                    sections = info->sections;
                } else {
                    QList<store::DocSection> rows;
                    for (const techdocs::SearchRow &r : techdocs::siteSearchRows(s))
                        rows.append({r.pageUrl, r.pageTitle, r.heading, r.anchor, r.text});
                    sections = int(rows.size());
                    error = store->replaceDocsIndex(row.ref, hash, rows);
                    status = QStringLiteral("indexed");
                }
            }
        } else if (const auto *remote = std::get_if<techdocs::RemoteDocs>(&docs)) {
            status = QStringLiteral("skipped");
            site.insert(QStringLiteral("reason"), QStringLiteral("remote docs (%1) are indexed once synced").arg(remote->url));
        } else {
            error = std::get<techdocs::Problem>(docs).toString();
        }
        if (!error.isEmpty()) {
            ++failures;
            status = QStringLiteral("failed");
            site.insert(QStringLiteral("error"), error);
        }
        site.insert(QStringLiteral("status"), status);
        site.insert(QStringLiteral("sections"), sections);
        site.insert(QStringLiteral("elapsedMs"), double(timer.elapsed()));
        if (json)
            sites.append(site);
        else
            out() << status << ' ' << row.ref << ": " << sections << " sections, " << timer.elapsed() << " ms"
                  << (error.isEmpty() ? QString() : QStringLiteral(" (") + error + u')') << '\n';
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
