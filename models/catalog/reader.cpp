// SPDX-License-Identifier: Apache-2.0
#include "catalog/reader.h"

#include "catalog/readrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace catalog {

namespace {

std::optional<QByteArray> loadFromDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

void Reader::setFileLoader(std::function<std::optional<QByteArray>(const QString &path)> loader)
{
    m_loader = std::move(loader);
}

void Reader::setLocationType(const QString &type)
{
    m_locationType = type.isEmpty() ? QStringLiteral("file") : type;
}

ReadResult Reader::readPaths(const QStringList &paths)
{
    detail::ReadRun run(m_loader ? m_loader : loadFromDisk, bool(m_loader), m_locationType);
    for (const QString &given : paths) {
        const QFileInfo info(given);
        if (!m_loader && info.isDir()) {
            QStringList files;
            QDirIterator it(info.absoluteFilePath(), {QStringLiteral("catalog-info.yaml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(QDir::cleanPath(it.next()));
            std::sort(files.begin(), files.end()); // directory order differs between file systems
            for (const QString &file : std::as_const(files))
                run.readRoot(file);
        } else {
            run.readRoot(m_loader ? QDir::cleanPath(given) : QDir::cleanPath(info.absoluteFilePath()));
        }
    }
    return std::move(run.result);
}

ReadResult Reader::readFile(const QString &path)
{
    return readPaths({path});
}

ReadResult Reader::readText(const QByteArray &text, const QString &fileName)
{
    detail::ReadRun run(m_loader ? m_loader : loadFromDisk, bool(m_loader), m_locationType);
    run.readRoot(fileName, text);
    return std::move(run.result);
}

} // namespace catalog
