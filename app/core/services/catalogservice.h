#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

class ApiClient;

// The services on sale and their prices by country.
class CatalogService final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogService(ApiClient *api, QObject *parent = nullptr);

    void loadServices();
    // Follows every page; a newer call abandons the pages of an older one.
    void loadPrices(qint64 serviceId);

    static constexpr int pricesPerPage = 50;
    // What no honest price list comes near (a page of 50 is some 11 KB; the
    // world has some 250 countries): beyond either, the list is refused as
    // too large, before it can cost the window more than a frame.
    static constexpr qint64 maxPricePageBytes = 1024 * 1024;
    static constexpr int maxPriceRows = 5000;

    // The last complete price list of a service, kept in memory, and when it
    // came: shown at once while a fresh one loads.
    struct CachedPrices
    {
        QList<CountryPrice> prices;
        QDateTime fetchedAt;
        int unreadable = 0; // rows the server sent that could not be read
    };
    // The list for the server the client speaks to now: another server's
    // prices are never offered for this one.
    std::optional<CachedPrices> cachedPrices(qint64 serviceId) const;
    // Forgets every cached list and abandons a load in progress.
    void clear();

signals:
    void servicesLoaded(const QList<Service> &services);
    void servicesFailed(const ApiError &error);
    // One page has arrived; `info` tells how many remain.
    void pricesPageLoaded(qint64 serviceId, const QList<CountryPrice> &prices,
                          const PageInfo &info);
    void pricesLoaded(qint64 serviceId);
    void pricesFailed(qint64 serviceId, const ApiError &error);

private:
    void requestPricePage(qint64 serviceId, int page, quint64 generation, const QString &key);
    QString cacheKey(qint64 serviceId) const;

    ApiClient *m_api;
    QList<CountryPrice> m_loading;        // the pages of the current load so far
    int m_loadingUnreadable = 0;          // and the rows of them that could not be read
    QHash<QString, CachedPrices> m_cache; // by server and service
    quint64 m_pricesGeneration = 0;
};
