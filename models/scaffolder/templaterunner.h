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

/// Runs a template on its own thread (the QJSEngine lives and dies there) and reports by signals, for the
/// wizard. Connect, then call start(); cancel() stops before the next step or `each` iteration.
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
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
};

[[nodiscard]] QString statusName(StepStatus status);
/// Relative paths below `root`, sorted; directories end in '/'.
[[nodiscard]] QStringList listTree(const QString &root);
[[nodiscard]] QJsonArray registrationsToJson(const QList<Registration> &registrations);

} // namespace scaffolder
