// SPDX-License-Identifier: Apache-2.0
#include "highlightedcode.h"

#include "highlight/highlighter.h"
#include "highlight/html.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace {
highlight::Highlighter *s_highlighter = nullptr;
}

HighlightedCode::HighlightedCode(QObject *parent)
    : QObject(parent)
{
}

void HighlightedCode::setHighlighter(highlight::Highlighter *highlighter)
{
    s_highlighter = highlighter;
}

void HighlightedCode::setCode(const QString &code)
{
    if (m_code == code)
        return;
    m_code = code;
    Q_EMIT inputChanged();
    schedule();
}

void HighlightedCode::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT inputChanged();
    schedule();
}

void HighlightedCode::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    Q_EMIT inputChanged();
    schedule();
}

void HighlightedCode::schedule()
{
    // Bindings set code, language and theme one after another: highlight once they have all arrived.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &HighlightedCode::run, Qt::QueuedConnection);
}

void HighlightedCode::run()
{
    m_scheduled = false;
    const quint64 generation = ++m_generation;
    m_html = highlight::plainBlock(m_code);
    m_definition.clear();
    m_problem.clear();
    m_busy = s_highlighter && !m_code.isEmpty();
    if (!s_highlighter)
        m_problem = tr("Syntax highlighting is not available in this build.", "@info");
    Q_EMIT htmlChanged();
    if (!m_busy)
        return;
    const QString code = m_code;
    const QString language = m_language;
    const highlight::Theme theme = m_dark ? highlight::Theme::Dark : highlight::Theme::Light;
    highlight::Highlighter *highlighter = s_highlighter;
    auto *watcher = new QFutureWatcher<highlight::Result>(this);
    connect(watcher, &QFutureWatcher<highlight::Result>::finished, this, [this, watcher, generation, highlighter]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the input changed meanwhile; a newer run will answer
        const highlight::Result result = watcher->result();
        m_html = result.html;
        m_definition = result.definition;
        m_problem = result.degraded ? highlighter->lastError() : QString();
        m_busy = false;
        Q_EMIT htmlChanged();
    });
    watcher->setFuture(QtConcurrent::run([highlighter, code, language, theme]() {
        return highlighter->highlight(code, language, theme);
    }));
}
