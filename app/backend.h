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

// The API client and the services that speak through it, for one server.
// main.cpp builds one for the window; tests build one for the sandbox.
class Backend final : public QObject
{
    Q_OBJECT

public:
    // `secrets` keeps remembered sessions; none: sessions end with the app.
    Backend(QNetworkAccessManager *network, const QUrl &baseUrl, SecretStore *secrets = nullptr,
            QObject *parent = nullptr);

    ApiClient *api() const { return m_api; }
    AuthService *auth() const { return m_auth; }
    CatalogService *catalog() const { return m_catalog; }
    AccountService *account() const { return m_account; }
    OrderService *orders() const { return m_orders; }

private:
    ApiClient *m_api;
    AuthService *m_auth;
    CatalogService *m_catalog;
    AccountService *m_account;
    OrderService *m_orders;
};
