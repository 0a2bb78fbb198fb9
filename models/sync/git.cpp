// SPDX-License-Identifier: Apache-2.0
#include "sync/git.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStringList>
#include <QUrl>

#include <git2.h>

#include <mutex>

namespace portolan::sync {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using RepoPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using RemotePtr = std::unique_ptr<git_remote, Deleter<git_remote, git_remote_free>>;
using RefPtr = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;

struct SshCandidate {
    QString key;        ///< empty: the agent
    QString passphrase;
};

struct CallbackState {
    const GitOptions *options = nullptr;
    QString url;
    int credentialAttempts = 0;
    int sshAttempts = 0;
    bool cancelled = false;
    bool authFailed = false;
    QString hostKeyError; ///< set when the SSH host key was refused
    QStringList sshTried; ///< what was offered, in order ("ssh-agent" or a key file), for the error message
};

int onTransfer(const git_indexer_progress *stats, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    if (state->options->progress
        && !state->options->progress({qint64(stats->received_objects), qint64(stats->total_objects),
                                      qint64(stats->received_bytes)})) {
        state->cancelled = true;
        return -1;
    }
    return 0;
}

// SSH keys in the order tried: the repository's own key, the agent (when one runs), the configured default key,
// then OpenSSH's default key files. A server refusing one key lets libgit2 ask for the next.
QList<SshCandidate> sshKeyCandidates(const GitOptions &options)
{
    QList<SshCandidate> keys;
    QStringList seen;
    const auto add = [&](const QString &key, const QString &passphrase) {
        if (seen.contains(key))
            return;
        seen << key;
        keys.append({key, passphrase});
    };
    if (!options.repoSshKey.isEmpty())
        add(options.repoSshKey, options.repoSshPassphrase);
    if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        add(QString(), QString());
    if (!options.sshKey.isEmpty())
        add(options.sshKey, options.sshPassphrase);
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString key = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
        if (QFileInfo::exists(key))
            add(key, QString());
    }
    return keys;
}

int onCredentials(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    ++state->credentialAttempts;
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        const QByteArray user = usernameFromUrl ? QByteArray(usernameFromUrl) : QByteArrayLiteral("git");
        const QList<SshCandidate> keys = sshKeyCandidates(*state->options);
        if (state->sshAttempts < keys.size()) {
            const SshCandidate candidate = keys.at(state->sshAttempts++);
            state->sshTried << (candidate.key.isEmpty() ? QStringLiteral("ssh-agent") : candidate.key);
            if (candidate.key.isEmpty())
                return git_credential_ssh_key_from_agent(out, user.constData());
            // libssh2 derives the public key from the private one when no .pub is given.
            const QString pubFile = candidate.key + QStringLiteral(".pub");
            const QByteArray pub = QFileInfo::exists(pubFile) ? pubFile.toLocal8Bit() : QByteArray();
            const QByteArray passphrase = candidate.passphrase.toUtf8();
            return git_credential_ssh_key_new(out, user.constData(), pub.isEmpty() ? nullptr : pub.constData(),
                                              candidate.key.toLocal8Bit().constData(),
                                              passphrase.isEmpty() ? nullptr : passphrase.constData());
        }
    } else if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && state->credentialAttempts == 1 && state->options->credentials) {
        if (const auto c = state->options->credentials(QString::fromUtf8(url)))
            return git_credential_userpass_plaintext_new(out, c->first.toUtf8().constData(), c->second.toUtf8().constData());
    }
    state->authFailed = true;
    git_error_set_str(GIT_ERROR_NET, "no (more) credentials to try");
    return GIT_EAUTH;
}

// SSH servers must be listed in known_hosts with the key they show; libgit2 hands us that key raw.
int onCertificate(git_cert *cert, int /*valid*/, const char *host, void *payload)
{
    auto *state = static_cast<CallbackState *>(payload);
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
        return GIT_PASSTHROUGH; // TLS: libgit2 and the system CA store decide
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    if (!(hostKey->type & GIT_CERT_SSH_RAW)) {
        state->hostKeyError = QStringLiteral("the SSH library gave no host key for %1 to check").arg(QString::fromUtf8(host));
    } else {
        const QUrl url(state->url);
        const QString name = host ? QString::fromUtf8(host) : url.host();
        const HostKeyCheck check = checkKnownHost(state->options->knownHosts, name, url.port(22),
                                                  QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len)));
        if (check.result == HostKeyCheck::Match)
            return 0;
        state->hostKeyError = check.message;
    }
    git_error_set_str(GIT_ERROR_SSH, state->hostKeyError.toUtf8().constData());
    return GIT_ECERTIFICATE;
}

QString lastMessage()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown libgit2 error");
}

GitError classify(int code, const CallbackState &state)
{
    const QString message = lastMessage();
    const QString host = QUrl(state.url).host();
    if (state.cancelled || code == GIT_EUSER)
        return {GitError::Cancelled, QStringLiteral("cancelled")};
    if (!state.hostKeyError.isEmpty())
        return {GitError::HostKey, state.hostKeyError};
    const bool ssh = !state.sshTried.isEmpty();
    const QString repoKey = state.options->repoSshKey;
    const QString repo = state.options->repoName.isEmpty() ? state.url : state.options->repoName;
    // libssh2 could not use a key file (wrong passphrase, unsupported format): name the file, not just "auth".
    if (ssh && !state.authFailed && code != GIT_EAUTH
        && (message.contains(QLatin1String("private key"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("passphrase"), Qt::CaseInsensitive))) {
        const QString key = state.sshTried.constLast();
        return {GitError::Auth, QStringLiteral("repository '%1': cannot use SSH key %2: %3; if the key has a passphrase, "
                                               "store it with `portolan repo passphrase %2`")
                                    .arg(repo, key, message)};
    }
    if (ssh && (state.authFailed || code == GIT_EAUTH)) {
        const QString tried = state.sshTried.join(QStringLiteral(", "));
        if (!repoKey.isEmpty() && state.sshTried.value(0) == repoKey)
            return {GitError::Auth, QStringLiteral("repository '%1': %2 refused the SSH key %3 given for it%4 (also tried: %5)")
                                        .arg(repo, QUrl(state.url).host(), repoKey,
                                             state.options->repoSshKeyEncrypted
                                                 ? QStringLiteral(", or its passphrase in the keychain is wrong")
                                                 : QString(),
                                             state.sshTried.size() > 1 ? state.sshTried.mid(1).join(QStringLiteral(", "))
                                                                       : QStringLiteral("nothing else"))};
        return {GitError::Auth, QStringLiteral("authentication failed for %1: no SSH key was accepted (tried: %2); set "
                                               "sshKey on the repository, portolan.ssh.privateKey, or load the key "
                                               "into ssh-agent")
                                    .arg(state.url, tried)};
    }
    if (state.authFailed || code == GIT_EAUTH || message.contains(QLatin1String("authentication"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("401")))
        return {GitError::Auth, QStringLiteral("authentication failed for %1 (%2); give a token under integrations "
                                               "in app-config or with `portolan repo token %3`")
                                    .arg(state.url, message, host)};
    if (code == GIT_ECERTIFICATE)
        return {GitError::UnknownHost, QStringLiteral("the certificate or host key of %1 is not trusted: %2").arg(host, message)};
    if (message.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
        return {GitError::UnknownHost, QStringLiteral("unknown host %1: %2").arg(host, message)};
    if (message.contains(QLatin1String("not found"), Qt::CaseInsensitive) && message.contains(QLatin1String("repository"), Qt::CaseInsensitive))
        return {GitError::Other, QStringLiteral("no repository at %1: %2").arg(state.url, message)};
    if (code == GIT_ERROR || message.contains(QLatin1String("connect"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("EOF"), Qt::CaseInsensitive) || message.contains(QLatin1String("socket"), Qt::CaseInsensitive))
        return {GitError::Network, QStringLiteral("cannot fetch %1: %2").arg(state.url, message)};
    return {GitError::Other, QStringLiteral("%1: %2").arg(state.url, message)};
}

void fillCallbacks(git_remote_callbacks &callbacks, CallbackState &state)
{
    callbacks.transfer_progress = onTransfer;
    callbacks.credentials = onCredentials;
    callbacks.certificate_check = onCertificate;
    callbacks.payload = &state;
}

int collectBlob(const char *root, const git_tree_entry *entry, void *payload)
{
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return 0;
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, git_tree_entry_id(entry));
    static_cast<QHash<QString, QString> *>(payload)->insert(
        QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)), QString::fromLatin1(hex));
    return 0;
}

} // namespace

struct GitRepo::Handles {
    RepoPtr repo;
    TreePtr tree;
};

void initGit()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

GitRepo::GitRepo()
    : m_h(std::make_unique<Handles>())
{
    initGit();
}

GitRepo::~GitRepo() = default;

namespace {

// Only Portolan writes its cache, and only under the folder's QLockFile; so a git *.lock file found while we hold
// that lock was left by a process that died mid-fetch (killed, power loss) and would block every later fetch.
void removeStaleGitLocks(const QString &dir)
{
    QDirIterator it(dir, {QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());
}

} // namespace

GitError GitRepo::update(const QString &url, const QString &dir, const GitOptions &options, QString *defaultBranch)
{
    m_url = url;
    QDir().mkpath(QFileInfo(dir).absolutePath());
    QLockFile processLock(dir + QStringLiteral(".portolan-lock"));
    if (!processLock.tryLock(120000))
        return {GitError::Other, QStringLiteral("another Portolan process is syncing %1 (lock %2)").arg(url, processLock.fileName())};
    removeStaleGitLocks(dir);
    CallbackState state{&options, url};
    git_repository *raw = nullptr;
    if (QFileInfo::exists(dir + QStringLiteral("/HEAD")) && git_repository_open_bare(&raw, dir.toLocal8Bit().constData()) == 0) {
        m_h->repo.reset(raw);
        git_remote *remoteRaw = nullptr;
        if (git_remote_lookup(&remoteRaw, raw, "origin") != 0)
            return {GitError::Other, QStringLiteral("the cache %1 has no origin remote: %2").arg(dir, lastMessage())};
        RemotePtr remote(remoteRaw);
        // The configured URL may have changed (e.g. a token moved out of it); follow the config.
        if (QString::fromUtf8(git_remote_url(remoteRaw)) != url) {
            git_remote_set_url(raw, "origin", url.toUtf8().constData());
            git_remote *again = nullptr;
            git_remote_lookup(&again, raw, "origin");
            remote.reset(again);
        }
        git_fetch_options fetch = GIT_FETCH_OPTIONS_INIT;
        fillCallbacks(fetch.callbacks, state);
        fetch.prune = GIT_FETCH_PRUNE;
        if (const int code = git_remote_fetch(remote.get(), nullptr, &fetch, "portolan sync"); code != 0)
            return classify(code, state);
        git_buf head = GIT_BUF_INIT;
        if (git_remote_default_branch(&head, remote.get()) == 0) {
            *defaultBranch = QString::fromUtf8(head.ptr, qsizetype(head.size)).section(u'/', 2);
            git_buf_dispose(&head);
        }
    } else {
        // No usable cache (first sync, or a clone killed half-way): start clean through a temporary folder.
        QDir(dir).removeRecursively();
        const QString partial = dir + QStringLiteral(".partial");
        QDir(partial).removeRecursively();
        QDir().mkpath(QFileInfo(dir).absolutePath());
        git_clone_options clone = GIT_CLONE_OPTIONS_INIT;
        clone.bare = 1;
        fillCallbacks(clone.fetch_opts.callbacks, state);
        if (const int code = git_clone(&raw, url.toUtf8().constData(), partial.toLocal8Bit().constData(), &clone); code != 0) {
            const GitError error = classify(code, state);
            QDir(partial).removeRecursively();
            return error;
        }
        git_repository_free(raw);
        if (!QDir().rename(partial, dir))
            return {GitError::Other, QStringLiteral("cannot move the new clone into %1").arg(dir)};
        if (git_repository_open_bare(&raw, dir.toLocal8Bit().constData()) != 0)
            return {GitError::Other, QStringLiteral("cannot open the clone in %1: %2").arg(dir, lastMessage())};
        m_h->repo.reset(raw);
        git_reference *headRef = nullptr;
        if (git_reference_lookup(&headRef, raw, "HEAD") == 0) {
            RefPtr head(headRef);
            if (git_reference_type(headRef) == GIT_REFERENCE_SYMBOLIC)
                *defaultBranch = QString::fromUtf8(git_reference_symbolic_target(headRef)).section(u'/', 2);
        }
    }
    return {};
}

GitError GitRepo::open(const QString &dir, QString *defaultBranch)
{
    initGit();
    m_url = dir;
    git_repository *raw = nullptr;
    if (!QFileInfo::exists(dir + QStringLiteral("/HEAD")) || git_repository_open_bare(&raw, dir.toLocal8Bit().constData()) != 0)
        return {GitError::Other, QStringLiteral("no Git cache in %1").arg(dir)};
    m_h->repo.reset(raw);
    git_reference *headRef = nullptr;
    if (defaultBranch && git_reference_lookup(&headRef, raw, "HEAD") == 0) {
        RefPtr head(headRef);
        if (git_reference_type(headRef) == GIT_REFERENCE_SYMBOLIC)
            *defaultBranch = QString::fromUtf8(git_reference_symbolic_target(headRef)).section(u'/', 2);
    }
    return {};
}

GitError GitRepo::checkout(const QString &branch, QString *commitId)
{
    m_files.clear();
    git_repository *repo = m_h->repo.get();
    git_reference *refRaw = nullptr;
    const QByteArray name = QStringLiteral("refs/remotes/origin/%1").arg(branch).toUtf8();
    if (git_reference_lookup(&refRaw, repo, name.constData()) != 0) {
        QStringList known;
        git_branch_iterator *it = nullptr;
        if (git_branch_iterator_new(&it, repo, GIT_BRANCH_REMOTE) == 0) {
            git_reference *ref = nullptr;
            git_branch_t type;
            while (git_branch_next(&ref, &type, it) == 0) {
                const char *branchName = nullptr;
                if (git_branch_name(&branchName, ref) == 0 && !QByteArray(branchName).endsWith("/HEAD"))
                    known << QString::fromUtf8(branchName).section(u'/', 1);
                git_reference_free(ref);
            }
            git_branch_iterator_free(it);
        }
        return {GitError::MissingBranch, QStringLiteral("branch '%1' does not exist in %2 (branches: %3)")
                                             .arg(branch, m_url, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", ")))};
    }
    RefPtr ref(refRaw);
    git_object *commitRaw = nullptr;
    if (git_reference_peel(&commitRaw, refRaw, GIT_OBJECT_COMMIT) != 0)
        return {GitError::Other, lastMessage()};
    ObjectPtr commit(commitRaw);
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, git_object_id(commitRaw));
    *commitId = QString::fromLatin1(hex);
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, reinterpret_cast<git_commit *>(commitRaw)) != 0)
        return {GitError::Other, lastMessage()};
    m_h->tree.reset(tree);
    git_tree_walk(tree, GIT_TREEWALK_PRE, collectBlob, &m_files);
    return {};
}

std::optional<QByteArray> GitRepo::read(const QString &path) const
{
    const auto it = m_files.constFind(path);
    if (it == m_files.cend())
        return std::nullopt;
    git_oid oid;
    if (git_oid_fromstr(&oid, it->toLatin1().constData()) != 0)
        return std::nullopt;
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, m_h->repo.get(), &oid) != 0)
        return std::nullopt;
    BlobPtr blob(raw);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(raw)), qsizetype(git_blob_rawsize(raw)));
}

} // namespace portolan::sync
