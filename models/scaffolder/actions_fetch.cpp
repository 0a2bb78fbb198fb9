// SPDX-License-Identifier: Apache-2.0
// fetch:template, fetch:template:file, fetch:plain, fetch:plain:file over the template's local folder.
#include "scaffolder/actions.h"
#include "scaffolder/fetchtemplate.h"
#include "scaffolder/safepath.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <filesystem>

namespace scaffolder {

namespace {

std::optional<Error> runPlan(ActionContext &ctx, const Result<FetchPlan> &plan)
{
    if (isError(plan))
        return std::get<Error>(plan);
    for (const QString &line : std::get<FetchPlan>(plan).log)
        ctx.log(line);
    return applyPlan(std::get<FetchPlan>(plan));
}

std::optional<Error> requireString(const ActionContext &ctx, const QString &key)
{
    if (!ctx.input.value(key).isString() || ctx.input.value(key).toString().isEmpty())
        return inputError(QStringLiteral("Invalid input passed to action %1, instance requires property \"%2\"")
                              .arg(ctx.stepId, key));
    return std::nullopt;
}

// fs.copy semantics: overwrite, keep modes, recreate symlinks as links.
std::optional<Error> copyTree(const QString &from, const QString &to)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(to.toStdString(), ec);
    fs::copy(from.toStdString(), to.toStdString(),
             fs::copy_options::recursive | fs::copy_options::overwrite_existing | fs::copy_options::copy_symlinks, ec);
    if (ec)
        return Error{QStringLiteral("Error"), QString::fromStdString(ec.message()), to, 0, {}};
    return std::nullopt;
}

std::optional<Error> fetchTemplate(ActionContext &ctx)
{
    if (auto e = requireString(ctx, QStringLiteral("url")))
        return e;
    auto dir = resolveFetchUrl(ctx, ctx.input.value(QStringLiteral("url")).toString());
    if (isError(dir))
        return std::get<Error>(dir);
    ctx.log(QStringLiteral("Fetching template content from local folder %1").arg(std::get<QString>(dir)));
    return runPlan(ctx, planFetchTemplate(ctx.engine, std::get<QString>(dir), ctx.workspace, ctx.input,
                                          ctx.inputJs.property(QStringLiteral("values"))));
}

std::optional<Error> fetchTemplateFile(ActionContext &ctx)
{
    for (const auto *key : {"url", "targetPath"})
        if (auto e = requireString(ctx, QString::fromLatin1(key)))
            return e;
    auto file = resolveFetchUrl(ctx, ctx.input.value(QStringLiteral("url")).toString());
    if (isError(file))
        return std::get<Error>(file);
    return runPlan(ctx, planFetchTemplateFile(ctx.engine, std::get<QString>(file), ctx.workspace, ctx.input,
                                              ctx.inputJs.property(QStringLiteral("values"))));
}

std::optional<Error> fetchPlain(ActionContext &ctx)
{
    if (auto e = requireString(ctx, QStringLiteral("url")))
        return e;
    auto source = resolveFetchUrl(ctx, ctx.input.value(QStringLiteral("url")).toString());
    if (isError(source))
        return std::get<Error>(source);
    auto target = resolveSafeChildPath(ctx.workspace,
                                       ctx.input.value(QStringLiteral("targetPath")).toString(QStringLiteral("./")));
    if (isError(target))
        return std::get<Error>(target);
    ctx.log(QStringLiteral("Fetching plain content from %1").arg(ctx.input.value(QStringLiteral("url")).toString()));
    return copyTree(std::get<QString>(source), std::get<QString>(target));
}

std::optional<Error> fetchPlainFile(ActionContext &ctx)
{
    for (const auto *key : {"url", "targetPath"})
        if (auto e = requireString(ctx, QString::fromLatin1(key)))
            return e;
    auto source = resolveFetchUrl(ctx, ctx.input.value(QStringLiteral("url")).toString());
    if (isError(source))
        return std::get<Error>(source);
    auto target = resolveSafeChildPath(ctx.workspace, ctx.input.value(QStringLiteral("targetPath")).toString());
    if (isError(target))
        return std::get<Error>(target);
    QDir().mkpath(QFileInfo(std::get<QString>(target)).absolutePath());
    QFile::remove(std::get<QString>(target));
    if (!QFile::copy(std::get<QString>(source), std::get<QString>(target)))
        return Error{QStringLiteral("Error"), QStringLiteral("cannot copy file"), std::get<QString>(source), 0, {}};
    return std::nullopt;
}

} // namespace

void addFetchActions(QList<ActionInfo> &list)
{
    list << ActionInfo{QStringLiteral("fetch:template"), true, {}, fetchTemplate}
         << ActionInfo{QStringLiteral("fetch:template:file"), true, {}, fetchTemplateFile}
         << ActionInfo{QStringLiteral("fetch:plain"), true, {}, fetchPlain}
         << ActionInfo{QStringLiteral("fetch:plain:file"), true, {}, fetchPlainFile};
}

} // namespace scaffolder
