// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace store {

/// One schema upgrade. Numbers ascend and may have gaps (a step reserved by another branch).
struct MigrationStep {
    int number;
    QStringList statements;
};

/// Brings a database up to the current schema, one transaction per step. Every known step that has not run
/// yet runs, in ascending order, even one numbered below steps that already ran (it arrived with a later
/// build); the table schema_steps records which ran and PRAGMA user_version holds the highest.
/// Returns an empty string on success, else what went wrong.
[[nodiscard]] QString migrate(QSqlDatabase &db);
/// The same over explicit steps (tests).
[[nodiscard]] QString migrate(QSqlDatabase &db, const QList<MigrationStep> &steps);
/// Annotations whose values are locations or URLs Backstage writes on every entity
/// (`backstage.io/managed-by-location`, `source-location`, `view-url`, ...). They are kept with the entity but
/// left out of the full-text index: "cat" or "git" would otherwise match every entity of a catalog.
[[nodiscard]] const QStringList &locationAnnotations();
[[nodiscard]] bool isLocationAnnotation(const QString &key);

/// The highest step number this build knows.
[[nodiscard]] int schemaVersion();

} // namespace store
