// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace highlight
{

struct HelperLocation {
    /// Absolute path of an executable portolan-highlighter; empty when none was found.
    QString path;
    /// Every place looked at, in order, for the error message when nothing was found.
    QStringList searched;
};

/// Finds portolan-highlighter: $PORTOLAN_HIGHLIGHTER, then next to the running program (how it is installed), then
/// the build tree it was built in (developers and tests), then the libexec directories packagers may prefer.
[[nodiscard]] HelperLocation locateHelper();

} // namespace highlight
