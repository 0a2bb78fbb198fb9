// SPDX-License-Identifier: Apache-2.0
#include "gui/democatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace app {

QString extractDemoCatalog(const QString &targetDir, QString *error)
{
    const QString root = QStringLiteral(":/demo-catalog");
    if (!QFileInfo::exists(root)) {
        *error = QStringLiteral("this build has no embedded demo catalog");
        return {};
    }
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = targetDir + from.mid(root.size());
        if (QFileInfo::exists(to))
            continue;
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to)) {
            *error = QStringLiteral("cannot write %1").arg(to);
            return {};
        }
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return targetDir + QStringLiteral("/all.yaml");
}

std::unique_ptr<k8s::FixtureServer> startKubernetesFixture(const QString &spec, QString *error)
{
    const QString file = spec == u"demo" ? QStringLiteral(":/demo-catalog/kubernetes/demo-cluster.json") : spec;
    auto server = std::make_unique<k8s::FixtureServer>();
    if (!server->loadFixture(file, error))
        return nullptr;
    if (!server->listenLoopback()) {
        *error = QStringLiteral("cannot listen on 127.0.0.1: %1").arg(server->errorString());
        return nullptr;
    }
    return server;
}

} // namespace app
