// SPDX-License-Identifier: Apache-2.0
#include "cli/k8sstore.h"

#include "cli/common.h"
#include "cli/k8s.h"

#include <QJsonDocument>

namespace cli {

int runK8sWithCatalog(const QStringList &args)
{
    // --db belongs to us, everything else to the k8s command.
    QStringList rest;
    QString dbPath = store::CatalogStore::defaultPath();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--db" && i + 1 < args.size())
            dbPath = args.at(++i);
        else if (args.at(i).startsWith(QLatin1String("--db=")))
            dbPath = args.at(i).mid(5);
        else
            rest << args.at(i);
    }
    store::CatalogStore catalog;
    const bool haveCatalog = catalog.open(dbPath).isEmpty();
    K8sHooks hooks;
    if (haveCatalog) {
        hooks.findComponent = [&catalog](const QString &text) -> std::optional<QJsonObject> {
            const QString ref = resolveRef(catalog, text);
            if (ref.isEmpty())
                return std::nullopt;
            return catalog.entity(ref)->data.value(u"metadata").toObject();
        };
        hooks.loadCache = [&catalog](const QString &ref) -> std::optional<k8s::ComponentState> {
            const auto cached = catalog.cached(QStringLiteral("k8s"), ref.toLower());
            if (!cached)
                return std::nullopt;
            return k8s::ComponentState::fromJson(QJsonDocument::fromJson(cached->value).object());
        };
        hooks.saveCache = [&catalog](const QString &ref, const k8s::ComponentState &state) {
            const QString error = catalog.putCached(QStringLiteral("k8s"), ref.toLower(),
                                                    QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
            if (!error.isEmpty())
                err() << "k8s: could not keep the result for offline use: " << error << '\n';
        };
    }
    return runK8s(rest, hooks);
}

} // namespace cli
