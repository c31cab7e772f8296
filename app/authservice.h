#pragma once

#include "apierror.h"
#include "types.h"

#include <QObject>

class ApiClient;

// Signs the user in and out. The token lives in memory and in the ApiClient
// that sends it; it is never written to settings, files or logs.
class AuthService final : public QObject
{
    Q_OBJECT

public:
    explicit AuthService(ApiClient *api, QObject *parent = nullptr);

    bool isSignedIn() const { return !m_session.token.isEmpty(); }
    const Session &session() const { return m_session; }
    bool isBusy() const { return m_busy; }

    void login(const QString &email, const QString &password);
    void registerAccount(const Registration &registration);
    // Revokes the token on the server when it can, and forgets it here always.
    void logout();

signals:
    void loggedIn(const Session &session);
    void loginFailed(const ApiError &error);
    void registered(const RegistrationResult &result);
    void registrationFailed(const ApiError &error);
    void loggedOut();
    // The server no longer accepts the token (401), or it expired.
    void sessionEnded();

private:
    void endSession();

    ApiClient *m_api;
    Session m_session;
    bool m_busy = false;
};
