// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/actions.h"

#include "scaffolder/safepath.h"

#include <QDir>
#include <QUrl>

namespace scaffolder {

const QList<ActionInfo> &builtinActions()
{
    static const QList<ActionInfo> actions = [] {
        QList<ActionInfo> list;
        addFetchActions(list);
        addFsActions(list);
        addCatalogActions(list);
        addPublishActions(list);
        return list;
    }();
    return actions;
}

const ActionInfo *findAction(const QString &id)
{
    for (const ActionInfo &a : builtinActions())
        if (a.id == id)
            return &a;
    return nullptr;
}

Result<QString> resolveFetchUrl(const ActionContext &ctx, const QString &url)
{
    if (url.startsWith(QLatin1String("file://"))) {
        const QString local = QUrl(url).toLocalFile();
        return resolveSafeChildPath(ctx.templateDir, QDir(ctx.templateDir).relativeFilePath(local));
    }
    if (url.contains(QLatin1String("://")))
        return inputError(QStringLiteral("%1 is a remote URL; Portolan fetches skeletons from the template's own "
                                         "folder (a relative path such as ./skeleton)")
                              .arg(url));
    return resolveSafeChildPath(ctx.templateDir, url);
}

} // namespace scaffolder
