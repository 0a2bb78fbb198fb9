// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>

#include <QHash>
#include <QString>
#include <QStringView>

// Shared by the KF5 helper (Qt 5) and the in-process KF6 backend: KSyntaxHighlighting API common to both only.
namespace highlight::ksh
{

/// Turns code into a <pre class="highlight"> block of <span style="…"> runs with the theme's colours inline, so
/// the HTML renders the same in QML Text, QTextDocument and WebEngine without a stylesheet.
/// Not thread-safe: one instance per thread (or under a lock); reuse it across calls to keep its style cache.
class HtmlSpanWriter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// Highlights `code` with the current definition and theme; plain escaped text when the definition is invalid.
    [[nodiscard]] QString toHtml(QStringView code);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void writeRun(QStringView text, const QString &style);
    void closeSpan();
    [[nodiscard]] const QString &styleFor(const KSyntaxHighlighting::Format &format);

    QHash<quint16, QString> m_styles;
    QStringView m_line;
    int m_position = 0;
    QString m_openStyle;
    QString m_out;
};

} // namespace highlight::ksh
