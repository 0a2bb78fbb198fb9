// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/actions.h"

namespace scaffolder {

struct GitPublishRequest {
    QString directory;       ///< folder to turn into a repository (created if missing)
    QString defaultBranch = QStringLiteral("master");
    QString commitMessage = QStringLiteral("initial commit");
    GitAuthor author;
    QString remoteUrl;       ///< push here when not empty (git://, file://, https://, ssh)
    QString username;        ///< for https remotes with a token
    QString token;           ///< never written to disk or logs; handed to libgit2's credential callback
};

struct GitPublishResult {
    QString commitHash;
};

/// git init + add everything + commit on `defaultBranch` (+ push to `remoteUrl`) with libgit2.
[[nodiscard]] Result<GitPublishResult> publishGit(const GitPublishRequest &request);

} // namespace scaffolder
