// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

namespace scaffolder {

/// Compiled nunjucks templates (the generated JavaScript) on disk, keyed by a hash of the options and the
/// template text. Compiling is what costs in V4 (tens of ms per file); a cached template only needs
/// `new Function`. Only template sources are compiled, never values or secrets, so nothing sensitive lands here.
class CompileCache : public QObject
{
    Q_OBJECT
public:
    explicit CompileCache(const QString &directory, QObject *parent = nullptr);

    Q_INVOKABLE QString load(const QString &key) const;
    Q_INVOKABLE void store(const QString &key, const QString &code) const;

    /// $XDG_CACHE_HOME/portolan/nunjucks-3.2.4 (or the platform's equivalent).
    [[nodiscard]] static QString defaultDirectory();

private:
    [[nodiscard]] QString pathFor(const QString &key) const;
    QString m_directory;
};

} // namespace scaffolder
