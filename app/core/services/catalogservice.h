#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>
#include <optional>

class ApiClient;

// The services on sale and their prices by country.
class CatalogService final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogService(ApiClient *api, QObject *parent = nullptr);

    void loadServices();
    // Who a price list is loaded for. The table shows one service at a time:
    // a table load abandons the table's load of another service (and of the
    // same one, to start afresh). Watches and plans load in the background:
    // a list already loading for anyone is shared, never asked twice, and
    // the table's next service does not abandon it.
    enum class Purpose
    {
        Shown,
        Background
    };
    // Follows every page.
    void loadPrices(qint64 serviceId, Purpose purpose = Purpose::Shown);
    // Whether a list for the service is on its way.
    bool isLoadingPrices(qint64 serviceId) const { return m_loads.contains(serviceId); }

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
        // When, on a clock the wall clock's changes do not move: the age
        // that decides whether a list is fresh enough to use without asking.
        std::chrono::steady_clock::time_point fetchedSteady;
        std::chrono::milliseconds age() const
        {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - fetchedSteady);
        }
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
    // One list on its way.
    struct Load
    {
        quint64 generation = 0;
        QString key;              // the cache key of the server asked
        QList<CountryPrice> rows; // its pages so far
        int unreadable = 0;       // and the rows of them that could not be read
        bool shown = false;       // the table waits for it
        bool background = false;  // a watch or a plan waits for it
    };
    void requestPricePage(qint64 serviceId, int page, quint64 generation);
    QString cacheKey(qint64 serviceId) const;

    ApiClient *m_api;
    QHash<qint64, Load> m_loads;          // by service
    QHash<QString, CachedPrices> m_cache; // by server and service
    quint64 m_pricesGeneration = 0;
};
