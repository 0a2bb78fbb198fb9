// SPDX-License-Identifier: Apache-2.0
#include "catalog/readrun.h"

#include "catalog/reader.h"
#include "catalog/relations.h"

#include <QFileInfo>
#include <QJsonArray>

namespace catalog::detail {

namespace {

const QString kManagedByLocation = QStringLiteral("backstage.io/managed-by-location");
const QString kManagedByOrigin = QStringLiteral("backstage.io/managed-by-origin-location");

// `typeof` as JavaScript reports it, which is what Backstage's message quotes.
QString jsTypeof(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Array:
        return QStringLiteral("object (a list)");
    default:
        return QStringLiteral("object");
    }
}

// Backstage sorts the relation lists (providesApis, dependsOn, ...) before validating them, so an index
// in its error refers to the sorted list. The person reading the diagnostic wrote the unsorted one: map the
// index back to the item as written.
QStringList writtenPath(const QJsonObject &written, const QJsonObject &processed, QStringList path)
{
    if (path.size() < 3 || path.at(0) != QLatin1String("spec"))
        return path;
    bool ok = false;
    const int index = path.at(2).toInt(&ok);
    const QJsonArray before = written.value(QLatin1String("spec"))[path.at(1)].toArray();
    const QJsonArray after = processed.value(QLatin1String("spec"))[path.at(1)].toArray();
    if (!ok || index < 0 || index >= after.size() || before.size() != after.size())
        return path;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i) == after.at(index)) {
            path[2] = QString::number(i);
            break;
        }
    }
    return path;
}

} // namespace

ReadRun::ReadRun(FileLoader loader, bool customLoader, QString locationType)
    : m_loader(std::move(loader)), m_customLoader(customLoader), m_locationType(std::move(locationType))
{
}

void ReadRun::addDiagnostic(const QString &file, const YamlDocument *doc, const QStringList &fieldPath,
                            const QString &message, const QString &ref, Diagnostic::Severity severity)
{
    Diagnostic d;
    d.file = file;
    if (doc) {
        const auto [line, column] = doc->positionOf(fieldPath);
        d.line = line;
        d.column = column;
        d.documentIndex = doc->index;
    }
    d.field = fieldPath.join(u'.');
    d.message = message;
    d.entityRef = ref;
    d.severity = severity;
    result.diagnostics.append(std::move(d));
}

void ReadRun::fileDiagnostic(const QString &file, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.line = 1;
    d.column = 1;
    d.message = message;
    result.diagnostics.append(std::move(d));
}

void ReadRun::readRoot(const QString &path, const std::optional<QByteArray> &text)
{
    if (m_readFiles.contains(path))
        return;
    const QString key = m_locationType + u':' + path;
    (void)readLocation(path, text, key, QString());
}

QStringList ReadRun::readLocation(const QString &path, const std::optional<QByteArray> &text, const QString &origin,
                                  const QString &parentRef)
{
    std::optional<QByteArray> bytes = text;
    if (!bytes) {
        if (!m_customLoader) {
            const QFileInfo info(path);
            if (!info.exists()) {
                fileDiagnostic(path, QStringLiteral("file %1 does not exist").arg(path));
                return {};
            }
            if (info.size() > Reader::kMaxFileBytes) {
                fileDiagnostic(path, QStringLiteral("file is %1 MB; catalog files larger than 10 MB are not read")
                                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1));
                m_readFiles.insert(path, {});
                return {};
            }
        }
        bytes = m_loader(path);
        if (!bytes) {
            fileDiagnostic(path, QStringLiteral("file %1 does not exist or could not be read").arg(path));
            return {};
        }
    }
    m_readFiles.insert(path, {});
    if (bytes->size() > Reader::kMaxFileBytes) {
        fileDiagnostic(path, QStringLiteral("file is %1 MB; catalog files larger than 10 MB are not read")
                                 .arg(double(bytes->size()) / (1024 * 1024), 0, 'f', 1));
        return {};
    }
    if (bytes->contains('\0')) {
        fileDiagnostic(path, QStringLiteral("file contains NUL bytes; it looks binary, not like a YAML catalog file"));
        return {};
    }
    ++result.filesRead;

    m_chain.append(path);
    QStringList emitted;
    const QList<YamlDocument> docs = parseYamlDocuments(*bytes);
    for (const YamlDocument &doc : docs)
        processDocument(doc, path, origin, parentRef, emitted);
    m_chain.removeLast();
    m_readFiles.insert(path, emitted);
    return emitted;
}

void ReadRun::processDocument(const YamlDocument &doc, const QString &path, const QString &origin,
                              const QString &parentRef, QStringList &emitted)
{
    if (!doc.error.isEmpty()) {
        ++result.documentsRead;
        Diagnostic d;
        d.file = path;
        d.line = doc.errorLine;
        d.column = doc.errorColumn;
        d.message = doc.error;
        d.documentIndex = doc.index;
        result.diagnostics.append(std::move(d));
        return;
    }
    if (doc.value.isNull())
        return; // an empty document, e.g. after a trailing `---`
    ++result.documentsRead;
    if (!doc.value.isObject()) {
        addDiagnostic(path, &doc, {}, u"Expected object at root, got " + jsTypeof(doc.value) +
                                          u"; a catalog document must be a map with apiVersion, kind and metadata",
                      {});
        return;
    }
    QJsonObject entity = doc.value.toObject();
    const QString ref = refOf(entity);
    if (auto e = checkEnvelope(entity)) {
        addDiagnostic(path, &doc, e->path, e->message, ref);
        return;
    }
    emitted.append(ref);

    // As Backstage's location output collector does: these two annotations always name where the entity
    // was read, whatever the YAML said.
    const QString locationKey = m_locationType + u':' + path;
    QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    annotations.insert(kManagedByLocation, locationKey);
    annotations.insert(kManagedByOrigin, origin);
    metadata.insert(QLatin1String("annotations"), annotations);
    entity.insert(QLatin1String("metadata"), metadata);

    const FileLoader &loader = m_loader;
    ValidationOutcome error = resolvePlaceholders(entity, path, loader);
    if (!error) {
        sortRelationArrays(entity);
        error = applyPolicies(entity);
    }
    if (!error)
        error = checkKind(entity);
    QStringList targets;
    QList<ValidationError> warnings;
    const bool isLocation = entity.value(QLatin1String("kind")) == QLatin1String("Location");
    if (!error && isLocation)
        error = resolveTargets(entity, path, targets, warnings);
    RelationsResult relations;
    if (!error) {
        relations = relationsFor(entity);
        error = relations.error;
    }
    if (error) {
        addDiagnostic(path, &doc, writtenPath(doc.value.toObject(), entity, error->path), error->message, ref);
        return;
    }
    for (const ValidationError &warning : std::as_const(warnings))
        addDiagnostic(path, &doc, warning.path, warning.message, ref, Diagnostic::Severity::Warning);

    if (const auto seen = m_refs.constFind(ref); seen != m_refs.constEnd()) {
        addDiagnostic(path, &doc, {QStringLiteral("metadata"), QStringLiteral("name")},
                      QStringLiteral("entity %1 is already defined at %2:%3; this definition is ignored")
                          .arg(ref, seen->file)
                          .arg(seen->line),
                      ref, Diagnostic::Severity::Warning);
        return;
    }
    Entity out;
    out.data = entity;
    out.ref = ref;
    out.relations = std::move(relations.relations);
    out.position = SourcePosition{path, doc.line, doc.column};
    out.locationKey = locationKey;
    out.documentIndex = doc.index;
    out.parentRef = parentRef;
    m_refs.insert(ref, out.position);
    const qsizetype at = result.entities.size();
    result.entities.append(std::move(out));

    for (const QString &file : std::as_const(targets)) {
        QStringList childRefs;
        if (m_chain.contains(file)) {
            addDiagnostic(path, &doc, {QStringLiteral("spec")},
                          QStringLiteral("Location cycle: %1 is already being read (%2); not following it again")
                              .arg(file, m_chain.join(QStringLiteral(" → "))),
                          ref, Diagnostic::Severity::Warning);
            continue;
        }
        if (const auto done = m_readFiles.constFind(file); done != m_readFiles.constEnd())
            childRefs = *done;
        else
            childRefs = readLocation(file, std::nullopt, origin, ref);
        result.entities[at].emittedRefs.append(childRefs);
    }
}

} // namespace catalog::detail
