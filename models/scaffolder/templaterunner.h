// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/workflowrunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace scaffolder {

class EngineHost;

/// Runs templates on a worker thread of its own, which keeps one nunjucks engine (a QJSEngine belongs to the
/// thread that made it) for every run, so only the first run, or preload(), pays for loading nunjucks and later
/// runs reuse its compiled templates. Reports by signals, for the wizard. Connect, then call start(); cancel()
/// stops before the next step or `each` iteration.
class TemplateRunner : public QObject
{
    Q_OBJECT
public:
    explicit TemplateRunner(QObject *parent = nullptr);
    ~TemplateRunner() override;

    /// `parametersJson`: the form values as JSON text (keep the user's order; FormSchema::withDefaults helps).
    /// Returns false when a run is already going.
    bool start(const QString &templatePath, const QString &parametersJson, const RunOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    /// Loads nunjucks on the worker thread now (e.g. while the user fills in the form).
    void preload();

Q_SIGNALS:
    void stepStarted(int index, const QString &stepId, const QString &name, const QString &action);
    void logLine(const QString &stepId, const QString &message);
    /// status: "completed", "skipped", "failed" or "cancelled"
    void stepFinished(int index, const QString &stepId, const QString &status);
    /// files: the workspace tree (relative paths, directories end in '/'); registrations: [{catalogInfoUrl,
    /// entityRef, optional}] for the app to import into its catalog store.
    void finished(bool ok, const QString &error, const QJsonObject &output, const QStringList &files,
                  const QJsonArray &registrations);

private:
    EngineHost *host();
    std::unique_ptr<QThread> m_thread;
    EngineHost *m_host = nullptr; ///< lives on m_thread, deleted there when it finishes
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_running{false};
};

[[nodiscard]] QString statusName(StepStatus status);
/// Relative paths below `root`, sorted; directories end in '/'.
[[nodiscard]] QStringList listTree(const QString &root);
[[nodiscard]] QJsonArray registrationsToJson(const QList<Registration> &registrations);

} // namespace scaffolder
