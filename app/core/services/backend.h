#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class ApiClient;
class AuthService;
class CatalogService;
class AccountService;
class OrderService;
class SecretStore;
class ServerFeatures;
class Settings;

// The API client and the services that speak through it, for one server.
// The composition root builds one for the app; tests build one for the sandbox.
class Backend final : public QObject
{
    Q_OBJECT

public:
    // `secrets` keeps remembered sessions and `settings` whose they are;
    // without both, sessions end with the app.
    Backend(QNetworkAccessManager *network, const QUrl &baseUrl, SecretStore *secrets = nullptr,
            Settings *settings = nullptr, QObject *parent = nullptr);

    ApiClient *api() const { return m_api; }
    AuthService *auth() const { return m_auth; }
    CatalogService *catalog() const { return m_catalog; }
    AccountService *account() const { return m_account; }
    OrderService *orders() const { return m_orders; }
    // What this server offers beyond the published endpoints.
    ServerFeatures *features() const { return m_features; }
    // Another server: the client's address and what it is known to offer.
    void setServer(const QUrl &server);

    // Where deposits are made: the service's website, at the origin of the
    // API in use (https://n1sms.com/ for https://n1sms.com/api/mobile). The
    // contract publishes no deposit path, so none is guessed.
    QUrl depositPage() const;

private:
    ApiClient *m_api;
    AuthService *m_auth;
    CatalogService *m_catalog;
    AccountService *m_account;
    OrderService *m_orders;
    ServerFeatures *m_features;
};
