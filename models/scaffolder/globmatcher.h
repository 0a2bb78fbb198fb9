// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace scaffolder {

/// The subset of globby (fast-glob + picomatch, `dot: true`) that fetch:template and fs:delete use:
/// `*`, `?`, `**`, `[...]`, `{a,b}`, `!negation`, and globby's directory expansion (`vendor` -> `vendor/**`).
class GlobMatcher
{
public:
    /// `isDirectory` tells whether a literal pattern names a directory below the root (for expansion).
    GlobMatcher(const QStringList &patterns, const std::function<bool(const QString &)> &isDirectory = {});

    /// `relativePath` uses '/' separators and no trailing slash.
    [[nodiscard]] bool matches(const QString &relativePath) const;
    [[nodiscard]] bool isEmpty() const { return m_positive.isEmpty(); }

    [[nodiscard]] static QRegularExpression toRegularExpression(const QString &glob);
    [[nodiscard]] static QStringList expandBraces(const QString &glob);

private:
    QList<QRegularExpression> m_positive;
    QList<QRegularExpression> m_negative;
};

} // namespace scaffolder
