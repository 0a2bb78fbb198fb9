// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/globmatcher.h"

namespace scaffolder {

QStringList GlobMatcher::expandBraces(const QString &glob)
{
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('{')) {
            if (depth++ == 0)
                open = i;
        } else if (c == QLatin1Char('}') && depth > 0 && --depth == 0) {
            QStringList alternatives;
            qsizetype start = open + 1;
            int inner = 0;
            for (qsizetype j = open + 1; j <= i; ++j) {
                const QChar d = glob.at(j);
                if (d == QLatin1Char('{'))
                    ++inner;
                else if (d == QLatin1Char('}') && inner > 0)
                    --inner;
                else if ((d == QLatin1Char(',') && inner == 0) || j == i) {
                    alternatives << glob.mid(start, j - start);
                    start = j + 1;
                }
            }
            if (alternatives.size() < 2)
                continue; // `{x}` is literal in picomatch
            QStringList out;
            const QString head = glob.left(open);
            const QString tail = glob.mid(i + 1);
            for (const QString &alt : alternatives)
                out += expandBraces(head + alt + tail);
            return out;
        }
    }
    return {glob};
}

QRegularExpression GlobMatcher::toRegularExpression(const QString &glob)
{
    QString pattern = glob;
    while (pattern.startsWith(QLatin1String("./")))
        pattern = pattern.mid(2);
    if (pattern.endsWith(QLatin1Char('/')))
        pattern.chop(1);
    const QStringList segments = pattern.split(QLatin1Char('/'));
    QString rx = QStringLiteral("^");
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const QString &seg = segments.at(s);
        const bool last = s == segments.size() - 1;
        if (seg == QLatin1String("**")) {
            // Zero or more whole segments; `a/**` also matches `a` itself.
            if (last) {
                if (rx.endsWith(QLatin1Char('/')))
                    rx.chop(1), rx += QStringLiteral("(?:/.*)?");
                else
                    rx += QStringLiteral(".*");
            } else {
                rx += QStringLiteral("(?:[^/]*/)*");
            }
            continue;
        }
        for (qsizetype i = 0; i < seg.size(); ++i) {
            const QChar c = seg.at(i);
            if (c == QLatin1Char('*')) {
                while (i + 1 < seg.size() && seg.at(i + 1) == QLatin1Char('*'))
                    ++i;
                rx += QStringLiteral("[^/]*");
            } else if (c == QLatin1Char('?')) {
                rx += QStringLiteral("[^/]");
            } else if (c == QLatin1Char('[')) {
                const qsizetype close = seg.indexOf(QLatin1Char(']'), i + 2);
                if (close < 0) {
                    rx += QStringLiteral("\\[");
                    continue;
                }
                QString set = seg.mid(i + 1, close - i - 1);
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                rx += QLatin1Char('[') + set.replace(QLatin1Char('\\'), QLatin1String("\\\\")) + QLatin1Char(']');
                i = close;
            } else if (c == QLatin1Char('\\') && i + 1 < seg.size()) {
                rx += QRegularExpression::escape(seg.at(++i));
            } else {
                rx += QRegularExpression::escape(c);
            }
        }
        if (!last)
            rx += QLatin1Char('/');
    }
    rx += QLatin1Char('$');
    return QRegularExpression(rx);
}

GlobMatcher::GlobMatcher(const QStringList &patterns, const std::function<bool(const QString &)> &isDirectory)
{
    for (QString pattern : patterns) {
        const bool negative = pattern.startsWith(QLatin1Char('!'));
        if (negative)
            pattern = pattern.mid(1);
        QStringList expanded = expandBraces(pattern);
        if (isDirectory) {
            QStringList withDirs;
            for (const QString &p : expanded) {
                withDirs << p;
                if (isDirectory(p))
                    withDirs << (p.endsWith(QLatin1Char('/')) ? p : p + QLatin1Char('/')) + QStringLiteral("**");
            }
            expanded = withDirs;
        }
        for (const QString &p : expanded)
            (negative ? m_negative : m_positive) << toRegularExpression(p);
    }
}

bool GlobMatcher::matches(const QString &relativePath) const
{
    auto any = [&](const QList<QRegularExpression> &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const QRegularExpression &rx) { return rx.match(relativePath).hasMatch(); });
    };
    return any(m_positive) && !any(m_negative);
}

} // namespace scaffolder
