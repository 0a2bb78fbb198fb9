// SPDX-License-Identifier: Apache-2.0
#include "docs.h"

#include "techdocs/builder.h"
#include "techdocs/site.h"

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
           "       portolan docs check DIR [--json]\n";
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

} // namespace

int runDocs(const QStringList &args)
{
    return runDocs(args, nullptr);
}

int runDocs(const QStringList &args, highlight::Highlighter *highlighter)
{
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
