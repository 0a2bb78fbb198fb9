// SPDX-License-Identifier: Apache-2.0
#include "highlight/languages.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace highlight
{

QString languageToken(const QString &infoString)
{
    QString token = infoString.trimmed();
    // Pandoc/attribute style: {.python .numberLines} or {python}. Outside braces a leading dot is part of a file
    // name (".bashrc").
    const bool braced = token.startsWith(QLatin1Char('{'));
    if (braced)
        token = token.mid(1);
    static const QRegularExpression separator(QStringLiteral("[\\s{},]"));
    const qsizetype end = token.indexOf(separator);
    if (end >= 0)
        token.truncate(end);
    if (braced && token.startsWith(QLatin1Char('.')))
        token = token.mid(1);
    return token;
}

// Markdown fence names as GitHub, GitLab, MkDocs (Pygments) and Backstage docs use them, mapped to the definition
// names of KSyntaxHighlighting. Names a definition already carries ("YAML", "Go") need no entry: the resolver
// tries definition names without case too.
static const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = {
        { QStringLiteral("yaml"), QStringLiteral("YAML") },
        { QStringLiteral("yml"), QStringLiteral("YAML") },
        { QStringLiteral("json"), QStringLiteral("JSON") },
        { QStringLiteral("jsonc"), QStringLiteral("JSON") },
        { QStringLiteral("json5"), QStringLiteral("JSON") },
        { QStringLiteral("sh"), QStringLiteral("Bash") },
        { QStringLiteral("bash"), QStringLiteral("Bash") },
        { QStringLiteral("shell"), QStringLiteral("Bash") },
        { QStringLiteral("console"), QStringLiteral("Bash") },
        { QStringLiteral("shell-session"), QStringLiteral("Bash") },
        { QStringLiteral("zsh"), QStringLiteral("Zsh") },
        { QStringLiteral("cpp"), QStringLiteral("C++") },
        { QStringLiteral("c++"), QStringLiteral("C++") },
        { QStringLiteral("cxx"), QStringLiteral("C++") },
        { QStringLiteral("cc"), QStringLiteral("C++") },
        { QStringLiteral("hpp"), QStringLiteral("C++") },
        { QStringLiteral("c"), QStringLiteral("C") },
        { QStringLiteral("h"), QStringLiteral("C") },
        { QStringLiteral("go"), QStringLiteral("Go") },
        { QStringLiteral("golang"), QStringLiteral("Go") },
        { QStringLiteral("js"), QStringLiteral("JavaScript") },
        { QStringLiteral("javascript"), QStringLiteral("JavaScript") },
        { QStringLiteral("mjs"), QStringLiteral("JavaScript") },
        { QStringLiteral("cjs"), QStringLiteral("JavaScript") },
        { QStringLiteral("node"), QStringLiteral("JavaScript") },
        { QStringLiteral("jsx"), QStringLiteral("JavaScript React (JSX)") },
        { QStringLiteral("ts"), QStringLiteral("TypeScript") },
        { QStringLiteral("typescript"), QStringLiteral("TypeScript") },
        { QStringLiteral("tsx"), QStringLiteral("TypeScript React (TSX)") },
        { QStringLiteral("py"), QStringLiteral("Python") },
        { QStringLiteral("python"), QStringLiteral("Python") },
        { QStringLiteral("python3"), QStringLiteral("Python") },
        { QStringLiteral("java"), QStringLiteral("Java") },
        { QStringLiteral("kotlin"), QStringLiteral("Kotlin") },
        { QStringLiteral("kt"), QStringLiteral("Kotlin") },
        { QStringLiteral("kts"), QStringLiteral("Kotlin") },
        { QStringLiteral("rust"), QStringLiteral("Rust") },
        { QStringLiteral("rs"), QStringLiteral("Rust") },
        { QStringLiteral("sql"), QStringLiteral("SQL") },
        { QStringLiteral("postgresql"), QStringLiteral("SQL (PostgreSQL)") },
        { QStringLiteral("postgres"), QStringLiteral("SQL (PostgreSQL)") },
        { QStringLiteral("mysql"), QStringLiteral("SQL (MySQL)") },
        { QStringLiteral("dockerfile"), QStringLiteral("Dockerfile") },
        { QStringLiteral("docker"), QStringLiteral("Dockerfile") },
        { QStringLiteral("graphql"), QStringLiteral("GraphQL") },
        { QStringLiteral("gql"), QStringLiteral("GraphQL") },
        { QStringLiteral("proto"), QStringLiteral("Protobuf") },
        { QStringLiteral("protobuf"), QStringLiteral("Protobuf") },
        { QStringLiteral("toml"), QStringLiteral("TOML") },
        { QStringLiteral("ini"), QStringLiteral("INI Files") },
        { QStringLiteral("cfg"), QStringLiteral("INI Files") },
        { QStringLiteral("properties"), QStringLiteral("Java Properties") },
        { QStringLiteral("xml"), QStringLiteral("XML") },
        { QStringLiteral("svg"), QStringLiteral("XML") },
        { QStringLiteral("html"), QStringLiteral("HTML") },
        { QStringLiteral("htm"), QStringLiteral("HTML") },
        { QStringLiteral("xhtml"), QStringLiteral("HTML") },
        { QStringLiteral("css"), QStringLiteral("CSS") },
        { QStringLiteral("scss"), QStringLiteral("SCSS") },
        { QStringLiteral("sass"), QStringLiteral("SASS") },
        { QStringLiteral("less"), QStringLiteral("LESSCSS") },
        { QStringLiteral("diff"), QStringLiteral("Diff") },
        { QStringLiteral("patch"), QStringLiteral("Diff") },
        { QStringLiteral("make"), QStringLiteral("Makefile") },
        { QStringLiteral("makefile"), QStringLiteral("Makefile") },
        { QStringLiteral("mk"), QStringLiteral("Makefile") },
        { QStringLiteral("cmake"), QStringLiteral("CMake") },
        { QStringLiteral("md"), QStringLiteral("Markdown") },
        { QStringLiteral("markdown"), QStringLiteral("Markdown") },
        { QStringLiteral("rb"), QStringLiteral("Ruby") },
        { QStringLiteral("ruby"), QStringLiteral("Ruby") },
        { QStringLiteral("php"), QStringLiteral("PHP (HTML)") },
        { QStringLiteral("cs"), QStringLiteral("C#") },
        { QStringLiteral("csharp"), QStringLiteral("C#") },
        { QStringLiteral("c#"), QStringLiteral("C#") },
        { QStringLiteral("swift"), QStringLiteral("Swift") },
        { QStringLiteral("scala"), QStringLiteral("Scala") },
        { QStringLiteral("groovy"), QStringLiteral("Groovy") },
        { QStringLiteral("gradle"), QStringLiteral("Groovy") },
        { QStringLiteral("lua"), QStringLiteral("Lua") },
        { QStringLiteral("perl"), QStringLiteral("Perl") },
        { QStringLiteral("pl"), QStringLiteral("Perl") },
        { QStringLiteral("r"), QStringLiteral("R Script") },
        { QStringLiteral("powershell"), QStringLiteral("PowerShell") },
        { QStringLiteral("ps1"), QStringLiteral("PowerShell") },
        { QStringLiteral("pwsh"), QStringLiteral("PowerShell") },
        { QStringLiteral("bat"), QStringLiteral("MS-DOS Batch") },
        { QStringLiteral("batch"), QStringLiteral("MS-DOS Batch") },
        { QStringLiteral("cmd"), QStringLiteral("MS-DOS Batch") },
        { QStringLiteral("hcl"), QStringLiteral("Terraform") },
        { QStringLiteral("terraform"), QStringLiteral("Terraform") },
        { QStringLiteral("tf"), QStringLiteral("Terraform") },
        { QStringLiteral("qml"), QStringLiteral("QML") },
        { QStringLiteral("dart"), QStringLiteral("Dart") },
        { QStringLiteral("elixir"), QStringLiteral("Elixir") },
        { QStringLiteral("haskell"), QStringLiteral("Haskell") },
        { QStringLiteral("hs"), QStringLiteral("Haskell") },
        { QStringLiteral("objc"), QStringLiteral("Objective-C") },
        { QStringLiteral("objective-c"), QStringLiteral("Objective-C") },
        { QStringLiteral("tex"), QStringLiteral("LaTeX") },
        { QStringLiteral("latex"), QStringLiteral("LaTeX") },
    };
    return table;
}

QString definitionNameForAlias(const QString &token)
{
    return aliases().value(token.toLower());
}

QStringList knownAliases()
{
    QStringList keys = aliases().keys();
    keys.sort();
    return keys;
}

bool isPlainLanguage(const QString &token)
{
    static const QStringList plain = { QString(), QStringLiteral("text"), QStringLiteral("txt"),
        QStringLiteral("plain"), QStringLiteral("plaintext"), QStringLiteral("none"), QStringLiteral("nohighlight"),
        QStringLiteral("output"), QStringLiteral("mermaid") };
    return plain.contains(token.toLower());
}

} // namespace highlight
