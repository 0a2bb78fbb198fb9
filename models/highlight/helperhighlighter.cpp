// SPDX-License-Identifier: Apache-2.0
#include "highlight/helperhighlighter.h"

#include "highlight/helperconnection.h"
#include "highlight/helperlocator.h"
#include "highlight/html.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace highlight
{

Q_LOGGING_CATEGORY(lcHighlight, "portolan.highlight")

struct HelperHighlighter::Reply {
    QJsonObject header;
    QByteArray payload;
};

HelperHighlighter::HelperHighlighter() : HelperHighlighter(Options {})
{
}

HelperHighlighter::HelperHighlighter(Options options)
    : m_maxInputBytes(options.maxInputBytes)
{
    QString notFound;
    m_program = options.program;
    if (m_program.isEmpty()) {
        const HelperLocation location = locateHelper();
        m_program = location.path;
        notFound = QStringLiteral("the syntax highlighting helper portolan-highlighter was not found (looked at: %1)")
                       .arg(location.searched.join(QLatin1String(", ")));
    }
    m_connection = std::make_unique<detail::HelperConnection>(
        m_program, notFound, options.startTimeoutMs, options.requestTimeoutMs);
    m_thread.setObjectName(QStringLiteral("portolan-highlighter client"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
}

HelperHighlighter::~HelperHighlighter()
{
    // The process must be stopped in the thread that owns its QProcess.
    QMetaObject::invokeMethod(
        m_threadContext, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_threadContext;
}

QString HelperHighlighter::toHtml(const QString &code, const QString &language, Theme theme)
{
    return highlight(code, language, theme).html;
}

Result HelperHighlighter::highlight(const QString &code, const QString &language, Theme theme)
{
    const QJsonObject request { { QStringLiteral("op"), QStringLiteral("highlight") },
        { QStringLiteral("language"), language },
        { QStringLiteral("theme"), theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light") } };
    QByteArray utf8 = code.toUtf8();
    if (utf8.size() > m_maxInputBytes)
        return {plainBlock(code), {}, false};
    const auto reply = call(request, utf8);
    if (!reply)
        return { plainBlock(code), {}, true };
    return { QString::fromUtf8(reply->payload), reply->header.value(QStringLiteral("definition")).toString(), false };
}

bool HelperHighlighter::hasDefinition(const QString &language)
{
    return !definitionName(language).isEmpty();
}

QString HelperHighlighter::definitionName(const QString &language)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_resolved.constFind(language); it != m_resolved.constEnd())
            return *it;
    }
    const auto reply
        = call({ { QStringLiteral("op"), QStringLiteral("resolve") }, { QStringLiteral("language"), language } });
    if (!reply)
        return {};
    const QString name = reply->header.value(QStringLiteral("definition")).toString();
    QMutexLocker lock(&m_mutex);
    m_resolved.insert(language, name);
    return name;
}

QStringList HelperHighlighter::definitionNames()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_definitionNames.isEmpty())
            return m_definitionNames;
    }
    const auto reply = call({ { QStringLiteral("op"), QStringLiteral("list") } });
    if (!reply)
        return {};
    QStringList names;
    const QJsonArray definitions
        = QJsonDocument::fromJson(reply->payload).object().value(QStringLiteral("definitions")).toArray();
    for (const QJsonValue &definition : definitions) {
        if (!definition[QStringLiteral("hidden")].toBool()) // internal building blocks like "Alerts"
            names << definition[QStringLiteral("name")].toString();
    }
    names.sort(Qt::CaseInsensitive);
    QMutexLocker lock(&m_mutex);
    m_definitionNames = names;
    return names;
}

QString HelperHighlighter::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

quint64 HelperHighlighter::requestCount() const
{
    return m_connection->requestCount();
}

int HelperHighlighter::startCount() const
{
    return m_connection->startCount();
}

qint64 HelperHighlighter::processId() const
{
    return m_connection->processId();
}

std::optional<HelperHighlighter::Reply> HelperHighlighter::call(const QJsonObject &request, const QByteArray &payload)
{
    detail::HelperConnection::Outcome outcome;
    {
        // One request at a time on the one pipe; the mutex also keeps callers in arrival order.
        QMutexLocker lock(&m_mutex);
        const auto run = [&] {
            outcome = m_connection->exchange(request, payload);
        };
        if (QThread::currentThread() == &m_thread)
            run();
        else
            QMetaObject::invokeMethod(m_threadContext, run, Qt::BlockingQueuedConnection);
    }
    if (!outcome.reply || !outcome.error.isEmpty()) {
        setError(outcome.error);
        return std::nullopt;
    }
    setError({});
    return Reply { outcome.reply->header, outcome.reply->payload };
}

void HelperHighlighter::setError(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_lastError = error;
    if (!error.isEmpty() && !m_reportedErrors.contains(error)) {
        m_reportedErrors.insert(error);
        qCWarning(lcHighlight).noquote() << error << "- code is shown without highlighting";
    }
}

} // namespace highlight
