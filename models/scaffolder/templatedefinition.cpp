// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/templatedefinition.h"

#include "scaffolder/yamljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <yaml-cpp/yaml.h>

namespace scaffolder {

namespace {

QString jsonOf(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// A sub-document's JSON text, cut out of the ordered conversion so key order is kept.
QString orderedJson(const YAML::Node &node, const QString &path)
{
    return yamlNodeToJson(node, path, nullptr);
}

} // namespace

int TemplateDefinition::lineOf(const QString &field) const
{
    QString f = field;
    while (!f.isEmpty()) {
        if (lines.contains(f))
            return lines.value(f);
        const qsizetype cut = std::max(f.lastIndexOf(QLatin1Char('.')), f.lastIndexOf(QLatin1Char('[')));
        f = cut > 0 ? f.left(cut) : QString();
    }
    return lines.value(QString());
}

Result<TemplateDefinition> loadTemplate(const QString &path)
{
    QString file = path;
    if (QFileInfo(path).isDir())
        file = QDir(path).filePath(QStringLiteral("template.yaml"));
    file = QFileInfo(file).absoluteFilePath();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Error"), QStringLiteral("cannot read template: %1").arg(f.errorString()), file,
                     0, {}};
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(f.readAll().toStdString());
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("YAMLException"), QString::fromStdString(e.msg), file, e.mark.line + 1, {}};
    }
    TemplateDefinition def;
    def.file = file;
    def.baseDir = QFileInfo(file).absolutePath();
    const YAML::Node *doc = nullptr;
    for (const auto &d : docs)
        if (d.IsMap() && d["kind"] && d["kind"].IsScalar() && d["kind"].Scalar() == "Template")
            doc = &d;
    auto fail = [&](const QString &field, const QString &message, int line = 0) {
        return Error{QStringLiteral("InputError"), message, file, line ? line : def.lineOf(field), field};
    };
    if (!doc)
        return fail(QStringLiteral("kind"), QStringLiteral("no document with kind: Template"), 1);
    const auto conversion = yamlNodeToJson(*doc, QString(), &def.lines);
    const QJsonObject root = QJsonDocument::fromJson(conversion.toUtf8()).object();
    const QString apiVersion = root.value(QStringLiteral("apiVersion")).toString();
    if (apiVersion != QLatin1String("scaffolder.backstage.io/v1beta3"))
        return fail(QStringLiteral("apiVersion"),
                    QStringLiteral("must be scaffolder.backstage.io/v1beta3 (found \"%1\"); older template "
                                   "versions are not supported")
                        .arg(apiVersion));
    const QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
    def.name = metadata.value(QStringLiteral("name")).toString();
    if (def.name.isEmpty())
        return fail(QStringLiteral("metadata.name"), QStringLiteral("is required"));
    def.title = metadata.value(QStringLiteral("title")).toString(def.name);
    def.description = metadata.value(QStringLiteral("description")).toString();
    def.entityRef = QStringLiteral("template:%1/%2")
                        .arg(metadata.value(QStringLiteral("namespace")).toString(QStringLiteral("default")), def.name)
                        .toLower();
    const QJsonObject spec = root.value(QStringLiteral("spec")).toObject();
    if (!root.value(QStringLiteral("spec")).isObject())
        return fail(QStringLiteral("spec"), QStringLiteral("is required and must be a mapping"));
    def.type = spec.value(QStringLiteral("type")).toString();
    if (def.type.isEmpty())
        return fail(QStringLiteral("spec.type"), QStringLiteral("is required (a string such as \"service\")"));

    const YAML::Node specNode = (*doc)["spec"];
    if (const YAML::Node params = specNode["parameters"]) {
        if (params.IsMap())
            def.parametersJson = QLatin1Char('[') + orderedJson(params, {}) + QLatin1Char(']');
        else if (params.IsSequence())
            def.parametersJson = orderedJson(params, {});
        else if (!params.IsNull())
            return fail(QStringLiteral("spec.parameters"), QStringLiteral("must be a mapping or a list of mappings"));
    }
    if (const YAML::Node output = specNode["output"])
        def.outputJson = orderedJson(output, {});

    const QJsonValue steps = spec.value(QStringLiteral("steps"));
    if (!steps.isArray())
        return fail(QStringLiteral("spec.steps"), QStringLiteral("is required and must be a list of steps"));
    const YAML::Node stepNodes = specNode["steps"];
    for (int i = 0; i < steps.toArray().size(); ++i) {
        const QString field = QStringLiteral("spec.steps[%1]").arg(i);
        const QJsonObject step = steps.toArray().at(i).toObject();
        if (!steps.toArray().at(i).isObject())
            return fail(field, QStringLiteral("must be a mapping with an action"));
        StepDefinition s;
        s.line = def.lineOf(field);
        s.action = step.value(QStringLiteral("action")).toString();
        if (s.action.isEmpty())
            return fail(field + QStringLiteral(".action"), QStringLiteral("is required (e.g. fetch:template)"),
                        s.line);
        s.id = step.value(QStringLiteral("id")).toString(QStringLiteral("step-%1").arg(i + 1));
        s.name = step.value(QStringLiteral("name")).toString(s.action);
        const YAML::Node node = stepNodes[std::size_t(i)];
        if (node["input"]) {
            if (!node["input"].IsMap())
                return fail(field + QStringLiteral(".input"), QStringLiteral("must be a mapping"));
            s.inputJson = orderedJson(node["input"], {});
        }
        if (step.contains(QStringLiteral("if")))
            s.ifJson = jsonOf(step.value(QStringLiteral("if")));
        if (node["each"])
            s.eachJson = orderedJson(node["each"], {});
        def.steps << s;
    }
    QSet<QString> ids;
    for (int i = 0; i < def.steps.size(); ++i) {
        if (ids.contains(def.steps.at(i).id))
            return fail(QStringLiteral("spec.steps[%1].id").arg(i),
                        QStringLiteral("duplicate step id \"%1\"").arg(def.steps.at(i).id));
        ids.insert(def.steps.at(i).id);
    }
    return def;
}

QStringList findTemplates(const QStringList &roots)
{
    QStringList found;
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(QLatin1String("/node_modules/")) || file.contains(QLatin1String("/.git/")))
                continue;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray head = f.read(64 * 1024);
            if (head.contains("kind: Template") && head.contains("scaffolder.backstage.io/"))
                found << QFileInfo(file).absoluteFilePath();
        }
    }
    found.sort();
    return found;
}

} // namespace scaffolder
