#include "core/core.h"

#include "core/controllers/bookcontroller.h"
#include "core/controllers/buybestcontroller.h"
#include "core/controllers/historycontroller.h"
#include "core/controllers/notices.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
#include "core/controllers/watchcontroller.h"
#include "core/domain/types.h"
#include "core/services/backend.h"

Core::Core(QNetworkAccessManager *network, const QUrl &baseUrl, SecretStore *secrets,
           Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_backend(new Backend(network, baseUrl, secrets, settings, this))
    , m_notices(new Notices(this))
    , m_purchase(new PurchaseController(m_backend, settings, m_notices, this))
    , m_orders(new OrdersController(m_backend, m_notices, this))
    , m_history(new HistoryController(m_backend->orders(), this))
    , m_session(new SessionController(m_backend, m_notices, m_purchase, m_orders, m_history, this))
    , m_book(new BookController(m_backend, m_purchase, m_notices, this))
    , m_watches(new WatchController(m_backend, settings, this))
    , m_buyBest(new BuyBestController(m_backend, this))
{
    // The book is the signed-in account's, on this server.
    const auto account = [this](const Session &session) {
        m_book->setAccount(session.user.id, session.user.email);
    };
    connect(m_session, &SessionController::signedIn, m_book, account);
    connect(m_session, &SessionController::resumed, m_book, account);
    connect(m_session, &SessionController::signedOut, m_book,
            [this] { m_book->setAccount(0, {}); });
    // Watches look while someone is signed in, and ask nothing otherwise.
    const auto watching = [this] { m_watches->setActive(true); };
    connect(m_session, &SessionController::signedIn, m_watches, watching);
    connect(m_session, &SessionController::resumed, m_watches, watching);
    connect(m_session, &SessionController::signedOut, m_watches,
            [this] { m_watches->setActive(false); });
    connect(m_session, &SessionController::reloginNeeded, m_watches,
            [this] { m_watches->setActive(false); });
    // A watch ticked to buy brings up the usual confirmation, never more.
    connect(m_watches, &WatchController::watchMet, m_purchase, [this](const Watch &watch) {
        if (!watch.buyWhenMet || !watch.match || m_purchase->isPurchasing() ||
            m_buyBest->isRunning())
            return;
        RetryPlan plan;
        plan.serviceId = watch.serviceId;
        plan.serviceName = watch.serviceName;
        plan.countryId = watch.match->countryId;
        plan.country = RetryPlan::Country::Same;
        m_purchase->retry(plan);
    });
    // While a plan buys, its steps speak for themselves, not the status line.
    connect(m_buyBest, &BuyBestController::runningChanged, m_purchase,
            &PurchaseController::setPlanRunning);
    // The status line never speaks of an order as waiting once it has ended.
    connect(m_orders, &OrdersController::orderEnded, m_purchase, [this](const Order &order) {
        m_purchase->orderEnded(order, OrdersController::endSentence(order));
    });
    // A charge other than the one confirmed shows on the order's row too.
    connect(m_purchase, &PurchaseController::chargeDiffered, m_orders,
            [this](const Order &order, const Money &confirmed) {
                m_orders->noteConfirmedPrice(order.id, confirmed);
            });
}
