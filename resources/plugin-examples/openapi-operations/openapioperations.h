// SPDX-License-Identifier: Apache-2.0
// The C++ part of the example plugin: reads an OpenAPI (or Swagger 2) definition, YAML or JSON, into the list of
// its operations. QML sets `definition`; everything else follows from it.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class OpenApiOperations : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString definition READ definition WRITE setDefinition NOTIFY definitionChanged)
    Q_PROPERTY(QString title READ title NOTIFY definitionChanged)
    Q_PROPERTY(QString version READ version NOTIFY definitionChanged)
    Q_PROPERTY(QString specVersion READ specVersion NOTIFY definitionChanged)
    /// Each operation: {method, path, summary, operationId, deprecated}, in the definition's order.
    Q_PROPERTY(QVariantList operations READ operations NOTIFY definitionChanged)
    /// Why the definition could not be read ("line 4: ..."), or empty.
    Q_PROPERTY(QString error READ error NOTIFY definitionChanged)

public:
    using QObject::QObject;

    [[nodiscard]] QString definition() const { return m_definition; }
    void setDefinition(const QString &definition);
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] QString specVersion() const { return m_specVersion; }
    [[nodiscard]] QVariantList operations() const { return m_operations; }
    [[nodiscard]] QString error() const { return m_error; }

Q_SIGNALS:
    void definitionChanged();

private:
    void read();

    QString m_definition;
    QString m_title;
    QString m_version;
    QString m_specVersion;
    QVariantList m_operations;
    QString m_error;
};
