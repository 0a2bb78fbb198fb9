// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scorecards/evaluator.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

class ScorecardService;

/// One entity's scorecard: each check that applies to it, failures first, with the reason and how to fix it.
/// Scored on the spot from the entity's row (one entity is cheap), again whenever the catalog is rescored.
class EntityScorecard : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ref READ ref WRITE setRef NOTIFY refChanged)
    /// Checks that apply; 0 means the rules say nothing about this entity.
    Q_PROPERTY(int count READ count NOTIFY updated)
    Q_PROPERTY(int passed READ passed NOTIFY updated)
    /// passed / count, 0..100 (100 when nothing applies)
    Q_PROPERTY(double percent READ percent NOTIFY updated)
    Q_PROPERTY(QString ruleSetName READ ruleSetName NOTIFY updated)

public:
    enum Roles {
        CheckIdRole = Qt::UserRole, ///< the check's id
        NameRole,                   ///< its name
        DescriptionRole,            ///< why it matters (may be empty)
        PassedRole,                 ///< bool
        ReasonRole,                 ///< for a failure: which rule did not hold and what the entity has instead
        FixRole,                    ///< what to change
    };
    Q_ENUM(Roles)

    explicit EntityScorecard(QObject *parent = nullptr);

    /// The service whose rules and store to use; a QML-created card uses the app's.
    void setService(ScorecardService *service);

    [[nodiscard]] QString ref() const { return m_ref; }
    void setRef(const QString &ref);
    [[nodiscard]] int count() const { return int(m_score.checks.size()); }
    [[nodiscard]] int passed() const { return m_score.passed(); }
    [[nodiscard]] double percent() const { return m_score.percent(); }
    [[nodiscard]] QString ruleSetName() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void refChanged();
    void updated();

private:
    void reload();
    QPointer<ScorecardService> m_service;
    QString m_ref;
    scorecards::EntityScore m_score;
};
