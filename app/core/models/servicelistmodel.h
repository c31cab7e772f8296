#pragma once

#include "core/domain/types.h"

#include <QAbstractListModel>
#include <QSet>
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
        SearchKeyRole,
        FavouriteRole,
        NameRole,      // the name alone, where DisplayRole may carry a star
        RecentRankRole // 0 for the last used, 1 before it…; -1 when not recent
    };

    using QAbstractListModel::QAbstractListModel;

    void setServices(const QList<Service> &services);
    const QList<Service> &services() const { return m_services; }
    // The row of a service, or -1.
    int rowOf(qint64 serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Favourites and recent services. The model keeps them; whoever made it
    // loads them (setRemembered) and keeps them between runs (rememberedChanged).
    void setRemembered(const QList<qint64> &favourites, const QList<qint64> &recent);
    QList<qint64> favourites() const;
    bool isFavourite(qint64 serviceId) const { return m_favourites.contains(serviceId); }
    void setFavourite(qint64 serviceId, bool favourite);
    // Moves a service to the front of the recent ones (eight are kept).
    void markUsed(qint64 serviceId);
    const QList<qint64> &recent() const { return m_recent; }

    // Lower case, accents and marks removed: "Côte" matches "cote".
    static QString searchKey(const QString &text);
    static constexpr int recentCount = 8;

signals:
    void rememberedChanged();

private:
    void changedPreferences();

    QList<Service> m_services;
    QStringList m_keys;
    QSet<qint64> m_favourites;
    QList<qint64> m_recent;
};

// Filters services by a typed text, ignoring case and accents; favourites
// come first, then the recent ones, then the rest in the server's order.
class ServiceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_key;
};
