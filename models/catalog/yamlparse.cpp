// SPDX-License-Identifier: Apache-2.0
#include "catalog/yamlparse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <cmath>

namespace catalog::detail {

struct YamlNodeHandle {
    YAML::Node root;
    int lineOffset = 0;
};

namespace {

struct Chunk {
    int startLine = 0;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool explicitStart = false;
    bool hasContent = false;
};

bool isMarkerLine(const char *p, qsizetype len, char c)
{
    return len >= 3 && p[0] == c && p[1] == c && p[2] == c && (len == 3 || p[3] == ' ' || p[3] == '\t' || p[3] == '\r');
}

bool lineHasContent(const char *p, qsizetype len)
{
    for (qsizetype i = 0; i < len; ++i) {
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')
            continue;
        return p[i] != '#';
    }
    return false;
}

// Document markers at column 0 cannot occur inside content (YAML 1.2 §9.1.1), so splitting on them gives
// the same documents as a full stream parse while letting every document fail on its own.
QList<Chunk> splitDocuments(const QByteArray &text)
{
    QList<Chunk> chunks;
    Chunk current;
    const char *data = text.constData();
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 0;
    auto flush = [&](qsizetype end) {
        current.end = end;
        if (current.explicitStart || current.hasContent)
            chunks.append(current);
    };
    while (pos < size) {
        qsizetype nl = text.indexOf('\n', pos);
        const qsizetype lineEnd = nl < 0 ? size : nl;
        const char *p = data + pos;
        const qsizetype len = lineEnd - pos;
        if (isMarkerLine(p, len, '-')) {
            flush(pos);
            current = Chunk{line, pos, 0, true, lineHasContent(p + 3, len - 3)};
        } else if (isMarkerLine(p, len, '.')) {
            flush(lineEnd);
            current = Chunk{line + 1, nl < 0 ? size : nl + 1, 0, false, false};
        } else if (!current.hasContent && len > 0 && p[0] != '%' && lineHasContent(p, len)) {
            current.hasContent = true;
        }
        pos = nl < 0 ? size : nl + 1;
        ++line;
    }
    flush(size);
    return chunks;
}

bool allDigits(std::string_view s, int base)
{
    if (s.empty())
        return false;
    for (char c : s) {
        const bool ok = base == 8 ? (c >= '0' && c <= '7')
            : base == 16          ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                  : (c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

bool isCoreFloat(std::string_view s)
{
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        s.remove_prefix(1);
    const auto e = s.find_first_of("eE");
    std::string_view mantissa = s.substr(0, e);
    if (e != std::string_view::npos) {
        std::string_view exp = s.substr(e + 1);
        if (!exp.empty() && (exp[0] == '-' || exp[0] == '+'))
            exp.remove_prefix(1);
        if (!allDigits(exp, 10))
            return false;
    }
    const auto dot = mantissa.find('.');
    if (dot == std::string_view::npos)
        return e != std::string_view::npos && allDigits(mantissa, 10);
    const auto intPart = mantissa.substr(0, dot);
    const auto frac = mantissa.substr(dot + 1);
    if (intPart.empty())
        return allDigits(frac, 10);
    return allDigits(intPart, 10) && (frac.empty() || allDigits(frac, 10));
}

class Converter
{
public:
    explicit Converter(qint64 sourceBytes) : m_maxNodes(sourceBytes + kNodeAllowanceBase) { }

    QString error;
    YAML::Mark errorMark;

    QJsonValue convert(const YAML::Node &node, int depth)
    {
        if (!error.isEmpty())
            return {};
        if (depth > kMaxNestingDepth)
            return fail(node, QStringLiteral("nesting is deeper than %1 levels; refusing to read this document")
                                  .arg(kMaxNestingDepth));
        if (++m_nodes > m_maxNodes)
            return fail(node, QStringLiteral("document expands to more than %1 values through aliases (alias "
                                             "expansion attack?); refusing to read it")
                                  .arg(m_maxNodes));
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const auto &item : node) {
                array.append(convert(item, depth + 1));
                if (!error.isEmpty())
                    return {};
            }
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &kv : node) {
                const YAML::Node &key = kv.first;
                if (!key.IsScalar() && !key.IsNull())
                    return fail(key, QStringLiteral("map keys must be plain values, not lists or maps"));
                const QString name = key.IsNull() ? QString() : QString::fromStdString(key.Scalar());
                if (object.contains(name))
                    return fail(key, QStringLiteral("map keys must be unique; \"%1\" is repeated").arg(name));
                object.insert(name, convert(kv.second, depth + 1));
                if (!error.isEmpty())
                    return {};
            }
            return object;
        }
        }
        return {};
    }

private:
    qint64 m_nodes = 0;
    qint64 m_maxNodes;

    QJsonValue fail(const YAML::Node &node, const QString &message)
    {
        error = message;
        errorMark = node.Mark();
        return {};
    }

    static QJsonValue scalar(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        if (tag == "?")
            return resolvePlainScalar(node.Scalar());
        static const std::string core = "tag:yaml.org,2002:";
        if (tag.rfind(core, 0) == 0 && tag != core + "str" && tag != core + "binary")
            return resolvePlainScalar(node.Scalar());
        return QString::fromStdString(node.Scalar()); // quoted, block, !!str and unknown tags stay text
    }
};

// yaml-cpp recurses once per nesting level while parsing. Flow collections ([ and {) can nest thousands of
// levels in a few kilobytes, so they are counted before yaml-cpp sees the text. Approximate on purpose
// (quotes and comments are skipped, brackets inside block scalars count): it only has to catch absurd depth.
bool flowTooDeep(const char *p, qsizetype size, int &line, int &column)
{
    int depth = 0;
    int l = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = p[i];
        const char before = i > 0 ? p[i - 1] : '\n';
        const bool boundary = before == ' ' || before == '\t' || before == '\n' || before == ':' || before == '-' ||
                              before == ',' || before == '[' || before == '{';
        if (c == '\n') {
            ++l;
            lineStart = i + 1;
        } else if (c == '#' && (before == ' ' || before == '\t' || before == '\n')) {
            while (i + 1 < size && p[i + 1] != '\n')
                ++i;
        } else if ((c == '"' || c == '\'') && (depth > 0 || boundary)) {
            for (++i; i < size && p[i] != c; ++i) {
                if (c == '"' && p[i] == '\\')
                    ++i;
                else if (p[i] == '\n') {
                    ++l;
                    lineStart = i + 1;
                }
            }
        } else if ((c == '[' || c == '{') && (depth > 0 || boundary)) {
            if (++depth > kMaxNestingDepth) {
                line = l;
                column = int(i - lineStart);
                return true;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

YamlDocument parseChunk(const QByteArray &text, const Chunk &chunk, int index)
{
    YamlDocument doc;
    doc.index = index;
    doc.line = chunk.startLine + 1;
    int deepLine = 0;
    int deepColumn = 0;
    if (flowTooDeep(text.constData() + chunk.begin, chunk.end - chunk.begin, deepLine, deepColumn)) {
        doc.error = QStringLiteral("nesting is deeper than %1 levels; refusing to read this document").arg(kMaxNestingDepth);
        doc.errorLine = chunk.startLine + deepLine + 1;
        doc.errorColumn = deepColumn + 1;
        doc.value = QJsonValue(QJsonValue::Undefined);
        return doc;
    }
    try {
        YAML::Node root = YAML::Load(std::string(text.constData() + chunk.begin, size_t(chunk.end - chunk.begin)));
        doc.tree = std::make_shared<YamlNodeHandle>(YamlNodeHandle{root, chunk.startLine});
        const YAML::Mark mark = root.Mark();
        if (mark.line >= 0) {
            doc.line = chunk.startLine + mark.line + 1;
            doc.column = mark.column + 1;
        }
        Converter converter(chunk.end - chunk.begin);
        doc.value = converter.convert(root, 0);
        if (!converter.error.isEmpty()) {
            doc.error = converter.error;
            doc.errorLine = chunk.startLine + std::max(0, converter.errorMark.line) + 1;
            doc.errorColumn = std::max(0, converter.errorMark.column) + 1;
            doc.value = QJsonValue(QJsonValue::Undefined);
        }
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own guard (its message is only "bad file").
        doc.error = QStringLiteral("nesting is deeper than %1 levels; refusing to read this document").arg(kMaxNestingDepth);
        doc.errorLine = chunk.startLine + std::max(0, e.mark.line) + 1;
        doc.errorColumn = std::max(0, e.mark.column) + 1;
        doc.value = QJsonValue(QJsonValue::Undefined);
    } catch (const YAML::Exception &e) {
        doc.error = QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg));
        doc.errorLine = chunk.startLine + std::max(0, e.mark.line) + 1;
        doc.errorColumn = std::max(0, e.mark.column) + 1;
        doc.value = QJsonValue(QJsonValue::Undefined);
    } catch (const std::exception &e) {
        doc.error = QStringLiteral("could not parse YAML: %1").arg(QString::fromLocal8Bit(e.what()));
        doc.errorLine = chunk.startLine + 1;
        doc.errorColumn = 1;
        doc.value = QJsonValue(QJsonValue::Undefined);
    }
    return doc;
}

} // namespace

QJsonValue resolvePlainScalar(const std::string &text)
{
    const std::string_view s(text);
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return QJsonValue(QJsonValue::Null);
    const char c = s[0];
    // Fast exit: most scalars are words, and every non-string core-schema form starts with one of these.
    if (!(c == 't' || c == 'T' || c == 'f' || c == 'F' || c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')))
        return QString::fromStdString(text);
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    std::string_view digits = s;
    if (digits[0] == '-' || digits[0] == '+')
        digits.remove_prefix(1);
    if (allDigits(digits, 10))
        return std::strtod(text.c_str(), nullptr);
    if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && allDigits(s.substr(2), 8))
        return double(std::strtoull(text.c_str() + 2, nullptr, 8));
    if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && allDigits(s.substr(2), 16))
        return double(std::strtoull(text.c_str() + 2, nullptr, 16));
    if (s == ".nan" || s == ".NaN" || s == ".NAN")
        return std::nan("");
    std::string_view inf = s;
    if (inf[0] == '-' || inf[0] == '+')
        inf.remove_prefix(1);
    if (inf == ".inf" || inf == ".Inf" || inf == ".INF")
        return s[0] == '-' ? -HUGE_VAL : HUGE_VAL;
    if (isCoreFloat(s))
        return std::strtod(text.c_str(), nullptr);
    return QString::fromStdString(text);
}

QList<YamlDocument> parseYamlDocuments(const QByteArray &text)
{
    QList<YamlDocument> docs;
    const QList<Chunk> chunks = splitDocuments(text);
    docs.reserve(chunks.size());
    int index = 0;
    for (const Chunk &chunk : chunks)
        docs.append(parseChunk(text, chunk, index++));
    return docs;
}

YamlDocument parseSingleYamlDocument(const QByteArray &text)
{
    QList<YamlDocument> docs = parseYamlDocuments(text);
    if (docs.size() == 1)
        return docs.first();
    YamlDocument doc;
    doc.value = QJsonValue(QJsonValue::Undefined);
    doc.error = docs.isEmpty() ? QStringLiteral("the YAML file is empty")
                               : QStringLiteral("expected exactly one YAML document, found %1").arg(docs.size());
    return doc;
}

namespace {

// Recursion instead of a loop: yaml-cpp's Node::operator= assigns through to the referenced node, so a
// "current node" variable cannot be rebound safely.
YAML::Mark markAt(const YAML::Node &node, const QStringList &path, qsizetype i, YAML::Mark best)
{
    if (i >= path.size())
        return best;
    if (node.IsMap()) {
        const std::string key = path.at(i).toStdString();
        for (const auto &kv : node) {
            if (kv.first.IsScalar() && kv.first.Scalar() == key) // the key reads best ("owner:" not its value)
                return markAt(kv.second, path, i + 1, kv.first.Mark());
        }
    } else if (node.IsSequence()) {
        bool ok = false;
        const int index = path.at(i).toInt(&ok);
        if (ok && index >= 0 && size_t(index) < node.size()) {
            const YAML::Node item = node[size_t(index)];
            return markAt(item, path, i + 1, item.Mark());
        }
    }
    return best;
}

} // namespace

std::pair<int, int> YamlDocument::positionOf(const QStringList &path) const
{
    if (!tree)
        return {line, column};
    YAML::Mark best = tree->root.Mark();
    try {
        best = markAt(tree->root, path, 0, best);
    } catch (const YAML::Exception &) {
        // Best effort: a position is a courtesy, the diagnostic stands without it.
    }
    if (best.line < 0)
        return {line, column};
    return {tree->lineOffset + best.line + 1, best.column + 1};
}

} // namespace catalog::detail
