// SPDX-License-Identifier: Apache-2.0
#include "techdocs/prebuiltsearch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace techdocs {

namespace {

// Bump when the rows change for the same site, so old indexes are rebuilt.
constexpr QByteArrayView kVersion = "portolan-prebuilt-index-1";

QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = decodeEntities(QString(html).remove(tags));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

// The headline of a heading: Material's permalink (¶) and surrounding space dropped.
QString headingText(const QString &html)
{
    static const QRegularExpression permalink(QStringLiteral(R"re(<a [^>]*class="[^"]*headerlink[^"]*"[^>]*>.*?</a>)re"),
                                              QRegularExpression::DotMatchesEverythingOption);
    QString text = plainText(QString(html).remove(permalink));
    if (text.endsWith(QChar(0xB6)))
        text.chop(1);
    return text.trimmed();
}

// The page's own content: <article> when there is one (Material), else <body>, else everything; scripts and
// styles were already removed by the sanitizer.
QString contentOf(const QString &html)
{
    static const QRegularExpression article(QStringLiteral("<article\\b[^>]*>(.*)</article>"),
                                            QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression body(QStringLiteral("<body\\b[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    if (const auto m = article.match(html); m.hasMatch())
        return m.captured(1);
    if (const auto m = body.match(html); m.hasMatch())
        return m.captured(1);
    return html;
}

// "index.html" -> "", "guide/index.html" -> "guide/", "a.html" -> "a.html": how MkDocs links the page.
QString pageUrlOf(const QString &file)
{
    if (file == u"index.html")
        return {};
    if (file.endsWith(QLatin1String("/index.html")))
        return file.left(file.size() - int(qstrlen("index.html")));
    return file;
}

QStringList htmlFiles(const PrebuiltSite &site)
{
    QStringList files;
    for (const QString &f : site.metadata().files) {
        if (f.endsWith(QLatin1String(".html")))
            files << f;
    }
    if (files.isEmpty()) { // a hand-made metadata file without `files`: what is on disk
        const QDir root(site.root());
        QDirIterator it(site.root(), {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << root.relativeFilePath(it.next());
    }
    files.removeAll(QStringLiteral("404.html"));
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        // The home page first, then the others in path order.
        if ((a == u"index.html") != (b == u"index.html"))
            return a == u"index.html";
        return a < b;
    });
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

} // namespace

QString prebuiltContentHash(const PrebuiltSite &site)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kVersion);
    const SiteMetadata &meta = site.metadata();
    hash.addData(meta.siteName.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    if (meta.buildTimestamp.isValid()) {
        // A published build is identified by its timestamp and etag (what the download checks, too).
        hash.addData(QByteArray::number(meta.buildTimestamp.toMSecsSinceEpoch()));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(meta.etag.toUtf8());
    } else {
        for (const QString &name : htmlFiles(site)) {
            QFile file(QDir(site.root()).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            hash.addData(name.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            hash.addData(&file);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QList<SearchRow> htmlSearchRows(const QString &html, const QString &pageUrl)
{
    static const QRegularExpression heading(QStringLiteral(R"re(<h([1-6])\b([^>]*)>(.*?)</h\1\s*>)re"),
                                            QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression idAttr(QStringLiteral(R"re(\bid\s*=\s*"([^"]*)")re"));
    static const QRegularExpression titleTag(QStringLiteral("<title\\b[^>]*>(.*?)</title>"),
                                             QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const QString content = contentOf(html);
    QString pageTitle;
    auto it = heading.globalMatch(content);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) == u"1") {
            pageTitle = headingText(m.captured(3));
            break;
        }
    }
    if (pageTitle.isEmpty())
        pageTitle = plainText(titleTag.match(html).captured(1));

    QList<SearchRow> rows;
    QString currentHeading = pageTitle;
    QString currentAnchor;
    qsizetype last = 0;
    auto flush = [&](qsizetype end) {
        const QString text = plainText(content.mid(last, end - last));
        if (!text.isEmpty() || !currentAnchor.isEmpty())
            rows.append({pageUrl, pageTitle, currentHeading, currentAnchor, text});
    };
    it = heading.globalMatch(content);
    while (it.hasNext()) {
        const auto m = it.next();
        flush(m.capturedStart());
        currentHeading = headingText(m.captured(3));
        currentAnchor = decodeEntities(idAttr.match(m.captured(2)).captured(1));
        last = m.capturedEnd();
    }
    flush(content.size());
    return rows;
}

QList<SearchRow> prebuiltSearchRows(const PrebuiltSite &site, int maxPages, const std::atomic<bool> *cancel)
{
    QList<SearchRow> rows;
    int pages = 0;
    for (const QString &file : htmlFiles(site)) {
        if (pages >= maxPages || (cancel && cancel->load()))
            break;
        const QString url = pageUrlOf(file);
        const auto html = site.page(file);
        if (!html)
            continue; // listed but not downloaded (the server no longer had it)
        ++pages;
        rows += htmlSearchRows(*html, url);
    }
    return rows;
}

} // namespace techdocs
