#include "authservice.h"

#include "apiclient.h"
#include "decoders.h"

using namespace Qt::StringLiterals;

AuthService::AuthService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    connect(m_api, &ApiClient::unauthenticated, this, [this] {
        if (isSignedIn()) {
            endSession();
            emit sessionEnded();
        }
    });
}

void AuthService::login(const QString &email, const QString &password)
{
    if (m_busy)
        return;
    m_busy = true;
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = u"/auth/login"_s;
    request.authenticated = false;
    request.body = {{"email"_L1, email.trimmed()}, {"password"_L1, password}};
    m_api->send(request, this, [this](const Result<ApiResponse> &response) {
        m_busy = false;
        if (!response)
            return emit loginFailed(response.error());
        auto session = Decode::login(response->body);
        if (!session)
            return emit loginFailed(session.error());
        m_session = session.value();
        m_api->setToken(m_session.token);
        emit loggedIn(m_session);
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
    // Fire and forget: the token is forgotten here whatever the server says.
    m_api->send(request, m_api, [](const Result<ApiResponse> &) {});
    endSession();
    emit loggedOut();
}

void AuthService::endSession()
{
    m_session = {};
    m_api->clearToken();
}
