// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <variant>

namespace scaffolder {

/// A failure reported to the user. `name` mirrors Backstage's error class (InputError, NotAllowedError, Error)
/// so messages read the same as Backstage's: "NotAllowedError: Relative path is not allowed ...".
struct Error {
    QString name = QStringLiteral("Error");
    QString message;
    QString file; ///< template.yaml or skeleton file involved, when known
    int line = 0; ///< 1-based, 0 = unknown
    QString field; ///< e.g. "spec.steps[1].action"

    [[nodiscard]] QString toString() const
    {
        QString where;
        if (!file.isEmpty())
            where = file + (line > 0 ? QLatin1Char(':') + QString::number(line) : QString()) + QStringLiteral(": ");
        if (!field.isEmpty())
            where += field + QStringLiteral(": ");
        return where + what();
    }

    /// "NotAllowedError: Relative path ..." as Backstage prints it, without the location.
    [[nodiscard]] QString what() const { return name.isEmpty() ? message : name + QStringLiteral(": ") + message; }
};

inline Error inputError(const QString &message) { return Error{QStringLiteral("InputError"), message, {}, 0, {}}; }

template <typename T> using Result = std::variant<T, Error>;

template <typename T> [[nodiscard]] bool isError(const Result<T> &r) { return std::holds_alternative<Error>(r); }

} // namespace scaffolder
