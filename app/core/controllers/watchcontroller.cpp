#include "core/controllers/watchcontroller.h"

#include "core/api/apiclient.h"
#include "core/controllers/purchaserules.h"
#include "core/models/watchlistmodel.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/settings/settings.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace {
constexpr std::chrono::milliseconds longestPause = 5min;
} // namespace

WatchController::WatchController(Backend *backend, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_settings(settings)
    , m_model(new WatchListModel(this))
    , m_interval(std::chrono::seconds(settings->preferences().watchSeconds))
{
    connect(&m_tick, &QTimer::timeout, this, &WatchController::tick);
    CatalogService *catalog = backend->catalog();
    // Any fresh list serves the watches, the table's too.
    connect(catalog, &CatalogService::pricesLoaded, this, [this](qint64 serviceId) {
        if (m_asking.remove(serviceId) && m_backoff > 0ms) {
            m_backoff = 0ms;
            m_pausedUntil.reset();
            emit pausedChanged({}, {});
        }
        evaluate(serviceId);
    });
    connect(catalog, &CatalogService::pricesFailed, this, &WatchController::failed);
}

const QList<Watch> &WatchController::watches() const
{
    return m_model->watches();
}

std::optional<Watch> WatchController::watch(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Watch>(watches().at(row));
}

qint64 WatchController::addWatch(Watch watch)
{
    qint64 next = 1;
    for (const Watch &w : watches())
        next = std::max(next, w.id + 1);
    watch.id = next;
    watch.createdAt = QDateTime::currentDateTimeUtc();
    store(watch);
    return watch.id;
}

void WatchController::updateWatch(const Watch &changed)
{
    const int row = m_model->rowOf(changed.id);
    if (row < 0)
        return;
    Watch watch = changed;
    watch.createdAt = watches().at(row).createdAt;
    store(watch);
}

void WatchController::store(Watch watch)
{
    // What it asks for is new: what it saw is forgotten, and it looks again.
    watch.met = false;
    watch.match.reset();
    watch.lastCheckedAt = {};
    m_model->put(watch);
    save();
    // A list already here (the table's) answers at once; else the next tick asks.
    if (m_active)
        evaluate(watch.serviceId);
    updateTimer();
    if (m_active)
        QTimer::singleShot(0, this, &WatchController::tick);
}

void WatchController::removeWatch(qint64 id)
{
    m_model->remove(id);
    save();
    updateTimer();
}

void WatchController::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    updateTimer();
}

void WatchController::setActive(bool active)
{
    m_active = active;
    m_asking.clear();
    m_lastAsked.clear();
    m_pausedUntil.reset();
    m_backoff = 0ms;
    // The watches of the server in use, as nothing has seen them yet.
    m_model->setWatches(active ? m_settings->watches(m_backend->api()->baseUrl()) : QList<Watch>());
    updateTimer();
    if (active)
        QTimer::singleShot(0, this, &WatchController::tick);
}

QDateTime WatchController::pausedUntil() const
{
    if (!m_pausedUntil || *m_pausedUntil <= Clock::now())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(
        std::chrono::duration_cast<std::chrono::milliseconds>(*m_pausedUntil - Clock::now())
            .count());
}

bool WatchController::accepts(const Watch &watch, const CountryPrice &price)
{
    if (watch.countryId != 0 && price.countryId != watch.countryId)
        return false;
    if (price.stock <= 0 || !PurchaseRules::isSanePrice(price.price))
        return false;
    // Cedi against cedi: a cap in another currency is met by nothing.
    if (watch.maxPrice && !(price.price <= *watch.maxPrice))
        return false;
    if (watch.minSuccessRate &&
        (!price.successRate || *price.successRate < double(*watch.minSuccessRate)))
        return false;
    return true;
}

std::optional<CountryPrice> WatchController::bestOf(const Watch &watch,
                                                    const QList<CountryPrice> &prices)
{
    std::optional<CountryPrice> best;
    for (const CountryPrice &p : prices) {
        if (accepts(watch, p) && (!best || p.price < best->price))
            best = p;
    }
    return best;
}

void WatchController::updateTimer()
{
    if (!m_active || watches().isEmpty()) {
        m_tick.stop();
        return;
    }
    // Often enough that a list is asked for soon after its interval is up;
    // the interval itself is kept by m_lastAsked, not by this timer.
    const auto every =
        std::clamp(m_interval / 6, std::chrono::milliseconds(50), std::chrono::milliseconds(5s));
    if (!m_tick.isActive() || m_tick.intervalAsDuration() != every)
        m_tick.start(every);
}

void WatchController::tick()
{
    if (!m_active || watches().isEmpty())
        return;
    const Clock::time_point now = Clock::now();
    if (m_pausedUntil) {
        if (*m_pausedUntil > now)
            return;
        m_pausedUntil.reset();
        emit pausedChanged({}, {});
    }
    CatalogService *catalog = m_backend->catalog();
    QSet<qint64> services;
    for (const Watch &w : watches())
        services.insert(w.serviceId);
    for (const qint64 serviceId : std::as_const(services)) {
        if (m_asking.contains(serviceId) || catalog->isLoadingPrices(serviceId))
            continue;
        const auto last = m_lastAsked.constFind(serviceId);
        const bool due = last == m_lastAsked.cend() || now - *last >= m_interval;
        if (!due)
            continue;
        // A list younger than the interval (the table's) is used as it is.
        if (const auto cached = catalog->cachedPrices(serviceId);
            cached && cached->age() < m_interval) {
            m_lastAsked.insert(serviceId,
                               now - std::chrono::duration_cast<Clock::duration>(cached->age()));
            evaluate(serviceId);
            continue;
        }
        m_lastAsked.insert(serviceId, now);
        m_asking.insert(serviceId);
        catalog->loadPrices(serviceId, CatalogService::Purpose::Background);
    }
}

void WatchController::evaluate(qint64 serviceId)
{
    if (!m_active)
        return;
    const auto cached = m_backend->catalog()->cachedPrices(serviceId);
    if (!cached)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool any = false;
    // A copy: whoever hears of a met watch may change the list.
    const QList<Watch> list = watches();
    for (Watch watch : list) {
        if (watch.serviceId != serviceId)
            continue;
        any = true;
        const bool wasMet = watch.met;
        watch.match = bestOf(watch, cached->prices);
        watch.met = watch.match.has_value();
        watch.lastCheckedAt = now;
        m_model->put(watch);
        if (watch.met && !wasMet)
            emit watchMet(watch);
    }
    if (any)
        emit checked(serviceId);
}

void WatchController::failed(qint64 serviceId, const ApiError &error)
{
    const bool ours = m_asking.remove(serviceId);
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
        // The server said how long; a 429 to the table pauses the watches too.
        pause(std::chrono::seconds(error.retryAfterSeconds.value_or(60)),
              tr("The server asked the app to wait."));
        return;
    case ApiError::Kind::ServerBusy:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        if (!ours)
            return;
        m_backoff = m_backoff == 0ms ? m_interval : std::min(m_backoff * 2, longestPause);
        pause(m_backoff, error.userMessage());
        return;
    default:
        return; // asked again an interval later, like any list
    }
}

void WatchController::pause(std::chrono::milliseconds wait, const QString &reason)
{
    m_pausedUntil = Clock::now() + wait;
    emit pausedChanged(pausedUntil(), reason);
}

void WatchController::save()
{
    m_settings->setWatches(m_backend->api()->baseUrl(), watches());
}
