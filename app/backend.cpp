#include "backend.h"

#include "accountservice.h"
#include "apiclient.h"
#include "authservice.h"
#include "catalogservice.h"
#include "orderservice.h"

Backend::Backend(QNetworkAccessManager *network, const QUrl &baseUrl, SecretStore *secrets,
                 QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(network, baseUrl, this))
    , m_auth(new AuthService(m_api, this))
    , m_catalog(new CatalogService(m_api, this))
    , m_account(new AccountService(m_api, this))
    , m_orders(new OrderService(m_api, this))
{
    m_auth->setSecretStore(secrets);
    connect(m_auth, &AuthService::loggedOut, m_orders, &OrderService::reset);
    connect(m_auth, &AuthService::sessionEnded, m_orders, &OrderService::reset);
}
