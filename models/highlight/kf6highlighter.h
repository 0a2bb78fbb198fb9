// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "highlight/highlighter.h"

#include <QMutex>

#include <memory>

namespace KSyntaxHighlighting
{
class Repository;
}

namespace highlight
{

namespace ksh
{
class HtmlSpanWriter;
}

/// KSyntaxHighlighting in process, where KF6 exists (built only when CMake finds KF6SyntaxHighlighting). Same
/// resolution and HTML as the helper, since both use highlight/ksh/. Thread-safe by one lock: Repository and
/// the highlighter state are not safe to share.
class KF6Highlighter final : public Highlighter
{
public:
    KF6Highlighter();
    ~KF6Highlighter() override;
    Q_DISABLE_COPY_MOVE(KF6Highlighter)

    [[nodiscard]] QString toHtml(const QString &code, const QString &language, Theme theme) override;
    [[nodiscard]] Result highlight(const QString &code, const QString &language, Theme theme) override;
    [[nodiscard]] bool hasDefinition(const QString &language) override;
    [[nodiscard]] QString definitionName(const QString &language) override;
    [[nodiscard]] QStringList definitionNames() override;
    [[nodiscard]] QString lastError() const override { return {}; }

private:
    KSyntaxHighlighting::Repository &repository(); // loaded on first use: it reads hundreds of definitions

    QMutex m_mutex;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::unique_ptr<ksh::HtmlSpanWriter> m_writer;
};

} // namespace highlight
