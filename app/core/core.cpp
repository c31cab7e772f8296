#include "core/core.h"

#include "core/controllers/historycontroller.h"
#include "core/controllers/notices.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
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
{}
