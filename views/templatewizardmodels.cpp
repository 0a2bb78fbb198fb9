// SPDX-License-Identifier: Apache-2.0
#include "templatewizardmodels.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"

#include <QFileInfo>
#include <QUrl>

WizardFieldModel::WizardFieldModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void WizardFieldModel::setPage(const QList<scaffolder::FormField> &fields, const QList<QStringList> &choices)
{
    beginResetModel();
    m_fields = fields;
    m_choices = choices;
    m_errors.clear();
    endResetModel();
}

void WizardFieldModel::updateFields(const QList<scaffolder::FormField> &fields, const QList<QStringList> &choices)
{
    // Rows that stay keep their delegates (and the focus of the field being edited): only the run of fields
    // between the common head and tail is replaced, which is where conditional fields come and go.
    auto sameName = [](const scaffolder::FormField &a, const scaffolder::FormField &b) { return a.name == b.name; };
    qsizetype head = 0;
    while (head < m_fields.size() && head < fields.size() && sameName(m_fields.at(head), fields.at(head)))
        ++head;
    qsizetype tail = 0;
    while (tail < m_fields.size() - head && tail < fields.size() - head
           && sameName(m_fields.at(m_fields.size() - 1 - tail), fields.at(fields.size() - 1 - tail)))
        ++tail;
    const qsizetype removeCount = m_fields.size() - head - tail;
    if (removeCount > 0) {
        beginRemoveRows({}, int(head), int(head + removeCount - 1));
        m_fields.remove(head, removeCount);
        m_choices.remove(head, removeCount);
        endRemoveRows();
    }
    const qsizetype insertCount = fields.size() - head - tail;
    if (insertCount > 0) {
        beginInsertRows({}, int(head), int(head + insertCount - 1));
        for (qsizetype i = 0; i < insertCount; ++i) {
            m_fields.insert(head + i, fields.at(head + i));
            m_choices.insert(head + i, choices.value(head + i));
        }
        endInsertRows();
    }
}

void WizardFieldModel::setValues(const QJsonObject &values)
{
    m_values = values;
    emitAll({ValueRole});
}

void WizardFieldModel::setErrors(const QHash<QString, QStringList> &errors)
{
    m_errors = errors;
    emitAll({ErrorRole});
}

void WizardFieldModel::emitAll(const QList<int> &roles)
{
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1), roles);
}

int WizardFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant WizardFieldModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const scaffolder::FormField &f = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return f.title.isEmpty() ? f.name : f.title;
    case NameRole: return f.name;
    case DescriptionRole: return f.description;
    case TypeRole: return f.type;
    case WidgetRole: return f.widget;
    case UiFieldRole: return f.field;
    case RequiredRole: return f.required;
    case EnumValuesRole: return f.enumValues.toVariantList();
    case EnumNamesRole: {
        QVariantList names = f.enumNames.toVariantList();
        const QVariantList values = f.enumValues.toVariantList();
        for (qsizetype i = names.size(); i < values.size(); ++i)
            names.append(values.at(i).toString());
        return names;
    }
    case DefaultValueRole: return f.defaultValue.toVariant();
    case ValueRole: return m_values.value(f.name).toVariant();
    case ErrorRole: return m_errors.value(f.name).join(QStringLiteral("; "));
    case HelpRole: return f.help;
    case PlaceholderRole: return f.placeholder;
    case AutofocusRole: return f.autofocus;
    case MultiSelectRole: return f.multiSelect;
    case SecretRole: return f.secret;
    case UiOptionsRole: return f.uiOptions.toVariantMap();
    case ChoicesRole: return m_choices.value(index.row());
    default: return {};
    }
}

QHash<int, QByteArray> WizardFieldModel::roleNames() const
{
    return {{NameRole, "name"},         {TitleRole, "title"},
            {DescriptionRole, "description"}, {TypeRole, "type"},
            {WidgetRole, "widget"},     {UiFieldRole, "uiField"},
            {RequiredRole, "required"}, {EnumValuesRole, "enumValues"},
            {EnumNamesRole, "enumNames"}, {DefaultValueRole, "defaultValue"},
            {ValueRole, "value"},       {ErrorRole, "error"},
            {HelpRole, "help"},         {PlaceholderRole, "placeholder"},
            {AutofocusRole, "autofocus"}, {MultiSelectRole, "multiSelect"}, {SecretRole, "secret"},
            {UiOptionsRole, "uiOptions"}, {ChoicesRole, "choices"}};
}

WizardStepModel::WizardStepModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void WizardStepModel::reset(const QList<std::pair<QString, std::pair<QString, QString>>> &steps)
{
    beginResetModel();
    m_steps.clear();
    for (const auto &[id, nameAction] : steps)
        m_steps.append({id, nameAction.first, nameAction.second, QStringLiteral("pending"), {}});
    endResetModel();
}

int WizardStepModel::rowOf(const QString &stepId) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == stepId)
            return int(i);
    }
    return -1;
}

void WizardStepModel::setState(const QString &stepId, const QString &state)
{
    const int row = rowOf(stepId);
    if (row < 0)
        return;
    m_steps[row].state = state;
    Q_EMIT dataChanged(index(row), index(row), {StateRole});
}

void WizardStepModel::appendLog(const QString &stepId, const QString &line)
{
    const int row = rowOf(stepId);
    if (row < 0)
        return;
    m_steps[row].log.append(line);
    Q_EMIT dataChanged(index(row), index(row), {LogRole});
}

void WizardStepModel::finishOpen(const QString &state)
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).state == QLatin1String("pending") || m_steps.at(i).state == QLatin1String("running"))
            setState(m_steps.at(i).id, state);
    }
}

int WizardStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant WizardStepModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Step &s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return s.name.isEmpty() ? s.id : s.name;
    case StepIdRole: return s.id;
    case ActionRole: return s.action;
    case StateRole: return s.state;
    case LogRole: return s.log.join(u'\n');
    default: return {};
    }
}

QHash<int, QByteArray> WizardStepModel::roleNames() const
{
    return {{StepIdRole, "stepId"}, {NameRole, "name"}, {ActionRole, "action"}, {StateRole, "state"}, {LogRole, "log"}};
}

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (CatalogBackend *catalog = CatalogBackend::instance()) {
        m_store = catalog->store();
        connect(catalog, &CatalogBackend::catalogChanged, this, &TemplateListModel::reload);
    }
    reload();
}

void TemplateListModel::setStore(store::CatalogStore *store)
{
    m_store = store;
    reload();
}

QString TemplateListModel::templatePath(const QJsonObject &entity, const QString &file)
{
    const QString location = entity.value(QStringLiteral("metadata"))
                                 .toObject()
                                 .value(QStringLiteral("annotations"))
                                 .toObject()
                                 .value(QStringLiteral("backstage.io/managed-by-location"))
                                 .toString();
    if (location.startsWith(QLatin1String("file:"))) {
        const QString target = location.mid(5);
        // "file:/abs/path" as Backstage writes it, or a file:// URL.
        const QString path = target.startsWith(QLatin1String("//")) ? QUrl(location).toLocalFile() : target;
        if (QFileInfo(path).isFile())
            return path;
    }
    return QFileInfo(file).isFile() ? file : QString();
}

void TemplateListModel::reload()
{
    QList<Item> items;
    if (m_store && m_store->isOpen()) {
        store::Query query;
        query.filters.insert(QStringLiteral("kind"), {QStringLiteral("template")});
        query.limit = 1000;
        for (const store::EntityRow &row : m_store->search(query)) {
            items.append({row.ref, row.displayName(), row.description, row.owner, row.type,
                          templatePath(row.data, row.file), row.tags});
        }
    }
    const bool countChanges = items.size() != m_items.size();
    beginResetModel();
    m_items = items;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QString TemplateListModel::pathOf(const QString &ref) const
{
    for (const Item &item : m_items) {
        if (item.ref == ref)
            return item.path;
    }
    return {};
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return item.title;
    case RefRole: return item.ref;
    case DescriptionRole: return item.description;
    case TagsRole: return item.tags;
    case OwnerRole: return item.owner;
    case TypeRole: return item.type;
    case PathRole: return item.path;
    default: return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    return {{RefRole, "ref"},   {TitleRole, "title"}, {DescriptionRole, "description"}, {TagsRole, "tags"},
            {OwnerRole, "owner"}, {TypeRole, "type"},  {PathRole, "path"}};
}
