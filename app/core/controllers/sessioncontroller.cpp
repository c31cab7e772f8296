#include "core/controllers/sessioncontroller.h"

#include "core/api/apiclient.h"
#include "core/controllers/historycontroller.h"
#include "core/controllers/notices.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/models/servicelistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "core/services/serverfeatures.h"

using namespace Qt::StringLiterals;

namespace {
const QString dashboardTopic = u"dashboard"_s;
const QString keychainTopic = u"keychain"_s;

QString signInMessage(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty())
        return error.fieldErrors.constBegin()->join(u' ');
    return error.userMessage();
}
} // namespace

SessionController::SessionController(Backend *backend, Notices *notices,
                                     PurchaseController *purchase, OrdersController *orders,
                                     HistoryController *history, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_notices(notices)
    , m_purchase(purchase)
    , m_orders(orders)
    , m_history(history)
{
    AuthService *auth = backend->auth();
    connect(auth, &AuthService::loggedIn, this, [this](const Session &session) {
        if (!m_reloginEmail.isEmpty()) {
            m_reloginEmail.clear();
            resume();
            emit resumed(session);
            return;
        }
        emit signedIn(session);
        m_purchase->loadServices();
        refresh();
    });
    connect(auth, &AuthService::loginFailed, this, [this](const ApiError &error) {
        if (!m_reloginEmail.isEmpty())
            return emit reloginFailed(signInMessage(error));
        emit signInFailed(signInMessage(error));
    });
    connect(auth, &AuthService::restoreFailed, this, [this](const ApiError &error) {
        emit restoreFailed(error.kind == ApiError::Kind::Unauthenticated ? QString()
                                                                         : error.userMessage());
    });
    connect(auth, &AuthService::registered, this, [this](const RegistrationResult &result) {
        emit registered(m_registeringEmail,
                        result.requiresVerification
                            ? tr("Your account is created. Verify your phone number as the "
                                 "message from N1SMS asks, then sign in here.")
                            : tr("Your account is created. You can sign in now."));
    });
    connect(auth, &AuthService::registrationFailed, this, &SessionController::registrationFailed);
    connect(auth, &AuthService::rememberUnavailable, this,
            [this](AuthService::RememberProblem why) {
                m_notices->raise(keychainTopic, [=] {
                    return QString(tr("You will stay signed in only until N1SMS closes: %1")
                                       .arg(AuthService::describe(why)));
                });
            });
    // The token is gone: what was going on stops (a purchase under way ends
    // and says so) and the user is asked for the password. What the window
    // shows stays, to be reloaded once signed in again.
    connect(auth, &AuthService::sessionEnded, this, [this](const QString &email) {
        m_backend->orders()->reset();
        if (!m_reloginEmail.isEmpty())
            return;
        m_reloginEmail = email;
        emit reloginNeeded(email, tr("Your session has ended."));
    });

    AccountService *account = backend->account();
    connect(
        account, &AccountService::dashboardFailed, this, [this, account](const ApiError &error) {
            if (error.mayPass())
                m_notices->raise(
                    dashboardTopic,
                    [=] {
                        return QString(
                            tr("Your balance could not be loaded: %1").arg(error.userMessage()));
                    },
                    [account] { account->refresh(); });
        });
    connect(account, &AccountService::dashboardLoaded, this,
            [this] { m_notices->clear(dashboardTopic); });
}

bool SessionController::isSignedIn() const
{
    return m_backend->auth()->isSignedIn();
}

QString SessionController::rememberedEmail() const
{
    return m_backend->auth()->rememberedEmail();
}

bool SessionController::canRemember() const
{
    return m_backend->auth()->canRemember();
}

void SessionController::signIn(const QString &email, const QString &password, bool remember)
{
    m_reloginEmail.clear();
    m_backend->auth()->login(email, password, remember);
}

void SessionController::restore()
{
    const QString email = rememberedEmail();
    if (email.isEmpty())
        return;
    emit restoring(email);
    m_backend->auth()->restore();
}

void SessionController::registerAccount(const Registration &registration)
{
    m_registeringEmail = registration.email;
    m_backend->auth()->registerAccount(registration);
}

void SessionController::signInAgain(const QString &password)
{
    m_backend->auth()->login(m_reloginEmail, password, !rememberedEmail().isEmpty());
}

void SessionController::resume()
{
    // Everything but a purchase: buying again is the user's decision alone.
    refresh();
    if (m_purchase->services()->rowCount() == 0)
        m_purchase->loadServices();
    m_purchase->reloadPrices();
}

void SessionController::refresh()
{
    if (!isSignedIn())
        return;
    // While signed in, orders bought elsewhere show by themselves too.
    m_backend->orders()->setWatchingAccount(true);
    m_sinceRefresh.start();
    m_backend->account()->refresh();
    m_orders->refresh();
}

void SessionController::windowActivated()
{
    if (m_sinceRefresh.isValid() &&
        std::chrono::milliseconds(m_sinceRefresh.elapsed()) < staleAfter)
        return;
    refresh();
}

void SessionController::signOut()
{
    m_backend->auth()->logout();
    reset();
    // Without remote sign-out the token lives on at the server until it
    // expires: the user is told so, plainly.
    const ServerFeatures *features = m_backend->features();
    emit signedOut(features->offers(ServerFeatures::Feature::Logout)
                       ? QString()
                       : ServerFeatures::reason(ServerFeatures::Feature::Logout));
}

void SessionController::changeServer(const QUrl &server)
{
    if (server == m_backend->api()->baseUrl())
        return;
    m_backend->auth()->logout();
    m_backend->setServer(server);
    reset();
    emit signedOut(tr("Now using %1. Sign in to your account there.").arg(server.toString()));
}

void SessionController::reset()
{
    m_reloginEmail.clear();
    m_orders->reset();
    m_history->reset();
    m_purchase->reset();
    m_backend->account()->clear();
    m_backend->catalog()->clear();
    m_notices->clearAll();
}
