// SPDX-License-Identifier: Apache-2.0
#include "highlight/ksh/htmlspanwriter.h"

#include "highlight/html.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>

namespace highlight::ksh
{

using KSyntaxHighlighting::Format;
using KSyntaxHighlighting::Theme;

void HtmlSpanWriter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    m_styles.clear(); // format ids are only unique within one definition set
}

void HtmlSpanWriter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    m_styles.clear();
}

QString HtmlSpanWriter::toHtml(QStringView code)
{
    const Theme currentTheme = theme();
    const QString background = currentTheme.isValid()
        ? QColor::fromRgba(currentTheme.editorColor(Theme::BackgroundColor)).name()
        : QString();
    const QString foreground
        = currentTheme.isValid() ? QColor::fromRgba(currentTheme.textColor(Theme::Normal)).name() : QString();

    m_out = blockOpening(background, foreground);
    m_out.reserve(int(code.size() * 3));
    if (!definition().isValid()) {
        appendEscaped(m_out, code);
        m_out += blockClosing();
        return std::move(m_out);
    }

    KSyntaxHighlighting::State state;
    qsizetype lineStart = 0;
    while (lineStart <= code.size()) {
        qsizetype lineEnd = code.indexOf(QLatin1Char('\n'), lineStart);
        const bool last = lineEnd < 0;
        if (last)
            lineEnd = code.size();
        QStringView line = code.mid(lineStart, lineEnd - lineStart);
        if (line.endsWith(QLatin1Char('\r')))
            line = line.chopped(1);
        m_line = line;
        m_position = 0;
        state = highlightLine(line, state);
        writeRun(m_line.mid(m_position), QString()); // text after the last format run
        closeSpan();
        if (last)
            break;
        m_out += QLatin1Char('\n');
        lineStart = lineEnd + 1;
    }
    m_line = {};
    m_out += blockClosing();
    return std::move(m_out);
}

void HtmlSpanWriter::applyFormat(int offset, int length, const Format &format)
{
    if (offset > m_position)
        writeRun(m_line.mid(m_position, offset - m_position), QString());
    writeRun(m_line.mid(offset, length), styleFor(format));
    m_position = offset + length;
}

void HtmlSpanWriter::writeRun(QStringView text, const QString &style)
{
    if (text.isEmpty())
        return;
    // Adjacent runs with the same look share one span: keeps the HTML small for QML Text.
    if (style != m_openStyle) {
        closeSpan();
        if (!style.isEmpty()) {
            m_out += QLatin1String("<span style=\"") + style + QLatin1String("\">");
            m_openStyle = style;
        }
    }
    appendEscaped(m_out, text);
}

void HtmlSpanWriter::closeSpan()
{
    if (m_openStyle.isEmpty())
        return;
    m_out += QLatin1String("</span>");
    m_openStyle.clear();
}

const QString &HtmlSpanWriter::styleFor(const Format &format)
{
    auto it = m_styles.find(format.id());
    if (it != m_styles.end())
        return *it;
    const Theme currentTheme = theme();
    QString style;
    if (!format.isDefaultTextStyle(currentTheme)) {
        if (format.hasTextColor(currentTheme))
            style += QLatin1String("color:") + format.textColor(currentTheme).name() + QLatin1Char(';');
        if (format.hasBackgroundColor(currentTheme))
            style
                += QLatin1String("background-color:") + format.backgroundColor(currentTheme).name() + QLatin1Char(';');
        if (format.isBold(currentTheme))
            style += QLatin1String("font-weight:bold;");
        if (format.isItalic(currentTheme))
            style += QLatin1String("font-style:italic;");
        if (format.isUnderline(currentTheme))
            style += QLatin1String("text-decoration:underline;");
        else if (format.isStrikeThrough(currentTheme))
            style += QLatin1String("text-decoration:line-through;");
    }
    return *m_styles.insert(format.id(), style);
}

} // namespace highlight::ksh
