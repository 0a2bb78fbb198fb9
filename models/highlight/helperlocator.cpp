// SPDX-License-Identifier: Apache-2.0
#include "highlight/helperlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace highlight
{

namespace
{

const QString helperName = QStringLiteral("portolan-highlighter");

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

HelperLocation locateHelper()
{
    HelperLocation location;
    QStringList candidates;
    if (const QString fromEnvironment = qEnvironmentVariable("PORTOLAN_HIGHLIGHTER"); !fromEnvironment.isEmpty()) {
        // An explicit choice is final: falling through to another copy would hide a typo.
        location.searched = { fromEnvironment + QStringLiteral(" ($PORTOLAN_HIGHLIGHTER)") };
        if (isExecutableFile(fromEnvironment))
            location.path = QFileInfo(fromEnvironment).absoluteFilePath();
        return location;
    }
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + QLatin1Char('/') + helperName;
#ifdef PORTOLAN_HIGHLIGHTER_BUILD_PATH
    candidates << QStringLiteral(PORTOLAN_HIGHLIGHTER_BUILD_PATH);
#endif
#ifdef PORTOLAN_INSTALL_LIBEXECDIR
    candidates << QStringLiteral(PORTOLAN_INSTALL_LIBEXECDIR "/portolan/") + helperName
               << QStringLiteral(PORTOLAN_INSTALL_LIBEXECDIR "/") + helperName;
#endif
    candidates << QStringLiteral("/usr/libexec/portolan/") + helperName;
    for (const QString &candidate : std::as_const(candidates)) {
        if (location.searched.contains(candidate))
            continue;
        location.searched << candidate;
        if (isExecutableFile(candidate)) {
            location.path = QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
            break;
        }
    }
    return location;
}

} // namespace highlight
