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
    m_loading.clear();
    ++m_pricesGeneration;
}

std::optional<CatalogService::CachedPrices> CatalogService::cachedPrices(qint64 serviceId) const
{
    const auto it = m_cache.constFind(cacheKey(serviceId));
    if (it == m_cache.cend())
        return std::nullopt;
    return *it;
}

void CatalogService::loadPrices(qint64 serviceId)
{
    m_loading.clear();
    m_loadingUnreadable = 0;
    // The key of the server asked, not of whichever one is current when the
    // answer comes.
    requestPricePage(serviceId, 1, ++m_pricesGeneration, cacheKey(serviceId));
}

void CatalogService::requestPricePage(qint64 serviceId, int page, quint64 generation,
                                      const QString &key)
{
    ApiRequest request;
    request.path = u"/dashboard/prices"_s;
    request.query.addQueryItem(u"service"_s, QString::number(serviceId));
    request.query.addQueryItem(u"page"_s, QString::number(page));
    request.query.addQueryItem(u"per_page"_s, QString::number(pricesPerPage));
    request.maxResponseBytes = maxPricePageBytes;
    m_api->send(
        request, this,
        [this, serviceId, page, generation, key](const Result<ApiResponse> &response) {
            if (generation != m_pricesGeneration)
                return; // the user has moved on to another service
            if (!response)
                return emit pricesFailed(serviceId, response.error());
            auto prices = Decode::prices(response->body);
            if (!prices)
                return emit pricesFailed(serviceId, prices.error());
            const PageInfo &info = prices->info;
            if (m_loading.size() + prices->items.size() > maxPriceRows) {
                m_loading.clear();
                return emit pricesFailed(serviceId, ApiError::ofKind(ApiError::Kind::TooLarge));
            }
            m_loading += prices->items;
            m_loadingUnreadable += prices->unreadable;
            emit pricesPageLoaded(serviceId, prices->items, info);
            // A server that keeps saying "more" must still end.
            if (info.hasMore && page < info.lastPage + 1 && page < 1000 && !prices->items.isEmpty())
                requestPricePage(serviceId, page + 1, generation, key);
            else {
                m_cache.insert(key,
                               {m_loading, QDateTime::currentDateTimeUtc(), m_loadingUnreadable});
                m_loading.clear();
                emit pricesLoaded(serviceId);
            }
        });
}
