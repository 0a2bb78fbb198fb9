// SPDX-License-Identifier: Apache-2.0
#include "navigationhistory.h"

namespace {
// Enough for a working day; older entries fall off the front.
constexpr qsizetype kMaxEntries = 200;
}

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
{
}

void NavigationHistory::visit(const QString &location)
{
    if (location.isEmpty() || location == current())
        return;
    m_entries.resize(m_index + 1);
    m_entries << location;
    if (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    m_index = m_entries.size() - 1;
    Q_EMIT changed();
}

bool NavigationHistory::back()
{
    if (!canGoBack())
        return false;
    --m_index;
    Q_EMIT changed();
    return true;
}

bool NavigationHistory::forward()
{
    if (!canGoForward())
        return false;
    ++m_index;
    Q_EMIT changed();
    return true;
}
