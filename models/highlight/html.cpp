// SPDX-License-Identifier: Apache-2.0
#include "highlight/html.h"

namespace highlight
{

void appendEscaped(QString &out, QStringView text)
{
    out.reserve(out.size() + text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out.append(QLatin1String("&amp;"));
            break;
        case u'<':
            out.append(QLatin1String("&lt;"));
            break;
        case u'>':
            out.append(QLatin1String("&gt;"));
            break;
        case u'"':
            out.append(QLatin1String("&quot;"));
            break;
        case u'\r': // CRLF files: the line break is '\n' alone in HTML
            break;
        default:
            out.append(c);
        }
    }
}

QString escapeHtml(QStringView text)
{
    QString out;
    appendEscaped(out, text);
    return out;
}

QString blockOpening(const QString &background, const QString &foreground)
{
    QString style;
    if (!background.isEmpty())
        style += QLatin1String("background-color:") + background + QLatin1Char(';');
    if (!foreground.isEmpty())
        style += QLatin1String("color:") + foreground + QLatin1Char(';');
    if (style.isEmpty())
        return QStringLiteral("<pre class=\"highlight\"><code>");
    return QLatin1String("<pre class=\"highlight\" style=\"") + style + QLatin1String("\"><code>");
}

QString blockClosing()
{
    return QStringLiteral("</code></pre>");
}

QString plainBlock(QStringView code)
{
    QString out = blockOpening({}, {});
    appendEscaped(out, code);
    out += blockClosing();
    return out;
}

} // namespace highlight
