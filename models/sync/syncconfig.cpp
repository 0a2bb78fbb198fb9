// SPDX-License-Identifier: Apache-2.0
#include "sync/syncconfig.h"

#include "sync/appconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QUrl>

namespace portolan::sync {

namespace {

const QString kDefaultPaths = QStringLiteral("**/catalog-info.yaml");

struct WebHost {
    QString kind; ///< github, gitlab, bitbucketCloud
    QString host;
};

QList<WebHost> webHosts(const QList<HostCredential> &known)
{
    QList<WebHost> out{{QStringLiteral("github"), QStringLiteral("github.com")},
                       {QStringLiteral("gitlab"), QStringLiteral("gitlab.com")},
                       {QStringLiteral("bitbucketCloud"), QStringLiteral("bitbucket.org")}};
    for (const auto &credential : known) {
        if (credential.kind == u"github" || credential.kind == u"gitlab" || credential.kind == u"bitbucketCloud")
            out.append({credential.kind, credential.host});
    }
    return out;
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

std::optional<WebHost> webHostFor(const QString &cloneUrl, const QList<HostCredential> &known)
{
    const QUrl url(cloneUrl);
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return std::nullopt;
    for (const auto &host : webHosts(known)) {
        if (host.host.compare(hostOf(url), Qt::CaseInsensitive) == 0)
            return host;
    }
    return std::nullopt;
}

QString stripGit(QString url)
{
    if (url.endsWith(QLatin1String(".git")))
        url.chop(4);
    return url;
}

QString normalisedKey(const QString &url, const QString &branch)
{
    QString u = url.trimmed();
    while (u.endsWith(u'/'))
        u.chop(1);
    return stripGit(u).toLower() + u'#' + branch;
}

} // namespace

QStringList SyncPlan::sourceIds() const
{
    QStringList out;
    for (const auto &r : repositories)
        out << u"git:" + r.name;
    for (const auto &b : backstages)
        out << u"backstage:" + b.name;
    for (const auto &f : files)
        out << u"file:" + f.target;
    return out;
}

QString repoNameFromUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(u'/'))
        u.chop(1);
    u = stripGit(u);
    const qsizetype cut = std::max(u.lastIndexOf(u'/'), u.lastIndexOf(u':'));
    return cut >= 0 ? u.mid(cut + 1) : u;
}

std::optional<BlobLocation> parseBlobUrl(const QString &text, const QList<HostCredential> &known)
{
    const QUrl url(text);
    if (!url.isValid() || url.scheme().isEmpty())
        return std::nullopt;
    const QString path = url.path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const auto web = [&]() -> std::optional<WebHost> {
        for (const auto &host : webHosts(known)) {
            if (host.host.compare(hostOf(url), Qt::CaseInsensitive) == 0 && (url.scheme() == u"https" || url.scheme() == u"http"))
                return host;
        }
        return std::nullopt;
    }();
    const QString origin = url.scheme() + QStringLiteral("://") + url.authority();
    if (web && (web->kind == u"github" || web->kind == u"bitbucketCloud")) {
        const QString marker = web->kind == u"github" ? QStringLiteral("blob") : QStringLiteral("src");
        if (parts.size() < 5 || parts.at(2) != marker)
            return std::nullopt;
        return BlobLocation{origin + u'/' + parts.at(0) + u'/' + parts.at(1) + QStringLiteral(".git"), parts.at(3),
                            parts.mid(4).join(u'/'), hostOf(url)};
    }
    if (web && web->kind == u"gitlab") {
        const qsizetype at = parts.indexOf(QStringLiteral("-"));
        if (at < 2 || at + 3 >= parts.size() || parts.at(at + 1) != u"blob")
            return std::nullopt;
        return BlobLocation{origin + u'/' + parts.mid(0, at).join(u'/') + QStringLiteral(".git"), parts.at(at + 2),
                            parts.mid(at + 3).join(u'/'), hostOf(url)};
    }
    // Other hosts: <clone url>/blob/<branch>/<path>, the form Portolan writes for them.
    const qsizetype at = text.indexOf(QLatin1String("/blob/"));
    if (at < 0)
        return std::nullopt;
    const QString rest = text.mid(at + 6);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    return BlobLocation{text.left(at), rest.left(slash), rest.mid(slash + 1), hostOf(url)};
}

QString blobUrl(const QString &cloneUrl, const QString &branch, const QString &path, const QList<HostCredential> &known)
{
    const auto web = webHostFor(cloneUrl, known);
    QString base = cloneUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!web)
        return base + QStringLiteral("/blob/") + branch + u'/' + path;
    base = stripGit(base);
    if (web->kind == u"gitlab")
        return base + QStringLiteral("/-/blob/") + branch + u'/' + path;
    if (web->kind == u"bitbucketCloud")
        return base + QStringLiteral("/src/") + branch + u'/' + path;
    return base + QStringLiteral("/blob/") + branch + u'/' + path;
}

QString editUrl(const QString &cloneUrl, const QString &branch, const QString &path, const QList<HostCredential> &known)
{
    const auto web = webHostFor(cloneUrl, known);
    if (!web)
        return {};
    const QString base = stripGit(cloneUrl);
    if (web->kind == u"gitlab")
        return base + QStringLiteral("/-/edit/") + branch + u'/' + path;
    if (web->kind == u"bitbucketCloud")
        return base + QStringLiteral("/src/") + branch + u'/' + path + QStringLiteral("?mode=edit");
    return base + QStringLiteral("/edit/") + branch + u'/' + path;
}

SyncPlan buildPlan(const QJsonObject &config, const QString &baseDir)
{
    SyncPlan plan;
    const QJsonObject integrations = config.value(u"integrations").toObject();
    for (const char *kind : {"github", "gitlab", "bitbucketCloud", "bitbucketServer", "bitbucket"}) {
        const QString k = QString::fromLatin1(kind);
        for (const auto &entry : integrations.value(k).toArray()) {
            const QJsonObject o = entry.toObject();
            HostCredential c;
            c.kind = k == u"bitbucket" ? QStringLiteral("bitbucketServer") : k;
            c.host = o.value(u"host").toString(k == u"github" ? QStringLiteral("github.com")
                                               : k == u"gitlab" ? QStringLiteral("gitlab.com")
                                                                : QStringLiteral("bitbucket.org"));
            c.token = o.value(u"token").toString(o.value(u"appPassword").toString());
            c.username = o.value(u"username").toString();
            plan.credentials.append(c);
        }
    }
    const QJsonObject catalogConfig = config.value(u"catalog").toObject();
    plan.rules = CatalogRules::fromConfig(catalogConfig.value(u"rules"), &plan.errors);

    QHash<QString, qsizetype> repoIndex;
    QSet<QString> names;
    auto repoFor = [&](const QString &url, const QString &branch, const QString &name) -> RepoSpec & {
        const QString key = normalisedKey(url, branch);
        if (const auto it = repoIndex.constFind(key); it != repoIndex.cend())
            return plan.repositories[*it];
        RepoSpec spec{name.isEmpty() ? repoNameFromUrl(url) : name, url, branch, {}};
        for (int n = 2; names.contains(spec.name); ++n)
            spec.name = (name.isEmpty() ? repoNameFromUrl(url) : name) + u'-' + QString::number(n);
        names.insert(spec.name);
        repoIndex.insert(key, plan.repositories.size());
        plan.repositories.append(spec);
        return plan.repositories.last();
    };

    const auto sshPath = [&baseDir](const QString &path) -> QString {
        if (path.startsWith(QLatin1String("~/")))
            return QDir::homePath() + path.mid(1);
        return path.isEmpty() || QDir::isAbsolutePath(path) ? path : QDir::cleanPath(QDir(baseDir).filePath(path));
    };

    const QJsonArray repos = config.value(u"portolan").toObject().value(u"repositories").toArray();
    for (qsizetype i = 0; i < repos.size(); ++i) {
        const QJsonObject o = repos.at(i).toObject();
        const QString url = o.value(u"url").toString();
        if (url.isEmpty()) {
            plan.errors << QStringLiteral("portolan.repositories[%1]: url is missing").arg(i);
            continue;
        }
        QStringList paths;
        for (const auto &p : o.value(u"paths").toArray())
            paths << p.toString();
        if (paths.isEmpty())
            paths << kDefaultPaths;
        RepoSpec &spec = repoFor(url, o.value(u"branch").toString(), o.value(u"name").toString());
        QList<CatalogRule> rules;
        for (const auto &rule : o.value(u"rules").toArray())
            rules << CatalogRules::parseRule(rule, &plan.errors);
        for (const QString &p : std::as_const(paths))
            spec.roots.append({p, {}, rules});
        const QJsonValue key = o.value(u"sshKey");
        if (!key.isUndefined() && !key.isNull()) {
            if (!key.isString() || key.toString().isEmpty())
                plan.errors << QStringLiteral("portolan.repositories[%1] (%2): sshKey must be the path of a private key file")
                                   .arg(i)
                                   .arg(spec.name);
            else
                spec.sshKey = sshPath(key.toString());
        }
        // Secrets stay out of files: say where the passphrase goes instead of using it.
        if (o.contains(u"sshPassphrase") || o.contains(u"passphrase"))
            plan.errors << QStringLiteral("portolan.repositories[%1] (%2): a key passphrase is never read from a file; "
                                          "store it in the keychain with `portolan repo passphrase KEYFILE`")
                               .arg(i)
                               .arg(spec.name);
    }

    const QJsonArray locations = catalogConfig.value(u"locations").toArray();
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const QJsonObject o = locations.at(i).toObject();
        const QString type = o.value(u"type").toString();
        const QString target = o.value(u"target").toString();
        QList<CatalogRule> rules;
        for (const auto &rule : o.value(u"rules").toArray()) {
            CatalogRule r = CatalogRules::parseRule(rule, &plan.errors);
            r.locations = {{type, target, {}}};
            rules << r;
        }
        if (type == u"file") {
            const QString resolved = QDir::isAbsolutePath(target) ? target : QDir::cleanPath(QDir(baseDir).filePath(target));
            for (auto &rule : rules)
                rule.locations = {{type, resolved, {}}};
            plan.files.append({resolved, rules});
        } else if (type == u"url") {
            const auto blob = parseBlobUrl(target, plan.credentials);
            if (!blob) {
                plan.errors << QStringLiteral("catalog.locations[%1]: %2 is not a file view URL of a known Git host "
                                              "(…/blob/<branch>/<path>); Portolan syncs url locations through Git")
                                   .arg(i)
                                   .arg(target);
                continue;
            }
            repoFor(blob->cloneUrl, blob->branch, {}).roots.append({blob->path, target, rules});
        } else {
            plan.warnings << QStringLiteral("catalog.locations[%1]: type %2 is not synced by Portolan").arg(i).arg(type);
        }
    }

    const QJsonObject ssh = config.value(u"portolan").toObject().value(u"ssh").toObject();
    plan.ssh = {sshPath(ssh.value(u"privateKey").toString()), sshPath(ssh.value(u"knownHosts").toString())};

    const QJsonArray instances = config.value(u"portolan").toObject().value(u"backstage").toArray();
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QJsonObject o = instances.at(i).toObject();
        BackstageSpec spec{o.value(u"name").toString(), o.value(u"baseUrl").toString(), o.value(u"token").toString(),
                           o.value(u"pageSize").toInt(200)};
        if (spec.baseUrl.isEmpty()) {
            plan.errors << QStringLiteral("portolan.backstage[%1]: baseUrl is missing").arg(i);
            continue;
        }
        if (spec.name.isEmpty())
            spec.name = QUrl(spec.baseUrl).host();
        plan.backstages.append(spec);
    }
    return plan;
}

SyncPlan loadPlan(const QStringList &appConfigFiles)
{
    QStringList files;
    if (QFileInfo::exists(portolanConfigPath()))
        files << portolanConfigPath();
    files << appConfigFiles;
    const AppConfig config = loadAppConfig(files);
    const QString baseDir = appConfigFiles.isEmpty() ? QDir::currentPath() : QFileInfo(appConfigFiles.first()).absolutePath();
    SyncPlan plan = buildPlan(config.data, baseDir);
    plan.errors = config.errors + plan.errors;
    plan.warnings = config.warnings + plan.warnings;
    return plan;
}

QString appendRepository(const QString &configPath, const RepoSpec &spec, const QStringList &paths)
{
    QString text;
    QFile file(configPath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(configPath, file.errorString());
        text = QString::fromUtf8(file.readAll());
        file.close();
    }
    const AppConfig before = loadAppConfig(file.exists() ? QStringList{configPath} : QStringList{}, [](const QString &) {
        return std::optional<QString>(QString());
    });
    if (!before.errors.isEmpty())
        return before.errors.join(u'\n');
    for (const auto &r : before.data.value(u"portolan").toObject().value(u"repositories").toArray()) {
        if (normalisedKey(r.toObject().value(u"url").toString(), r.toObject().value(u"branch").toString())
            == normalisedKey(spec.url, spec.branch))
            return QStringLiteral("%1 is already in %2").arg(spec.url, configPath);
    }
    const auto quoted = [](const QString &s) -> QString {
        QString e = s;
        e.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return u'"' + e + u'"';
    };
    auto entry = [&](const QString &indent) {
        QString out = indent + QStringLiteral("- url: ") + quoted(spec.url) + u'\n';
        if (!spec.branch.isEmpty())
            out += indent + QStringLiteral("  branch: ") + quoted(spec.branch) + u'\n';
        if (!paths.isEmpty()) {
            QStringList q;
            for (const QString &p : paths)
                q << quoted(p);
            out += indent + QStringLiteral("  paths: [") + q.join(QStringLiteral(", ")) + QStringLiteral("]\n");
        }
        if (!spec.name.isEmpty())
            out += indent + QStringLiteral("  name: ") + quoted(spec.name) + u'\n';
        if (!spec.sshKey.isEmpty())
            out += indent + QStringLiteral("  sshKey: ") + quoted(spec.sshKey) + u'\n';
        return out;
    };
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const qsizetype top = lines.indexOf(QStringLiteral("portolan:"));
    if (top < 0) {
        lines << QStringLiteral("portolan:") << QStringLiteral("  repositories:") << entry(QStringLiteral("    ")).chopped(1);
    } else {
        qsizetype reposLine = -1;
        qsizetype end = top + 1;
        for (; end < lines.size(); ++end) {
            const QString &l = lines.at(end);
            if (!l.isEmpty() && !l.startsWith(u' ') && !l.startsWith(u'#'))
                break; // next top-level key
            if (l.trimmed() == u"repositories:")
                reposLine = end;
        }
        if (reposLine < 0) {
            lines.insert(top + 1, QStringLiteral("  repositories:\n") + entry(QStringLiteral("    ")).chopped(1));
        } else {
            const qsizetype indent = lines.at(reposLine).indexOf(u'r');
            qsizetype last = reposLine;
            QString itemIndent = QString(indent + 2, u' ');
            for (qsizetype i = reposLine + 1; i < end; ++i) {
                const QString &l = lines.at(i);
                if (l.trimmed().isEmpty() || l.trimmed().startsWith(u'#'))
                    continue;
                const qsizetype leading = l.indexOf(l.trimmed());
                if (leading > indent || (leading == indent && l.trimmed().startsWith(QLatin1String("- ")))) {
                    if (last == reposLine && l.trimmed().startsWith(QLatin1String("- ")))
                        itemIndent = QString(leading, u' ');
                    last = i;
                } else {
                    break;
                }
            }
            lines.insert(last + 1, entry(itemIndent).chopped(1));
        }
    }
    const QString newText = lines.join(u'\n') + u'\n';
    QDir().mkpath(QFileInfo(configPath).absolutePath());
    const QString temp = configPath + QStringLiteral(".new");
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(newText.toUtf8()) < 0 || !out.flush())
        return QStringLiteral("cannot write %1: %2").arg(temp, out.errorString());
    out.close();
    const AppConfig after = loadAppConfig({temp}, [](const QString &) { return std::optional<QString>(QString()); });
    const QJsonArray repos = after.data.value(u"portolan").toObject().value(u"repositories").toArray();
    if (!after.errors.isEmpty() || repos.isEmpty() || repos.last().toObject().value(u"url").toString() != spec.url) {
        QFile::remove(temp);
        return QStringLiteral("could not add the repository to %1 without breaking its layout; add it by hand under "
                              "portolan.repositories")
            .arg(configPath);
    }
    QFile::remove(configPath);
    if (!QFile::rename(temp, configPath))
        return QStringLiteral("cannot replace %1").arg(configPath);
    return {};
}

} // namespace portolan::sync
