// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "highlight/highlighter.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <memory>

namespace highlight
{

namespace detail
{
class HelperConnection;
}

/// KSyntaxHighlighting through our KF5 helper process, portolan-highlighter (Debian 12 has no KF6). Started
/// lazily on the first request, kept for thousands of requests, restarted when it dies. When it cannot run at all,
/// every call still answers with escaped plain text and lastError() says why (also logged once).
/// Thread-safe: calls from any thread are serialised; the process itself lives in a private thread.
class HelperHighlighter final : public Highlighter
{
public:
    struct Options {
        /// The helper executable; empty means locateHelper().
        QString program;
        int startTimeoutMs = 10000;
        int requestTimeoutMs = 10000;
        /// Larger inputs come back as plain text without asking the helper: highlighting megabytes would
        /// stall every other caller queued behind it.
        qsizetype maxInputBytes = 4 * 1024 * 1024;
    };

    HelperHighlighter();
    explicit HelperHighlighter(Options options);
    ~HelperHighlighter() override;
    Q_DISABLE_COPY_MOVE(HelperHighlighter)

    [[nodiscard]] QString toHtml(const QString &code, const QString &language, Theme theme) override;
    [[nodiscard]] Result highlight(const QString &code, const QString &language, Theme theme) override;
    [[nodiscard]] bool hasDefinition(const QString &language) override;
    [[nodiscard]] QString definitionName(const QString &language) override;
    [[nodiscard]] QStringList definitionNames() override;
    [[nodiscard]] QString lastError() const override;

    /// The helper executable in use; empty when none was found.
    [[nodiscard]] QString program() const { return m_program; }
    /// Requests sent to the helper so far (a cache in front shows as fewer).
    [[nodiscard]] quint64 requestCount() const;
    /// Helper processes started so far (more than one means restarts).
    [[nodiscard]] int startCount() const;
    /// Process id of the running helper, 0 when none runs.
    [[nodiscard]] qint64 processId() const;

private:
    struct Reply;
    std::optional<Reply> call(const QJsonObject &request, const QByteArray &payload = {});
    void setError(const QString &error);

    QString m_program;
    qsizetype m_maxInputBytes;
    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives in m_thread; queued calls run there
    std::unique_ptr<detail::HelperConnection> m_connection;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_resolved;
    QStringList m_definitionNames;
    QString m_lastError;
    QSet<QString> m_reportedErrors;
};

} // namespace highlight
