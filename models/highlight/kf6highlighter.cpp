// SPDX-License-Identifier: Apache-2.0
#include "highlight/kf6highlighter.h"

#include "highlight/ksh/htmlspanwriter.h"
#include "highlight/ksh/resolver.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace highlight
{

KF6Highlighter::KF6Highlighter() = default;
KF6Highlighter::~KF6Highlighter() = default;

KSyntaxHighlighting::Repository &KF6Highlighter::repository()
{
    if (!m_repository) {
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        m_writer = std::make_unique<ksh::HtmlSpanWriter>();
    }
    return *m_repository;
}

QString KF6Highlighter::toHtml(const QString &code, const QString &language, Theme theme)
{
    return highlight(code, language, theme).html;
}

Result KF6Highlighter::highlight(const QString &code, const QString &language, Theme theme)
{
    QMutexLocker lock(&m_mutex);
    auto &repo = repository();
    const auto definition = ksh::resolveDefinition(repo, language);
    m_writer->setDefinition(definition);
    m_writer->setTheme(
        ksh::resolveTheme(repo, theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light")));
    return { m_writer->toHtml(code), definition.isValid() ? definition.name() : QString(), false };
}

bool KF6Highlighter::hasDefinition(const QString &language)
{
    return !definitionName(language).isEmpty();
}

QString KF6Highlighter::definitionName(const QString &language)
{
    QMutexLocker lock(&m_mutex);
    const auto definition = ksh::resolveDefinition(repository(), language);
    return definition.isValid() ? definition.name() : QString();
}

QStringList KF6Highlighter::definitionNames()
{
    QMutexLocker lock(&m_mutex);
    QStringList names;
    const auto definitions = repository().definitions();
    for (const auto &definition : definitions) {
        if (!definition.isHidden())
            names << definition.name();
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace highlight
