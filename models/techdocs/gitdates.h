// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/problem.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <variant>

namespace techdocs {

/// "Last updated" for pages: the commit time of the newest commit (first-parent history from HEAD) that changed
/// each file. Files outside the repository, untracked or older than `maxCommits` commits are left out. One walk
/// serves all files. Keys are the paths as given.
[[nodiscard]] std::variant<QHash<QString, QDateTime>, Problem> gitLastUpdated(const QStringList &files, int maxCommits = 10000);

} // namespace techdocs
