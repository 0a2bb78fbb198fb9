// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/compilecache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace scaffolder {

CompileCache::CompileCache(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    QDir().mkpath(m_directory);
}

QString CompileCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/portolan/nunjucks-3.2.4");
}

QString CompileCache::pathFor(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + QLatin1Char('/') + QLatin1String(hash.left(2)) + QLatin1Char('/')
        + QLatin1String(hash.mid(2)) + QStringLiteral(".js");
}

QString CompileCache::load(const QString &key) const
{
    QFile f(pathFor(key));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void CompileCache::store(const QString &key, const QString &code) const
{
    const QString path = pathFor(key);
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QSaveFile f(path); // atomic: a concurrent reader never sees half a file
    if (f.open(QIODevice::WriteOnly)) {
        f.write(code.toUtf8());
        f.commit();
    }
}

} // namespace scaffolder
