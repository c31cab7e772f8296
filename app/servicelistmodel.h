#pragma once

#include "types.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

// The services on sale, in the server's order.
class ServiceListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        PopularRole,
        SearchKeyRole
    };

    using QAbstractListModel::QAbstractListModel;

    void setServices(const QList<Service> &services);
    const QList<Service> &services() const { return m_services; }
    // The row of a service, or -1.
    int rowOf(qint64 serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Lower case, accents and marks removed: "Côte" matches "cote".
    static QString searchKey(const QString &text);

private:
    QList<Service> m_services;
    QStringList m_keys;
};

// Filters services by a typed text, ignoring case and accents.
class ServiceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_key;
};
