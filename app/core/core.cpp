#include "core/core.h"

#include "core/controllers/bookcontroller.h"
#include "core/controllers/historycontroller.h"
#include "core/controllers/notices.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
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
{
    // The book is the signed-in account's, on this server.
    const auto account = [this](const Session &session) {
        m_book->setAccount(session.user.id, session.user.email);
    };
    connect(m_session, &SessionController::signedIn, m_book, account);
    connect(m_session, &SessionController::resumed, m_book, account);
    connect(m_session, &SessionController::signedOut, m_book,
            [this] { m_book->setAccount(0, {}); });
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
