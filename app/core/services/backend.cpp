#include "core/services/backend.h"

#include "core/api/apiclient.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"

using namespace Qt::StringLiterals;

Backend::Backend(QNetworkAccessManager *network, const QUrl &baseUrl, SecretStore *secrets,
                 Settings *settings, QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(network, baseUrl, this))
    , m_auth(new AuthService(m_api, this))
    , m_catalog(new CatalogService(m_api, this))
    , m_account(new AccountService(m_api, this))
    , m_orders(new OrderService(m_api, this))
{
    m_auth->setSecretStore(secrets, settings);
}

QUrl Backend::depositPage() const
{
    QUrl site;
    const QUrl &api = m_api->baseUrl();
    site.setScheme(api.scheme());
    site.setHost(api.host());
    site.setPort(api.port());
    site.setPath(u"/"_s);
    return site;
}
