// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/catalogstore.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace cli {

enum ExitCode { Ok = 0, ProblemsFound = 1, UsageOrFatal = 2 };

QTextStream &out();
QTextStream &err();

/// Prints a JSON value on one line (for --json output and JSON-lines event streams).
void printJson(const QJsonValue &value);

/// Parses `args` (a subcommand's own arguments) with the shared options (--db, --json, --help) added.
/// Returns false when the command should stop; `exitCode` then says how.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int *exitCode);
void addDatabaseOption(QCommandLineParser &parser);
void addJsonOption(QCommandLineParser &parser);

/// Opens the catalog named by --db, $PORTOLAN_DB or the default location; prints the problem on failure.
std::unique_ptr<store::CatalogStore> openStore(const QCommandLineParser &parser);

/// Turns what a user typed ("payments-api", "group:team-a", "component:default/x") into a stored ref.
/// Prints candidates and returns empty when the name is ambiguous or unknown.
QString resolveRef(const store::CatalogStore &store, const QString &text);

/// Normalises a ref that may lack kind or namespace, e.g. "team-a" with defaultKind "group".
QString normaliseRef(const QString &text, const QString &defaultKind);

} // namespace cli
