// SPDX-License-Identifier: Apache-2.0
#include "techdocs/builder.h"
#include "techdocs/gitdates.h"
#include "techdocs/pathguard.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace techdocs {
namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace

std::variant<BuildReport, Problem> buildSite(const Site &site, const QString &outDir, const BuildOptions &options)
{
    const QString out = QDir(outDir).absolutePath();
    const QString canonicalOut = QFileInfo(out).exists() ? QFileInfo(out).canonicalFilePath() : QDir::cleanPath(out);
    if (isInside(site.config().docsDir, canonicalOut))
        return Problem{Problem::Kind::Error, outDir, 0, 0, QStringLiteral("the output folder must not be inside docs_dir")};
    if (!QDir().mkpath(out))
        return Problem{Problem::Kind::Error, outDir, 0, 0, QStringLiteral("cannot create the output folder")};

    BuildReport report;
    QStringList written;
    QString error;
    auto write = [&](const QString &relative, const QByteArray &data) {
        if (!writeFile(out + u'/' + relative, data, &error))
            return false;
        written.append(relative);
        return true;
    };
    QHash<QString, QDateTime> dates;
    if (options.gitDates) {
        QStringList files;
        for (const PageInfo &page : site.pages())
            files.append(site.config().docsDir + u'/' + page.source);
        auto found = gitLastUpdated(files);
        if (auto *problem = std::get_if<Problem>(&found))
            report.problems.append(*problem);
        else
            dates = std::get<QHash<QString, QDateTime>>(std::move(found));
    }
    // Pages render in parallel (Site is immutable, the renderer keeps no shared state and highlighters are
    // thread-safe); files are written afterwards, in page order, so output and problems are deterministic.
    struct Output {
        QString file;
        QByteArray html;
        QList<Problem> problems;
        QList<SearchRow> rows;
    };
    QList<int> indexes(site.pages().size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<Output> outputs = QtConcurrent::blockingMapped(indexes, [&](int i) {
        const RenderedPage page = site.render(i, options.render);
        PageOptions pageOptions = options.page;
        if (const auto date = dates.value(site.config().docsDir + u'/' + page.info.source); date.isValid())
            pageOptions.lastUpdated = date.toString(QStringLiteral("yyyy-MM-dd"));
        const QString url = page.info.url;
        return Output{url.isEmpty() || url.endsWith(u'/') ? url + QStringLiteral("index.html") : url,
                      assemblePage(site, page, pageOptions).toUtf8(), page.problems, site.searchRows(page)};
    });
    QJsonArray searchRows;
    for (const Output &output : outputs) {
        report.problems += output.problems;
        if (!write(output.file, output.html))
            return Problem{Problem::Kind::Error, outDir, 0, 0, error};
        for (const SearchRow &row : output.rows)
            searchRows.append(QJsonObject{{QStringLiteral("location"), QString(row.pageUrl + (row.anchor.isEmpty() ? QString() : QString(u'#' + row.anchor)))},
                                          {QStringLiteral("title"), row.heading},
                                          {QStringLiteral("page"), row.pageTitle},
                                          {QStringLiteral("text"), row.text}});
        ++report.pages;
    }
    // Everything else below docs_dir is copied as MkDocs does (images, downloads), never following links out.
    const QDir docs(site.config().docsDir);
    QDirIterator it(site.config().docsDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = docs.relativeFilePath(path);
        if (relative.endsWith(QLatin1String(".md")) || relative.endsWith(QLatin1String(".markdown")) || relative.startsWith(u'.')
            || !isInside(site.config().docsDir, QFileInfo(path).canonicalFilePath()))
            continue;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly) || !write(relative, in.readAll()))
            return Problem{Problem::Kind::Error, relative, 0, 0, error.isEmpty() ? in.errorString() : error};
    }
    for (const QString &name : builtinAssetNames()) {
        if (const auto data = builtinAsset(name)) {
            if (!write(QStringLiteral("assets/techdocs/") + name, *data))
                return Problem{Problem::Kind::Error, outDir, 0, 0, error};
        } else if (name == u"mermaid.min.js") {
            report.problems.append({Problem::Kind::Warning, name, 0, 0,
                                    QStringLiteral("mermaid.min.js not found (run scripts/setup or set PORTOLAN_MERMAID_JS): "
                                                   "diagrams stay as text")});
        }
    }
    if (!write(QStringLiteral("search_index.json"), QJsonDocument(QJsonObject{{QStringLiteral("docs"), searchRows}}).toJson(QJsonDocument::Compact)))
        return Problem{Problem::Kind::Error, outDir, 0, 0, error};
    written.append(QStringLiteral("techdocs_metadata.json"));
    QJsonArray files;
    for (const QString &f : written)
        files.append(f);
    const QJsonObject metadata{{QStringLiteral("site_name"), site.config().siteName},
                               {QStringLiteral("site_description"), site.config().siteDescription},
                               {QStringLiteral("build_timestamp"), double(QDateTime::currentMSecsSinceEpoch())},
                               {QStringLiteral("files"), files},
                               {QStringLiteral("engine"), QStringLiteral("portolan")}};
    if (!writeFile(out + QStringLiteral("/techdocs_metadata.json"), QJsonDocument(metadata).toJson(QJsonDocument::Indented), &error))
        return Problem{Problem::Kind::Error, outDir, 0, 0, error};
    report.files = int(written.size());
    return report;
}

} // namespace techdocs
