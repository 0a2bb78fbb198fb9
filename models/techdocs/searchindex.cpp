// SPDX-License-Identifier: Apache-2.0
#include "techdocs/searchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <algorithm>

namespace techdocs {

namespace {
// Bump when the rows change for the same input (splitting, text extraction), so old indexes are rebuilt.
constexpr QByteArrayView kIndexVersion = "portolan-docs-index-1";

void addFile(QCryptographicHash &hash, const QString &name, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    hash.addData(name.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(&file);
    hash.addData(QByteArrayView("\0", 1));
}
} // namespace

QString contentHash(const Site &site)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kIndexVersion);
    const MkDocsConfig &config = site.config();
    if (!config.configFile.isEmpty())
        addFile(hash, QStringLiteral("mkdocs.yml"), config.configFile);
    QStringList files;
    QDirIterator it(config.docsDir, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end()); // QDirIterator's order is the file system's
    const QDir docs(config.docsDir);
    for (const QString &path : std::as_const(files))
        addFile(hash, docs.relativeFilePath(path), path);
    return QString::fromLatin1(hash.result().toHex());
}

QList<SearchRow> siteSearchRows(const Site &site, int maxPages, const std::atomic<bool> *cancel)
{
    QList<SearchRow> rows;
    const int pages = std::min(int(site.pages().size()), maxPages);
    for (int i = 0; i < pages; ++i) {
        if (cancel && cancel->load())
            break;
        // Plain code (no highlighter): only the text counts, and the highlighter is shared with the views.
        rows += site.searchRows(site.render(i));
    }
    return rows;
}

} // namespace techdocs
