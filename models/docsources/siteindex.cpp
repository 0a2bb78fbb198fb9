// SPDX-License-Identifier: Apache-2.0
#include "siteindex.h"

#include "gitdocs.h"
#include "techdocs/prebuiltsearch.h"
#include "techdocs/remotesite.h"
#include "techdocs/searchindex.h"
#include "techdocs/site.h"
#include "techdocs/techdocsref.h"

#include <QFileInfo>

namespace docsources {
namespace {

bool isPrebuiltFolder(const QString &dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/techdocs_metadata.json"))
        && !QFileInfo::exists(dir + QStringLiteral("/mkdocs.yml")) && !QFileInfo::exists(dir + QStringLiteral("/mkdocs.yaml"));
}

QList<store::DocSection> toSections(const QList<techdocs::SearchRow> &rows)
{
    QList<store::DocSection> sections;
    sections.reserve(rows.size());
    for (const techdocs::SearchRow &row : rows)
        sections.append({row.pageUrl, row.pageTitle, row.heading, row.anchor, row.text});
    return sections;
}

} // namespace

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Local:
        return QStringLiteral("local");
    case Origin::Git:
        return QStringLiteral("git");
    case Origin::Prebuilt:
        return QStringLiteral("prebuilt");
    case Origin::None:
        break;
    }
    return QStringLiteral("none");
}

Located locateDocs(const QJsonObject &entity, const QString &file, const Places &places)
{
    const techdocs::TechDocsRef ref = techdocs::resolveEntityDocs(entity, file);
    if (const auto *local = std::get_if<techdocs::LocalDocs>(&ref))
        return {local->projectDir, Origin::Local, isPrebuiltFolder(local->projectDir), {}};
    if (const auto *remote = std::get_if<techdocs::RemoteDocs>(&ref); remote && !places.gitCacheDir.isEmpty()
        && !places.cacheRoot.isEmpty()) {
        QString error;
        if (const auto copy = materializeGitDocs(remote->url, places.gitCacheDir, places.cacheRoot + QStringLiteral("/.git-docs"), &error))
            return {copy->projectDir, Origin::Git, false, {}};
        if (!error.isEmpty())
            return {{}, Origin::Git, false, error};
    }
    // A pre-built site downloaded earlier (the Docs view fetches; indexing only reads the cache).
    const QUrl base = places.storageUrl ? places.storageUrl() : QUrl();
    if (base.isEmpty() || places.cacheRoot.isEmpty())
        return {};
    const QString storage = techdocs::storagePath(entity);
    if (const auto copy = techdocs::cachedPrebuiltSite(base, storage, places.cacheRoot))
        return {copy->siteDir, Origin::Prebuilt, true, {}};
    return {};
}

SiteRows siteRows(const Located &located, const QString &knownHash, int maxPages, const std::atomic<bool> *cancel)
{
    SiteRows out;
    if (located.dir.isEmpty()) {
        out.error = located.error;
        return out;
    }
    QList<techdocs::SearchRow> rows;
    if (located.prebuilt) {
        auto opened = techdocs::PrebuiltSite::open(located.dir);
        if (const auto *problem = std::get_if<techdocs::Problem>(&opened)) {
            out.error = problem->toString();
            return out;
        }
        const techdocs::PrebuiltSite &site = std::get<techdocs::PrebuiltSite>(opened);
        out.hash = techdocs::prebuiltContentHash(site);
        if (out.hash == knownHash) {
            out.unchanged = true;
            return out;
        }
        rows = techdocs::prebuiltSearchRows(site, maxPages, cancel);
    } else {
        auto opened = techdocs::Site::open(located.dir);
        if (const auto *problem = std::get_if<techdocs::Problem>(&opened)) {
            out.error = problem->toString();
            return out;
        }
        const techdocs::Site &site = std::get<techdocs::Site>(opened);
        out.hash = techdocs::contentHash(site);
        if (out.hash == knownHash) {
            out.unchanged = true;
            return out;
        }
        rows = techdocs::siteSearchRows(site, maxPages, cancel);
    }
    out.sections = toSections(rows);
    return out;
}

} // namespace docsources
