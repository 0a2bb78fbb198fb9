// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/templaterunner.h"

#include "scaffolder/nunjucksengine.h"

#include <QDir>
#include <QDirIterator>
#include <QThread>

namespace scaffolder {

QString statusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Completed: return QStringLiteral("completed");
    case StepStatus::Skipped: return QStringLiteral("skipped");
    case StepStatus::Failed: return QStringLiteral("failed");
    case StepStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QStringList listTree(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString rel = QDir(root).relativeFilePath(it.filePath());
        if (rel == QLatin1String(".git") || rel.startsWith(QLatin1String(".git/")))
            continue;
        files << (it.fileInfo().isDir() && !it.fileInfo().isSymLink() ? rel + QLatin1Char('/') : rel);
    }
    files.sort();
    return files;
}

QJsonArray registrationsToJson(const QList<Registration> &registrations)
{
    QJsonArray out;
    for (const Registration &r : registrations)
        out.append(QJsonObject{{QStringLiteral("catalogInfoUrl"), r.catalogInfoUrl},
                               {QStringLiteral("entityRef"), r.entityRef},
                               {QStringLiteral("optional"), r.optional}});
    return out;
}

/// Owns the engine on the worker thread.
class EngineHost : public QObject
{
public:
    NunjucksEngine &engine()
    {
        if (!m_engine)
            m_engine = std::make_unique<NunjucksEngine>();
        return *m_engine;
    }

private:
    std::unique_ptr<NunjucksEngine> m_engine;
};

TemplateRunner::TemplateRunner(QObject *parent)
    : QObject(parent)
{
}

TemplateRunner::~TemplateRunner()
{
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

EngineHost *TemplateRunner::host()
{
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("template runner"));
        m_host = new EngineHost;
        m_host->moveToThread(m_thread.get());
        connect(m_thread.get(), &QThread::finished, m_host, &QObject::deleteLater);
        m_thread->start();
    }
    return m_host;
}

void TemplateRunner::preload()
{
    EngineHost *h = host();
    QMetaObject::invokeMethod(h, [h] { (void)h->engine(); }, Qt::QueuedConnection);
}

bool TemplateRunner::start(const QString &templatePath, const QString &parametersJson, const RunOptions &options)
{
    if (m_running.exchange(true))
        return false;
    m_cancel = false;
    EngineHost *h = host();
    QMetaObject::invokeMethod(h, [this, h, templatePath, parametersJson, options] {
        auto def = loadTemplate(templatePath);
        if (isError(def)) {
            m_running = false;
            Q_EMIT finished(false, std::get<Error>(def).toString(), {}, {}, {});
            return;
        }
        RunOptions opts = options;
        opts.isCancelled = [this] { return m_cancel.load(); };
        RunCallbacks callbacks;
        callbacks.stepStarted = [this](int index, const StepDefinition &s) {
            Q_EMIT stepStarted(index, s.id, s.name, s.action);
        };
        callbacks.log = [this](const QString &id, const QString &line) { Q_EMIT logLine(id, line); };
        callbacks.stepFinished = [this](int index, const StepDefinition &s, StepStatus st) {
            Q_EMIT stepFinished(index, s.id, statusName(st));
        };
        const RunResult result = runWorkflow(h->engine(), std::get<TemplateDefinition>(def), parametersJson, opts, callbacks);
        const QStringList files = listTree(result.workspace);
        m_running = false;
        Q_EMIT finished(!result.error, result.error ? result.error->toString() : QString(), result.output, files,
                        registrationsToJson(result.registrations));
    }, Qt::QueuedConnection);
    return true;
}

void TemplateRunner::cancel()
{
    m_cancel = true;
}

bool TemplateRunner::isRunning() const
{
    return m_running;
}

} // namespace scaffolder
