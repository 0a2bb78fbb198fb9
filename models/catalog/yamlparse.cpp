// SPDX-License-Identifier: Apache-2.0
#include "catalog/yamlparse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QThread>

#include <cmath>
#include <optional>
#include <istream>
#include <streambuf>
#include <thread>
#include <vector>

namespace catalog::detail {

// The document's text, parsed into a yaml-cpp tree only when a position is asked for.
struct YamlNodeHandle {
    YamlNodeHandle(QByteArray text, qsizetype begin, qsizetype end, int lineOffset)
        : text(std::move(text)), begin(begin), end(end), lineOffset(lineOffset)
    {
    }
    QByteArray text; // the whole file, shared with its sibling documents
    qsizetype begin;
    qsizetype end;
    int lineOffset;
    std::optional<YAML::Node> root;

    const YAML::Node &tree()
    {
        if (!root)
            root = YAML::Load(std::string(text.constData() + begin, size_t(end - begin)));
        return *root;
    }
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

// Lets yaml-cpp read a document straight out of the file's bytes instead of two copies of them.
class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char *begin, const char *end)
    {
        char *b = const_cast<char *>(begin); // std::streambuf wants char*; the buffer is only read
        setg(b, b, const_cast<char *>(end));
    }
};

// Thrown from the event handler to stop yaml-cpp at the first structural problem.
struct StopParsing {
};

// Builds QJson values straight from yaml-cpp's parse events. yaml-cpp's own Node tree costs three times
// the parse itself (a shared_ptr per node), so it is only built later, on demand, to find positions.
class JsonBuilder : public YAML::EventHandler
{
public:
    explicit JsonBuilder(qint64 sourceBytes) : m_maxNodes(sourceBytes + kNodeAllowanceBase) { }

    QJsonValue root = QJsonValue(QJsonValue::Null);
    YAML::Mark rootMark = YAML::Mark::null_mark();
    QString error;
    YAML::Mark errorMark;

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (expectingKey()) {
            takeKey(QString(), mark);
            return;
        }
        add(QJsonValue(QJsonValue::Null), mark, 1, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.constFind(anchor);
        const bool known = it != m_anchors.constEnd();
        const QJsonValue value = known ? it->first : QJsonValue(QJsonValue::Null);
        if (expectingKey()) {
            if (!value.isString() && !value.isNull())
                fail(mark, QStringLiteral("map keys must be plain values, not lists or maps"));
            takeKey(value.toString(), mark);
            return;
        }
        add(value, mark, known ? it->second : 1, 0);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        if (expectingKey()) {
            takeKey(QString::fromStdString(value), mark);
            return;
        }
        add(typedScalar(tag, value), mark, 1, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        bool isMap = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
        bool haveKey = false;
        YAML::anchor_t anchor = 0;
        qint64 nodesAtStart = 0;
        YAML::Mark mark;
    };
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, std::pair<QJsonValue, qint64>> m_anchors; // value and its expanded node count
    qint64 m_nodes = 0;
    qint64 m_maxNodes;

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        error = message;
        errorMark = mark;
        throw StopParsing{};
    }

    [[nodiscard]] bool expectingKey() const { return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey; }

    void takeKey(const QString &key, const YAML::Mark &mark)
    {
        Frame &frame = m_stack.back();
        if (frame.object.contains(key))
            fail(mark, QStringLiteral("map keys must be unique; \"%1\" is repeated").arg(key));
        frame.key = key;
        frame.haveKey = true;
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap)
    {
        if (expectingKey())
            fail(mark, QStringLiteral("map keys must be plain values, not lists or maps"));
        if (m_stack.size() >= size_t(kMaxNestingDepth))
            fail(mark, QStringLiteral("nesting is deeper than %1 levels; refusing to read this document").arg(kMaxNestingDepth));
        if (m_stack.empty())
            rootMark = mark;
        Frame frame;
        frame.isMap = isMap;
        frame.anchor = anchor;
        frame.nodesAtStart = m_nodes;
        frame.mark = mark;
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        const qint64 size = m_nodes - frame.nodesAtStart + 1;
        m_nodes = frame.nodesAtStart; // add() counts the whole subtree once more
        add(frame.isMap ? QJsonValue(std::move(frame.object)) : QJsonValue(std::move(frame.array)), frame.mark, size,
            frame.anchor);
    }

    void add(const QJsonValue &value, const YAML::Mark &mark, qint64 size, YAML::anchor_t anchor)
    {
        m_nodes += size;
        if (m_nodes > m_maxNodes)
            fail(mark, QStringLiteral("document expands to more than %1 values through aliases (alias expansion "
                                      "attack?); refusing to read it")
                           .arg(m_maxNodes));
        if (anchor != 0)
            m_anchors.insert(anchor, {value, size});
        if (m_stack.empty()) {
            root = value;
            if (rootMark.line < 0)
                rootMark = mark;
            return;
        }
        Frame &frame = m_stack.back();
        if (frame.isMap) {
            frame.object.insert(frame.key, value);
            frame.haveKey = false;
        } else {
            frame.array.append(value);
        }
    }

    static QJsonValue typedScalar(const std::string &tag, const std::string &text)
    {
        if (tag == "?")
            return resolvePlainScalar(text);
        static const std::string core = "tag:yaml.org,2002:";
        if (tag.rfind(core, 0) == 0 && tag != core + "str" && tag != core + "binary")
            return resolvePlainScalar(text);
        return QString::fromStdString(text); // quoted, block, !!str and unknown tags stay text
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
        MemoryBuffer buffer(text.constData() + chunk.begin, text.constData() + chunk.end);
        std::istream in(&buffer);
        YAML::Parser parser(in);
        JsonBuilder builder(chunk.end - chunk.begin);
        try {
            parser.HandleNextDocument(builder);
        } catch (const StopParsing &) {
            doc.error = builder.error;
            doc.errorLine = chunk.startLine + std::max(0, builder.errorMark.line) + 1;
            doc.errorColumn = std::max(0, builder.errorMark.column) + 1;
            doc.value = QJsonValue(QJsonValue::Undefined);
            return doc;
        }
        doc.tree = std::make_shared<YamlNodeHandle>(text, chunk.begin, chunk.end, chunk.startLine);
        if (builder.rootMark.line >= 0) {
            doc.line = chunk.startLine + builder.rootMark.line + 1;
            doc.column = builder.rootMark.column + 1;
        }
        doc.value = builder.root;
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
    const QList<Chunk> chunks = splitDocuments(text);
    QList<YamlDocument> docs(chunks.size());
    // Documents are independent, and yaml-cpp's scanner is the slowest part of reading a catalog: large
    // multi-document files are parsed on several threads. Plain std::threads rather than a QThreadPool, so a
    // caller already running on the global pool cannot deadlock waiting for its own pool.
    constexpr qsizetype kBytesPerThread = 1024 * 1024;
    const qsizetype wanted = std::min<qsizetype>(text.size() / kBytesPerThread + 1, QThread::idealThreadCount());
    const qsizetype threads = std::clamp<qsizetype>(std::min(wanted, chunks.size()), 1, 8);
    auto parseRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            docs[i] = parseChunk(text, chunks[i], int(i));
    };
    if (threads == 1) {
        parseRange(0, chunks.size());
        return docs;
    }
    std::vector<std::thread> workers;
    const qsizetype per = (chunks.size() + threads - 1) / threads;
    for (qsizetype t = 1; t < threads; ++t)
        workers.emplace_back(parseRange, std::min(t * per, chunks.size()), std::min((t + 1) * per, chunks.size()));
    parseRange(0, std::min(per, chunks.size()));
    for (std::thread &worker : workers)
        worker.join();
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
    YAML::Mark best = YAML::Mark::null_mark();
    try {
        const YAML::Node &root = tree->tree();
        best = markAt(root, path, 0, root.Mark());
    } catch (const YAML::Exception &) {
        // Best effort: a position is a courtesy, the diagnostic stands without it.
    }
    if (best.line < 0)
        return {line, column};
    return {tree->lineOffset + best.line + 1, best.column + 1};
}

} // namespace catalog::detail
