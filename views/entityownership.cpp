// SPDX-License-Identifier: Apache-2.0
// Who owns an entity, and what a group or user owns: walks memberOf/parentOf/ownerOf relations in the store.
#include "entitycontroller.h"

#include "store/catalogstore.h"

#include <QSet>

QStringList EntityController::targets(const QString &ref, const QString &type) const
{
    QStringList out;
    if (!m_store)
        return out;
    for (const auto &relation : m_store->relationsFrom(ref)) {
        if (relation.type == type)
            out << relation.target;
    }
    return out;
}

void EntityController::loadOwnership()
{
    m_ownerInfo.clear();
    const QString owner = m_facts.value(QStringLiteral("owner")).toString();
    if (owner.isEmpty() || !m_store)
        return;
    m_ownerInfo = brief(owner);
    QVariantList members;
    for (const QString &member : targets(owner, QStringLiteral("hasMember")))
        members << brief(member);
    m_ownerInfo.insert(QStringLiteral("members"), members);
}

void EntityController::loadGroupStructure()
{
    m_members.clear();
    m_parents.clear();
    m_children.clear();
    m_memberOf.clear();
    m_owned.clear();
    const QString lowerKind = kind().toLower();
    if (!m_store || (lowerKind != u"group" && lowerKind != u"user"))
        return;

    // Owners whose entities count as this page's: the group and its descendants, or the user and their groups.
    QList<QPair<QString, QString>> owners; // owner ref, "via" (empty for direct)
    if (lowerKind == u"group") {
        for (const QString &ref : targets(m_ref, QStringLiteral("hasMember")))
            m_members << brief(ref);
        for (const QString &ref : targets(m_ref, QStringLiteral("childOf")))
            m_parents << brief(ref);
        for (const QString &ref : targets(m_ref, QStringLiteral("parentOf")))
            m_children << brief(ref);
        QSet<QString> seen{m_ref};
        QStringList queue{m_ref};
        owners.append({m_ref, QString()});
        while (!queue.isEmpty()) {
            const QString group = queue.takeFirst();
            for (const QString &child : targets(group, QStringLiteral("parentOf"))) {
                if (seen.contains(child))
                    continue; // a cycle in a hand-written org must not hang the page
                seen.insert(child);
                queue << child;
                owners.append({child, child});
            }
        }
    } else {
        owners.append({m_ref, QString()});
        for (const QString &ref : targets(m_ref, QStringLiteral("memberOf"))) {
            m_memberOf << brief(ref);
            owners.append({ref, ref});
        }
    }
    QSet<QString> listed;
    for (const auto &[owner, via] : std::as_const(owners)) {
        for (const QString &ref : targets(owner, QStringLiteral("ownerOf"))) {
            if (listed.contains(ref))
                continue;
            listed.insert(ref);
            m_owned << brief(ref, via);
        }
    }
}
