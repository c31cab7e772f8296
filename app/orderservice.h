#pragma once

#include "apierror.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class ApiClient;

// Buys numbers and watches them until their SMS arrives.
//
// A purchase goes out once per call and is never retried. When its outcome is
// unknown (the connection dropped, the answer was lost) the service reloads
// the orders and reports what it found.
class OrderService final : public QObject
{
    Q_OBJECT

public:
    explicit OrderService(ApiClient *api, QObject *parent = nullptr);

    // The recent orders, all statuses (GET /orders?status=all).
    void reload();
    // One page of past orders: status is all, completed, cancelled or expired.
    void loadHistory(const QString &status, int page);
    static constexpr int historyPerPage = 20;
    // False when a purchase is already under way: one intent, one request.
    bool purchase(const PurchaseRequest &request);
    bool isPurchasing() const { return m_purchase.has_value(); }
    void cancel(qint64 orderId);
    // Forget everything (sign-out).
    void reset();

    // How often to ask while an order waits (5 s by default), and whether the
    // window is visible (hidden windows ask six times less often).
    void setPollInterval(std::chrono::milliseconds interval);
    void setWindowVisible(bool visible);
    bool isPolling() const { return m_pollTimer.isActive() || m_pollInFlight; }
    // The wait between two polls as things stand: visibility and back-off.
    std::chrono::milliseconds currentPollInterval() const { return effectiveInterval(); }

    static constexpr int recentOrdersCount = 50;

signals:
    // Fresh data on these orders, new or changed.
    void ordersUpdated(const QList<Order> &orders);
    void ordersFailed(const ApiError &error);
    void historyLoaded(const QString &status, const QList<Order> &orders, const PageInfo &info);
    void historyFailed(const ApiError &error);

    void purchased(const Order &order);
    void purchaseFailed(const ApiError &error);
    // The answer to a purchase was lost; the orders are being reloaded to learn
    // whether it went through. One of the next three follows.
    void purchaseUncertain(const ApiError &error);
    void purchaseNotCreated();
    void purchaseStillUnknown(const ApiError &error);

    void cancelled(const Order &order);
    void cancelFailed(qint64 orderId, const ApiError &error);

    // Once per order, when its SMS code is first seen.
    void codeReceived(const Order &order);
    // Orders that stopped waiting without a code (expired, cancelled
    // elsewhere): the balance has changed.
    void ordersEnded();

private:
    struct PendingPurchase
    {
        PurchaseRequest request;
        QDateTime startedAt; // server time
        QSet<qint64> knownIds;
    };

    // GET /orders for one status and page; `done` is skipped after a reset.
    void fetchOrders(const QString &status, int page, int perPage, bool retryable,
                     std::function<void(const Result<Page<Order>> &)> done);
    void absorb(const QList<Order> &orders);
    void reconcile(const ApiError &original);
    void schedulePoll(std::chrono::milliseconds delay);
    void poll();
    std::chrono::milliseconds effectiveInterval() const;

    ApiClient *m_api;
    std::optional<PendingPurchase> m_purchase;
    QSet<qint64> m_knownIds;
    QSet<qint64> m_waitingIds;
    QSet<qint64> m_codeSeen;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    bool m_windowVisible = true;
    std::chrono::milliseconds m_pollInterval{5000};
    std::chrono::milliseconds m_backoff{0};
    quint64 m_generation = 0; // bumps on reset, so late answers are dropped
};
