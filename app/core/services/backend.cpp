#include "core/services/backend.h"

#include "core/api/apiclient.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "core/services/serverfeatures.h"

using namespace Qt::StringLiterals;

Backend::Backend(QNetworkAccessManager *network, const QUrl &baseUrl, SecretStore *secrets,
                 Settings *settings, QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(network, baseUrl, this))
    , m_auth(new AuthService(m_api, this))
    , m_catalog(new CatalogService(m_api, this))
    , m_account(new AccountService(m_api, this))
    , m_orders(new OrderService(m_api, this))
    , m_features(new ServerFeatures(settings, this))
{
    m_auth->setSecretStore(secrets, settings);
    m_features->setServer(baseUrl);
    m_auth->setFeatures(m_features);
    m_orders->setFeatures(m_features);
}

void Backend::setServer(const QUrl &server)
{
    m_api->setBaseUrl(server);
    m_features->setServer(server);
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
