// SPDX-License-Identifier: Apache-2.0
#include "techdocs/preprocess.h"
#include "techdocs/pathguard.h"

#include <QFile>
#include <QRegularExpression>

namespace techdocs {

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
    return out;
}

namespace {

struct Line {
    QString text;
    int number; ///< 1-based line in the page's own file (snippet lines keep their include line)
};

int indentOf(const QString &s)
{
    int n = 0;
    while (n < s.size() && s.at(n) == u' ')
        ++n;
    return n;
}

bool isBlank(const QString &s) { return s.trimmed().isEmpty(); }

QString dedent(const QString &s, int by) { return s.mid(qMin(by, indentOf(s))); }

QString capitalize(const QString &s) { return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1).toLower(); }

class Preprocessor
{
public:
    explicit Preprocessor(const PreprocessContext &ctx)
        : m_ctx(ctx)
    {
    }

    Preprocessed run(const QString &source)
    {
        QList<Line> lines;
        const auto raw = source.split(u'\n');
        for (int i = 0; i < raw.size(); ++i) {
            QString text = raw.at(i);
            if (text.endsWith(u'\r'))
                text.chop(1);
            // Tabs count as 4 columns for the indentation rules of the extensions.
            int lead = 0;
            while (lead < text.size() && (text.at(lead) == u'\t' || text.at(lead) == u' '))
                ++lead;
            if (text.left(lead).contains(u'\t'))
                text = text.left(lead).replace(u'\t', QLatin1String("    ")) + text.mid(lead);
            lines.append({text, i + 1});
        }
        lines = expandSnippets(lines, 0);
        lines = extractDefinitions(lines);
        QStringList out = block(lines);
        appendFootnotes(out);
        Preprocessed result;
        result.markdown = out.join(u'\n') + u'\n';
        result.problems = m_problems;
        result.abbreviations = m_abbreviations;
        return result;
    }

private:
    void problem(Problem::Kind kind, int line, const QString &message)
    {
        m_problems.append({kind, m_ctx.file, line, 0, message});
    }

    QString inlineHtml(const QString &md) const { return m_ctx.renderInline ? m_ctx.renderInline(md) : htmlEscape(md); }

    // pymdownx.snippets: `--8<-- "file"` or a block of file names between two `--8<--` lines.
    QList<Line> expandSnippets(const QList<Line> &lines, int depth)
    {
        static const QRegularExpression single(QStringLiteral(R"re(^(\s*)-{1,}8<-{1,}\s+(['"])([^'"]+)\2\s*$)re"));
        static const QRegularExpression marker(QStringLiteral(R"(^(\s*)-{1,}8<-{1,}\s*$)"));
        QList<Line> out;
        bool inFence = false;
        for (int i = 0; i < lines.size(); ++i) {
            const Line &line = lines.at(i);
            if (line.text.trimmed().startsWith(QLatin1String("```")) || line.text.trimmed().startsWith(QLatin1String("~~~")))
                inFence = !inFence;
            if (inFence) {
                out.append(line);
                continue;
            }
            if (const auto m = single.match(line.text); m.hasMatch()) {
                insertSnippet(m.captured(3), m.captured(1), line.number, depth, out);
                continue;
            }
            if (const auto m = marker.match(line.text); m.hasMatch()) {
                int j = i + 1;
                while (j < lines.size() && !marker.match(lines.at(j).text).hasMatch())
                    ++j;
                if (j < lines.size()) {
                    for (int k = i + 1; k < j; ++k) {
                        const QString name = lines.at(k).text.trimmed();
                        if (!name.isEmpty() && !name.startsWith(u';'))
                            insertSnippet(name, m.captured(1), lines.at(k).number, depth, out);
                    }
                    i = j;
                    continue;
                }
            }
            out.append(line);
        }
        return out;
    }

    void insertSnippet(QString name, const QString &indent, int lineNo, int depth, QList<Line> &out)
    {
        if (depth > 8) {
            problem(Problem::Kind::Error, lineNo, QStringLiteral("snippets nested too deeply at \"%1\"").arg(name));
            return;
        }
        int from = 0, to = -1;
        static const QRegularExpression range(QStringLiteral(R"(^(.*?):(\d+)(?::(\d+))?$)"));
        if (const auto m = range.match(name); m.hasMatch()) {
            name = m.captured(1);
            from = m.captured(2).toInt() - 1;
            to = m.captured(3).isEmpty() ? -1 : m.captured(3).toInt();
        }
        const auto path = resolveInside(m_ctx.projectDir, name);
        if (!path) {
            problem(Problem::Kind::Error, lineNo, QStringLiteral("snippet \"%1\" is outside the project").arg(name));
            return;
        }
        QFile file(*path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem(Problem::Kind::Warning, lineNo, QStringLiteral("snippet \"%1\" not found").arg(name));
            return;
        }
        QStringList content = QString::fromUtf8(file.readAll()).split(u'\n');
        if (!content.isEmpty() && content.last().isEmpty())
            content.removeLast();
        if (to < 0)
            to = int(content.size());
        QList<Line> inserted;
        for (int k = qMax(0, from); k < qMin(to, int(content.size())); ++k)
            inserted.append({indent + content.at(k), lineNo});
        out.append(expandSnippets(inserted, depth + 1));
    }

    // Abbreviation and footnote definitions apply to the whole page, wherever they are written.
    QList<Line> extractDefinitions(const QList<Line> &lines)
    {
        static const QRegularExpression abbr(QStringLiteral(R"(^\*\[([^\]]+)\]:\s*(.*)$)"));
        static const QRegularExpression footnote(QStringLiteral(R"(^\[\^([^\]\s]+)\]:\s?(.*)$)"));
        QList<Line> out;
        bool inFence = false;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &text = lines.at(i).text;
            if (text.trimmed().startsWith(QLatin1String("```")) || text.trimmed().startsWith(QLatin1String("~~~")))
                inFence = !inFence;
            if (!inFence) {
                if (const auto m = abbr.match(text); m.hasMatch()) {
                    m_abbreviations.append({m.captured(1), m.captured(2).trimmed()});
                    continue;
                }
                if (const auto m = footnote.match(text); m.hasMatch()) {
                    QList<Line> body{{m.captured(2), lines.at(i).number}};
                    int j = i + 1;
                    while (j < lines.size() && (isBlank(lines.at(j).text) || indentOf(lines.at(j).text) >= 4))
                        ++j;
                    while (j > i + 1 && isBlank(lines.at(j - 1).text))
                        --j;
                    for (int k = i + 1; k < j; ++k)
                        body.append({dedent(lines.at(k).text, 4), lines.at(k).number});
                    m_footnotes.append({m.captured(1), body});
                    i = j - 1;
                    continue;
                }
            }
            out.append(lines.at(i));
        }
        return out;
    }

    // Lines after `start` that belong to an indented body (blank or indented by more than `indent`).
    int bodyEnd(const QList<Line> &lines, int start, int indent) const
    {
        int j = start;
        while (j < lines.size() && (isBlank(lines.at(j).text) || indentOf(lines.at(j).text) >= indent + 4))
            ++j;
        while (j > start && isBlank(lines.at(j - 1).text))
            --j;
        return j;
    }

    QList<Line> bodyLines(const QList<Line> &lines, int from, int to, int indent) const
    {
        QList<Line> body;
        for (int k = from; k < to; ++k)
            body.append({dedent(lines.at(k).text, indent + 4), lines.at(k).number});
        return body;
    }

    void emitNested(QStringList &out, const QString &pad, const QList<Line> &body)
    {
        out.append(QString());
        for (const QString &l : block(body))
            out.append(l.isEmpty() ? l : pad + l);
        out.append(QString());
    }

    void checkUnsupported(const Line &line)
    {
        static const QRegularExpression blocks(QStringLiteral(R"(^\s*///\s*\w)"));
        static const QRegularExpression critic(QStringLiteral(R"(\{(\+\+|--|~~|==|>>)[\s\S]*?(\+\+|--|~~|==|<<)\})"));
        static const QRegularExpression autodoc(QStringLiteral(R"(^:::\s+\S)"));
        const QString &t = line.text;
        if (blocks.match(t).hasMatch())
            problem(Problem::Kind::Unsupported, line.number, QStringLiteral("pymdownx.blocks syntax (///) is not supported"));
        else if (autodoc.match(t).hasMatch())
            problem(Problem::Kind::Unsupported, line.number, QStringLiteral("mkdocstrings (:::) is not supported"));
        else if (t.contains(QLatin1String("{%")))
            problem(Problem::Kind::Unsupported, line.number, QStringLiteral("template tags ({% %}) are not supported"));
        else if (critic.match(t).hasMatch())
            problem(Problem::Kind::Unsupported, line.number, QStringLiteral("critic markup is not supported"));
        else if (t.trimmed() == u"[TOC]")
            problem(Problem::Kind::Unsupported, line.number, QStringLiteral("the [TOC] marker is not supported"));
    }

    QStringList block(const QList<Line> &lines);
    int admonition(const QList<Line> &lines, int i, const QRegularExpressionMatch &m, QStringList &out);
    int tabs(const QList<Line> &lines, int i, QStringList &out);
    int definitionList(const QList<Line> &lines, int i, QStringList &out);
    QString inlineExtensions(const QString &line);
    void appendFootnotes(QStringList &out);

    const PreprocessContext &m_ctx;
    QList<Problem> m_problems;
    QList<QPair<QString, QString>> m_abbreviations;
    QList<QPair<QString, QList<Line>>> m_footnotes;
    int m_tabSets = 0;
};

QStringList Preprocessor::block(const QList<Line> &lines)
{
    static const QRegularExpression fenceOpen(QStringLiteral(R"(^(\s*)(`{3,}|~{3,})\s*(.*)$)"));
    static const QRegularExpression admonitionRe(
        QStringLiteral(R"re(^(\s*)(!!!|\?\?\?\+?) ?([\w-]+(?: +[\w-]+)*)(?: +"(.*?)")? *$)re"));
    static const QRegularExpression tabRe(QStringLiteral(R"re(^(\s*)===[!+]{0,2} +"(.*)" *$)re"));
    static const QRegularExpression defRe(QStringLiteral(R"(^(\s*): {1,3}\S)"));
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (const auto m = fenceOpen.match(line.text); m.hasMatch()) {
            const QString fence = m.captured(2);
            const QString info = m.captured(3).trimmed();
            static const QRegularExpression diagram(QStringLiteral(R"(^\{?\s*\.?(plantuml|puml|dot|graphviz)\b)"));
            if (diagram.match(info).hasMatch())
                problem(Problem::Kind::Unsupported, line.number,
                        QStringLiteral("%1 diagrams are not rendered offline").arg(diagram.match(info).captured(1)));
            out.append(line.text);
            int j = i + 1;
            for (; j < lines.size(); ++j) {
                out.append(lines.at(j).text);
                const QString t = lines.at(j).text.trimmed();
                if (t.startsWith(fence) && t.count(fence.at(0)) == t.size())
                    break;
            }
            i = j;
            continue;
        }
        if (const auto m = admonitionRe.match(line.text); m.hasMatch()) {
            i = admonition(lines, i, m, out);
            continue;
        }
        if (tabRe.match(line.text).hasMatch()) {
            i = tabs(lines, i, out);
            continue;
        }
        if (i + 1 < lines.size() && !isBlank(line.text) && defRe.match(lines.at(i + 1).text).hasMatch()
            && indentOf(lines.at(i + 1).text) == indentOf(line.text) && (out.isEmpty() || isBlank(out.last()))) {
            i = definitionList(lines, i, out);
            continue;
        }
        checkUnsupported(line);
        out.append(inlineExtensions(line.text));
    }
    return out;
}

int Preprocessor::admonition(const QList<Line> &lines, int i, const QRegularExpressionMatch &m, QStringList &out)
{
    const int indent = m.captured(1).size();
    const QString pad = m.captured(1);
    const QStringList words = m.captured(3).split(u' ', Qt::SkipEmptyParts);
    const QString type = words.first().toLower();
    const bool collapsible = m.captured(2).startsWith(u'?');
    // `!!! note ""` means no title; no quotes means the capitalized type.
    const QString title = m.capturedLength(4) > 0 || m.capturedStart(4) >= 0 ? m.captured(4) : capitalize(type);
    const int end = bodyEnd(lines, i + 1, indent);
    if (end == i + 1)
        problem(Problem::Kind::Warning, lines.at(i).number, QStringLiteral("admonition \"%1\" has no indented content").arg(type));
    const QString classes = htmlEscape(words.join(u' ').toLower());
    if (collapsible) {
        const bool open = m.captured(2).endsWith(u'+');
        out.append(pad + QStringLiteral("<details class=\"%1\"%2>").arg(classes, open ? QStringLiteral(" open") : QString())
                   + QStringLiteral("<summary>%1</summary>").arg(inlineHtml(title)));
    } else {
        out.append(pad + QStringLiteral("<div class=\"admonition %1\">").arg(classes)
                   + (title.isEmpty() ? QString() : QStringLiteral("<p class=\"admonition-title\">%1</p>").arg(inlineHtml(title))));
    }
    emitNested(out, pad, bodyLines(lines, i + 1, end, indent));
    out.append(pad + (collapsible ? QStringLiteral("</details>") : QStringLiteral("</div>")));
    out.append(QString());
    return end - 1;
}

// pymdownx.tabbed with alternate_style: radio inputs + labels, switched by CSS alone (no script needed).
int Preprocessor::tabs(const QList<Line> &lines, int i, QStringList &out)
{
    static const QRegularExpression tabRe(QStringLiteral(R"re(^(\s*)===([!+]{0,2}) +"(.*)" *$)re"));
    const int indent = indentOf(lines.at(i).text);
    const QString pad(indent, u' ');
    QStringList labels;
    QList<QList<Line>> bodies;
    int j = i;
    while (j < lines.size()) {
        const auto m = tabRe.match(lines.at(j).text);
        if (!m.hasMatch() || m.captured(1).size() != indent || (j != i && m.captured(2).contains(u'!')))
            break;
        const int end = bodyEnd(lines, j + 1, indent);
        labels.append(m.captured(3));
        bodies.append(bodyLines(lines, j + 1, end, indent));
        j = end;
        int k = j;
        while (k < lines.size() && isBlank(lines.at(k).text))
            ++k;
        if (k < lines.size() && tabRe.match(lines.at(k).text).hasMatch())
            j = k;
        else
            break;
    }
    const int set = ++m_tabSets;
    QString head = pad + QStringLiteral("<div class=\"tabbed-set tabbed-alternate\" data-tabs=\"%1:%2\">").arg(set).arg(labels.size());
    for (int t = 1; t <= labels.size(); ++t)
        head += QStringLiteral("<input%1 id=\"__tabbed_%2_%3\" name=\"__tabbed_%2\" type=\"radio\">")
                    .arg(t == 1 ? QStringLiteral(" checked") : QString())
                    .arg(set)
                    .arg(t);
    head += QStringLiteral("<div class=\"tabbed-labels\">");
    for (int t = 0; t < labels.size(); ++t)
        head += QStringLiteral("<label for=\"__tabbed_%1_%2\">%3</label>").arg(set).arg(t + 1).arg(inlineHtml(labels.at(t)));
    out.append(head + QStringLiteral("</div>"));
    out.append(pad + QStringLiteral("<div class=\"tabbed-content\">"));
    for (const auto &body : bodies) {
        out.append(pad + QStringLiteral("<div class=\"tabbed-block\">"));
        emitNested(out, pad, body);
        out.append(pad + QStringLiteral("</div>"));
    }
    out.append(pad + QStringLiteral("</div>"));
    out.append(pad + QStringLiteral("</div>"));
    out.append(QString());
    return j - 1;
}

int Preprocessor::definitionList(const QList<Line> &lines, int i, QStringList &out)
{
    static const QRegularExpression defRe(QStringLiteral(R"(^(\s*): {1,3}(.*)$)"));
    const int indent = indentOf(lines.at(i).text);
    const QString pad(indent, u' ');
    out.append(pad + QStringLiteral("<dl>"));
    int j = i;
    while (j < lines.size()) {
        // term line(s) then one or more ": definition" paragraphs
        if (!isBlank(lines.at(j).text) && !defRe.match(lines.at(j).text).hasMatch()) {
            if (j + 1 >= lines.size() || !defRe.match(lines.at(j + 1).text).hasMatch())
                break;
            out.append(pad + QStringLiteral("<dt>%1</dt>").arg(inlineHtml(lines.at(j).text.trimmed())));
            ++j;
            continue;
        }
        const auto m = defRe.match(lines.at(j).text);
        if (!m.hasMatch() || indentOf(lines.at(j).text) != indent)
            break;
        const int end = bodyEnd(lines, j + 1, indent);
        QList<Line> body{{m.captured(2), lines.at(j).number}};
        body.append(bodyLines(lines, j + 1, end, indent));
        out.append(pad + QStringLiteral("<dd>"));
        emitNested(out, pad, body);
        out.append(pad + QStringLiteral("</dd>"));
        j = end;
        int k = j;
        while (k < lines.size() && isBlank(lines.at(k).text))
            ++k;
        const bool moreDefs = k < lines.size() && defRe.match(lines.at(k).text).hasMatch();
        const bool moreTerms = k + 1 < lines.size() && !isBlank(lines.at(k).text) && defRe.match(lines.at(k + 1).text).hasMatch();
        if (!moreDefs && !moreTerms)
            break;
        j = k;
    }
    out.append(pad + QStringLiteral("</dl>"));
    out.append(QString());
    return j - 1;
}

// mark (==x==), caret (^^ins^^, ^sup^), tilde (~sub~; ~~del~~ stays for md4c) and footnote references, applied
// outside code spans, tags, link destinations and bare URLs so those are never altered.
QString Preprocessor::inlineExtensions(const QString &line)
{
    if (!line.contains(u'=') && !line.contains(u'^') && !line.contains(u'~'))
        return line;
    static const QRegularExpression guarded(
        QStringLiteral(R"((`+)[\s\S]*?\1|<[^>\s][^>]*>|\]\([^)]*\)|https?://[^\s<>)\]]+|www\.[^\s<>)\]]+)"));
    static const QRegularExpression footRef(QStringLiteral(R"(\[\^([^\]\s]+)\](?!:))"));
    static const QRegularExpression mark(QStringLiteral(R"((?<![=\\])==(?=\S)(.+?)(?<=\S)==)"));
    static const QRegularExpression ins(QStringLiteral(R"((?<![\^\\])\^\^(?=\S)(.+?)(?<=\S)\^\^)"));
    static const QRegularExpression sup(QStringLiteral(R"((?<![\^\\])\^(?=[^\s\^])([^\s\^]+?)\^(?!\^))"));
    static const QRegularExpression sub(QStringLiteral(R"((?<![~\\])~(?=[^\s~])([^\s~]+?)~(?!~))"));
    auto transform = [this](QString s) {
        if (s.contains(QLatin1String("[^"))) {
            QString result;
            qsizetype last = 0;
            auto it = footRef.globalMatch(s);
            while (it.hasNext()) {
                const auto m = it.next();
                int number = 0;
                for (int k = 0; k < m_footnotes.size(); ++k)
                    if (m_footnotes.at(k).first == m.captured(1))
                        number = k + 1;
                result += s.mid(last, m.capturedStart() - last);
                if (number > 0) {
                    const QString id = htmlEscape(m.captured(1));
                    result += QStringLiteral("<sup id=\"fnref:%1\"><a class=\"footnote-ref\" href=\"#fn:%1\">%2</a></sup>")
                                  .arg(id)
                                  .arg(number);
                } else {
                    result += m.captured(0);
                }
                last = m.capturedEnd();
            }
            s = result + s.mid(last);
        }
        s.replace(mark, QStringLiteral("<mark>\\1</mark>"));
        s.replace(ins, QStringLiteral("<ins>\\1</ins>"));
        s.replace(sup, QStringLiteral("<sup>\\1</sup>"));
        s.replace(sub, QStringLiteral("<sub>\\1</sub>"));
        return s;
    };
    QString out;
    qsizetype last = 0;
    auto it = guarded.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        out += transform(line.mid(last, m.capturedStart() - last));
        out += m.captured(0);
        last = m.capturedEnd();
    }
    out += transform(line.mid(last));
    return out;
}

void Preprocessor::appendFootnotes(QStringList &out)
{
    if (m_footnotes.isEmpty())
        return;
    out << QString() << QStringLiteral("<div class=\"footnote\">") << QStringLiteral("<hr>") << QStringLiteral("<ol>");
    for (int k = 0; k < m_footnotes.size(); ++k) {
        const QString id = htmlEscape(m_footnotes.at(k).first);
        out << QStringLiteral("<li id=\"fn:%1\">").arg(id);
        emitNested(out, QString(), m_footnotes.at(k).second);
        out << QStringLiteral("<p class=\"footnote-backlink\"><a class=\"footnote-backref\" href=\"#fnref:%1\" "
                              "title=\"Jump back to footnote %2 in the text\">&#8617;</a></p>")
                   .arg(id)
                   .arg(k + 1)
            << QStringLiteral("</li>");
    }
    out << QStringLiteral("</ol>") << QStringLiteral("</div>") << QString();
}

} // namespace

Preprocessed preprocess(const QString &source, const PreprocessContext &context)
{
    return Preprocessor(context).run(source);
}

} // namespace techdocs
