// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/formschema.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QQmlEngine>

namespace store {
class CatalogStore;
}

/// The fields of the wizard's current page, with their values and validation errors.
class WizardFieldModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by TemplateWizard")
public:
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< property name in the parameters
        TitleRole,
        DescriptionRole,
        TypeRole,          ///< JSON Schema type
        WidgetRole,        ///< ui:widget
        UiFieldRole,       ///< ui:field (OwnerPicker, EntityPicker, RepoUrlPicker, ...)
        RequiredRole,
        EnumValuesRole,    ///< QVariantList
        EnumNamesRole,     ///< labels, falling back to the values
        DefaultValueRole,
        ValueRole,         ///< current value (QVariant; undefined when unset)
        ErrorRole,         ///< validation messages joined, empty when valid
        HelpRole,
        PlaceholderRole,
        AutofocusRole,
        MultiSelectRole,
        UiOptionsRole,     ///< ui:options as a map
        ChoicesRole,       ///< picker choices from the catalog (entity refs)
        SecretRole,        ///< ui:field Secret or ui:widget password: typed without echo, masked in the review
    };
    Q_ENUM(Roles)

    explicit WizardFieldModel(QObject *parent = nullptr);

    void setPage(const QList<scaffolder::FormField> &fields, const QList<QStringList> &choices);
    /// Shows `fields` instead, inserting and removing rows (conditional fields appear and disappear).
    void updateFields(const QList<scaffolder::FormField> &fields, const QList<QStringList> &choices);
    void setValues(const QJsonObject &values);
    void setErrors(const QHash<QString, QStringList> &errors);
    [[nodiscard]] const QList<scaffolder::FormField> &fields() const { return m_fields; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    void emitAll(const QList<int> &roles);
    QList<scaffolder::FormField> m_fields;
    QList<QStringList> m_choices;
    QJsonObject m_values;
    QHash<QString, QStringList> m_errors;
};

/// The steps of a run as they stream in from the runner: state and log per step.
class WizardStepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by TemplateWizard")
public:
    enum Roles {
        StepIdRole = Qt::UserRole + 1,
        NameRole,
        ActionRole,
        StateRole, ///< pending, running, completed, skipped, failed, cancelled
        LogRole,   ///< the step's log lines joined by newlines
    };
    Q_ENUM(Roles)

    explicit WizardStepModel(QObject *parent = nullptr);

    void reset(const QList<std::pair<QString, std::pair<QString, QString>>> &steps); ///< id -> (name, action)
    void setState(const QString &stepId, const QString &state);
    void appendLog(const QString &stepId, const QString &line);
    /// Marks steps still pending or running with `state` (after a failure or cancel).
    void finishOpen(const QString &state);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Step {
        QString id, name, action, state;
        QStringList log;
    };
    [[nodiscard]] int rowOf(const QString &stepId) const;
    QList<Step> m_steps;
};

/// The catalog's Software Templates (entities of kind Template) with the path of their template.yaml.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { RefRole = Qt::UserRole + 1, TitleRole, DescriptionRole, TagsRole, OwnerRole, TypeRole, PathRole };
    Q_ENUM(Roles)

    explicit TemplateListModel(QObject *parent = nullptr);
    /// Tests hand their own store; otherwise the app's catalog is used and followed.
    void setStore(store::CatalogStore *store);
    Q_INVOKABLE void reload();
    /// The template.yaml of the template `ref`, or empty.
    Q_INVOKABLE QString pathOf(const QString &ref) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The local template.yaml of a catalog entity: its managed-by-location `file:` annotation, else its file.
    [[nodiscard]] static QString templatePath(const QJsonObject &entity, const QString &file);

Q_SIGNALS:
    void countChanged();

private:
    struct Item {
        QString ref, title, description, owner, type, path;
        QStringList tags;
    };
    store::CatalogStore *m_store = nullptr;
    QList<Item> m_items;
};
