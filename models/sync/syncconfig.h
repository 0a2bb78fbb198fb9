// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/rules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace portolan::sync {

/// Where a catalog root inside a repository came from, for managed-by-origin-location and catalog rules.
struct RepoRoot {
    QString pathOrGlob;         ///< path inside the repository; may be a glob such as **/catalog-info.yaml
    QString originTarget;       ///< the registered location's target (empty: the file itself is the origin)
    QList<CatalogRule> extraRules; ///< per-location rules from catalog.locations[].rules
};

/// One Git repository to sync: a source of its own ("git:<name>").
struct RepoSpec {
    QString name;
    QString url;    ///< https, ssh, git://, file:// or a local path
    QString branch; ///< empty: the remote's HEAD
    QList<RepoRoot> roots;
    /// SSH private key for this repository only (e.g. a deploy key), offered before the agent and the default keys.
    QString sshKey = {};
    /// Its passphrase, filled from the keychain by TokenStore::fillPlan; never read from a config file.
    QString sshPassphrase = {};
};

/// A Backstage instance whose catalog API is a source ("backstage:<name>").
struct BackstageSpec {
    QString name;
    QString baseUrl;
    QString token;
    int pageSize = 200;
};

/// A file location from catalog.locations (a glob on disk), source "file:<target>".
struct FileLocationSpec {
    QString target;
    QList<CatalogRule> extraRules;
};

/// A token for a Git host, from integrations.* or the keychain.
struct HostCredential {
    QString host; ///< host[:port]
    QString kind; ///< github, gitlab, bitbucketCloud, bitbucketServer, generic
    QString username;
    QString token;
};

/// SSH settings from `portolan.ssh`: a private key to offer (after the agent) and the known_hosts file that host
/// keys are checked against (default ~/.ssh/known_hosts).
struct SshSettings {
    QString privateKey;
    QString knownHosts;
    QString passphrase = {}; ///< of privateKey, from the keychain only
};

/// What `portolan sync` works on, built from the merged app-config and Portolan config.
struct SyncPlan {
    QList<RepoSpec> repositories;
    QList<BackstageSpec> backstages;
    QList<FileLocationSpec> files;
    CatalogRules rules;
    QList<HostCredential> credentials;
    SshSettings ssh;
    QStringList errors;   ///< configuration problems (the affected entries are skipped)
    QStringList warnings;

    [[nodiscard]] QStringList sourceIds() const;
};

/// A URL into a known Git host's file view, split into what a clone needs.
struct BlobLocation {
    QString cloneUrl;
    QString branch;
    QString path; ///< inside the repository, no leading slash
    QString host;
};

/// https://github.com/org/repo/blob/main/x.yaml, https://gitlab.com/g/r/-/blob/main/x.yaml,
/// https://bitbucket.org/w/r/src/main/x.yaml, and <clone url>/blob/<branch>/<path> for other hosts.
[[nodiscard]] std::optional<BlobLocation> parseBlobUrl(const QString &url, const QList<HostCredential> &known = {});

/// The view URL of `path` in a repository: the inverse of parseBlobUrl.
[[nodiscard]] QString blobUrl(const QString &cloneUrl, const QString &branch, const QString &path,
                              const QList<HostCredential> &known = {});
/// The edit URL on a known web host, empty for other hosts.
[[nodiscard]] QString editUrl(const QString &cloneUrl, const QString &branch, const QString &path,
                              const QList<HostCredential> &known = {});

/// "payments" from git://host/payments.git, /srv/git/payments/, git@host:org/payments.git, ...
[[nodiscard]] QString repoNameFromUrl(const QString &url);

/// Reads catalog.locations, catalog.rules, integrations, portolan.repositories and portolan.backstage.
/// Relative file targets resolve against `baseDir` (the directory of the first app-config).
[[nodiscard]] SyncPlan buildPlan(const QJsonObject &config, const QString &baseDir);

/// The Portolan config file (if it exists) then `appConfigFiles`, merged; relative file locations resolve
/// against the first app-config's folder. Loading problems land in plan.errors.
[[nodiscard]] SyncPlan loadPlan(const QStringList &appConfigFiles);

/// Appends one repository entry to the Portolan config file (created if missing), keeping what is there.
/// Returns an empty string or the problem.
[[nodiscard]] QString appendRepository(const QString &configPath, const RepoSpec &spec, const QStringList &paths);

} // namespace portolan::sync
