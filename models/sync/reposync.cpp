// SPDX-License-Identifier: Apache-2.0
// One Git repository as a catalog source: fetch, read catalog files from the tree, follow Locations.
#include "sync/syncjob.h"

#include "catalog/reader.h"
#include "sync/resultcodec.h"
#include "sync/sshkey.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <map>

namespace portolan::sync {

namespace {

const QString kManagedBy = QStringLiteral("backstage.io/managed-by-location");
const QString kOrigin = QStringLiteral("backstage.io/managed-by-origin-location");

QString repoKey(const QString &url, const QString &branch)
{
    return url + u'#' + branch;
}

struct OpenRepo {
    std::unique_ptr<GitRepo> git;
    QString url;
    QString branch;
    QString commit;
};

class RepoJob
{
public:
    RepoJob(const RepoSpec &spec, const JobContext &context)
        : m_spec(spec), m_ctx(context)
    {
        m_out.info = {u"git:" + spec.name, QStringLiteral("git"), spec.url + (spec.branch.isEmpty() ? QString() : u'#' + spec.branch)};
    }

    SourceOutcome run();

private:
    void emitEvent(SyncEvent::Phase phase, const QString &message = {}, const GitTransfer &t = {})
    {
        if (m_ctx.sink)
            m_ctx.sink({m_out.info.id, phase, t.receivedObjects, t.totalObjects, t.receivedBytes,
                        int(m_out.result.entities.size()), 0, message});
    }
    /// Fetches (once per job) and resolves a repository; nullptr with m_error set on failure.
    OpenRepo *open(const QString &url, const QString &branch);
    catalog::ReadResult readFile(OpenRepo &repo, const QString &path, QJsonObject *deps);
    void relocate(catalog::ReadResult &result, const OpenRepo &repo, const QString &origin) const;
    void follow(catalog::ReadResult &result, const QStringList &chain);
    void merge(catalog::ReadResult &part);
    QString fingerprint() const;
    SourceOutcome fail(const GitError &error);

    const RepoSpec &m_spec;
    const JobContext &m_ctx;
    SourceOutcome m_out;
    std::map<QString, OpenRepo> m_repos; ///< stable addresses: open() hands out pointers
    GitError m_error;
    QSet<QString> m_includedFiles;
    QHash<QString, QString> m_refFiles;
    QHash<QString, QStringList> m_followed; ///< url#branch:path -> refs it emitted
    QElapsedTimer m_lastProgress;
    bool m_reportedComplete = false;
};

std::optional<std::pair<QString, QString>> credentialFor(const QList<HostCredential> &credentials, const QString &url)
{
    const QUrl u(url);
    const QString host = u.port() > 0 ? u.host() + u':' + QString::number(u.port()) : u.host();
    for (const auto &c : credentials) {
        if (c.host.compare(host, Qt::CaseInsensitive) != 0 || c.token.isEmpty())
            continue;
        QString user = c.username;
        if (user.isEmpty())
            user = c.kind == u"gitlab" ? QStringLiteral("oauth2")
                   : c.kind == u"bitbucketServer" ? QStringLiteral("x-token-auth")
                                                   : QStringLiteral("x-access-token");
        return std::make_pair(user, c.token);
    }
    return std::nullopt;
}

OpenRepo *RepoJob::open(const QString &url, const QString &branch)
{
    const QString wanted = repoKey(url, branch);
    if (auto it = m_repos.find(wanted); it != m_repos.end())
        return &it->second;
    OpenRepo repo{std::make_unique<GitRepo>(), url, branch, {}};
    GitOptions options;
    m_lastProgress.invalidate(); // the first report goes out at once
    m_reportedComplete = false;
    options.progress = [this](const GitTransfer &t) {
        if (m_ctx.cancelled())
            return false;
        // At most ten reports a second, plus the one that completes the transfer (libgit2 repeats that one while
        // it resolves deltas).
        const bool complete = t.totalObjects > 0 && t.receivedObjects == t.totalObjects;
        if (!m_lastProgress.isValid() || m_lastProgress.elapsed() >= 100 || (complete && !m_reportedComplete)) {
            m_lastProgress.start();
            m_reportedComplete = complete;
            emitEvent(SyncEvent::Phase::Fetching, {}, t);
        }
        return true;
    };
    options.credentials = [this](const QString &u) { return credentialFor(m_ctx.credentials, u); };
    options.sshKey = m_ctx.ssh.privateKey;
    options.sshPassphrase = m_ctx.ssh.passphrase;
    options.knownHosts = m_ctx.ssh.knownHosts;
    options.repoName = m_spec.name;
    // The repository's own key (a deploy key, typically) is for its own URL only, not for Locations it follows.
    if (url == m_spec.url && !m_spec.sshKey.isEmpty()) {
        const SshKeyFile key = inspectSshKey(m_spec.sshKey);
        if (!key.readable) {
            m_error = {GitError::Auth, QStringLiteral("repository '%1': cannot read its SSH key %2: %3")
                                           .arg(m_spec.name, m_spec.sshKey, key.problem)};
            return nullptr;
        }
        if (key.encrypted && m_spec.sshPassphrase.isEmpty()) {
            m_error = {GitError::Auth, QStringLiteral("repository '%1': its SSH key %2 has a passphrase and the keychain "
                                                      "holds none for it; store it with `portolan repo passphrase %2`")
                                           .arg(m_spec.name, m_spec.sshKey)};
            return nullptr;
        }
        options.repoSshKey = m_spec.sshKey;
        options.repoSshPassphrase = m_spec.sshPassphrase;
        options.repoSshKeyEncrypted = key.encrypted;
    }
    const QString dir = cacheFolder(m_ctx.cacheDir, url);
    QString defaultBranch;
    {
        const auto lock = m_ctx.locks ? m_ctx.locks->lockFor(dir) : std::make_shared<QMutex>();
        QMutexLocker locker(lock.get());
        emitEvent(SyncEvent::Phase::Connecting, url);
        m_error = repo.git->update(url, dir, options, &defaultBranch);
    }
    if (!m_error.ok())
        return nullptr;
    if (m_ctx.cancelled()) {
        m_error = {GitError::Cancelled, QStringLiteral("cancelled")};
        return nullptr;
    }
    if (repo.branch.isEmpty())
        repo.branch = defaultBranch.isEmpty() ? QStringLiteral("main") : defaultBranch;
    m_error = repo.git->checkout(repo.branch, &repo.commit);
    if (!m_error.ok())
        return nullptr;
    return &m_repos.emplace(wanted, std::move(repo)).first->second;
}

catalog::ReadResult RepoJob::readFile(OpenRepo &repo, const QString &path, QJsonObject *deps)
{
    catalog::Reader reader;
    reader.setLocationType(QStringLiteral("url"));
    GitRepo *git = repo.git.get();
    reader.setFileLoader([git, deps](const QString &p) -> std::optional<QByteArray> {
        const QString inRepo = p.startsWith(u'/') ? p.mid(1) : p;
        if (deps)
            deps->insert(p, git->files().value(inRepo));
        return git->read(inRepo);
    });
    return reader.readPaths({u'/' + path});
}

void RepoJob::relocate(catalog::ReadResult &result, const OpenRepo &repo, const QString &origin) const
{
    const auto view = [&](const QString &file) {
        return file.startsWith(u'/') ? blobUrl(repo.url, repo.branch, file.mid(1), m_ctx.credentials) : file;
    };
    for (auto &e : result.entities) {
        const QString file = e.position.file;
        const QString viewUrl = view(file);
        e.locationKey = u"url:" + viewUrl;
        e.position.file = viewUrl;
        QJsonObject metadata = e.data.value(u"metadata").toObject();
        QJsonObject annotations = metadata.value(u"annotations").toObject();
        annotations.insert(kManagedBy, e.locationKey);
        annotations.insert(kOrigin, origin);
        const QString edit = editUrl(repo.url, repo.branch, file.mid(1), m_ctx.credentials);
        if (!edit.isEmpty()) { // known web host: the links Backstage adds (values from the YAML win)
            const QString dir = viewUrl.left(viewUrl.lastIndexOf(u'/') + 1);
            for (const auto &[key, value] : {std::pair{QStringLiteral("backstage.io/view-url"), viewUrl},
                                             std::pair{QStringLiteral("backstage.io/edit-url"), edit},
                                             std::pair{QStringLiteral("backstage.io/source-location"), QString(u"url:" + dir)}}) {
                if (!annotations.contains(key))
                    annotations.insert(key, value);
            }
        }
        metadata.insert(QStringLiteral("annotations"), annotations);
        e.data.insert(QStringLiteral("metadata"), metadata);
    }
    for (auto &d : result.diagnostics)
        d.file = view(d.file);
}

void RepoJob::follow(catalog::ReadResult &result, const QStringList &chain)
{
    for (qsizetype i = 0; i < result.entities.size(); ++i) {
        if (result.entities.at(i).kind() != u"Location")
            continue;
        const QJsonObject spec = result.entities.at(i).data.value(u"spec").toObject();
        if (spec.value(u"type").toString(QStringLiteral("url")) != u"url")
            continue;
        QStringList targets;
        if (spec.value(u"target").isString())
            targets << spec.value(u"target").toString();
        for (const auto &t : spec.value(u"targets").toArray())
            targets << t.toString();
        const QString locationRef = result.entities.at(i).ref;
        const QString origin = result.entities.at(i).data.value(u"metadata").toObject().value(u"annotations").toObject().value(kOrigin).toString();
        for (const QString &target : std::as_const(targets)) {
            if (!target.contains(QLatin1String("://")))
                continue;
            const auto blob = parseBlobUrl(target, m_ctx.credentials);
            if (!blob)
                continue;
            // We follow it: the reader's "not read here" warning no longer applies.
            result.diagnostics.removeIf([&](const catalog::Diagnostic &d) {
                return d.entityRef == locationRef && d.severity == catalog::Diagnostic::Severity::Warning && d.message.contains(target);
            });
            const QString key = repoKey(blob->cloneUrl, blob->branch) + u':' + blob->path;
            catalog::Diagnostic d;
            d.file = result.entities.at(i).position.file;
            d.line = result.entities.at(i).position.line;
            d.entityRef = locationRef;
            d.field = QStringLiteral("spec.target");
            if (chain.contains(key)) {
                d.severity = catalog::Diagnostic::Severity::Warning;
                d.message = QStringLiteral("Location cycle: %1 is already being read (%2); not following it again")
                                .arg(target, chain.join(QStringLiteral(" → ")));
                result.diagnostics.append(d);
                continue;
            }
            if (const auto done = m_followed.constFind(key); done != m_followed.cend()) {
                result.entities[i].emittedRefs.append(*done);
                continue;
            }
            OpenRepo *repo = open(blob->cloneUrl, blob->branch);
            if (!repo) {
                d.message = QStringLiteral("Unable to read url, %1").arg(m_error.message);
                result.diagnostics.append(d);
                m_error = {};
                continue;
            }
            if (!repo->git->files().contains(blob->path)) {
                d.message = QStringLiteral("Unable to read url, NotFoundError: %1 does not exist on branch %2 of %3")
                                .arg(blob->path, repo->branch, repo->url);
                result.diagnostics.append(d);
                continue;
            }
            m_followed.insert(key, {});
            catalog::ReadResult child = readFile(*repo, blob->path, nullptr);
            relocate(child, *repo, origin);
            follow(child, chain + QStringList{key});
            QStringList refs;
            for (auto &e : child.entities) {
                if (e.parentRef.isEmpty()) {
                    e.parentRef = locationRef;
                    refs << e.ref;
                }
            }
            m_followed.insert(key, refs);
            result.entities[i].emittedRefs.append(refs);
            result.entities.append(child.entities);
            result.diagnostics.append(child.diagnostics);
            result.filesRead += child.filesRead;
            result.documentsRead += child.documentsRead;
        }
    }
}

void RepoJob::merge(catalog::ReadResult &part)
{
    // Roots are read one by one (for the parse cache) but must look like one reader run: a file reached from
    // two roots counts once, and a ref defined in two files keeps the first.
    QSet<QString> partFiles;
    auto &combined = m_out.result;
    for (auto &e : part.entities) {
        partFiles.insert(e.position.file);
        if (m_includedFiles.contains(e.position.file))
            continue;
        if (const auto seen = m_refFiles.constFind(e.ref); seen != m_refFiles.cend()) {
            combined.diagnostics.append({e.position.file, e.position.line, e.position.column, QStringLiteral("metadata.name"),
                                         QStringLiteral("entity %1 is already defined at %2; this definition is ignored")
                                             .arg(e.ref, *seen),
                                         e.ref, e.documentIndex, catalog::Diagnostic::Severity::Warning});
            continue;
        }
        m_refFiles.insert(e.ref, e.position.file);
        combined.entities.append(std::move(e));
    }
    for (auto &d : part.diagnostics) {
        partFiles.insert(d.file);
        if (!m_includedFiles.contains(d.file))
            combined.diagnostics.append(std::move(d));
    }
    m_includedFiles.unite(partFiles);
    combined.filesRead += part.filesRead;
    combined.documentsRead += part.documentsRead;
}

QString RepoJob::fingerprint() const
{
    QJsonArray roots;
    for (const auto &r : m_spec.roots)
        roots.append(QJsonArray{r.pathOrGlob, r.originTarget, int(r.extraRules.size())});
    QJsonArray rules;
    for (const auto &rule : m_ctx.rules.rules()) {
        for (const auto &a : rule.allow)
            rules.append(QString(a.kind + u'/' + a.specType));
        for (const auto &l : rule.locations)
            rules.append(QString(l.type + u'/' + l.exact + u'/' + l.pattern));
    }
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(QJsonArray{m_spec.url, m_spec.branch, roots, rules, 1}).toJson(QJsonDocument::Compact),
        QCryptographicHash::Sha1).toHex());
}

SourceOutcome RepoJob::fail(const GitError &error)
{
    m_out.status = error.kind == GitError::Cancelled ? SourceOutcome::Status::Cancelled : SourceOutcome::Status::Failed;
    m_out.error = error.message;
    m_out.errorKind = error.kind;
    m_out.result = {};
    return std::move(m_out);
}

SourceOutcome RepoJob::run()
{
    if (m_ctx.cancelled())
        return fail({GitError::Cancelled, QStringLiteral("cancelled")});
    OpenRepo *main = open(m_spec.url, m_spec.branch);
    if (!main)
        return fail(m_error);
    const QString mainKey = repoKey(m_spec.url, m_spec.branch);
    const QString config = fingerprint();

    // Unchanged upstream (same commits, same configuration): one fetch per repository and done.
    const QJsonObject previous = QJsonDocument::fromJson(m_ctx.previousState.toUtf8()).object();
    if (previous.value(u"config").toString() == config
        && previous.value(u"repos").toObject().value(mainKey).toString() == main->commit) {
        bool same = true;
        const QJsonObject repos = previous.value(u"repos").toObject();
        for (auto it = repos.begin(); it != repos.end() && same; ++it) {
            if (it.key() == mainKey)
                continue;
            const qsizetype hash = it.key().lastIndexOf(u'#');
            OpenRepo *other = open(it.key().left(hash), it.key().mid(hash + 1));
            same = other && other->commit == it.value().toString();
            m_error = {};
        }
        if (same) {
            m_out.status = SourceOutcome::Status::Unchanged;
            m_out.state = m_ctx.previousState;
            return std::move(m_out);
        }
    }
    if (m_ctx.cancelled())
        return fail({GitError::Cancelled, QStringLiteral("cancelled")});

    emitEvent(SyncEvent::Phase::Reading, main->commit);
    QStringList allFiles = main->git->files().keys();
    std::sort(allFiles.begin(), allFiles.end());
    struct Root {
        QString path;
        QString origin;
    };
    QList<Root> roots;
    QList<CatalogRule> extraRules;
    for (const auto &root : m_spec.roots) {
        extraRules << root.extraRules;
        const bool glob = root.pathOrGlob.contains(u'*') || root.pathOrGlob.contains(u'?') || root.pathOrGlob.contains(u'{');
        const QString originTarget = root.originTarget.isEmpty()
                                         ? blobUrl(main->url, main->branch, root.pathOrGlob, m_ctx.credentials)
                                         : root.originTarget;
        int matched = 0;
        for (const QString &file : std::as_const(allFiles)) {
            if (glob ? globMatch(root.pathOrGlob, file) : file == root.pathOrGlob) {
                roots.append({file, u"url:" + originTarget});
                ++matched;
            }
        }
        if (matched == 0) {
            catalog::Diagnostic d;
            d.file = originTarget;
            d.message = glob ? QStringLiteral("Unable to read url, no matching files found for %1 (no file matches %2 on "
                                              "branch %3 of %4)")
                                   .arg(originTarget, root.pathOrGlob, main->branch, main->url)
                             : QStringLiteral("Unable to read url, NotFoundError: %1 does not exist on branch %2 of %3")
                                   .arg(root.pathOrGlob, main->branch, main->url);
            m_out.result.diagnostics.append(d);
        }
    }

    QJsonObject stateRepos;
    for (const auto &root : std::as_const(roots)) {
        if (m_ctx.cancelled())
            return fail({GitError::Cancelled, QStringLiteral("cancelled")});
        const QString cacheKey = QStringLiteral("v1|") + mainKey + u'|' + root.path + u'|' + root.origin;
        std::optional<catalog::ReadResult> part;
        QJsonObject deps;
        if (const auto cached = m_ctx.previousCache.constFind(cacheKey); cached != m_ctx.previousCache.cend()) {
            const QJsonObject oldDeps = QJsonDocument::fromJson(cached->first.toUtf8()).object();
            bool valid = !oldDeps.isEmpty();
            for (auto it = oldDeps.begin(); it != oldDeps.end() && valid; ++it)
                valid = main->git->files().value(it.key().mid(1)) == it.value().toString();
            if (valid) {
                part = decodeResult(cached->second.toUtf8());
                deps = oldDeps;
            }
        }
        if (!part)
            part = readFile(*main, root.path, &deps);
        m_out.cache.insert(cacheKey, {QString::fromUtf8(QJsonDocument(deps).toJson(QJsonDocument::Compact)),
                                      QString::fromUtf8(encodeResult(*part))});
        relocate(*part, *main, root.origin);
        follow(*part, {repoKey(main->url, main->branch) + u':' + root.path});
        merge(*part);
    }
    if (m_ctx.cancelled())
        return fail({GitError::Cancelled, QStringLiteral("cancelled")});
    m_ctx.rules.apply(m_out.result, extraRules);
    for (const auto &[key, repo] : m_repos)
        stateRepos.insert(key, repo.commit);
    m_out.state = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("config"), config}, {QStringLiteral("repos"), stateRepos}}).toJson(QJsonDocument::Compact));
    m_out.status = SourceOutcome::Status::Updated;
    return std::move(m_out);
}

} // namespace

QString cacheFolder(const QString &cacheDir, const QString &url)
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString name = repoNameFromUrl(url);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return cacheDir + u'/' + name + u'-' + QString::fromLatin1(hash) + QStringLiteral(".git");
}

SourceOutcome syncRepository(const RepoSpec &spec, const JobContext &context)
{
    RepoJob job(spec, context);
    return job.run();
}

} // namespace portolan::sync
