// SPDX-License-Identifier: Apache-2.0
#include "catalog/placeholders.h"

#include "catalog/schema.h"
#include "catalog/yamlparse.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace catalog {

namespace {

constexpr qsizetype kMaxPlaceholderBytes = 10 * 1024 * 1024;

struct Resolver {
    const QString &baseFile;
    const FileLoader &loader;
    ValidationOutcome error;

    // Returns true when `value` was replaced.
    // `path` grows and shrinks in place: copying it per node would cost more than the walk itself.
    bool resolve(QJsonValue &value, QStringList &path, int depth)
    {
        if (error || depth > detail::kMaxNestingDepth)
            return false;
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            bool changed = false;
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonValue item = array.at(i);
                if (!item.isObject() && !item.isArray())
                    continue;
                path.append(QString::number(i));
                if (resolve(item, path, depth + 1)) {
                    array.replace(i, item);
                    changed = true;
                }
                path.removeLast();
            }
            if (changed)
                value = array;
            return changed;
        }
        if (!value.isObject())
            return false;
        QJsonObject object = value.toObject();
        if (object.size() == 1) {
            const QString key = object.constBegin().key();
            if (key == QLatin1String("$text") || key == QLatin1String("$json") || key == QLatin1String("$yaml")) {
                value = read(key, object.constBegin().value(), path);
                return true;
            }
        }
        // Iterate a const copy so untouched objects are never detached (most entities have no placeholder).
        const QJsonObject original = object;
        bool changed = false;
        for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
            QJsonValue child = it.value();
            if (!child.isObject() && !child.isArray())
                continue;
            path.append(it.key());
            if (resolve(child, path, depth + 1)) {
                object.insert(it.key(), child);
                changed = true;
            }
            path.removeLast();
        }
        if (changed)
            value = object;
        return changed;
    }

    QJsonValue read(const QString &key, const QJsonValue &target, const QStringList &path)
    {
        const QStringList at = detail::childPath(path, key);
        if (!target.isString() || target.toString().isEmpty()) {
            error = detail::makeError(at, QStringLiteral("placeholder %1 needs a file path as its value").arg(key));
            return {};
        }
        const QString relative = target.toString();
        if (relative.contains(QLatin1String("://"))) {
            error = detail::makeError(at, QStringLiteral("placeholder %1 points at a URL (%2); Portolan reads only files "
                                                         "relative to the entity's file")
                                              .arg(key, relative));
            return {};
        }
        const QString file = QDir::cleanPath(QFileInfo(baseFile).dir().filePath(relative));
        const std::optional<QByteArray> bytes = loader(file);
        if (!bytes) {
            error = detail::makeError(at, QStringLiteral("placeholder %1 could not read %2").arg(key, file));
            return {};
        }
        if (bytes->size() > kMaxPlaceholderBytes) {
            error = detail::makeError(at, QStringLiteral("placeholder %1: %2 is larger than 10 MB").arg(key, file));
            return {};
        }
        if (key == QLatin1String("$text"))
            return QString::fromUtf8(*bytes);
        if (key == QLatin1String("$json")) {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                error = detail::makeError(at, QStringLiteral("placeholder $json: %1 is not valid JSON (%2 at offset %3)")
                                                  .arg(file, parseError.errorString())
                                                  .arg(parseError.offset));
                return {};
            }
            return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
        const detail::YamlDocument doc = detail::parseSingleYamlDocument(*bytes);
        if (!doc.error.isEmpty()) {
            error = detail::makeError(at, QStringLiteral("placeholder $yaml: %1:%2:%3: %4")
                                              .arg(file)
                                              .arg(doc.errorLine)
                                              .arg(doc.errorColumn)
                                              .arg(doc.error));
            return {};
        }
        return doc.value;
    }
};

} // namespace

ValidationOutcome resolvePlaceholders(QJsonObject &entity, const QString &baseFile, const FileLoader &loader)
{
    Resolver resolver{baseFile, loader, std::nullopt};
    QJsonValue root = entity;
    QStringList path;
    if (resolver.resolve(root, path, 0) && !resolver.error)
        entity = root.toObject();
    return resolver.error;
}

} // namespace catalog
