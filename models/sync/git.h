// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct git_repository;
struct git_tree;

namespace portolan::sync {

/// Transfer progress as libgit2 reports it.
struct GitTransfer {
    qint64 receivedObjects = 0;
    qint64 totalObjects = 0;
    qint64 receivedBytes = 0;
};

struct GitOptions {
    /// Called while objects arrive; return false to cancel the transfer.
    std::function<bool(const GitTransfer &)> progress;
    /// Username and secret for an HTTPS URL's host, when one is known (token from config or keychain).
    std::function<std::optional<std::pair<QString, QString>>(const QString &url)> credentials;
    /// SSH: a private key file offered after the repository's own key and the agent (then ~/.ssh/id_*), and the
    /// known_hosts file the server's host key must be listed in (empty: ~/.ssh/known_hosts).
    QString sshKey;
    QString sshPassphrase; ///< of sshKey (keychain only)
    QString knownHosts;
    /// The repository's own key (portolan.repositories[].sshKey), offered before everything else; errors name it
    /// together with `repoName`.
    QString repoSshKey;
    QString repoSshPassphrase;
    bool repoSshKeyEncrypted = false; ///< a refusal may then be a wrong passphrase: libssh2 reports both alike
    QString repoName;
};

/// Result of a Git operation: empty error means success; `kind` lets callers word the problem.
struct GitError {
    enum Kind { None, Auth, UnknownHost, Network, MissingBranch, Cancelled, Other, HostKey };
    Kind kind = None;
    QString message;
    [[nodiscard]] bool ok() const { return kind == None; }
};

/// A bare clone in Portolan's cache, read straight from its object database (no checkout).
class GitRepo
{
public:
    GitRepo();
    ~GitRepo();
    GitRepo(const GitRepo &) = delete;
    GitRepo &operator=(const GitRepo &) = delete;

    /// Clones `url` bare into `dir` the first time (through a temporary folder, so an interrupted clone leaves
    /// nothing half-made), otherwise fetches (prune, forced updates). `defaultBranch` receives the remote HEAD.
    [[nodiscard]] GitError update(const QString &url, const QString &dir, const GitOptions &options,
                                  QString *defaultBranch);

    /// Opens a bare clone an earlier update() left in `dir`, without touching the network (readers of the cache,
    /// e.g. TechDocs). `defaultBranch` receives the branch the clone's HEAD names.
    [[nodiscard]] GitError open(const QString &dir, QString *defaultBranch = nullptr);

    /// Resolves origin's `branch` to its commit; fills the tree listing (path -> blob id).
    [[nodiscard]] GitError checkout(const QString &branch, QString *commitId);

    /// Blob paths (no leading slash) -> blob ids in the resolved tree.
    [[nodiscard]] const QHash<QString, QString> &files() const { return m_files; }
    [[nodiscard]] std::optional<QByteArray> read(const QString &path) const;

private:
    struct Handles;
    std::unique_ptr<Handles> m_h;
    QHash<QString, QString> m_files;
    QString m_url;
};

/// What a known_hosts file says about a server's SSH host key.
struct HostKeyCheck {
    enum Result { Match, Unknown, Mismatch } result = Unknown;
    QString fingerprint; ///< "SHA256:…" of the key the server offered, as ssh prints it
    QString message;     ///< empty on Match: what to tell the user
};

/// Looks `host` (and `port`, 22 for the default) up in the OpenSSH `knownHostsFile` (plain and hashed host names,
/// `[host]:port` entries) and compares the listed keys with `rawKey`, the server's key blob.
[[nodiscard]] HostKeyCheck checkKnownHost(const QString &knownHostsFile, const QString &host, int port,
                                          const QByteArray &rawKey);

/// git_libgit2_init once per process (safe to call from any thread).
void initGit();

} // namespace portolan::sync
