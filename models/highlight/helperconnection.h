// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QProcess;

namespace highlight::detail
{

/// One portolan-highlighter process and the frame exchange with it. Every method except the counters must run in
/// the thread that owns it (HelperHighlighter's private thread): QProcess belongs to one thread.
class HelperConnection
{
public:
    HelperConnection(QString program, QString notFoundReason, int startTimeoutMs, int requestTimeoutMs);
    ~HelperConnection();

    struct Frame {
        QJsonObject header;
        QByteArray payload;
    };
    struct Outcome {
        std::optional<Frame> reply;
        QString error;
    };

    /// Sends one request (starting the helper if needed) and waits for its reply. A helper that died is
    /// restarted and the request retried once; one that timed out is killed and not retried.
    [[nodiscard]] Outcome exchange(QJsonObject request, const QByteArray &payload);

    [[nodiscard]] quint64 requestCount() const { return m_requestCount.load(); }
    [[nodiscard]] int startCount() const { return m_startCount.load(); }
    [[nodiscard]] qint64 processId() const { return m_processId.load(); }

private:
    enum class Failure { None, Died, TimedOut };
    bool ensureStarted(QString *error);
    std::optional<Frame> readFrame(QDeadlineTimer deadline, QString *error, Failure *failure);
    bool writeAll(const QByteArray &data, QDeadlineTimer deadline, QString *error, Failure *failure);
    [[nodiscard]] QString describeFailure(Failure failure, const QString &doing) const;
    void stop();

    QString m_program;
    QString m_notFoundReason;
    int m_startTimeoutMs;
    int m_requestTimeoutMs;
    std::unique_ptr<QProcess> m_process;
    QString m_startError;
    QElapsedTimer m_sinceStartFailure;
    qint64 m_nextId = 0;
    std::atomic<quint64> m_requestCount = 0;
    std::atomic<int> m_startCount = 0;
    std::atomic<qint64> m_processId = 0;
};

} // namespace highlight::detail
