// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/fetchtemplate.h"

#include "scaffolder/binaryfile.h"
#include "scaffolder/globmatcher.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/safepath.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <filesystem>

namespace scaffolder {

namespace {

struct Settings {
    QString outputDir;
    QStringList copyOnlyPatterns;
    QString extension; // empty: no templateFileExtension
    NunjucksOptions nunjucks;
    bool replace = false;
};

std::optional<bool> optionalBool(const QJsonObject &input, const QString &key)
{
    const QJsonValue v = input.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return !v.toString().isEmpty();
    if (v.isDouble())
        return v.toDouble() != 0;
    return v.isArray() || v.isObject();
}

// The checks of Backstage 4.0.2's resolveTemplateActionSettings, in its order.
Result<Settings> resolveSettings(const QString &workspace, const QJsonObject &input, QStringList &log)
{
    Settings s;
    const QString targetPath = input.value(QStringLiteral("targetPath")).toString(QStringLiteral("./"));
    auto outputDir = resolveSafeChildPath(workspace, targetPath);
    if (isError(outputDir))
        return std::get<Error>(outputDir);
    s.outputDir = std::get<QString>(outputDir);

    const QJsonValue copyWithout = input.value(QStringLiteral("copyWithoutTemplating"));
    if (!copyWithout.isUndefined() && !copyWithout.isNull()) {
        if (!copyWithout.isArray())
            return inputError(QStringLiteral("Fetch action input copyWithoutTemplating must be an Array"));
        for (const QJsonValue &p : copyWithout.toArray())
            s.copyOnlyPatterns << p.toString();
    }
    if (input.contains(QStringLiteral("copyWithoutRender")))
        log << QStringLiteral("copyWithoutRender was removed in Backstage 2.0.0 and is ignored; "
                              "use copyWithoutTemplating");
    s.nunjucks.cookiecutterCompat = input.value(QStringLiteral("cookiecutterCompat")).toBool();
    const QJsonValue ext = input.value(QStringLiteral("templateFileExtension"));
    if (truthy(ext) && (truthy(copyWithout) || s.nunjucks.cookiecutterCompat))
        return inputError(QStringLiteral(
            "Fetch action input extension incompatible with copyWithoutTemplating and cookiecutterCompat"));
    if (truthy(ext)) {
        s.extension = ext.isString() ? ext.toString() : QStringLiteral(".njk");
        if (!s.extension.startsWith(QLatin1Char('.')))
            s.extension.prepend(QLatin1Char('.'));
    }
    s.nunjucks.trimBlocks = optionalBool(input, QStringLiteral("trimBlocks"));
    s.nunjucks.lstripBlocks = optionalBool(input, QStringLiteral("lstripBlocks"));
    s.replace = input.value(QStringLiteral("replace")).toBool();
    return s;
}

// globby('**/*', {dot: true, onlyFiles: false, markDirectories: true, followSymbolicLinks: false})
QStringList listEntries(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        QString rel = base.relativeFilePath(info.filePath());
        if (info.isDir() && !info.isSymLink())
            rel += QLatin1Char('/');
        entries << rel;
    }
    entries.sort();
    return entries;
}

bool containsSkippedContent(const QString &path)
{
    return path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1String("//"));
}

Error templateError(const Error &e, const QString &location)
{
    Error out = e;
    out.file = location;
    return out;
}

} // namespace

QString nodeExtname(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const QString base = p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || base == QLatin1String(".."))
        return {};
    return base.mid(dot);
}

Result<FetchPlan> planFetchTemplate(NunjucksEngine &engine, const QString &templateDir, const QString &workspace,
                                   const QJsonObject &input, const QJSValue &values)
{
    FetchPlan plan;
    auto settingsOr = resolveSettings(workspace, input, plan.log);
    if (isError(settingsOr))
        return std::get<Error>(settingsOr);
    const Settings s = std::get<Settings>(settingsOr);
    plan.outputDir = s.outputDir;
    if (isChildPath(templateDir, s.outputDir))
        return inputError(QStringLiteral("targetPath must not be within template path"));

    const QStringList entries = listEntries(templateDir);
    const QDir skeleton(templateDir);
    const GlobMatcher copyOnly(s.copyOnlyPatterns, [&](const QString &p) {
        const QFileInfo info(skeleton.filePath(p));
        return info.isDir() && !info.isSymLink();
    });
    QJSValue context = engine.newObject();
    context.setProperty(s.nunjucks.cookiecutterCompat ? QStringLiteral("cookiecutter") : QStringLiteral("values"),
                        values);
    plan.log << QStringLiteral("Processing %1 template files/directories with input values").arg(entries.size());

    QSet<QString> planned;
    for (const QString &location : entries) {
        bool renderContents = true;
        QString local = location;
        if (!s.extension.isEmpty()) {
            renderContents = nodeExtname(local) == s.extension;
            if (renderContents)
                local.chop(s.extension.size());
        } else {
            QString bare = location;
            if (bare.endsWith(QLatin1Char('/')))
                bare.chop(1);
            renderContents = copyOnly.isEmpty() || !copyOnly.matches(bare);
        }
        auto renderedPath = engine.render(local, context, s.nunjucks);
        if (isError(renderedPath))
            return templateError(std::get<Error>(renderedPath), location);
        local = std::get<QString>(renderedPath);
        if (containsSkippedContent(local))
            continue;
        auto outputPath = resolveSafeChildPath(s.outputDir, local);
        if (isError(outputPath))
            return std::get<Error>(outputPath);
        const QString target = std::get<QString>(outputPath);
        if (!s.replace && (QFileInfo::exists(target) || QFileInfo(target).isSymLink() || planned.contains(target)))
            continue;
        planned.insert(target);

        FileOp op;
        op.target = target;
        if (location.endsWith(QLatin1Char('/'))) {
            op.kind = FileOp::Kind::Directory;
            plan.ops << op;
            continue;
        }
        const QString inputPath = skeleton.filePath(location);
        const QFileInfo info(inputPath);
        op.source = inputPath;
        op.permissions = info.permissions();
        if (info.isSymLink()) {
            op.kind = FileOp::Kind::Symlink;
        } else if (isBinaryFile(inputPath)) {
            op.kind = FileOp::Kind::Copy;
            op.exactPermissions = true;
        } else {
            QFile file(inputPath);
            if (!file.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("Error"), file.errorString(), location, 0, {}};
            const QString text = QString::fromUtf8(file.readAll());
            if (renderContents) {
                auto rendered = engine.render(text, context, s.nunjucks);
                if (isError(rendered))
                    return templateError(std::get<Error>(rendered), location);
                op.data = std::get<QString>(rendered).toUtf8();
            } else {
                op.data = text.toUtf8();
            }
        }
        plan.ops << op;
    }
    plan.log << QStringLiteral("Template result written to %1").arg(s.outputDir);
    return plan;
}

Result<FetchPlan> planFetchTemplateFile(NunjucksEngine &engine, const QString &templateFile,
                                        const QString &workspace, const QJsonObject &input, const QJSValue &values)
{
    FetchPlan plan;
    const QString targetPath = input.value(QStringLiteral("targetPath")).toString();
    auto outputPath = resolveSafeChildPath(workspace, targetPath);
    if (isError(outputPath))
        return std::get<Error>(outputPath);
    plan.outputDir = std::get<QString>(outputPath);
    if (!input.value(QStringLiteral("replace")).toBool() && QFileInfo::exists(plan.outputDir)) {
        plan.log << QStringLiteral("File %1 already exists in workspace, not replacing.").arg(targetPath);
        return plan;
    }
    NunjucksOptions options;
    options.cookiecutterCompat = input.value(QStringLiteral("cookiecutterCompat")).toBool();
    options.trimBlocks = optionalBool(input, QStringLiteral("trimBlocks"));
    options.lstripBlocks = optionalBool(input, QStringLiteral("lstripBlocks"));
    QJSValue context = engine.newObject();
    context.setProperty(options.cookiecutterCompat ? QStringLiteral("cookiecutter") : QStringLiteral("values"),
                        values);
    QFile file(templateFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Error"), file.errorString(), templateFile, 0, {}};
    auto rendered = engine.render(QString::fromUtf8(file.readAll()), context, options);
    if (isError(rendered))
        return templateError(std::get<Error>(rendered), templateFile);
    FileOp op;
    op.target = plan.outputDir;
    op.source = templateFile;
    op.data = std::get<QString>(rendered).toUtf8();
    op.permissions = QFileInfo(templateFile).permissions();
    plan.ops << op;
    return plan;
}

std::optional<Error> applyPlan(const FetchPlan &plan)
{
    namespace fs = std::filesystem;
    auto fail = [](const QString &what, const QString &path) {
        return Error{QStringLiteral("Error"), what, path, 0, {}};
    };
    for (const FileOp &op : plan.ops) {
        if (op.kind == FileOp::Kind::Directory) {
            if (!QDir().mkpath(op.target))
                return fail(QStringLiteral("cannot create directory"), op.target);
            continue;
        }
        if (!QDir().mkpath(QFileInfo(op.target).absolutePath()))
            return fail(QStringLiteral("cannot create directory"), QFileInfo(op.target).absolutePath());
        std::error_code ec;
        if (op.kind == FileOp::Kind::Symlink) {
            fs::remove(op.target.toStdString(), ec);
            fs::copy_symlink(op.source.toStdString(), op.target.toStdString(), ec);
            if (ec)
                return fail(QString::fromStdString(ec.message()), op.target);
            continue;
        }
        QByteArray data = op.data;
        if (op.kind == FileOp::Kind::Copy) {
            QFile in(op.source);
            if (!in.open(QIODevice::ReadOnly))
                return fail(in.errorString(), op.source);
            data = in.readAll();
        }
        QFile out(op.target);
        const bool existed = out.exists();
        if (existed && !(out.permissions() & QFileDevice::WriteUser))
            out.setPermissions(out.permissions() | QFileDevice::WriteUser);
        const bool opened = existed ? out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                                    : out.open(QIODevice::WriteOnly, op.permissions | QFileDevice::WriteUser);
        if (!opened || out.write(data) != data.size())
            return fail(out.errorString(), op.target);
        out.close();
        if (op.exactPermissions || !existed)
            out.setPermissions(op.exactPermissions ? op.permissions : (op.permissions & out.permissions()));
    }
    return std::nullopt;
}

} // namespace scaffolder
