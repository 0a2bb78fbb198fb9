// SPDX-License-Identifier: Apache-2.0
// A `file` location from app-config: a glob on this machine's disk.
#include "sync/syncjob.h"

#include "catalog/reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace portolan::sync {

SourceOutcome syncFileLocation(const FileLocationSpec &spec, const JobContext &context)
{
    SourceOutcome out;
    out.info = {u"file:" + spec.target, QStringLiteral("app-config-file"), spec.target};
    if (context.sink)
        context.sink({out.info.id, SyncEvent::Phase::Reading, 0, 0, 0, 0, 0, spec.target});
    QStringList files;
    const qsizetype wildcard = spec.target.indexOf(QRegularExpression(QStringLiteral("[*?{\\[]")));
    if (wildcard < 0) {
        if (QFileInfo(spec.target).isFile())
            files << spec.target;
    } else {
        const QString root = spec.target.left(spec.target.lastIndexOf(u'/', wildcard));
        QDirIterator it(root.isEmpty() ? QStringLiteral("/") : root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (globMatch(spec.target, path))
                files << QDir::cleanPath(path);
        }
        std::sort(files.begin(), files.end());
    }
    if (files.isEmpty()) {
        out.status = SourceOutcome::Status::Failed;
        out.error = QStringLiteral("NotFoundError: file %1 does not exist").arg(spec.target);
        return out;
    }
    catalog::Reader reader;
    out.result = reader.readPaths(files);
    // Every file came from this one registered location, as Backstage's origin annotation says.
    for (auto &e : out.result.entities) {
        QJsonObject metadata = e.data.value(u"metadata").toObject();
        QJsonObject annotations = metadata.value(u"annotations").toObject();
        annotations.insert(QStringLiteral("backstage.io/managed-by-origin-location"), QString(u"file:" + spec.target));
        metadata.insert(QStringLiteral("annotations"), annotations);
        e.data.insert(QStringLiteral("metadata"), metadata);
    }
    context.rules.apply(out.result, spec.extraRules);
    out.status = SourceOutcome::Status::Updated;
    return out;
}

} // namespace portolan::sync
