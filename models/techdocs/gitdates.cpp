// SPDX-License-Identifier: Apache-2.0
#include "techdocs/gitdates.h"

#include <QDir>
#include <QFileInfo>
#include <git2.h>
#include <memory>

namespace techdocs {
namespace {

template<typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Repo = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Walk = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using Entry = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;

// libgit2 keeps a global refcount: balanced here so callers need not care (main() may hold its own).
struct Library {
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
};

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown libgit2 error");
}

bool entryId(git_tree *tree, const QByteArray &path, git_oid *out)
{
    git_tree_entry *raw = nullptr;
    if (!tree || git_tree_entry_bypath(&raw, tree, path.constData()) != 0)
        return false;
    Entry entry(raw);
    git_oid_cpy(out, git_tree_entry_id(entry.get()));
    return true;
}

} // namespace

std::variant<QHash<QString, QDateTime>, Problem> gitLastUpdated(const QStringList &files, int maxCommits)
{
    QHash<QString, QDateTime> result;
    if (files.isEmpty())
        return result;
    const Library library;
    git_repository *rawRepo = nullptr;
    const QString start = QFileInfo(files.first()).absolutePath();
    if (git_repository_open_ext(&rawRepo, QFile::encodeName(start).constData(), 0, nullptr) != 0)
        return result; // not in a Git work tree: no dates, not an error
    Repo repo(rawRepo);
    const char *workdir = git_repository_workdir(repo.get());
    if (!workdir)
        return result;
    const QString root = QFileInfo(QFile::decodeName(workdir)).canonicalFilePath();
    QHash<QByteArray, QString> pending; // repo-relative path -> key
    for (const QString &file : files) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (!canonical.startsWith(root + u'/'))
            continue;
        pending.insert(QDir(root).relativeFilePath(canonical).toUtf8(), file);
    }
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo.get()) != 0)
        return Problem{Problem::Kind::Error, root, 0, 0, lastError()};
    Walk walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    git_revwalk_simplify_first_parent(walk.get());
    if (git_revwalk_push_head(walk.get()) != 0)
        return result; // no commits yet
    git_oid oid;
    for (int n = 0; n < maxCommits && !pending.isEmpty() && git_revwalk_next(&oid, walk.get()) == 0; ++n) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo.get(), &oid) != 0)
            return Problem{Problem::Kind::Error, root, 0, 0, lastError()};
        Commit commit(rawCommit);
        git_tree *rawTree = nullptr;
        git_commit_tree(&rawTree, commit.get());
        Tree tree(rawTree);
        Tree parentTree;
        git_commit *rawParent = nullptr;
        if (git_commit_parentcount(commit.get()) > 0 && git_commit_parent(&rawParent, commit.get(), 0) == 0) {
            Commit parent(rawParent);
            git_tree *rawParentTree = nullptr;
            git_commit_tree(&rawParentTree, parent.get());
            parentTree.reset(rawParentTree);
        }
        for (auto it = pending.begin(); it != pending.end();) {
            git_oid here, before;
            const bool inHere = entryId(tree.get(), it.key(), &here);
            const bool inBefore = entryId(parentTree.get(), it.key(), &before);
            if (inHere && (!inBefore || !git_oid_equal(&here, &before))) {
                result.insert(it.value(), QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()), Qt::UTC));
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
    }
    return result;
}

} // namespace techdocs
