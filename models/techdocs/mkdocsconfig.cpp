// SPDX-License-Identifier: Apache-2.0
#include "techdocs/mkdocsconfig.h"
#include "techdocs/pathguard.h"

#include <QDir>
#include <QFileInfo>
#include <yaml-cpp/yaml.h>

namespace techdocs {
namespace {

QString str(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

Problem yamlProblem(const QString &file, const YAML::Mark &mark, const QString &message)
{
    return Problem{Problem::Kind::Error, file, mark.line >= 0 ? mark.line + 1 : 0,
                   mark.column >= 0 ? mark.column + 1 : 0, message};
}

bool isUrl(const QString &target)
{
    const int colon = target.indexOf(u':');
    return target.startsWith(u'/') || (colon > 1 && target.left(colon).indexOf(u'/') < 0);
}

// nav entries are "page.md", {Title: "page.md"}, {Title: "https://..."} or {Title: [ ...children ]}.
std::optional<Problem> parseNav(const YAML::Node &seq, const QString &file, QList<NavItem> &out)
{
    if (!seq.IsSequence())
        return yamlProblem(file, seq.Mark(), QStringLiteral("nav: expected a list of pages and sections"));
    for (const auto &entry : seq) {
        NavItem item;
        YAML::Node value = entry;
        if (entry.IsMap()) {
            if (entry.size() != 1)
                return yamlProblem(file, entry.Mark(), QStringLiteral("nav: each entry must have exactly one title"));
            const auto it = entry.begin();
            item.title = QString::fromStdString(it->first.as<std::string>());
            value = it->second;
        }
        if (value.IsSequence()) {
            item.kind = NavItem::Kind::Section;
            if (auto problem = parseNav(value, file, item.children))
                return problem;
        } else if (value.IsScalar()) {
            item.target = QString::fromStdString(value.Scalar());
            item.kind = isUrl(item.target) ? NavItem::Kind::Link : NavItem::Kind::Page;
        } else {
            return yamlProblem(file, value.Mark(),
                               QStringLiteral("nav: entry \"%1\" must be a page path, a URL or a list").arg(item.title));
        }
        out.append(item);
    }
    return std::nullopt;
}

// MkDocs' defaults for well-known hosts (mkdocs/config/config_options.py, EditURI).
QString defaultEditUri(const QString &repoUrl)
{
    if (repoUrl.contains(QLatin1String("github.")) || repoUrl.contains(QLatin1String("gitlab.")))
        return QStringLiteral("edit/master/docs/");
    if (repoUrl.contains(QLatin1String("bitbucket.")))
        return QStringLiteral("src/default/docs/");
    return {};
}

} // namespace

ConfigResult loadConfig(const QString &projectDir)
{
    MkDocsConfig config;
    const QFileInfo projectInfo(projectDir);
    if (!projectInfo.isDir())
        return Problem{Problem::Kind::Error, projectDir, 0, 0, QStringLiteral("not a folder")};
    config.projectDir = projectInfo.canonicalFilePath();
    const QDir dir(config.projectDir);
    QString docsDir = QStringLiteral("docs");

    for (const auto *name : {"mkdocs.yaml", "mkdocs.yml"}) {
        if (QFileInfo::exists(dir.filePath(QLatin1String(name)))) {
            config.configFile = dir.filePath(QLatin1String(name));
            break;
        }
    }
    if (config.configFile.isEmpty()) {
        config.siteName = projectInfo.fileName();
    } else {
        const QString shown = QFileInfo(config.configFile).fileName();
        YAML::Node root;
        try {
            root = YAML::LoadFile(config.configFile.toStdString());
        } catch (const YAML::Exception &e) {
            return yamlProblem(shown, e.mark, QString::fromStdString(e.msg));
        }
        if (!root.IsMap())
            return Problem{Problem::Kind::Error, shown, 1, 1, QStringLiteral("expected a mapping of settings")};
        try {
            config.siteName = str(root["site_name"]);
            config.siteDescription = str(root["site_description"]);
            config.repoUrl = str(root["repo_url"]);
            config.editUri = root["edit_uri"] ? str(root["edit_uri"]) : defaultEditUri(config.repoUrl);
            if (const auto d = root["docs_dir"])
                docsDir = str(d);
            if (const auto u = root["use_directory_urls"]; u && u.IsScalar())
                config.useDirectoryUrls = u.as<bool>(true);
            if (const auto navNode = root["nav"]) {
                QList<NavItem> nav;
                if (auto problem = parseNav(navNode, shown, nav))
                    return *problem;
                config.nav = nav;
            }
            if (const auto ext = root["markdown_extensions"]; ext && ext.IsSequence()) {
                for (const auto &e : ext)
                    config.markdownExtensions.append(
                        QString::fromStdString(e.IsMap() ? e.begin()->first.as<std::string>() : e.as<std::string>()));
            }
        } catch (const YAML::Exception &e) {
            return yamlProblem(shown, e.mark, QString::fromStdString(e.msg));
        }
        if (config.siteName.isEmpty())
            return Problem{Problem::Kind::Error, shown, 0, 0, QStringLiteral("site_name: required")};
    }

    if (QDir::isAbsolutePath(docsDir) || docsDir.startsWith(QLatin1String("../")) || docsDir == u"..")
        return Problem{Problem::Kind::Error, QFileInfo(config.configFile).fileName(), 0, 0,
                       QStringLiteral("docs_dir \"%1\" can't be an absolute directory or start with ../").arg(docsDir)};
    const auto resolved = resolveInside(config.projectDir, docsDir);
    if (!resolved)
        return Problem{Problem::Kind::Error, QFileInfo(config.configFile).fileName(), 0, 0,
                       QStringLiteral("docs_dir \"%1\" resolves outside the project").arg(docsDir)};
    if (!QFileInfo(*resolved).isDir())
        return Problem{Problem::Kind::Error, QFileInfo(config.configFile).fileName(), 0, 0,
                       QStringLiteral("docs_dir \"%1\" does not exist").arg(docsDir)};
    config.docsDir = *resolved;
    return config;
}

} // namespace techdocs
