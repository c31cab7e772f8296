#include "core/services/authservice.h"

#include "core/api/apiclient.h"
#include "core/api/decoders.h"
#include "core/logging.h"
#include "core/services/secretstore.h"
#include "core/services/serverfeatures.h"
#include "core/settings/settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

AuthService::AuthService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        if (!isSignedIn())
            return;
        if (m_api->serverNow() < m_session.expiresAt)
            return armExpiry(); // a long session is re-armed in steps
        const QString email = m_session.user.email;
        endSession();
        emit sessionEnded(email);
    });
    connect(m_api, &ApiClient::unauthenticated, this, [this] {
        if (!isSignedIn())
            return;
        const QString email = m_session.user.email;
        forgetRemembered(email); // the remembered token is no good either
        endSession();
        emit sessionEnded(email);
    });
}

void AuthService::setSecretStore(SecretStore *store, Settings *settings)
{
    // A secret without the note of whose it is could never be found again.
    const bool usable = store && settings && !settings->isEphemeral();
    m_store = usable ? store : nullptr;
    m_settings = usable ? settings : nullptr;
}

QString AuthService::keyFor(const QString &email) const
{
    return email.toLower() + u" @ "_s + m_api->baseUrl().toString();
}

QString AuthService::rememberedEmail() const
{
    if (!m_store)
        return {};
    return m_settings->rememberedEmail(m_api->baseUrl());
}

void AuthService::login(const QString &email, const QString &password, bool remember)
{
    if (m_busy)
        return;
    m_busy = true;
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/auth/login"_s;
    request.authenticated = false;
    // A sign-in answer is a token and a user: a few kilobytes at most.
    request.maxResponseBytes = 256 * 1024;
    request.body = {{"email"_L1, email.trimmed()}, {"password"_L1, password}};
    m_api->send(request, this, [this, remember](const Result<ApiResponse> &response) {
        m_busy = false;
        if (!response)
            return emit loginFailed(response.error());
        auto session = Decode::login(response->body);
        if (!session)
            return emit loginFailed(session.error());
        start(session.value(), remember);
    });
}

void AuthService::start(const Session &session, bool remember)
{
    m_session = session;
    m_api->setToken(m_session.token);
    armExpiry();
    emit loggedIn(m_session);
    if (!remember)
        return forgetRemembered(m_session.user.email);
    if (!m_store)
        return emit rememberUnavailable(RememberProblem::NoStore);

    const QJsonObject secret{{"token"_L1, m_session.token},
                             {"expires_at"_L1, m_session.expiresAt.toString(Qt::ISODate)},
                             {"name"_L1, m_session.user.name}};
    const QString email = m_session.user.email;
    m_store->write(keyFor(email),
                   QString::fromUtf8(QJsonDocument(secret).toJson(QJsonDocument::Compact)), this,
                   [this, email](SecretStore::Status status, const QString &) {
                       if (status == SecretStore::Status::Ok) {
                           m_settings->setRememberedEmail(m_api->baseUrl(), email);
                           return emit remembered(email);
                       }
                       qCWarning(lcApi)
                           << "the keychain did not take the session:" << static_cast<int>(status);
                       emit rememberUnavailable(status == SecretStore::Status::Unavailable
                                                    ? RememberProblem::NoKeychain
                                                    : RememberProblem::Refused);
                   });
}

void AuthService::restore()
{
    const QString email = rememberedEmail();
    if (email.isEmpty() || !m_store) {
        emit restoreFailed(ApiError::ofKind(ApiError::Kind::Unauthenticated));
        return;
    }
    m_store->read(
        keyFor(email), this, [this, email](SecretStore::Status status, const QString &secret) {
            const QJsonObject o = QJsonDocument::fromJson(secret.toUtf8()).object();
            Session session;
            session.token = o.value("token"_L1).toString();
            session.expiresAt = Decode::timestamp(o.value("expires_at"_L1));
            session.user.email = email;
            session.user.name = o.value("name"_L1).toString();
            if (status != SecretStore::Status::Ok || session.token.isEmpty() ||
                (session.expiresAt.isValid() && session.expiresAt <= m_api->serverNow())) {
                if (status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound)
                    forgetRemembered(email);
                return emit restoreFailed(ApiError::ofKind(ApiError::Kind::Unauthenticated));
            }
            // Ask the server whether the token still stands, and who it is for.
            m_api->setToken(session.token);
            ApiRequest request;
            request.path = u"/dashboard"_s;
            m_api->send(request, this, [this, session, email](const Result<ApiResponse> &response) {
                auto dashboard = response ? Decode::dashboard(response->body, m_api->serverNow())
                                          : Result<Dashboard>(response.error());
                if (!dashboard) {
                    m_api->clearToken();
                    if (dashboard.error().kind == ApiError::Kind::Unauthenticated)
                        forgetRemembered(email);
                    return emit restoreFailed(dashboard.error());
                }
                Session restored = session;
                if (!dashboard->user.email.isEmpty())
                    restored.user = dashboard->user;
                m_session = restored;
                armExpiry();
                emit loggedIn(m_session);
            });
        });
}

void AuthService::registerAccount(const Registration &r)
{
    if (m_busy)
        return;
    m_busy = true;
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/auth/register"_s;
    request.authenticated = false;
    request.body = {{"name"_L1, r.name.trimmed()},
                    {"email"_L1, r.email.trimmed()},
                    {"phone"_L1, r.phone.trimmed()},
                    {"password"_L1, r.password},
                    {"password_confirmation"_L1, r.passwordConfirmation}};
    if (!r.referralCode.trimmed().isEmpty())
        request.body.insert("referral_code"_L1, r.referralCode.trimmed());
    m_api->send(request, this, [this](const Result<ApiResponse> &response) {
        m_busy = false;
        if (!response)
            return emit registrationFailed(response.error());
        auto result = Decode::registration(response->body);
        if (!result)
            return emit registrationFailed(result.error());
        emit registered(result.value());
    });
}

void AuthService::logout()
{
    if (!isSignedIn())
        return;
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/auth/logout"_s;
    request.assumedEndpoint = true;
    request.retryable = false;
    // Two things to wait for before logoutSettled: the server's answer and
    // the keychain's.
    auto pending = std::make_shared<int>(2);
    const auto settle = [self = QPointer<AuthService>(this), pending] {
        if (--*pending == 0 && self)
            emit self->logoutSettled();
    };
    // Fire and forget: the token is forgotten here whatever the server says.
    // A server that lacks the endpoint is not asked again.
    if (!m_features || m_features->offers(ServerFeatures::Feature::Logout)) {
        m_api->send(request, m_api,
                    [features = QPointer<ServerFeatures>(m_features),
                     settle](const Result<ApiResponse> &response) {
                        if (!response && response.error().kind == ApiError::Kind::Unsupported &&
                            features)
                            features->markMissing(ServerFeatures::Feature::Logout);
                        settle();
                    });
    } else {
        settle();
    }
    forgetRemembered(m_session.user.email, settle);
    endSession();
    emit loggedOut();
}

void AuthService::forgetRemembered(const QString &email, std::function<void()> done)
{
    if (!m_store || m_settings->rememberedEmail(m_api->baseUrl()).isEmpty()) {
        if (done)
            done();
        return;
    }
    m_settings->forgetRemembered(m_api->baseUrl());
    m_store->remove(keyFor(email), this, [done](SecretStore::Status, const QString &) {
        if (done)
            done();
    });
}

void AuthService::armExpiry()
{
    m_expiry.stop();
    if (!m_session.expiresAt.isValid())
        return;
    const qint64 ms = m_api->serverNow().msecsTo(m_session.expiresAt);
    m_expiry.start(std::chrono::milliseconds(qBound<qint64>(0, ms, qint64(24) * 3600 * 1000)));
}

void AuthService::endSession()
{
    m_expiry.stop();
    m_session = {};
    m_api->clearToken();
}

QString AuthService::describe(RememberProblem problem)
{
    switch (problem) {
    case RememberProblem::NoStore:
        return tr("No secure storage is set up for this app.");
    case RememberProblem::NoKeychain:
        return tr("No keychain (Secret Service) is available on this system.");
    case RememberProblem::Refused:
        break;
    }
    return tr("The keychain refused to store the sign-in.");
}
