#pragma once

#include "core/api/apierror.h"
#include "core/api/result.h"
#include "core/domain/types.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class ApiClient;
class ServerFeatures;

// Buys numbers and watches them until their SMS arrives.
//
// A purchase goes out once per call and is never retried. When its outcome is
// unknown (the connection dropped, the answer was lost or came too late) it
// stays unknown until the order lists say: they are checked several times
// over the next minute, and every order list loaded after that is still
// matched against it.
class OrderService final : public QObject
{
    Q_OBJECT

public:
    explicit OrderService(ApiClient *api, QObject *parent = nullptr);
    // What the server offers beyond the published endpoints (cancelling).
    void setFeatures(ServerFeatures *features) { m_features = features; }

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
    // How long a purchase may take in all (45 s by default).
    void setPurchaseDeadline(std::chrono::milliseconds deadline) { m_purchaseDeadline = deadline; }
    // The waits before each check of an unknown purchase's outcome.
    void setReconcileSchedule(const QList<std::chrono::milliseconds> &waits);

    static constexpr int recentOrdersCount = 50;

    // Signed in with the window open: the orders are asked for every
    // interval even when none waits, so that orders bought elsewhere show.
    void setWatchingAccount(bool watching);

signals:
    // Fresh data on these orders, new or changed.
    void ordersUpdated(const QList<Order> &orders);
    // The newest orders, as a list of them came (`complete`: all there are).
    void ordersListed(const QList<Order> &orders, bool complete);
    void ordersFailed(const ApiError &error);
    void historyLoaded(const QString &status, const QList<Order> &orders, const PageInfo &info);
    void historyFailed(const ApiError &error);
    // After every order list read: how many of its orders could not be read
    // (an id or amount beyond 64 bits, an id missing). Zero clears the alarm.
    void unreadableOrders(int count);

    // From the confirmed click until the purchase's outcome is known, by
    // whatever way it ends: Buy is disabled exactly while this is true.
    void purchasingChanged(bool purchasing);
    // The order bought, also when found only later in an order list.
    void purchased(const Order &order);
    // Just before purchased: the order was found in a list after a purchase
    // of unknown outcome.
    void reconciled(const Order &order);
    // The server refused it, or the request never left: nothing was bought.
    void purchaseFailed(const ApiError &error);
    // No definite answer: the order lists are being checked to learn whether
    // it went through. purchased, purchaseNotCreated or purchaseStillUnknown
    // follows.
    void purchaseUncertain(const ApiError &error);
    // A minute of order lists shows no such order.
    void purchaseNotCreated();
    // The order lists could not be loaded either.
    void purchaseStillUnknown(const ApiError &error);
    // Signed out, or the session ended, while a purchase was under way.
    void purchaseInterrupted();

    void cancelled(const Order &order);
    void cancelFailed(qint64 orderId, const ApiError &error);

    // Once per order, when its SMS code is first seen.
    void codeReceived(const Order &order);
    // Orders that were bought elsewhere (another device, the website) since
    // the first list: the balance has changed.
    void ordersAppeared(const QList<Order> &orders);
    // Orders that stopped waiting without a code (expired, cancelled
    // elsewhere): the balance has changed.
    void ordersEnded();
    // Two polls in a row have failed; the next try is at `nextTry`.
    void pollTrouble(const ApiError &error, const QDateTime &nextTry);
    // A poll or a reload succeeded after pollTrouble.
    void pollRecovered();

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
    void checkPurchase();
    void endPurchase();
    void pollSucceeded();
    static std::optional<Order> findPurchased(const PendingPurchase &pending,
                                              const QList<Order> &orders);
    void schedulePoll(std::chrono::milliseconds delay);
    void poll();
    std::chrono::milliseconds effectiveInterval() const;
    bool shouldPoll() const;

    ApiClient *m_api;
    ServerFeatures *m_features = nullptr;
    std::optional<PendingPurchase> m_purchase;
    // Purchases of unknown outcome whose checks ended without finding them.
    QList<PendingPurchase> m_unresolved;
    QTimer m_checkTimer;
    int m_check = -1; // which check of m_purchase is next; -1: none is being checked
    bool m_checkSawList = false;
    ApiError m_checkError;
    QList<std::chrono::milliseconds> m_checkWaits;
    std::chrono::milliseconds m_purchaseDeadline{45000};
    int m_pollFailures = 0;
    QSet<qint64> m_knownIds;
    QSet<qint64> m_waitingIds;
    QSet<qint64> m_codeSeen;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    bool m_windowVisible = true;
    bool m_watching = false;
    bool m_listedOnce = false; // a whole list came since the last reset
    std::chrono::milliseconds m_pollInterval{5000};
    std::chrono::milliseconds m_backoff{0};
    std::chrono::milliseconds m_unjittered{0}; // the back-off before its spread
    quint64 m_generation = 0;                  // bumps on reset, so late answers are dropped
};
