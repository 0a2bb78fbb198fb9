// SPDX-License-Identifier: Apache-2.0
// publish:git creates a local repository (optionally pushed); publish:github/gitlab/bitbucket commit and push to
// the repoUrl's remote with a token, since creating hosted repositories needs the host's API.
#include "scaffolder/actions.h"
#include "scaffolder/gitpublish.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/safepath.h"

#include <QJsonDocument>
#include <QUrl>

namespace scaffolder {

namespace {

Result<QString> sourceDirectory(const ActionContext &ctx)
{
    return resolveSafeChildPath(ctx.workspace, ctx.input.value(QStringLiteral("sourcePath")).toString(QStringLiteral("./")));
}

GitAuthor authorOf(const ActionContext &ctx)
{
    GitAuthor a = ctx.author;
    a.name = ctx.input.value(QStringLiteral("gitAuthorName")).toString(a.name);
    a.email = ctx.input.value(QStringLiteral("gitAuthorEmail")).toString(a.email);
    return a;
}

std::optional<Error> publishLocal(ActionContext &ctx)
{
    auto dir = sourceDirectory(ctx);
    if (isError(dir))
        return std::get<Error>(dir);
    GitPublishRequest req;
    req.directory = std::get<QString>(dir);
    req.defaultBranch = ctx.input.value(QStringLiteral("defaultBranch")).toString(QStringLiteral("master"));
    req.commitMessage = ctx.input.value(QStringLiteral("gitCommitMessage")).toString(req.commitMessage);
    req.author = authorOf(ctx);
    req.remoteUrl = ctx.input.value(QStringLiteral("remoteUrl")).toString();
    req.token = ctx.input.value(QStringLiteral("token")).toString(ctx.secrets.value(QStringLiteral("token")));
    ctx.log(QStringLiteral("Creating a Git repository in %1 on branch %2").arg(req.directory, req.defaultBranch));
    auto result = publishGit(req);
    if (isError(result))
        return std::get<Error>(result);
    const QString hash = std::get<GitPublishResult>(result).commitHash;
    ctx.log(QStringLiteral("Committed %1").arg(hash));
    if (!req.remoteUrl.isEmpty())
        ctx.log(QStringLiteral("Pushed %1 to %2").arg(req.defaultBranch, req.remoteUrl));
    ctx.output(QStringLiteral("commitHash"), hash);
    ctx.output(QStringLiteral("remoteUrl"), req.remoteUrl.isEmpty() ? QUrl::fromLocalFile(req.directory).toString()
                                                                    : req.remoteUrl);
    ctx.output(QStringLiteral("repoContentsUrl"), QUrl::fromLocalFile(req.directory).toString());
    return std::nullopt;
}

std::optional<Error> publishHosted(ActionContext &ctx, const QString &kind, const QByteArray &tokenVariable)
{
    const QString repoUrl = ctx.input.value(QStringLiteral("repoUrl")).toString();
    QJSValue context = ctx.engine.newObject();
    context.setProperty(QStringLiteral("u"), repoUrl);
    auto parsedText = ctx.engine.render(QStringLiteral("${{ u | parseRepoUrl | dump }}"), context);
    if (isError(parsedText))
        return inputError(std::get<Error>(parsedText).message.section(QStringLiteral("\n  "), -1));
    const QJsonObject parsed = QJsonDocument::fromJson(std::get<QString>(parsedText).toUtf8()).object();
    const QString host = parsed.value(QStringLiteral("host")).toString();
    const QString owner = kind.startsWith(QLatin1String("bitbucket"))
        ? parsed.value(QStringLiteral("workspace")).toString(parsed.value(QStringLiteral("project")).toString())
        : parsed.value(QStringLiteral("owner")).toString();
    const QString repo = parsed.value(QStringLiteral("repo")).toString();
    const QString remote = QStringLiteral("https://%1/%2/%3.git").arg(host, owner, repo);
    QString token = ctx.input.value(QStringLiteral("token")).toString(ctx.secrets.value(QStringLiteral("token")));
    if (token.isEmpty())
        token = QString::fromLocal8Bit(qgetenv(tokenVariable.constData()));
    if (token.isEmpty())
        return Error{QStringLiteral("InputError"),
                     QStringLiteral("publish:%1 needs credentials for %2: give a token (input `token`, the secret "
                                    "`token`, or %3 in the environment). Portolan cannot create the repository on "
                                    "%2; it commits the result and pushes it to %4, which must already exist. Use "
                                    "publish:git to keep a local repository instead.")
                         .arg(kind, host, QString::fromLatin1(tokenVariable), remote),
                     {}, 0, {}};
    auto dir = sourceDirectory(ctx);
    if (isError(dir))
        return std::get<Error>(dir);
    GitPublishRequest req;
    req.directory = std::get<QString>(dir);
    req.defaultBranch = ctx.input.value(QStringLiteral("defaultBranch")).toString(QStringLiteral("master"));
    req.commitMessage = ctx.input.value(QStringLiteral("gitCommitMessage")).toString(req.commitMessage);
    req.author = authorOf(ctx);
    req.remoteUrl = remote;
    req.username = kind == QLatin1String("gitlab") ? QStringLiteral("oauth2") : QStringLiteral("x-access-token");
    req.token = token;
    ctx.log(QStringLiteral("Pushing to %1").arg(remote));
    auto result = publishGit(req);
    if (isError(result))
        return std::get<Error>(result);
    ctx.output(QStringLiteral("remoteUrl"), remote.chopped(4));
    ctx.output(QStringLiteral("repoContentsUrl"), QString(remote.chopped(4) + QStringLiteral("/tree/") + req.defaultBranch));
    ctx.output(QStringLiteral("commitHash"), std::get<GitPublishResult>(result).commitHash);
    return std::nullopt;
}

const QJsonObject kPublishExample{{QStringLiteral("remoteUrl"), QStringLiteral("<example>")},
                                  {QStringLiteral("repoContentsUrl"), QStringLiteral("<example>")},
                                  {QStringLiteral("commitHash"), QStringLiteral("<example>")}};

} // namespace

void addPublishActions(QList<ActionInfo> &list)
{
    list << ActionInfo{QStringLiteral("publish:git"), false, kPublishExample, publishLocal};
    const std::pair<const char *, const char *> hosted[] = {{"github", "GITHUB_TOKEN"},
                                                            {"gitlab", "GITLAB_TOKEN"},
                                                            {"bitbucket", "BITBUCKET_TOKEN"},
                                                            {"bitbucketCloud", "BITBUCKET_TOKEN"},
                                                            {"bitbucketServer", "BITBUCKET_TOKEN"}};
    for (const auto &[kind, variable] : hosted) {
        const QString k = QString::fromLatin1(kind);
        const QByteArray v(variable);
        list << ActionInfo{QStringLiteral("publish:") + k, false, kPublishExample,
                           [k, v](ActionContext &ctx) { return publishHosted(ctx, k, v); }};
    }
}

} // namespace scaffolder
