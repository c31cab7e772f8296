#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <chrono>

class Backend;
class HistoryController;
class Notices;
class OrdersController;
class PurchaseController;

// Who is signed in, where: signing in, restoring a remembered session,
// signing in again when a session ends, registering, changing servers and
// signing out, and the one reset that clears everything a session or a
// server leaves behind.
class SessionController final : public QObject
{
    Q_OBJECT

public:
    SessionController(Backend *backend, Notices *notices, PurchaseController *purchase,
                      OrdersController *orders, HistoryController *history,
                      QObject *parent = nullptr);

    bool isSignedIn() const;
    // The email of a session the keychain remembers for this server.
    QString rememberedEmail() const;
    // Whether "Remember me" can be honoured at all (not in the demo).
    bool canRemember() const;

    void signIn(const QString &email, const QString &password, bool remember);
    // Signs in with the remembered session, if there is one: restoring, then
    // signedIn or restoreFailed.
    void restore();
    void registerAccount(const Registration &registration);
    // The password for the session that ended (reloginNeeded).
    void signInAgain(const QString &password);
    void signOut();
    // A session belongs to its server: signs out of this one first.
    void changeServer(const QUrl &server);

    // The account as the server has it now: the balance and its figures and
    // the orders (Refresh, F5, Ctrl+R).
    void refresh();
    // The window came back to the front: after a while away, refresh.
    void windowActivated();
    static constexpr std::chrono::seconds staleAfter{30};

    // Everything a session or a server leaves behind, cleared: orders and
    // their polling, the account, the services and prices (cache included),
    // the history pages and the notices.
    void reset();

signals:
    void signedIn(const Session &session);
    // After signing in again: the same page, its data reloaded.
    void resumed(const Session &session);
    void signInFailed(const QString &message);
    void restoring(const QString &email);
    // `message` is empty when there is nothing to tell (no session to restore).
    void restoreFailed(const QString &message);
    void reloginNeeded(const QString &email, const QString &reason);
    void reloginFailed(const QString &message);
    void registered(const QString &email, const QString &notice);
    void registrationFailed(const ApiError &error);
    // Back to the sign-in page, with a notice when there is one.
    void signedOut(const QString &notice);

private:
    void resume();

    Backend *m_backend;
    Notices *m_notices;
    PurchaseController *m_purchase;
    OrdersController *m_orders;
    HistoryController *m_history;
    QString m_reloginEmail; // set while the user is asked to sign in again
    QString m_registeringEmail;
    QElapsedTimer m_sinceRefresh;
};
