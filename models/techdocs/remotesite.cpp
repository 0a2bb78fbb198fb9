// SPDX-License-Identifier: Apache-2.0
#include "techdocs/remotesite.h"
#include "techdocs/pathguard.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQueue>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace techdocs {

namespace {

constexpr const char *kMetadata = "techdocs_metadata.json";
constexpr const char *kEtagFile = ".portolan-etag"; // the HTTP ETag of the metadata we hold

struct Response {
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QString error; ///< transport error (server down, timeout), empty when an HTTP answer came
};

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (!basePath.endsWith(u'/'))
        basePath += u'/';
    url.setPath(basePath + path, QUrl::DecodedMode);
    return url;
}

// Runs `urls` through one manager, `parallel` at a time; results in the same order.
QList<Response> getAll(const QList<QUrl> &urls, const QList<QByteArray> &etags, const RemoteFetchOptions &options)
{
    QList<Response> responses(urls.size());
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QEventLoop loop;
    qsizetype next = 0, running = 0;
    std::function<void()> startMore = [&]() {
        while (running < options.parallel && next < urls.size()) {
            const qsizetype index = next++;
            QNetworkRequest request(urls.at(index));
            request.setTransferTimeout(options.timeoutMs);
            if (index < etags.size() && !etags.at(index).isEmpty())
                request.setRawHeader("If-None-Match", etags.at(index));
            if (!options.bearerToken.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + options.bearerToken.toUtf8());
            QNetworkReply *reply = manager.get(request);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index]() {
                Response &r = responses[index];
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (r.status == 0)
                    r.error = reply->errorString();
                r.body = reply->readAll();
                r.etag = reply->rawHeader("ETag");
                reply->deleteLater();
                --running;
                startMore();
                if (running == 0 && next >= urls.size())
                    loop.quit();
            });
        }
    };
    if (urls.isEmpty())
        return responses;
    startMore();
    loop.exec();
    return responses;
}

std::optional<SiteMetadata> readMetadata(const QString &dir)
{
    QFile file(QDir(dir).filePath(QString::fromLatin1(kMetadata)));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto meta = parseMetadata(file.readAll(), file.fileName());
    if (auto *ok = std::get_if<SiteMetadata>(&meta))
        return *ok;
    return std::nullopt;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// A published file name must stay inside the site: relative, no "..", no empty segments.
bool safeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    const QStringList parts = name.split(u'/');
    return std::none_of(parts.begin(), parts.end(),
                        [](const QString &p) { return p.isEmpty() || p == u"." || p == u".."; });
}

} // namespace

QString prebuiltCacheDir(const QUrl &baseUrl, const QString &storagePath, const QString &cacheRoot)
{
    return QDir(cacheRoot).filePath(baseUrl.host() + (baseUrl.port() > 0 ? QStringLiteral("_%1").arg(baseUrl.port()) : QString())
                                    + u'/' + storagePath);
}

std::optional<RemoteSiteCopy> cachedPrebuiltSite(const QUrl &baseUrl, const QString &storagePath, const QString &cacheRoot)
{
    if (!safeName(storagePath) || baseUrl.host().isEmpty())
        return std::nullopt;
    const QString siteDir = prebuiltCacheDir(baseUrl, storagePath, cacheRoot);
    const auto meta = readMetadata(siteDir);
    if (!meta)
        return std::nullopt;
    return RemoteSiteCopy{siteDir, false, {}, 0, *meta};
}

std::variant<RemoteSiteCopy, Problem> fetchPrebuiltSite(const QUrl &baseUrl, const QString &storagePath,
                                                         const QString &cacheRoot, const RemoteFetchOptions &options)
{
    if (!baseUrl.isValid() || (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https"))
        return Problem{Problem::Kind::Error, baseUrl.toString(), 0, 0, QStringLiteral("not an HTTP(S) URL")};
    if (!safeName(storagePath))
        return Problem{Problem::Kind::Error, storagePath, 0, 0, QStringLiteral("invalid storage path")};
    const QString siteDir = prebuiltCacheDir(baseUrl, storagePath, cacheRoot);
    const QUrl siteUrl = join(baseUrl, storagePath + u'/');
    const std::optional<SiteMetadata> cached = readMetadata(siteDir);
    QByteArray cachedEtag;
    if (cached) {
        QFile etag(QDir(siteDir).filePath(QString::fromLatin1(kEtagFile)));
        if (etag.open(QIODevice::ReadOnly))
            cachedEtag = etag.readAll().trimmed();
    }
    const QString metadataName = QString::fromLatin1(kMetadata);
    const Response meta = getAll({join(siteUrl, metadataName)}, {cachedEtag}, options).constFirst();
    RemoteSiteCopy copy{siteDir, false, {}, 0, cached.value_or(SiteMetadata{})};
    auto offlineCopy = [&](const QString &why) -> std::variant<RemoteSiteCopy, Problem> {
        if (!cached)
            return Problem{Problem::Kind::Error, join(siteUrl, metadataName).toString(), 0, 0, why};
        copy.offline = true;
        copy.warning = why;
        return copy;
    };
    if (!meta.error.isEmpty())
        return offlineCopy(meta.error);
    if (meta.status == 304 && cached)
        return copy;
    if (meta.status == 401 || meta.status == 403) {
        // Backstage's auth middleware: no token, or one it does not accept. Say which, never what was sent.
        const QString why = options.bearerToken.isEmpty()
            ? QStringLiteral("HTTP %1: %2 needs a Backstage token; set `token` of the portolan.backstage entry for this "
                             "instance").arg(meta.status).arg(baseUrl.toDisplayString())
            : QStringLiteral("HTTP %1: %2 refused the Backstage token of the portolan.backstage entry for this instance")
                  .arg(meta.status).arg(baseUrl.toDisplayString());
        return offlineCopy(why);
    }
    if (meta.status != 200)
        return offlineCopy(QStringLiteral("HTTP %1 for %2").arg(meta.status).arg(metadataName));
    auto parsed = parseMetadata(meta.body, join(siteUrl, metadataName).toString());
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    const SiteMetadata published = std::get<SiteMetadata>(std::move(parsed));
    copy.metadata = published;
    if (cached && cached->buildTimestamp == published.buildTimestamp && cached->etag == published.etag
        && cached->buildTimestamp.isValid()) {
        writeFile(QDir(siteDir).filePath(QString::fromLatin1(kEtagFile)), meta.etag);
        return copy;
    }
    QStringList names;
    for (const QString &name : published.files) {
        if (name == metadataName)
            continue;
        if (!safeName(name))
            return Problem{Problem::Kind::Error, join(siteUrl, metadataName).toString(), 0, 0,
                           QStringLiteral("files: \"%1\" points outside the site").arg(name)};
        names.append(name);
    }
    if (!names.contains(QStringLiteral("index.html")))
        names.append(QStringLiteral("index.html"));
    QList<QUrl> urls;
    for (const QString &name : std::as_const(names))
        urls.append(join(siteUrl, name));
    const QList<Response> files = getAll(urls, {}, options);

    // Download beside the copy, then swap: readers see the old build or the new one.
    const QString staging = siteDir + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    qint64 total = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Response &r = files.at(i);
        if (!r.error.isEmpty()) {
            QDir(staging).removeRecursively();
            return offlineCopy(QStringLiteral("%1: %2").arg(names.at(i), r.error));
        }
        if (r.status != 200) {
            // A listed file the server no longer has: keep what we can, as a browser would show a broken link.
            continue;
        }
        total += r.body.size();
        if (total > options.maxBytes) {
            QDir(staging).removeRecursively();
            return Problem{Problem::Kind::Error, siteUrl.toString(), 0, 0, QStringLiteral("the site is larger than %1 bytes").arg(options.maxBytes)};
        }
        if (!writeFile(staging + u'/' + names.at(i), r.body)) {
            QDir(staging).removeRecursively();
            return Problem{Problem::Kind::Error, staging, 0, 0, QStringLiteral("cannot write the cache")};
        }
        ++copy.filesDownloaded;
    }
    if (!writeFile(staging + u'/' + metadataName, meta.body)
        || !writeFile(staging + u'/' + QString::fromLatin1(kEtagFile), meta.etag)) {
        QDir(staging).removeRecursively();
        return Problem{Problem::Kind::Error, staging, 0, 0, QStringLiteral("cannot write the cache")};
    }
    const QString old = siteDir + QStringLiteral(".old");
    QDir(old).removeRecursively();
    if (QFileInfo::exists(siteDir) && !QDir().rename(siteDir, old))
        return Problem{Problem::Kind::Error, siteDir, 0, 0, QStringLiteral("cannot replace the cached copy")};
    if (!QDir().rename(staging, siteDir)) {
        QDir().rename(old, siteDir);
        return Problem{Problem::Kind::Error, siteDir, 0, 0, QStringLiteral("cannot replace the cached copy")};
    }
    QDir(old).removeRecursively();
    return copy;
}

} // namespace techdocs
