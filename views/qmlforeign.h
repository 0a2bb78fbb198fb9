// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QQmlEngine>
#include <QSortFilterProxyModel>

// Qt 6.4 ships no QML type information for Qt Core's model base classes, so qmllint cannot resolve our models'
// prototypes. Declaring them here (anonymous: not creatable, not named in QML) gives it the chain.
struct ForeignAbstractItemModel {
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};
struct ForeignAbstractTableModel {
    Q_GADGET
    QML_FOREIGN(QAbstractTableModel)
    QML_ANONYMOUS
};
struct ForeignAbstractListModel {
    Q_GADGET
    QML_FOREIGN(QAbstractListModel)
    QML_ANONYMOUS
};
struct ForeignAbstractProxyModel {
    Q_GADGET
    QML_FOREIGN(QAbstractProxyModel)
    QML_ANONYMOUS
};
struct ForeignSortFilterProxyModel {
    Q_GADGET
    QML_FOREIGN(QSortFilterProxyModel)
    QML_ANONYMOUS
};
