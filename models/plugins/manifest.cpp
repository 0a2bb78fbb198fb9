// SPDX-License-Identifier: Apache-2.0
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace plugins {

namespace {

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

/// Walks the parsed document, collecting every problem (not just the first) with the node's position.
class Checker
{
public:
    Checker(QString file, QString folder)
        : m_file(std::move(file))
        , m_folder(std::move(folder))
    {
    }

    QList<Problem> problems;

    void add(const YAML::Node &at, const QString &field, const QString &message)
    {
        const YAML::Mark mark = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
        const bool known = !mark.is_null();
        problems << Problem{m_file, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, field, message};
    }

    /// Reports keys of `map` outside `allowed`: a typo must not silently drop a contribution.
    void onlyKeys(const YAML::Node &map, const QString &path, const QStringList &allowed)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = text(it->first);
            if (!allowed.contains(key))
                add(it->first, path.isEmpty() ? key : path + u'.' + key,
                    QStringLiteral("unknown key \"%1\" (expected one of: %2)").arg(key, allowed.join(QStringLiteral(", "))));
        }
    }

    QString string(const YAML::Node &map, const char *key, const QString &path, bool required)
    {
        const YAML::Node node = map[key];
        const QString field = path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
        if (!node.IsDefined() || node.IsNull()) {
            if (required)
                add(map, field, QStringLiteral("required field is missing"));
            return {};
        }
        if (!node.IsScalar()) {
            add(node, field, QStringLiteral("must be a string"));
            return {};
        }
        const QString value = text(node).trimmed();
        if (required && value.isEmpty())
            add(node, field, QStringLiteral("must not be empty"));
        return value;
    }

    QStringList strings(const YAML::Node &map, const char *key, const QString &path)
    {
        const YAML::Node node = map[key];
        const QString field = path + u'.' + QLatin1String(key);
        QStringList out;
        if (!node.IsDefined() || node.IsNull())
            return out;
        if (!node.IsSequence()) {
            add(node, field, QStringLiteral("must be a list of strings"));
            return out;
        }
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (!node[i].IsScalar() || text(node[i]).trimmed().isEmpty())
                add(node[i], field + QStringLiteral("[%1]").arg(i), QStringLiteral("must be a non-empty string"));
            else
                out << text(node[i]).trimmed();
        }
        return out;
    }

    /// A QML file inside the plugin folder: relative, no way out through "..", and present.
    QString qmlFile(const YAML::Node &item, const QString &path)
    {
        const QString relative = string(item, "qml", path, true);
        if (relative.isEmpty())
            return {};
        const QString field = path + QStringLiteral(".qml");
        const QString root = QDir::cleanPath(m_folder);
        const QString resolved = QDir::cleanPath(QDir(root).filePath(relative));
        if (QDir::isAbsolutePath(relative) || !resolved.startsWith(root + u'/')) {
            add(item["qml"], field, QStringLiteral("must be a path inside the plugin folder"));
            return {};
        }
        if (!relative.endsWith(QLatin1String(".qml"))) {
            add(item["qml"], field, QStringLiteral("must name a .qml file"));
            return {};
        }
        if (!QFileInfo(resolved).isFile()) {
            add(item["qml"], field, QStringLiteral("file \"%1\" does not exist in the plugin folder").arg(relative));
            return {};
        }
        return resolved;
    }

    QList<Contribution> contributions(const YAML::Node &contributes, const char *key, Contribution::Type type)
    {
        QList<Contribution> out;
        const YAML::Node list = contributes[key];
        const QString path = QStringLiteral("contributes.") + QLatin1String(key);
        if (!list.IsDefined() || list.IsNull())
            return out;
        if (!list.IsSequence()) {
            add(list, path, QStringLiteral("must be a list"));
            return out;
        }
        const bool page = type == Contribution::Type::Page;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node item = list[i];
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            if (!item.IsMap()) {
                add(item, itemPath, QStringLiteral("must be an object"));
                continue;
            }
            onlyKeys(item, itemPath,
                     page ? QStringList{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("glyph"), QStringLiteral("qml")}
                          : QStringList{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("qml"),
                                        QStringLiteral("kinds"), QStringLiteral("annotations")});
            Contribution c;
            c.type = type;
            c.id = string(item, "id", itemPath, true);
            c.title = string(item, "title", itemPath, true);
            c.qml = qmlFile(item, itemPath);
            if (page)
                c.glyph = string(item, "glyph", itemPath, false);
            else {
                c.kinds = strings(item, "kinds", itemPath);
                c.annotations = strings(item, "annotations", itemPath);
            }
            for (const Contribution &other : std::as_const(out)) {
                if (!c.id.isEmpty() && other.id == c.id)
                    add(item["id"], itemPath + QStringLiteral(".id"), QStringLiteral("id \"%1\" is used twice").arg(c.id));
            }
            out << c;
        }
        return out;
    }

    void check(const YAML::Node &root, Manifest &m)
    {
        if (!root.IsMap()) {
            add(root, QString(), QStringLiteral("the manifest must be an object"));
            return;
        }
        onlyKeys(root, {}, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("description"),
                            QStringLiteral("apiVersion"), QStringLiteral("contributes"), QStringLiteral("http"),
                            QStringLiteral("settings"), QStringLiteral("qmlImportPaths"),
                            QStringLiteral("translations")});
        m.id = string(root, "id", {}, true);
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
        if (!m.id.isEmpty() && !idPattern.match(m.id).hasMatch())
            add(root["id"], QStringLiteral("id"), QStringLiteral("use lower-case letters, digits, '.', '_' and '-' (e.g. \"pagerduty-oncall\")"));
        m.name = string(root, "name", {}, true);
        m.version = string(root, "version", {}, true);
        m.description = string(root, "description", {}, false);
        checkApiVersion(root, m);
        const YAML::Node contributes = root["contributes"];
        if (!contributes.IsDefined() || contributes.IsNull()) {
            add(root, QStringLiteral("contributes"), QStringLiteral("required field is missing"));
        } else if (!contributes.IsMap()) {
            add(contributes, QStringLiteral("contributes"), QStringLiteral("must be an object"));
        } else {
            onlyKeys(contributes, QStringLiteral("contributes"),
                     {QStringLiteral("entityCards"), QStringLiteral("entityTabs"), QStringLiteral("pages")});
            m.entityCards = contributions(contributes, "entityCards", Contribution::Type::EntityCard);
            m.entityTabs = contributions(contributes, "entityTabs", Contribution::Type::EntityTab);
            m.pages = contributions(contributes, "pages", Contribution::Type::Page);
        }
        checkHttp(root, m);
        checkSettings(root, m);
        checkImportPaths(root, m);
        m.translations = folderInside(root["translations"], QStringLiteral("translations"));
    }

private:
    void checkApiVersion(const YAML::Node &root, Manifest &m)
    {
        const YAML::Node node = root["apiVersion"];
        if (!node.IsDefined() || node.IsNull()) {
            add(root, QStringLiteral("apiVersion"), QStringLiteral("required field is missing (this Portolan supports API %1)").arg(kApiVersion));
            return;
        }
        bool ok = node.IsScalar();
        const int version = ok ? text(node).toInt(&ok) : 0;
        if (!ok)
            add(node, QStringLiteral("apiVersion"), QStringLiteral("must be a whole number"));
        else if (version != kApiVersion)
            add(node, QStringLiteral("apiVersion"),
                QStringLiteral("the plugin needs API %1; this Portolan supports API %2").arg(version).arg(kApiVersion));
        m.apiVersion = version;
    }

    void checkHttp(const YAML::Node &root, Manifest &m)
    {
        const YAML::Node http = root["http"];
        if (!http.IsDefined() || http.IsNull())
            return;
        if (!http.IsMap()) {
            add(http, QStringLiteral("http"), QStringLiteral("must be an object"));
            return;
        }
        onlyKeys(http, QStringLiteral("http"), {QStringLiteral("allowedHosts")});
        static const QRegularExpression hostPattern(QStringLiteral("^(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$"),
                                                    QRegularExpression::CaseInsensitiveOption);
        const QStringList hosts = strings(http, "allowedHosts", QStringLiteral("http"));
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            if (hostPattern.match(hosts.at(i)).hasMatch())
                m.allowedHosts << hosts.at(i).toLower();
            else
                add(http["allowedHosts"][std::size_t(i)], QStringLiteral("http.allowedHosts[%1]").arg(i),
                    QStringLiteral("\"%1\" is not a host name (write \"api.example.com\", \"host:8080\" or \"*.example.com\", no scheme or path)")
                        .arg(hosts.at(i)));
        }
    }

    void checkSettings(const YAML::Node &root, Manifest &m)
    {
        const YAML::Node settings = root["settings"];
        if (!settings.IsDefined() || settings.IsNull())
            return;
        if (!settings.IsMap()) {
            add(settings, QStringLiteral("settings"), QStringLiteral("must be an object of default values"));
            return;
        }
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const QString key = text(it->first);
            if (!it->second.IsScalar())
                add(it->second, QStringLiteral("settings.") + key, QStringLiteral("must be a string"));
            else
                m.settings.insert(key, text(it->second));
        }
    }

    /// Folders of QML modules (with or without a C++ part) that the plugin's QML files import.
    void checkImportPaths(const YAML::Node &root, Manifest &m)
    {
        const YAML::Node list = root["qmlImportPaths"];
        if (!list.IsDefined() || list.IsNull())
            return;
        if (!list.IsSequence()) {
            add(list, QStringLiteral("qmlImportPaths"), QStringLiteral("must be a list of folders inside the plugin folder"));
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (const QString resolved = folderInside(list[i], QStringLiteral("qmlImportPaths[%1]").arg(i)); !resolved.isEmpty())
                m.importPaths << resolved;
        }
    }

    /// A folder named relative to the plugin folder, inside it, and present; empty (with a problem) otherwise.
    QString folderInside(const YAML::Node &node, const QString &field)
    {
        if (!node.IsDefined() || node.IsNull())
            return {};
        const QString relative = node.IsScalar() ? text(node).trimmed() : QString();
        if (relative.isEmpty()) {
            add(node, field, QStringLiteral("must be a non-empty string"));
            return {};
        }
        const QString folder = QDir::cleanPath(m_folder);
        const QString resolved = QDir::cleanPath(QDir(folder).filePath(relative));
        if (QDir::isAbsolutePath(relative) || (resolved != folder && !resolved.startsWith(folder + u'/'))) {
            add(node, field, QStringLiteral("must be a path inside the plugin folder"));
            return {};
        }
        if (!QFileInfo(resolved).isDir()) {
            add(node, field, QStringLiteral("folder \"%1\" does not exist in the plugin folder").arg(relative));
            return {};
        }
        return resolved;
    }

    QString m_file;
    QString m_folder;
};

Problem problemAtOffset(const QString &file, const QByteArray &data, qsizetype offset, const QString &message)
{
    // Qt reports the offset just after the character it stumbled on.
    offset = std::max<qsizetype>(0, offset - 1);
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return Problem{file, line, column, QString(), message};
}

} // namespace

QStringList manifestFileNames()
{
    return {QStringLiteral("portolan-plugin.json"), QStringLiteral("portolan-plugin.yaml")};
}

QString Problem::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line) + (column > 0 ? u':' + QString::number(column) : QString());
    out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}

bool Contribution::appliesTo(const QString &kind, const QStringList &annotationKeys) const
{
    if (!kinds.isEmpty() && !kinds.contains(kind, Qt::CaseInsensitive))
        return false;
    if (annotations.isEmpty())
        return true;
    return std::any_of(annotations.cbegin(), annotations.cend(),
                       [&](const QString &key) { return annotationKeys.contains(key); });
}

bool Manifest::allowsUrl(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return false;
    const QString host = url.host().toLower();
    const int port = url.port(scheme == u"https" ? 443 : 80);
    for (const QString &entry : allowedHosts) {
        const qsizetype colon = entry.lastIndexOf(u':');
        const QString entryHost = colon < 0 ? entry : entry.left(colon);
        if (colon >= 0 && entry.mid(colon + 1).toInt() != port)
            continue;
        if (entryHost.startsWith(QLatin1String("*.")) ? host.endsWith(entryHost.mid(1)) : host == entryHost)
            return true;
    }
    return false;
}

ParseResult parseManifest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {Problem{path, 0, 0, QString(), QStringLiteral("cannot read: ") + file.errorString()}}};
    return parseManifest(file.readAll(), path);
}

ParseResult parseManifest(const QByteArray &data, const QString &path)
{
    ParseResult result;
    // JSON is checked strictly first: YAML would accept some broken JSON (trailing commas, comments).
    if (path.endsWith(QLatin1String(".json"))) {
        QJsonParseError error;
        (void)QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            result.problems << problemAtOffset(path, data, error.offset, QStringLiteral("invalid JSON: ") + error.errorString());
            return result;
        }
    }
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        const bool known = !e.mark.is_null();
        result.problems << Problem{path, known ? e.mark.line + 1 : 0, known ? e.mark.column + 1 : 0, QString(),
                                   QStringLiteral("invalid YAML: ") + QString::fromStdString(e.msg)};
        return result;
    }
    Checker checker(path, QFileInfo(path).absolutePath());
    Manifest manifest;
    try {
        checker.check(root, manifest);
    } catch (const YAML::Exception &e) {
        checker.problems << Problem{path, 0, 0, QString(), QString::fromStdString(e.msg)};
    }
    result.problems = checker.problems;
    if (result.problems.isEmpty())
        result.manifest = manifest;
    return result;
}

} // namespace plugins
