// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/gitpublish.h"

#include <QDir>

#include <git2.h>

#include <memory>

namespace scaffolder {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
template <typename T, void (*Free)(T *)> using GitPtr = std::unique_ptr<T, Deleter<T, Free>>;
using Repository = GitPtr<git_repository, git_repository_free>;
using Index = GitPtr<git_index, git_index_free>;
using Tree = GitPtr<git_tree, git_tree_free>;
using Signature = GitPtr<git_signature, git_signature_free>;
using Remote = GitPtr<git_remote, git_remote_free>;

Error gitError(const QString &what)
{
    const git_error *e = git_error_last();
    return Error{QStringLiteral("GitError"),
                 what + QStringLiteral(": ") + (e ? QString::fromUtf8(e->message) : QStringLiteral("unknown error")),
                 {}, 0, {}};
}

struct Credentials {
    QByteArray username;
    QByteArray token;
    int attempts = 0;
};

int credentialCallback(git_credential **out, const char *, const char *usernameFromUrl, unsigned int allowed,
                       void *payload)
{
    auto *c = static_cast<Credentials *>(payload);
    if (c->token.isEmpty() || ++c->attempts > 1 || !(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT))
        return GIT_EUSER; // no (more) credentials: fail instead of looping
    const QByteArray user = !c->username.isEmpty() ? c->username
                                                   : (usernameFromUrl ? QByteArray(usernameFromUrl) : "x-access-token");
    return git_credential_userpass_plaintext_new(out, user.constData(), c->token.constData());
}

} // namespace

Result<GitPublishResult> publishGit(const GitPublishRequest &request)
{
    static const int initialized = git_libgit2_init();
    Q_UNUSED(initialized);
    QDir().mkpath(request.directory);
    const QByteArray path = QDir(request.directory).absolutePath().toUtf8();
    const QByteArray branch = request.defaultBranch.toUtf8();
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    opts.initial_head = branch.constData();
    git_repository *rawRepo = nullptr;
    if (git_repository_init_ext(&rawRepo, path.constData(), &opts) < 0)
        return gitError(QStringLiteral("cannot create the repository"));
    Repository repo(rawRepo);

    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo.get()) < 0)
        return gitError(QStringLiteral("cannot open the index"));
    Index index(rawIndex);
    char star[] = "*";
    char *patterns[] = {star};
    const git_strarray all = {patterns, 1};
    git_oid treeId;
    if (git_index_add_all(index.get(), &all, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) < 0
        || git_index_write(index.get()) < 0 || git_index_write_tree(&treeId, index.get()) < 0)
        return gitError(QStringLiteral("cannot add the files"));
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo.get(), &treeId) < 0)
        return gitError(QStringLiteral("cannot read the tree"));
    Tree tree(rawTree);
    git_signature *rawSig = nullptr;
    if (git_signature_now(&rawSig, request.author.name.toUtf8().constData(),
                          request.author.email.toUtf8().constData())
        < 0)
        return gitError(QStringLiteral("invalid author"));
    Signature sig(rawSig);
    git_oid commitId;
    const git_tree *treePtr = tree.get();
    if (git_commit_create(&commitId, repo.get(), "HEAD", sig.get(), sig.get(), nullptr,
                          request.commitMessage.toUtf8().constData(), treePtr, 0, nullptr)
        < 0)
        return gitError(QStringLiteral("cannot commit"));
    GitPublishResult result;
    result.commitHash = QString::fromLatin1(git_oid_tostr_s(&commitId));

    if (request.remoteUrl.isEmpty())
        return result;
    git_remote *rawRemote = nullptr;
    if (git_remote_create(&rawRemote, repo.get(), "origin", request.remoteUrl.toUtf8().constData()) < 0)
        return gitError(QStringLiteral("cannot add the remote"));
    Remote remote(rawRemote);
    Credentials creds{request.username.toUtf8(), request.token.toUtf8()};
    git_push_options pushOpts = GIT_PUSH_OPTIONS_INIT;
    pushOpts.callbacks.credentials = credentialCallback;
    pushOpts.callbacks.payload = &creds;
    QByteArray refspec = "refs/heads/" + branch + ":refs/heads/" + branch;
    char *refspecs[] = {refspec.data()};
    const git_strarray specs = {refspecs, 1};
    if (git_remote_push(remote.get(), &specs, &pushOpts) < 0)
        return gitError(QStringLiteral("cannot push to %1").arg(request.remoteUrl));
    return result;
}

} // namespace scaffolder
