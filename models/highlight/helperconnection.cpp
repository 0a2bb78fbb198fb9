// SPDX-License-Identifier: Apache-2.0
#include "highlight/helperconnection.h"

#include "highlight/protocol.h"

#include <QProcess>

namespace highlight::detail
{

namespace
{
// A helper that cannot start is not retried on every code block of a page, only after this pause.
constexpr qint64 startRetryPauseMs = 2000;
const QString opKey = QStringLiteral("op");
const QString idKey = QStringLiteral("id");
} // namespace

HelperConnection::HelperConnection(QString program, QString notFoundReason, int startTimeoutMs, int requestTimeoutMs)
    : m_program(std::move(program))
    , m_notFoundReason(std::move(notFoundReason))
    , m_startTimeoutMs(startTimeoutMs)
    , m_requestTimeoutMs(requestTimeoutMs)
{
}

HelperConnection::~HelperConnection()
{
    stop();
}

HelperConnection::Outcome HelperConnection::exchange(QJsonObject request, const QByteArray &payload)
{
    Outcome outcome;
    for (int attempt = 0; attempt < 2; ++attempt) {
        outcome.error.clear(); // a retry that works leaves no error behind
        if (!ensureStarted(&outcome.error))
            return outcome;
        const qint64 id = ++m_nextId;
        request.insert(idKey, id);
        ++m_requestCount;
        const QDeadlineTimer deadline(m_requestTimeoutMs);
        Failure failure = Failure::None;
        if (writeAll(protocol::encodeFrame(request, payload), deadline, &outcome.error, &failure)) {
            outcome.reply = readFrame(deadline, &outcome.error, &failure);
            if (outcome.reply && outcome.reply->header.value(idKey).toInteger() == id)
                return outcome;
            if (outcome.reply) {
                outcome.error = QStringLiteral("portolan-highlighter answered request %1 out of turn").arg(id);
                outcome.reply.reset();
            }
        }
        stop(); // unknown stream state: never reuse it
        if (failure == Failure::TimedOut)
            break; // the same input would likely hang the next helper too
    }
    return outcome;
}

bool HelperConnection::ensureStarted(QString *error)
{
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    stop();
    if (m_sinceStartFailure.isValid() && m_sinceStartFailure.elapsed() < startRetryPauseMs) {
        *error = m_startError;
        return false;
    }
    m_sinceStartFailure.invalidate();
    if (m_program.isEmpty()) {
        m_startError = m_notFoundReason;
    } else {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(m_program);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel); // its warnings land in our stderr
        m_process->start(QIODevice::ReadWrite);
        ++m_startCount;
        if (!m_process->waitForStarted(m_startTimeoutMs)) {
            m_startError = QStringLiteral("cannot start the syntax highlighting helper %1: %2")
                               .arg(m_program, m_process->errorString());
        } else {
            Failure failure = Failure::None;
            const auto ready = readFrame(QDeadlineTimer(m_startTimeoutMs), &m_startError, &failure);
            if (ready && ready->header.value(opKey).toString() == QLatin1String("ready")
                && ready->header.value(QStringLiteral("version")).toInt() == protocol::version) {
                m_processId = m_process->processId();
                return true;
            }
            if (ready)
                m_startError = QStringLiteral("the syntax highlighting helper %1 speaks another protocol version "
                                              "(rebuild it with this Portolan)")
                                   .arg(m_program);
            else
                m_startError = QStringLiteral("the syntax highlighting helper %1 did not come up: %2")
                                   .arg(m_program, m_startError);
        }
        stop();
    }
    m_sinceStartFailure.start();
    *error = m_startError;
    return false;
}

bool HelperConnection::writeAll(const QByteArray &data, QDeadlineTimer deadline, QString *error, Failure *failure)
{
    if (m_process->write(data) != data.size()) {
        *failure = Failure::Died;
        *error = describeFailure(*failure, QStringLiteral("sending a request"));
        return false;
    }
    while (m_process->bytesToWrite() > 0) {
        if (!m_process->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            *failure = deadline.hasExpired() ? Failure::TimedOut : Failure::Died;
            *error = describeFailure(*failure, QStringLiteral("sending a request"));
            return false;
        }
    }
    return true;
}

std::optional<HelperConnection::Frame> HelperConnection::readFrame(
    QDeadlineTimer deadline, QString *error, Failure *failure)
{
    const auto waitForMore = [&] {
        if (m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return true;
        *failure = deadline.hasExpired() ? Failure::TimedOut : Failure::Died;
        *error = describeFailure(*failure, QStringLiteral("waiting for its answer"));
        return false;
    };
    while (!m_process->canReadLine()) {
        if (!waitForMore())
            return std::nullopt;
    }
    const auto header = protocol::parseHeader(m_process->readLine(), error);
    if (!header) {
        *failure = Failure::Died;
        return std::nullopt;
    }
    while (m_process->bytesAvailable() < header->length) {
        if (!waitForMore())
            return std::nullopt;
    }
    Frame frame { header->fields, m_process->read(header->length) };
    if (!frame.header.value(QStringLiteral("ok")).toBool(true)) {
        // A well-framed refusal: the helper is fine, the request was not.
        *error = QStringLiteral("the syntax highlighting helper refused a request: %1")
                     .arg(frame.header.value(QStringLiteral("error")).toString());
    }
    return frame;
}

QString HelperConnection::describeFailure(Failure failure, const QString &doing) const
{
    if (failure == Failure::TimedOut)
        return QStringLiteral("the syntax highlighting helper %1 timed out %2 (after %3 ms); it was stopped")
            .arg(m_program, doing)
            .arg(m_requestTimeoutMs);
    return QStringLiteral("the syntax highlighting helper %1 stopped while %2: %3")
        .arg(m_program, doing, m_process ? m_process->errorString() : QString());
}

void HelperConnection::stop()
{
    m_processId = 0;
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // end of input: the helper leaves its loop and exits
        if (!m_process->waitForFinished(500)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    m_process.reset();
}

} // namespace highlight::detail
