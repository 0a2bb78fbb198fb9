// SPDX-License-Identifier: Apache-2.0
#include "gitdocs.h"

#include "store/catalogstore.h"
#include "sync/git.h"
#include "sync/syncconfig.h"
#include "sync/syncjob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr const char *kCommitFile = ".portolan-git-commit";
constexpr int kMaxFiles = 20000;
constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;

// A path from a Git tree is written below our folder only when it cannot leave it.
bool safePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.begin(), parts.end(), [](const QString &p) { return p.isEmpty() || p == u"." || p == u".."; });
}

std::optional<portolan::sync::BlobLocation> parseFolderUrl(QString url)
{
    // A tree (folder) URL parses like a file view URL; a folder at the root has no path segment.
    url.replace(QLatin1String("/-/tree/"), QLatin1String("/-/blob/"));
    url.replace(QLatin1String("/tree/"), QLatin1String("/blob/"));
    while (url.endsWith(u'/'))
        url.chop(1);
    auto blob = portolan::sync::parseBlobUrl(url + QStringLiteral("/."));
    if (!blob)
        return std::nullopt;
    blob->path = QDir::cleanPath(blob->path);
    if (blob->path == u".")
        blob->path.clear();
    return blob;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

namespace docsources {

std::optional<GitDocsCopy> materializeGitDocs(const QString &docsUrl, const QString &gitCacheDir, const QString &outRoot,
                                              QString *error)
{
    error->clear();
    // The view's worker and the indexer's may copy the same folder at once: one writer at a time.
    static QMutex writing;
    QMutexLocker locker(&writing);
    const auto location = parseFolderUrl(docsUrl);
    if (!location || gitCacheDir.isEmpty())
        return std::nullopt;
    // The sync names a clone after the URL it was configured with; the view URL drops or keeps ".git".
    QString clone = location->cloneUrl;
    QStringList candidates{clone};
    candidates << (clone.endsWith(QLatin1String(".git")) ? clone.chopped(4) : clone + QStringLiteral(".git"));
    QString cacheDir;
    for (const QString &candidate : std::as_const(candidates)) {
        const QString dir = portolan::sync::cacheFolder(gitCacheDir, candidate);
        if (QFileInfo::exists(dir + QStringLiteral("/HEAD"))) {
            cacheDir = dir;
            break;
        }
    }
    if (cacheDir.isEmpty())
        return std::nullopt;

    portolan::sync::GitRepo repo;
    QString defaultBranch;
    if (const auto opened = repo.open(cacheDir, &defaultBranch); !opened.ok()) {
        *error = opened.message;
        return std::nullopt;
    }
    const QString branch = location->branch.isEmpty() ? defaultBranch : location->branch;
    QString commit;
    if (const auto checkedOut = repo.checkout(branch, &commit); !checkedOut.ok()) {
        *error = QObject::tr("%1: %2", "@info docs url: git error").arg(docsUrl, checkedOut.message);
        return std::nullopt;
    }

    const QByteArray key = QCryptographicHash::hash(docsUrl.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString target = outRoot + u'/' + portolan::sync::repoNameFromUrl(clone).replace(
                                                  QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"))
        + u'-' + QString::fromLatin1(key);
    if (readText(target + u'/' + QLatin1String(kCommitFile)).trimmed() == commit)
        return GitDocsCopy{target, commit}; // the synced commit is the one copied last time

    const QString prefix = location->path.isEmpty() ? QString() : location->path + u'/';
    const auto &files = repo.files();
    // The config decides which folder holds the pages (MkDocs' default "docs").
    QString configName;
    for (const QString &name : {QStringLiteral("mkdocs.yml"), QStringLiteral("mkdocs.yaml")}) {
        if (files.contains(prefix + name)) {
            configName = name;
            break;
        }
    }
    bool anyFile = false;
    for (auto it = files.cbegin(); it != files.cend() && !anyFile; ++it)
        anyFile = it.key().startsWith(prefix);
    if (!anyFile) {
        *error = QObject::tr("%1: the folder %2 is not in the synced commit %3", "@info")
                     .arg(docsUrl, location->path.isEmpty() ? QStringLiteral("/") : location->path, commit.left(12));
        return std::nullopt;
    }
    QString docsDir = QStringLiteral("docs");
    if (!configName.isEmpty()) {
        static const QRegularExpression docsDirLine(QStringLiteral(R"re((?:^|\n)docs_dir\s*:\s*['"]?([^'"\s#]+))re"));
        const auto text = QString::fromUtf8(repo.read(prefix + configName).value_or(QByteArray()));
        if (const auto m = docsDirLine.match(text); m.hasMatch())
            docsDir = QDir::cleanPath(m.captured(1));
    }
    const QString docsPrefix = docsDir == u"." ? prefix : prefix + docsDir + u'/';

    const QString staging = target + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    int count = 0;
    qint64 bytes = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString &path = it.key();
        if (!path.startsWith(prefix))
            continue;
        const QString relative = path.mid(prefix.size());
        // Files beside the config (README, snippets) and everything below docs_dir.
        if (relative.contains(u'/') && !path.startsWith(docsPrefix))
            continue;
        if (!safePath(relative))
            continue;
        const auto data = repo.read(path);
        if (!data)
            continue;
        bytes += data->size();
        if (++count > kMaxFiles || bytes > kMaxBytes) {
            QDir(staging).removeRecursively();
            *error = QObject::tr("%1: the docs folder is larger than Portolan copies out of Git (%2 files, %3 MiB)", "@info")
                         .arg(docsUrl).arg(kMaxFiles).arg(kMaxBytes / (1024 * 1024));
            return std::nullopt;
        }
        const QString out = staging + u'/' + relative;
        QDir().mkpath(QFileInfo(out).absolutePath());
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*data) != data->size()) {
            QDir(staging).removeRecursively();
            *error = QObject::tr("cannot write %1: %2", "@info").arg(out, file.errorString());
            return std::nullopt;
        }
    }
    QFile marker(staging + u'/' + QLatin1String(kCommitFile));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(commit.toLatin1()) != commit.size()) {
        QDir(staging).removeRecursively();
        *error = QObject::tr("cannot write %1", "@info").arg(marker.fileName());
        return std::nullopt;
    }
    marker.close();
    // Swap the new copy in whole: a reader sees the old commit's files or the new one's.
    const QString old = target + QStringLiteral(".old");
    QDir(old).removeRecursively();
    if (QFileInfo::exists(target))
        QDir().rename(target, old);
    if (!QDir().rename(staging, target)) {
        QDir().rename(old, target);
        *error = QObject::tr("cannot replace %1", "@info").arg(target);
        return std::nullopt;
    }
    QDir(old).removeRecursively();
    return GitDocsCopy{target, commit};
}

QString techdocsEntityRef(const QJsonObject &entity)
{
    const QString value = entity.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                              .value(QLatin1String("backstage.io/techdocs-entity")).toString().trimmed();
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0)
        return {}; // parseEntityRef without a default kind refuses a ref without one
    const QString kind = value.left(colon);
    QString rest = value.mid(colon + 1);
    QString ns = QStringLiteral("default");
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        ns = rest.left(slash);
        rest = rest.mid(slash + 1);
    }
    if (ns.isEmpty() || rest.isEmpty() || rest.contains(u'/') || rest.contains(u':'))
        return {};
    return (kind + u':' + ns + u'/' + rest).toLower();
}

QString techdocsEntityPath(const QJsonObject &entity)
{
    QString path = entity.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                       .value(QLatin1String("backstage.io/techdocs-entity-path")).toString().trimmed();
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

std::optional<store::EntityRow> docsOwner(const store::CatalogStore &store, const QString &ref, QString *error)
{
    auto row = store.entity(ref);
    QSet<QString> seen{ref};
    for (int hop = 0; row && hop < 4; ++hop) {
        const QString next = techdocsEntityRef(row->data);
        if (next.isEmpty() || next == row->ref)
            return row;
        if (seen.contains(next)) {
            *error = QObject::tr("%1: backstage.io/techdocs-entity leads back to %2", "@info").arg(row->ref, next);
            return std::nullopt;
        }
        seen.insert(next);
        auto target = store.entity(next);
        if (!target) {
            *error = QObject::tr("%1: backstage.io/techdocs-entity names %2, which is not in the catalog", "@info").arg(row->ref, next);
            return std::nullopt;
        }
        row = std::move(target);
    }
    if (row && !techdocsEntityRef(row->data).isEmpty() && techdocsEntityRef(row->data) != row->ref) {
        *error = QObject::tr("%1: too many backstage.io/techdocs-entity hops", "@info").arg(ref);
        return std::nullopt;
    }
    return row;
}

} // namespace docsources
