// The production services against the sandbox over real HTTP on loopback.
#include "core/api/apiclient.h"
#include "core/models/orderlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"
#include "support/servicefixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestServices final : public ServiceFixture
{
    Q_OBJECT

    const Sandbox::Config &config() { return m_server->state().config(); }
    void signIn() { signInDemo(); }

private slots:
    void cleanup() { stop(); }

    // A caller gone wrong asks for the order list in a loop: the API client's
    // budget holds whatever it does. Every request is still answered, later.
    void aCallerInALoop_isHeldToTheRequestBudget()
    {
        start();
        ApiClient *api = m_backend->api();
        api->budget().setWindow(1s);
        api->budget().setLimit(RequestBudget::Family::OrderList, 3);
        QSignalSpy over(api, &ApiClient::budgetExceeded);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"request budget: more than 3 order lists"_s));
        QElapsedTimer clock;
        QList<qint64> answered;
        connect(m_backend->orders(), &OrderService::ordersListed, this,
                [&] { answered.append(clock.elapsed()); });
        const int before = m_server->requestCount(u"GET /orders"_s);
        clock.start();
        for (int i = 0; i < 10; ++i)
            m_backend->orders()->reload();
        QCOMPARE(over.size(), 1);
        QCOMPARE(over.first().first().value<RequestBudget::Family>(),
                 RequestBudget::Family::OrderList);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 10, 10000);
        QCOMPARE(m_server->requestCount(u"GET /orders"_s) - before, 10);
        // Never more than 3 in any second: the 4th request after the 1st
        // goes a whole window later, so its answer comes at least a window
        // after the 1st was sent, less how long the 1st's answer took (up to
        // 300 ms on a loaded machine; without the budget all ten come within
        // some 50 ms).
        for (qsizetype i = 0; i + 3 < answered.size(); ++i)
            QVERIFY2(answered.at(i + 3) - answered.at(i) >= 700,
                     qPrintable(u"answers %1 and %2 at %3 and %4 ms"_s.arg(i)
                                    .arg(i + 3)
                                    .arg(answered.at(i))
                                    .arg(answered.at(i + 3))));
    }

    void login_wrongPassword_givesTheServersFieldError()
    {
        start(Sandbox::Config(), false);
        QSignalSpy failed(m_backend->auth(), &AuthService::loginFailed);
        m_backend->auth()->login(u"demo@n1sms.test"_s, u"wrong-password"_s);
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QCOMPARE(error.fieldErrors.value(u"email"_s).first(),
                 u"These credentials do not match our records."_s);
        QVERIFY(!m_backend->auth()->isSignedIn());
    }

    void login_thenDashboardShowsTheBalance()
    {
        start(Sandbox::Config(), false);
        signIn();
        QCOMPARE(m_backend->auth()->session().user.email, u"demo@n1sms.test"_s);
        QSignalSpy loaded(m_backend->account(), &AccountService::dashboardLoaded);
        m_backend->account()->refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_backend->account()->dashboard()->balance,
                 Money(config().demoBalancePesewas, u"GHS"_s));
    }

    void register_thenVerificationIsRequired()
    {
        start(Sandbox::Config(), false);
        QSignalSpy registered(m_backend->auth(), &AuthService::registered);
        m_backend->auth()->registerAccount({u"Kofi Boateng"_s,
                                            u"kofi@example.com"_s,
                                            u"+233201234567"_s,
                                            u"password123"_s,
                                            u"password123"_s,
                                            {}});
        QVERIFY(registered.wait(5000));
        QVERIFY(registered.first().first().value<RegistrationResult>().requiresVerification);

        QSignalSpy failed(m_backend->auth(), &AuthService::registrationFailed);
        m_backend->auth()->registerAccount({{}, u"not-an-email"_s, {}, u"x"_s, u"y"_s, {}});
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QVERIFY(error.fieldErrors.contains(u"name"_s));
        QVERIFY(error.fieldErrors.contains(u"email"_s));
        QVERIFY(error.fieldErrors.contains(u"password"_s));
    }

    void prices_followEveryPage()
    {
        start(Sandbox::Config(), false);
        signIn();
        QSignalSpy pages(m_backend->catalog(), &CatalogService::pricesPageLoaded);
        QSignalSpy done(m_backend->catalog(), &CatalogService::pricesLoaded);
        m_backend->catalog()->loadPrices(1012);
        QVERIFY(done.wait(10000));
        int rows = 0;
        for (const auto &args : pages)
            rows += static_cast<int>(args.at(1).value<QList<CountryPrice>>().size());
        const int expected = static_cast<int>(m_server->state().catalogue().offers(1012).size());
        QCOMPARE(rows, expected);
        QCOMPARE(pages.size(),
                 (expected + CatalogService::pricesPerPage - 1) / CatalogService::pricesPerPage);
        QVERIFY(pages.size() >= 3);
    }

    void prices_aNewerServiceAbandonsTheOlderPages()
    {
        start(Sandbox::Config(), false);
        signIn();
        QSignalSpy pages(m_backend->catalog(), &CatalogService::pricesPageLoaded);
        QSignalSpy done(m_backend->catalog(), &CatalogService::pricesLoaded);
        m_backend->catalog()->loadPrices(1012);
        m_backend->catalog()->loadPrices(907);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toLongLong(), 907);
        for (const auto &args : pages)
            QCOMPARE(args.first().toLongLong(), 907);
    }

    void services_includeWhatsApp()
    {
        start(Sandbox::Config(), false);
        signIn();
        QSignalSpy loaded(m_backend->catalog(), &CatalogService::servicesLoaded);
        m_backend->catalog()->loadServices();
        QVERIFY(loaded.wait(5000));
        const auto services = loaded.first().first().value<QList<Service>>();
        QVERIFY(std::any_of(services.cbegin(), services.cend(), [](const Service &s) {
            return s.id == 1012 && s.name == u"WhatsApp";
        }));
    }

    void purchase_thenTheCodeArrivesOnce()
    {
        Sandbox::Config c;
        c.smsDelaySeconds = 1;
        start(c, false);
        signIn();
        OrderService *orders = m_backend->orders();
        QSignalSpy purchased(orders, &OrderService::purchased);
        QSignalSpy codes(orders, &OrderService::codeReceived);
        QVERIFY(orders->purchase({1012, 42, {}, false}));
        QVERIFY(orders->isPurchasing());
        // One intent, one request: a second call while the first is out is refused.
        QVERIFY(!orders->purchase({1012, 42, {}, false}));
        QVERIFY(purchased.wait(5000));
        const Order order = purchased.first().first().value<Order>();
        QCOMPARE(order.status, Order::Status::Pending);
        QCOMPARE(order.countryCode, u"GH"_s);
        QVERIFY(orders->isPolling());

        QVERIFY(codes.wait(10000));
        const Order arrived = codes.first().first().value<Order>();
        QCOMPARE(arrived.id, order.id);
        QVERIFY(!arrived.smsCode.isEmpty());
        QVERIFY(arrived.smsCode.size() >= 4);
        // Polling stops by itself once nothing waits, and the code is not told twice.
        QTRY_VERIFY_WITH_TIMEOUT(!orders->isPolling(), 3000);
        QCOMPARE(m_server->state().orderCountOf(config().demoEmail), 1);
        QCOMPARE(codes.size(), 1);
    }

    void purchase_insufficientBalance_isRefusedWithTheServersCode()
    {
        start(Sandbox::Config(), false);
        m_server->state().setBalance(config().demoEmail, 1);
        signIn();
        QSignalSpy failed(m_backend->orders(), &OrderService::purchaseFailed);
        QVERIFY(m_backend->orders()->purchase({1012, 42, {}, false}));
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Refused);
        QCOMPARE(error.errorCode, u"INSUFFICIENT_BALANCE"_s);
        QVERIFY(error.userMessage().contains(u"Insufficient balance"_s));
        QVERIFY(!m_backend->orders()->isPurchasing());
        QCOMPARE(m_server->state().orderCountOf(config().demoEmail), 0);
    }

    void cancel_beforeAllowed_showsServerMessage()
    {
        Sandbox::Config c;
        c.smsDelaySeconds = 100000;
        start(c, false);
        signIn();
        QSignalSpy purchased(m_backend->orders(), &OrderService::purchased);
        m_backend->orders()->purchase({1012, 42, {}, false});
        QVERIFY(purchased.wait(5000));
        const qint64 id = purchased.first().first().value<Order>().id;
        QSignalSpy failed(m_backend->orders(), &OrderService::cancelFailed);
        m_backend->orders()->cancel(id);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<ApiError>().userMessage(),
                 u"This order cannot be cancelled yet, please try again later."_s);
    }

    void revokedToken_endsTheSession()
    {
        start(Sandbox::Config(), false);
        signIn();
        QSignalSpy ended(m_backend->auth(), &AuthService::sessionEnded);
        m_backend->api()->setToken(u"1|revoked"_s);
        m_backend->account()->refresh();
        QVERIFY(ended.wait(5000));
        QVERIFY(!m_backend->auth()->isSignedIn());
        QVERIFY(!m_backend->api()->hasToken());
    }

    void logout_forgetsTheTokenAndRevokesIt()
    {
        start(Sandbox::Config(), false);
        signIn();
        const int before = m_server->requestCount(u"/auth/logout"_s);
        QSignalSpy out(m_backend->auth(), &AuthService::loggedOut);
        m_backend->auth()->logout();
        QCOMPARE(out.size(), 1);
        QVERIFY(!m_backend->api()->hasToken());
        QTRY_COMPARE(m_server->requestCount(u"/auth/logout"_s), before + 1);
    }

    void requests_sayWhoTheyAreAndWhatTheyAccept()
    {
        start(Sandbox::Config(), false);
        signIn();
        m_backend->account()->refresh();
        QTRY_VERIFY(m_backend->account()->dashboard().has_value());
        const auto &headers = m_server->lastHeaders();
        QCOMPARE(headers.value("accept"), QByteArray("application/json"));
        QVERIFY(headers.value("user-agent").startsWith("N1SMS-Desktop/" N1SMS_VERSION " Qt/6."));
        QCOMPARE(headers.value("authorization"),
                 "Bearer " + m_backend->auth()->session().token.toUtf8());
    }

    void serverClockSkew_isMeasuredAndAppliedToCountdowns_data()
    {
        QTest::addColumn<bool>("timeLeftOnly");
        QTest::newRow("expires_at") << false;
        // The expiry then comes from time_left, counted from the server's
        // time: the computer's clock would put it an hour in the past.
        QTest::newRow("time_left only") << true;
    }

    void serverClockSkew_isMeasuredAndAppliedToCountdowns()
    {
        QFETCH(bool, timeLeftOnly);
        Sandbox::Config c;
        c.clockSkewSeconds = 3600; // the server runs an hour ahead
        c.smsDelaySeconds = 100000;
        c.timeLeftOnly = timeLeftOnly;
        start(c, false);
        signIn();
        QSignalSpy purchased(m_backend->orders(), &OrderService::purchased);
        m_backend->orders()->purchase({1012, 42, {}, false});
        QVERIFY(purchased.wait(5000));
        const qint64 offset = m_backend->api()->serverClockOffset().count();
        QVERIFY2(offset >= 3598 && offset <= 3602, qPrintable(QString::number(offset)));
        OrderListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([api = m_backend->api()] { return api->serverNow(); });
        model.upsert({purchased.first().first().value<Order>()});
        // The Date header has whole seconds: the skew is known to within one.
        const qint64 left = model.index(0, OrderListModel::TimeLeftColumn)
                                .data(OrderListModel::SortRole)
                                .toLongLong();
        QVERIFY2(qAbs(left - 1200) <= 2, qPrintable(QString::number(left)));
    }

    void tokenExpiry_endsTheSessionWithoutARequest()
    {
        Sandbox::Config c;
        c.tokenLifetimeSeconds = 1;
        start(c, false);
        QSignalSpy ended(m_backend->auth(), &AuthService::sessionEnded);
        signIn();
        const int requests = m_server->requestCount();
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.first().first().toString(), u"demo@n1sms.test"_s);
        QVERIFY(!m_backend->auth()->isSignedIn());
        QCOMPARE(m_server->requestCount(), requests);
    }

    void hiddenWindow_pollsLessOften()
    {
        Sandbox::Config c;
        c.smsDelaySeconds = 100000;
        start(c, false);
        signIn();
        OrderService *orders = m_backend->orders();
        QSignalSpy purchased(orders, &OrderService::purchased);
        orders->setPollInterval(100ms);
        orders->purchase({1012, 42, {}, false});
        QVERIFY(purchased.wait(5000));
        QCOMPARE(orders->currentPollInterval(), 100ms);
        orders->setWindowVisible(false);
        QCOMPARE(orders->currentPollInterval(), 600ms);

        // Two polls while hidden lie at least the hidden interval apart.
        QSignalSpy updated(orders, &OrderService::ordersUpdated);
        QElapsedTimer timer;
        QVERIFY(updated.wait(5000));
        timer.start();
        QVERIFY(updated.wait(5000));
        QVERIFY2(timer.elapsed() >= 550, qPrintable(QString::number(timer.elapsed())));
        orders->setWindowVisible(true);
        QCOMPARE(orders->currentPollInterval(), 100ms);
    }

    void plainHttpToAnotherHost_isRefusedBeforeSending()
    {
        QNetworkAccessManager network;
        Backend backend(&network, QUrl(u"http://example.com/api/mobile"_s));
        QSignalSpy failed(backend.auth(), &AuthService::loginFailed);
        backend.auth()->login(u"a@b.c"_s, u"password"_s);
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::InsecureUrl);
        QVERIFY(ApiClient::isAllowedBaseUrl(QUrl(u"http://127.0.0.1:8080/api"_s)));
        QVERIFY(ApiClient::isAllowedBaseUrl(QUrl(u"http://[::1]:8080/api"_s)));
        QVERIFY(ApiClient::isAllowedBaseUrl(QUrl(u"https://n1sms.com/api/mobile"_s)));
        QVERIFY(!ApiClient::isAllowedBaseUrl(QUrl(u"http://192.168.1.2/api"_s)));
        QVERIFY(!ApiClient::isAllowedBaseUrl(QUrl(u"ftp://127.0.0.1/api"_s)));
    }

    void refusedConnection_isANetworkError()
    {
        quint16 port = 0;
        {
            Sandbox::Server server;
            QVERIFY(server.listen());
            port = server.port();
        }
        QNetworkAccessManager network;
        Backend backend(&network, QUrl(u"http://127.0.0.1:%1/api/mobile"_s.arg(port)));
        backend.api()->setMaxRetries(0);
        QSignalSpy failed(backend.auth(), &AuthService::loginFailed);
        backend.auth()->login(u"a@b.c"_s, u"password"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
