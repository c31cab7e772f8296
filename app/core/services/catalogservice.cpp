#include "core/services/catalogservice.h"

#include "core/api/apiclient.h"
#include "core/api/decoders.h"

using namespace Qt::StringLiterals;

CatalogService::CatalogService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void CatalogService::loadServices()
{
    ApiRequest request;
    request.path = u"/dashboard/services"_s;
    m_api->send(request, this, [this](const Result<ApiResponse> &response) {
        if (!response)
            return emit servicesFailed(response.error());
        auto services = Decode::services(response->body);
        if (!services)
            return emit servicesFailed(services.error());
        emit servicesLoaded(services.value());
    });
}

QString CatalogService::cacheKey(qint64 serviceId) const
{
    return m_api->baseUrl().toString() + u'#' + QString::number(serviceId);
}

void CatalogService::clear()
{
    m_cache.clear();
    m_loads.clear();
    ++m_pricesGeneration;
}

std::optional<CatalogService::CachedPrices> CatalogService::cachedPrices(qint64 serviceId) const
{
    const auto it = m_cache.constFind(cacheKey(serviceId));
    if (it == m_cache.cend())
        return std::nullopt;
    return *it;
}

void CatalogService::loadPrices(qint64 serviceId, Purpose purpose)
{
    const bool shown = purpose == Purpose::Shown;
    if (shown) {
        // The table has moved on: what only it waited for is abandoned.
        for (auto it = m_loads.begin(); it != m_loads.end();) {
            it->shown = false;
            it = it->background || it.key() == serviceId ? std::next(it) : m_loads.erase(it);
        }
    }
    if (auto it = m_loads.find(serviceId); it != m_loads.end()) {
        // Shared: a background list already on its way serves the table too;
        // a table's own list starts afresh, as a new choice asks.
        if (!shown || (it->background && !it->shown)) {
            it->shown = it->shown || shown;
            it->background = it->background || !shown;
            return;
        }
        m_loads.erase(it);
    }
    Load load;
    load.generation = ++m_pricesGeneration;
    // The key of the server asked, not of whichever one is current when the
    // answer comes.
    load.key = cacheKey(serviceId);
    load.shown = shown;
    load.background = !shown;
    m_loads.insert(serviceId, load);
    requestPricePage(serviceId, 1, load.generation);
}

void CatalogService::requestPricePage(qint64 serviceId, int page, quint64 generation)
{
    ApiRequest request;
    request.path = u"/dashboard/prices"_s;
    request.query.addQueryItem(u"service"_s, QString::number(serviceId));
    request.query.addQueryItem(u"page"_s, QString::number(page));
    request.query.addQueryItem(u"per_page"_s, QString::number(pricesPerPage));
    request.maxResponseBytes = maxPricePageBytes;
    // A watch's list is not asked again by the client: the watches pause
    // for a 429 and back off on trouble themselves, all together.
    request.retryable = m_loads.value(serviceId).shown;
    m_api->send(request, this,
                [this, serviceId, page, generation](const Result<ApiResponse> &response) {
                    const auto it = m_loads.find(serviceId);
                    if (it == m_loads.end() || it->generation != generation)
                        return; // abandoned: nobody waits for it any more
                    Load &load = *it;
                    const auto fail = [this, serviceId](const ApiError &error) {
                        m_loads.remove(serviceId);
                        emit pricesFailed(serviceId, error);
                    };
                    if (!response)
                        return fail(response.error());
                    auto prices = Decode::prices(response->body);
                    if (!prices)
                        return fail(prices.error());
                    const PageInfo &info = prices->info;
                    if (load.rows.size() + prices->items.size() > maxPriceRows)
                        return fail(ApiError::ofKind(ApiError::Kind::TooLarge));
                    load.rows += prices->items;
                    load.unreadable += prices->unreadable;
                    emit pricesPageLoaded(serviceId, prices->items, info);
                    // Whoever heard of the page may have started another list.
                    const auto still = m_loads.constFind(serviceId);
                    if (still == m_loads.cend() || still->generation != generation)
                        return;
                    // A server that keeps saying "more" must still end.
                    if (info.hasMore && page < info.lastPage + 1 && page < 1000 &&
                        !prices->items.isEmpty()) {
                        requestPricePage(serviceId, page + 1, generation);
                        return;
                    }
                    const Load done = m_loads.take(serviceId);
                    m_cache.insert(done.key, {done.rows, QDateTime::currentDateTimeUtc(),
                                              done.unreadable, std::chrono::steady_clock::now()});
                    emit pricesLoaded(serviceId);
                });
}
