#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QObject>
#include <QTimer>

#include <functional>

class ApiClient;
class SecretStore;
class Settings;

// Signs the user in and out, and keeps the session: in memory, and with
// "remember me" in the system keychain. The token is never written to
// settings, files or logs.
class ServerFeatures;
class AuthService final : public QObject
{
    Q_OBJECT

public:
    // Why "Remember me" could not keep the sign-in.
    enum class RememberProblem
    {
        NoStore,    // the app was given no secure storage (the demo, tests)
        NoKeychain, // no Secret Service on this system
        Refused,    // the keychain said no
    };
    Q_ENUM(RememberProblem)
    // In a sentence, in the language of now.
    static QString describe(RememberProblem problem);

    explicit AuthService(ApiClient *api, QObject *parent = nullptr);

    // Where remembered sessions live: the secret in `store`, whose it is in
    // `settings`. Without both (or with ephemeral settings, the demo's) a
    // session lasts until the app quits and the keychain is never touched.
    void setSecretStore(SecretStore *store, Settings *settings);
    // What the server offers beyond the published endpoints (signing out).
    void setFeatures(ServerFeatures *features) { m_features = features; }
    bool canRemember() const { return m_store != nullptr; }

    bool isSignedIn() const { return !m_session.token.isEmpty(); }
    const Session &session() const { return m_session; }

    void login(const QString &email, const QString &password, bool remember = false);
    void registerAccount(const Registration &registration);
    // Revokes the token on the server when it can, and forgets it here always,
    // remembered copy included.
    void logout();

    // The email of a remembered session for this server, if any.
    QString rememberedEmail() const;
    // Signs in with the remembered token when it is still good: loggedIn, or
    // restoreFailed (the user then signs in by hand).
    void restore();

signals:
    void loggedIn(const Session &session);
    void loginFailed(const ApiError &error);
    void registered(const RegistrationResult &result);
    void registrationFailed(const ApiError &error);
    void loggedOut();
    // The server no longer accepts the token (401), or it expired: the user
    // must sign in again. `email` is who was signed in.
    void sessionEnded(const QString &email);
    // "Remember me" could not be honoured: no secure storage here. The
    // session goes on until the app quits. describe() says why.
    void rememberUnavailable(AuthService::RememberProblem why);
    void restoreFailed(const ApiError &error);
    // "Remember me" kept the session: the keychain has it.
    void remembered(const QString &email);
    // After logout(): the server has answered (or was not asked) and the
    // keychain has forgotten. A command-line tool may end then, not before.
    void logoutSettled();

private:
    void start(const Session &session, bool remember);
    void endSession();
    // `done` runs once the keychain has answered (at once when nothing is kept).
    void forgetRemembered(const QString &email, std::function<void()> done = {});
    void armExpiry();
    QString keyFor(const QString &email) const;

    ApiClient *m_api;
    SecretStore *m_store = nullptr;
    Settings *m_settings = nullptr;
    Session m_session;
    bool m_busy = false;
    QTimer m_expiry;
    ServerFeatures *m_features = nullptr;
};
