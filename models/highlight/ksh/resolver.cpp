// SPDX-License-Identifier: Apache-2.0
#include "highlight/ksh/resolver.h"

#include "highlight/languages.h"

#include <KSyntaxHighlighting/Repository>

namespace highlight::ksh
{

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Repository;

Definition resolveDefinition(const Repository &repository, const QString &language)
{
    const QString token = languageToken(language);
    if (isPlainLanguage(token))
        return {};

    if (const QString alias = definitionNameForAlias(token); !alias.isEmpty()) {
        if (Definition definition = repository.definitionForName(alias); definition.isValid())
            return definition;
    }
    if (Definition definition = repository.definitionForName(token); definition.isValid())
        return definition;
    const auto definitions = repository.definitions();
    for (const Definition &definition : definitions) {
        if (definition.name().compare(token, Qt::CaseInsensitive) == 0)
            return definition;
    }
    // A file name ("catalog-info.yaml", "Dockerfile", "CMakeLists.txt"), then a bare extension ("rb", "php").
    if (Definition definition = repository.definitionForFileName(token); definition.isValid())
        return definition;
    if (!token.contains(QLatin1Char('.')) && !token.contains(QLatin1Char('/')))
        return repository.definitionForFileName(QLatin1String("file.") + token);
    return {};
}

KSyntaxHighlighting::Theme resolveTheme(const Repository &repository, const QString &theme)
{
    const bool dark = theme.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0;
    const bool light = theme.isEmpty() || theme.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0;
    if (!dark && !light) {
        if (auto named = repository.theme(theme); named.isValid())
            return named;
    }
    const QString preferred = dark ? QStringLiteral("GitHub Dark") : QStringLiteral("GitHub Light");
    const QString fallback = dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light");
    for (const QString &name : { preferred, fallback }) {
        if (auto found = repository.theme(name); found.isValid())
            return found;
    }
    return repository.defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme);
}

} // namespace highlight::ksh
