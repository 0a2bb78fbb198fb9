// SPDX-License-Identifier: Apache-2.0
#include "catalog/yamlparse.h"
#include "catalog/yamlscan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>
#include <vector>

namespace catalog::detail {

namespace {

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

} // namespace

JsonBuild buildJson(const char *begin, const char *end)
{
    MemoryBuffer buffer(begin, end);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    JsonBuilder builder(end - begin);
    JsonBuild result;
    try {
        parser.HandleNextDocument(builder);
        result.value = builder.root;
        result.rootMark = builder.rootMark;
    } catch (const StopParsing &) {
        result.value = QJsonValue(QJsonValue::Undefined);
        result.error = builder.error;
        result.errorMark = builder.errorMark;
    }
    return result;
}

} // namespace catalog::detail
