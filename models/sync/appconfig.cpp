// SPDX-License-Identifier: Apache-2.0
#include "sync/appconfig.h"

#include "catalog/yamlparse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace portolan::sync {

std::optional<QString> systemEnv(const QString &name)
{
    if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
        return std::nullopt;
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}

QJsonObject mergeConfig(const QJsonObject &lower, const QJsonObject &higher)
{
    QJsonObject out = lower;
    for (auto it = higher.begin(); it != higher.end(); ++it) {
        const QJsonValue existing = out.value(it.key());
        if (existing.isObject() && it.value().isObject())
            out.insert(it.key(), mergeConfig(existing.toObject(), it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QStringList defaultAppConfigFiles(const QString &dir)
{
    QStringList out;
    for (const char *name : {"app-config.yaml", "app-config.local.yaml"}) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(name));
        if (QFileInfo::exists(path))
            out << path;
    }
    return out;
}

QString portolanConfigPath()
{
    const QString fromEnv = qEnvironmentVariable("PORTOLAN_CONFIG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/portolan/portolan.yaml");
}

namespace {

class Resolver
{
public:
    Resolver(QString file, const EnvLookup &env, AppConfig &out, int depth)
        : m_file(std::move(file)), m_env(env), m_out(out), m_depth(depth)
    {
    }

    /// Returns nullopt when the value must be dropped (an unset ${VAR}, as Backstage does).
    std::optional<QJsonValue> resolve(const QJsonValue &value, const QString &path)
    {
        if (value.isString())
            return substitute(value.toString(), path);
        if (value.isArray()) {
            QJsonArray out;
            const QJsonArray in = value.toArray();
            for (qsizetype i = 0; i < in.size(); ++i) {
                if (auto v = resolve(in.at(i), path + u'[' + QString::number(i) + u']'))
                    out.append(*v);
            }
            return out;
        }
        if (!value.isObject())
            return value;
        const QJsonObject object = value.toObject();
        if (object.size() == 1) {
            const QString key = object.begin().key();
            if (key == u"$env" || key == u"$file" || key == u"$include")
                return special(key, object.begin().value(), path);
        }
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (auto v = resolve(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key()))
                out.insert(it.key(), *v);
        }
        return out;
    }

private:
    void error(const QString &path, const QString &message) { m_out.errors << m_file + u": " + path + u": " + message; }

    std::optional<QJsonValue> substitute(const QString &text, const QString &path)
    {
        QString out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.mid(i, 3) == u"$${") { // escaped: a literal ${
                out += QStringLiteral("${");
                i += 2;
                continue;
            }
            if (text.mid(i, 2) != u"${") {
                out += text.at(i);
                continue;
            }
            const qsizetype end = text.indexOf(u'}', i + 2);
            if (end < 0) {
                out += text.mid(i);
                break;
            }
            const QString name = text.mid(i + 2, end - i - 2).trimmed();
            const auto value = m_env(name);
            if (!value) {
                m_out.warnings << m_file + u": " + path + u": environment variable " + name +
                                      u" is not set; the value is left out";
                return std::nullopt;
            }
            out += *value;
            i = end;
        }
        return QJsonValue(out);
    }

    std::optional<QJsonValue> special(const QString &key, const QJsonValue &arg, const QString &path)
    {
        if (!arg.isString()) {
            error(path, key + u" needs a string value");
            return std::nullopt;
        }
        const QString name = arg.toString();
        if (key == u"$env") {
            const auto value = m_env(name);
            if (!value) {
                m_out.warnings << m_file + u": " + path + u": environment variable " + name + u" is not set";
                return std::nullopt;
            }
            return QJsonValue(*value);
        }
        QString target = name;
        QString fragment;
        if (key == u"$include" && name.contains(u'#')) {
            fragment = name.section(u'#', 1);
            target = name.section(u'#', 0, 0);
        }
        const QString file = QDir::cleanPath(QFileInfo(m_file).dir().filePath(target));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            error(path, key + u" could not read " + file);
            return std::nullopt;
        }
        const QByteArray bytes = f.readAll();
        if (key == u"$file")
            return QJsonValue(QString::fromUtf8(bytes));
        if (m_depth > 16) {
            error(path, QStringLiteral("$include nested too deeply (a cycle?)"));
            return std::nullopt;
        }
        QJsonValue included;
        if (file.endsWith(u".json")) {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                error(path, file + u" is not valid JSON: " + parseError.errorString());
                return std::nullopt;
            }
            included = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        } else {
            const auto doc = catalog::detail::parseSingleYamlDocument(bytes);
            if (!doc.error.isEmpty()) {
                error(path, QStringLiteral("%1:%2:%3: %4").arg(file).arg(doc.errorLine).arg(doc.errorColumn).arg(doc.error));
                return std::nullopt;
            }
            included = doc.value;
        }
        for (const QString &part : fragment.split(u'.', Qt::SkipEmptyParts)) {
            included = included.toObject().value(part);
            if (included.isUndefined()) {
                error(path, u"$include: " + file + u" has no key " + fragment);
                return std::nullopt;
            }
        }
        Resolver nested(file, m_env, m_out, m_depth + 1);
        return nested.resolve(included, path);
    }

    QString m_file;
    const EnvLookup &m_env;
    AppConfig &m_out;
    int m_depth;
};

} // namespace

AppConfig loadAppConfig(const QStringList &paths, const EnvLookup &env)
{
    AppConfig out;
    for (const QString &given : paths) {
        const QString path = QFileInfo(given).absoluteFilePath();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.errors << path + u": cannot read the config file: " + file.errorString();
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.trimmed().isEmpty()) {
            out.files << path;
            continue;
        }
        const auto doc = catalog::detail::parseSingleYamlDocument(bytes);
        if (!doc.error.isEmpty()) {
            out.errors << QStringLiteral("%1:%2:%3: %4").arg(path).arg(doc.errorLine).arg(doc.errorColumn).arg(doc.error);
            continue;
        }
        if (!doc.value.isObject() && !doc.value.isNull()) {
            out.errors << path + u": the config must be a map of keys at the top level";
            continue;
        }
        Resolver resolver(path, env, out, 0);
        const auto resolved = resolver.resolve(doc.value.toObject(), {});
        out.data = mergeConfig(out.data, resolved ? resolved->toObject() : QJsonObject());
        out.files << path;
    }
    return out;
}

} // namespace portolan::sync
