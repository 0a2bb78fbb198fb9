// SPDX-License-Identifier: Apache-2.0
// Location entities: which files their target/targets name. Mirrors Backstage's runSpecialLocationStep and
// FileReaderProcessor (targets are globs; missing required targets fail the Location).
#include "catalog/readrun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <functional>

namespace catalog::detail {

namespace {

bool hasWildcard(const QString &text)
{
    return text.contains(u'*') || text.contains(u'?') || text.contains(u'[');
}

void globWalk(const QString &base, const QStringList &segments, qsizetype i, QStringList &out)
{
    if (i == segments.size()) {
        if (QFileInfo(base).isFile())
            out.append(QDir::cleanPath(base));
        return;
    }
    const QString &segment = segments.at(i);
    const QDir dir(base.isEmpty() ? QStringLiteral("/") : base);
    const auto join = [&base](const QString &name) -> QString {
        return base.endsWith(u'/') ? QString(base + name) : QString(base + u'/' + name);
    };
    if (segment == QLatin1String("**")) {
        globWalk(base, segments, i + 1, out); // zero directories
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name))
            globWalk(join(sub), segments, i, out);
        return;
    }
    if (!hasWildcard(segment)) {
        globWalk(join(segment), segments, i + 1, out);
        return;
    }
    const bool last = i + 1 == segments.size();
    const QDir::Filters filters = (last ? QDir::Files : QDir::Dirs) | QDir::NoDotAndDotDot;
    for (const QString &name : dir.entryList({segment}, filters, QDir::Name))
        globWalk(join(name), segments, i + 1, out);
}

} // namespace

QStringList ReadRun::expandTarget(const QString &target) const
{
    if (m_customLoader || !hasWildcard(target))
        return (m_customLoader || QFileInfo(target).isFile()) ? QStringList{target} : QStringList{};
    const bool absolute = target.startsWith(u'/');
    const QStringList segments = target.split(u'/', Qt::SkipEmptyParts);
    QStringList out;
    globWalk(absolute ? QStringLiteral("/") : QStringLiteral("."), segments, 0, out);
    out.removeDuplicates();
    return out;
}

ValidationOutcome ReadRun::resolveTargets(const QJsonObject &entity, const QString &path, QStringList &files,
                                          QList<ValidationError> &warnings) const
{
    const QJsonObject spec = entity.value(QLatin1String("spec")).toObject();
    const QString type = spec.value(QLatin1String("type")).toString(m_locationType);
    const bool optional = spec.value(QLatin1String("presence")) == QLatin1String("optional");

    QList<std::pair<QStringList, QString>> targets;
    if (spec.value(QLatin1String("target")).isString())
        targets.append({{QStringLiteral("spec"), QStringLiteral("target")}, spec.value(QLatin1String("target")).toString()});
    const QJsonArray list = spec.value(QLatin1String("targets")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        targets.append({{QStringLiteral("spec"), QStringLiteral("targets"), QString::number(i)}, list.at(i).toString()});

    const QDir base = QFileInfo(path).dir();
    for (const auto &[field, target] : std::as_const(targets)) {
        if ((type != QLatin1String("file") && type != m_locationType) || target.contains(QLatin1String("://"))) {
            warnings.append({field, QStringLiteral("target %1:%2 is not read here; Portolan follows file targets "
                                                   "relative to this catalog file (remote locations are synced "
                                                   "separately)")
                                        .arg(type, target)});
            continue;
        }
        if (type == QLatin1String("file") && target.endsWith(u'/'))
            return ValidationError{field, QStringLiteral("file target %1 ends with a path separator; name a file or "
                                                         "a glob such as %1**/catalog-info.yaml")
                                              .arg(target)};
        if (m_customLoader && hasWildcard(target)) {
            warnings.append({field, QStringLiteral("glob target %1 is only expanded for files on disk").arg(target)});
            continue;
        }
        // Backstage joins only "./"-style targets to the Location's folder and takes other relative paths
        // from its working directory; a desktop app has no meaningful working directory, so every
        // relative target is taken relative to the Location's file.
        const QString resolved = QDir::isAbsolutePath(target) ? QDir::cleanPath(target)
                                                              : QDir::cleanPath(base.filePath(target));
        const QStringList matches = expandTarget(resolved);
        if (matches.isEmpty() && !optional)
            return ValidationError{field, QStringLiteral("file %1 does not exist (resolved to %2); set "
                                                         "spec.presence: optional if it may be missing")
                                              .arg(target, resolved)};
        files.append(matches);
    }
    return std::nullopt;
}

} // namespace catalog::detail
