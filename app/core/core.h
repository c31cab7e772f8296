#pragma once

#include <QObject>

class QNetworkAccessManager;
class QUrl;
class Backend;
class BookController;
class BuyBestController;
class HistoryController;
class Notices;
class OrdersController;
class PurchaseController;
class SecretStore;
class SessionController;
class Settings;
class WatchController;

// The core of one app, for any front end (the window, later a command line):
// the services on one server and the controllers that decide, connected.
// Knows no widget. The composition root (app/application.h) makes one; the
// tests make one on the sandbox.
class Core final : public QObject
{
    Q_OBJECT

public:
    // `secrets` keeps remembered sessions (none: sessions end with the app);
    // `settings` is everything kept between runs. Neither is owned.
    Core(QNetworkAccessManager *network, const QUrl &baseUrl, SecretStore *secrets,
         Settings *settings, QObject *parent = nullptr);

    Backend *backend() const { return m_backend; }
    Settings *settings() const { return m_settings; }
    Notices *notices() const { return m_notices; }
    PurchaseController *purchase() const { return m_purchase; }
    OrdersController *orders() const { return m_orders; }
    HistoryController *history() const { return m_history; }
    SessionController *session() const { return m_session; }
    BookController *book() const { return m_book; }
    WatchController *watches() const { return m_watches; }
    BuyBestController *buyBest() const { return m_buyBest; }

private:
    Settings *m_settings;
    Backend *m_backend;
    Notices *m_notices;
    PurchaseController *m_purchase;
    OrdersController *m_orders;
    HistoryController *m_history;
    SessionController *m_session;
    BookController *m_book;
    WatchController *m_watches;
    BuyBestController *m_buyBest;
};
