// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace cli {

/// portolan validate PATH... — lint catalog files as Backstage would accept them.
int runValidate(const QStringList &args);
/// portolan import PATH... — read files and folders into the local catalog as one source.
int runImport(const QStringList &args);
/// portolan search QUERY [--kind K] [--owner O] ...
int runSearch(const QStringList &args);
/// portolan show REF
int runShow(const QStringList &args);
/// portolan owner-of REF — the owning group or user, with members and contact data.
int runOwnerOf(const QStringList &args);
/// portolan relations REF [--depth N]
int runRelations(const QStringList &args);

} // namespace cli
