#include "core/services/orderservice.h"

#include "core/api/apiclient.h"
#include "core/api/decoders.h"
#include "core/logging.h"
#include "core/services/serverfeatures.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

OrderService::OrderService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    // At once, then 5, 15, 35 and 65 s after the purchase gave up.
    , m_checkWaits{0ms, 5s, 10s, 20s, 30s}
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &OrderService::poll);
    m_checkTimer.setSingleShot(true);
    connect(&m_checkTimer, &QTimer::timeout, this, &OrderService::checkPurchase);
}

void OrderService::setReconcileSchedule(const QList<std::chrono::milliseconds> &waits)
{
    if (!waits.isEmpty())
        m_checkWaits = waits;
}

void OrderService::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = qMax(interval, 50ms);
}

void OrderService::setWindowVisible(bool visible)
{
    if (m_windowVisible == visible)
        return;
    m_windowVisible = visible;
    if (visible && m_backoff == 0ms && !m_pollInFlight && (m_pollTimer.isActive() || shouldPoll()))
        schedulePoll(0ms); // catch up at once
}

void OrderService::setWatchingAccount(bool watching)
{
    m_watching = watching;
    if (shouldPoll() && !m_pollTimer.isActive() && !m_pollInFlight)
        schedulePoll(effectiveInterval());
}

bool OrderService::shouldPoll() const
{
    // An order waits; or the window is open on an account whose orders may
    // also be bought elsewhere (another device, the website).
    return !m_waitingIds.isEmpty() || (m_watching && m_windowVisible);
}

std::chrono::milliseconds OrderService::effectiveInterval() const
{
    if (m_backoff > 0ms)
        return m_backoff;
    return m_windowVisible ? m_pollInterval : m_pollInterval * 6;
}

void OrderService::reset()
{
    ++m_generation;
    const bool wasPurchasing = m_purchase.has_value();
    if (wasPurchasing)
        endPurchase();
    m_unresolved.clear();
    m_knownIds.clear();
    m_waitingIds.clear();
    m_codeSeen.clear();
    m_listedOnce = false;
    m_watching = false;
    m_pollTimer.stop();
    m_pollInFlight = false;
    m_backoff = 0ms;
    m_unjittered = 0ms;
    m_pollFailures = 0;
    if (wasPurchasing)
        emit purchaseInterrupted();
}

void OrderService::endPurchase()
{
    m_purchase.reset();
    m_check = -1;
    m_checkTimer.stop();
    emit purchasingChanged(false);
}

std::optional<Order> OrderService::findPurchased(const PendingPurchase &pending,
                                                 const QList<Order> &orders)
{
    const QDateTime earliest = pending.startedAt.addSecs(-120);
    for (const Order &o : orders) { // newest first
        if (pending.knownIds.contains(o.id) || o.serviceId != pending.request.serviceId ||
            o.countryId != pending.request.countryId)
            continue;
        if (o.createdAt.isValid() && o.createdAt < earliest)
            continue;
        return o;
    }
    return std::nullopt;
}

void OrderService::fetchOrders(const QString &status, int page, int perPage, bool retryable,
                               std::function<void(const Result<Page<Order>> &)> done)
{
    ApiRequest request;
    request.path = u"/orders"_s;
    request.query.addQueryItem(u"status"_s, status);
    request.query.addQueryItem(u"page"_s, QString::number(qMax(1, page)));
    request.query.addQueryItem(u"per_page"_s, QString::number(perPage));
    request.retryable = retryable;
    const quint64 generation = m_generation;
    m_api->send(request, this,
                [this, generation, done = std::move(done)](const Result<ApiResponse> &response) {
                    if (generation != m_generation)
                        return; // an answer from before a sign-out
                    const Result<Page<Order>> list =
                        response ? Decode::orders(response->body, m_api->serverNow())
                                 : Result<Page<Order>>(response.error());
                    if (list)
                        emit unreadableOrders(list->unreadable);
                    done(list);
                });
}

void OrderService::reload()
{
    fetchOrders(u"all"_s, 1, recentOrdersCount, true, [this](const Result<Page<Order>> &page) {
        if (!page)
            return emit ordersFailed(page.error());
        pollSucceeded();
        absorb(page->items);
        emit ordersListed(page->items, page->info.currentPage <= 1 && !page->info.hasMore);
        m_listedOnce = true;
        // A reload is also the user's way to end a long wait: polling starts
        // again at its normal pace.
        if (shouldPoll() && !m_pollInFlight)
            schedulePoll(effectiveInterval());
    });
}

void OrderService::pollSucceeded()
{
    m_backoff = 0ms;
    m_unjittered = 0ms;
    if (std::exchange(m_pollFailures, 0) >= 2)
        emit pollRecovered();
}

void OrderService::loadHistory(const QString &status, int page)
{
    fetchOrders(status, page, historyPerPage, true, [this, status](const Result<Page<Order>> &r) {
        if (!r)
            return emit historyFailed(r.error());
        emit historyLoaded(status, r->items, r->info);
    });
}

void OrderService::absorb(const QList<Order> &orders)
{
    // Whatever loaded this list, it may hold a purchase of unknown outcome.
    std::optional<Order> current;
    if (m_purchase && m_check >= 0)
        current = findPurchased(*m_purchase, orders);
    QList<Order> found;
    if (current)
        found.append(*current);
    for (auto it = m_unresolved.begin(); it != m_unresolved.end();) {
        const auto order = findPurchased(*it, orders);
        if (order && !(current && current->id == order->id)) {
            found.append(*order);
            it = m_unresolved.erase(it);
        } else {
            ++it;
        }
    }
    // Orders bought elsewhere since the first list: the balance changed too.
    QList<Order> appeared;
    if (m_listedOnce) {
        for (const Order &o : orders) {
            const bool ours = std::any_of(found.cbegin(), found.cend(),
                                          [&o](const Order &f) { return f.id == o.id; });
            if (!m_knownIds.contains(o.id) && !ours)
                appeared.append(o);
        }
    }
    QList<Order> arrived;
    for (const Order &o : orders) {
        // Only a code we watched arrive is news; old ones are history.
        if (!o.smsCode.isEmpty() && m_waitingIds.contains(o.id) && !m_codeSeen.contains(o.id)) {
            m_codeSeen.insert(o.id);
            arrived.append(o);
        }
        m_knownIds.insert(o.id);
        if (o.isWaiting())
            m_waitingIds.insert(o.id);
        else
            m_waitingIds.remove(o.id);
    }
    emit ordersUpdated(orders);
    if (current) {
        qCInfo(lcOrders) << "the purchase of unknown outcome went through: order" << current->id;
        endPurchase();
    }
    for (const Order &o : std::as_const(found)) {
        emit reconciled(o);
        emit purchased(o);
    }
    for (const Order &o : std::as_const(arrived))
        emit codeReceived(o);
    if (!appeared.isEmpty())
        emit ordersAppeared(appeared);
    if (shouldPoll() && !m_pollTimer.isActive() && !m_pollInFlight)
        schedulePoll(effectiveInterval());
}

void OrderService::schedulePoll(std::chrono::milliseconds delay)
{
    m_pollTimer.start(delay);
}

void OrderService::poll()
{
    if (!shouldPoll() || m_pollInFlight)
        return;
    m_pollInFlight = true;
    // Polling has its own back-off; the client's retries would double it.
    fetchOrders(u"active"_s, 1, 100, false, [this](const Result<Page<Order>> &page) {
        m_pollInFlight = false;
        if (!page) {
            const ApiError &error = page.error();
            if (error.kind == ApiError::Kind::Unauthenticated)
                return; // the session is over; AuthService says so
            // The server's wait (already within 1 s to 5 min), else doubling
            // from at least a second up to a minute: never a loop, never a day
            // of silence. A fifth either way, so that many clients cut off
            // together do not all come back in the same second.
            if (error.retryAfterSeconds) {
                m_backoff = std::chrono::seconds(*error.retryAfterSeconds);
            } else {
                const std::chrono::milliseconds floor = qMax(m_pollInterval, 1000ms);
                m_unjittered = qBound(floor, m_unjittered * 2, std::chrono::milliseconds(60s));
                const double spread = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
                m_backoff =
                    std::chrono::milliseconds(qint64(double(m_unjittered.count()) * spread));
            }
            ++m_pollFailures;
            qCInfo(lcOrders) << "poll failed, next in" << m_backoff.count() << "ms";
            emit ordersFailed(error);
            if (m_pollFailures >= 2)
                emit pollTrouble(error, QDateTime::currentDateTime().addMSecs(m_backoff.count()));
            schedulePoll(m_backoff);
            return;
        }
        pollSucceeded();
        // An order that was waiting and is no longer active has ended
        // (expired, cancelled, completed): fetch its final state.
        QSet<qint64> stillActive;
        for (const Order &o : page->items)
            stillActive.insert(o.id);
        const QSet<qint64> ended = m_waitingIds - stillActive;
        if (!ended.isEmpty()) {
            m_waitingIds -= ended;
            reload();
            emit ordersEnded();
        }
        absorb(page->items);
    });
}

bool OrderService::purchase(const PurchaseRequest &purchase)
{
    if (m_purchase)
        return false;
    m_purchase = PendingPurchase{purchase, m_api->serverNow(), m_knownIds};
    emit purchasingChanged(true);

    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/orders"_s;
    request.retryable = false;
    request.atMostOnce = true;
    // However slowly the answer comes, it is unknown after this, not failed.
    request.timeout = m_purchaseDeadline;
    request.deadline = m_purchaseDeadline;
    // The published body sends the IDs as strings.
    request.body = {{"country"_L1, QString::number(purchase.countryId)},
                    {"service"_L1, QString::number(purchase.serviceId)},
                    {"pricing_option"_L1, purchase.bestSuccessRate ? u"1"_s : u"0"_s}};
    if (!purchase.pool.isEmpty())
        request.body.insert("pool"_L1, purchase.pool);

    qCInfo(lcOrders) << "buying service" << purchase.serviceId << "in country"
                     << purchase.countryId;
    const quint64 generation = m_generation;
    m_api->send(request, this, [this, generation](const Result<ApiResponse> &response) {
        if (generation != m_generation)
            return;
        ApiError error;
        if (response) {
            auto order = Decode::order(response->body, m_api->serverNow());
            if (order) {
                endPurchase();
                m_knownIds.insert(order->id); // bought here, not elsewhere
                absorb({order.value()});
                emit purchased(order.value());
                return;
            }
            error = order.error();
        } else {
            error = response.error();
        }
        if (!error.mayBeUnknownOutcome()) {
            endPurchase();
            emit purchaseFailed(error);
            return;
        }
        qCWarning(lcOrders) << "purchase outcome unknown; checking the orders";
        m_check = 0;
        m_checkSawList = false;
        m_checkError = error;
        emit purchaseUncertain(error);
        m_checkTimer.start(m_checkWaits.first());
    });
    return true;
}

void OrderService::checkPurchase()
{
    if (!m_purchase || m_check < 0)
        return;
    fetchOrders(u"all"_s, 1, recentOrdersCount, false, [this](const Result<Page<Order>> &page) {
        if (!m_purchase || m_check < 0)
            return; // found meanwhile by another order list
        if (page) {
            m_checkSawList = true;
            absorb(page->items);
            if (!m_purchase)
                return; // found in this one
        } else {
            m_checkError = page.error();
        }
        if (++m_check < m_checkWaits.size()) {
            m_checkTimer.start(m_checkWaits.at(m_check));
            return;
        }
        // Later order lists are still matched against it (absorb).
        m_unresolved.append(*m_purchase);
        endPurchase();
        if (m_checkSawList)
            emit purchaseNotCreated();
        else
            emit purchaseStillUnknown(m_checkError);
    });
}

void OrderService::cancel(qint64 orderId)
{
    if (m_features && !m_features->offers(ServerFeatures::Feature::Cancel))
        return emit cancelFailed(orderId, ApiError::ofKind(ApiError::Kind::Unsupported));
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/orders/%1/cancel"_s.arg(orderId);
    request.assumedEndpoint = true;
    request.retryable = false;
    const quint64 generation = m_generation;
    m_api->send(request, this, [this, orderId, generation](const Result<ApiResponse> &response) {
        if (generation != m_generation)
            return;
        if (!response) {
            if (response.error().kind == ApiError::Kind::Unsupported && m_features)
                m_features->markMissing(ServerFeatures::Feature::Cancel);
            return emit cancelFailed(orderId, response.error());
        }
        auto order = Decode::order(response->body, m_api->serverNow());
        if (!order)
            return emit cancelFailed(orderId, order.error());
        absorb({order.value()});
        emit cancelled(order.value());
    });
}
