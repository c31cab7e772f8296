#include "orderservice.h"

#include "apiclient.h"
#include "decoders.h"
#include "logging.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Errors after which the server may or may not have created the order.
bool outcomeUnknown(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::Refused:
    case ApiError::Kind::Unauthenticated:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Unsupported:
    case ApiError::Kind::ServerBusy:
        return false;
    default:
        return true;
    }
}

} // namespace

OrderService::OrderService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &OrderService::poll);
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
    if (visible && m_pollTimer.isActive() && m_backoff == 0ms)
        schedulePoll(0ms); // catch up at once
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
    m_purchase.reset();
    m_knownIds.clear();
    m_waitingIds.clear();
    m_codeSeen.clear();
    m_pollTimer.stop();
    m_pollInFlight = false;
    m_backoff = 0ms;
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
                    done(response ? Decode::orders(response->body)
                                  : Result<Page<Order>>(response.error()));
                });
}

void OrderService::reload()
{
    fetchOrders(u"all"_s, 1, recentOrdersCount, true, [this](const Result<Page<Order>> &page) {
        if (!page)
            return emit ordersFailed(page.error());
        absorb(page->items);
    });
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
    for (const Order &o : std::as_const(arrived))
        emit codeReceived(o);
    if (!m_waitingIds.isEmpty() && !m_pollTimer.isActive() && !m_pollInFlight)
        schedulePoll(effectiveInterval());
}

void OrderService::schedulePoll(std::chrono::milliseconds delay)
{
    m_pollTimer.start(delay);
}

void OrderService::poll()
{
    if (m_waitingIds.isEmpty() || m_pollInFlight)
        return;
    m_pollInFlight = true;
    // Polling has its own back-off; the client's retries would double it.
    fetchOrders(u"active"_s, 1, 100, false, [this](const Result<Page<Order>> &page) {
        m_pollInFlight = false;
        if (!page) {
            const ApiError &error = page.error();
            if (error.kind == ApiError::Kind::Unauthenticated)
                return; // the session is over; AuthService says so
            m_backoff =
                error.retryAfterSeconds
                    ? std::chrono::milliseconds(std::chrono::seconds(*error.retryAfterSeconds))
                    : qBound(m_pollInterval, m_backoff * 2, std::chrono::milliseconds(60s));
            qCInfo(lcOrders) << "poll failed, next in" << m_backoff.count() << "ms";
            emit ordersFailed(error);
            schedulePoll(m_backoff);
            return;
        }
        m_backoff = 0ms;
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

    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/orders"_s;
    request.retryable = false;
    request.atMostOnce = true;
    request.timeout = 30s;
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
            auto order = Decode::order(response->body);
            if (order) {
                m_purchase.reset();
                absorb({order.value()});
                emit purchased(order.value());
                return;
            }
            error = order.error();
        } else {
            error = response.error();
        }
        if (!outcomeUnknown(error)) {
            m_purchase.reset();
            emit purchaseFailed(error);
            return;
        }
        reconcile(error);
    });
    return true;
}

void OrderService::reconcile(const ApiError &original)
{
    qCWarning(lcOrders) << "purchase outcome unknown, reloading orders";
    emit purchaseUncertain(original);
    fetchOrders(u"all"_s, 1, recentOrdersCount, true, [this](const Result<Page<Order>> &page) {
        if (!m_purchase)
            return;
        const PendingPurchase pending = *m_purchase;
        m_purchase.reset();
        if (!page)
            return emit purchaseStillUnknown(page.error());
        const QDateTime earliest = pending.startedAt.addSecs(-120);
        std::optional<Order> found;
        for (const Order &o : page->items) {
            if (pending.knownIds.contains(o.id) || o.serviceId != pending.request.serviceId ||
                o.countryId != pending.request.countryId)
                continue;
            if (o.createdAt.isValid() && o.createdAt < earliest)
                continue;
            found = o;
            break; // newest first
        }
        absorb(page->items);
        if (found)
            emit purchased(*found);
        else
            emit purchaseNotCreated();
    });
}

void OrderService::cancel(qint64 orderId)
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/orders/%1/cancel"_s.arg(orderId);
    request.assumedEndpoint = true;
    request.retryable = false;
    const quint64 generation = m_generation;
    m_api->send(request, this, [this, orderId, generation](const Result<ApiResponse> &response) {
        if (generation != m_generation)
            return;
        if (!response)
            return emit cancelFailed(orderId, response.error());
        auto order = Decode::order(response->body);
        if (!order)
            return emit cancelFailed(orderId, order.error());
        absorb({order.value()});
        emit cancelled(order.value());
    });
}
