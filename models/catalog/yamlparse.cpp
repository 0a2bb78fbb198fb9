// SPDX-License-Identifier: Apache-2.0
#include "catalog/yamlparse.h"

#include "catalog/yamlscan.h"

#include <QThread>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
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
        const JsonBuild build = buildJson(text.constData() + chunk.begin, text.constData() + chunk.end);
        if (!build.error.isEmpty()) {
            doc.error = build.error;
            doc.errorLine = chunk.startLine + std::max(0, build.errorMark.line) + 1;
            doc.errorColumn = std::max(0, build.errorMark.column) + 1;
            doc.value = QJsonValue(QJsonValue::Undefined);
            return doc;
        }
        doc.tree = std::make_shared<YamlNodeHandle>(text, chunk.begin, chunk.end, chunk.startLine);
        if (build.rootMark.line >= 0) {
            doc.line = chunk.startLine + build.rootMark.line + 1;
            doc.column = build.rootMark.column + 1;
        }
        doc.value = build.value;
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
    YamlDocument *out = docs.data(); // detached once here; workers write disjoint slots
    auto parseRange = [&text, &chunks, out](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            out[i] = parseChunk(text, chunks.at(i), int(i));
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
