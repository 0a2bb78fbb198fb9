// SPDX-License-Identifier: Apache-2.0
#include "techdocs/slug.h"

#include <QRegularExpression>

namespace techdocs {

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() >= 128)
            continue; // encode('ascii', 'ignore')
        if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c.isSpace())
            kept.append(c);
    }
    kept = kept.trimmed().toLower();
    QString slug;
    slug.reserve(kept.size());
    bool inRun = false;
    for (const QChar c : kept) {
        if (c == u'-' || c.isSpace()) {
            if (!inRun)
                slug.append(u'-');
            inRun = true;
        } else {
            slug.append(c);
            inRun = false;
        }
    }
    return slug;
}

QString uniqueId(QString id, QSet<QString> &used)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*)_([0-9]+)$"));
    while (used.contains(id) || id.isEmpty()) {
        const auto m = numbered.match(id);
        if (m.hasMatch())
            id = m.captured(1) + u'_' + QString::number(m.captured(2).toInt() + 1);
        else
            id = id + QStringLiteral("_1");
    }
    used.insert(id);
    return id;
}

} // namespace techdocs
