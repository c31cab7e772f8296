// A slow, broken or hostile server, seen from the production services: a
// purchase's outcome is never guessed, polling neither stops nor hammers,
// and what the server sends is inert and bounded.
#include "core/api/apiclient.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"
#include "support/servicefixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sandbox::Fault;

class TestHostile final : public ServiceFixture
{
    Q_OBJECT

    // Hides the fixture's: every start() here passes it.
    static Sandbox::Config quietConfig()
    {
        Sandbox::Config config = ServiceFixture::quietConfig();
        config.requestsPerMinute = 0; // polling is measured here, not the throttle
        return config;
    }

    void buyOne()
    {
        QSignalSpy bought(m_backend->orders(), &OrderService::purchased);
        QVERIFY(m_backend->orders()->purchase({1012, 42, {}, false}));
        QVERIFY(bought.wait(5000));
    }

    // Lets `ms` of real time pass while the event loop runs.
    static void runFor(std::chrono::milliseconds ms)
    {
        QTimer window;
        window.setSingleShot(true);
        QSignalSpy over(&window, &QTimer::timeout);
        window.start(ms);
        QVERIFY(over.wait(static_cast<int>(ms.count()) + 5000));
    }

private slots:
    void cleanup() { stop(); }

    // Item 1: the server makes the order after the client's deadline. The
    // outcome is unknown (never "not charged") until an order list shows it.
    void latePurchase_isUnknownUntilTheOrderListsShowIt()
    {
        start(quietConfig());
        m_backend->orders()->setPurchaseDeadline(1s);
        m_backend->orders()->setReconcileSchedule({0ms, 1s, 1s, 2s});
        Fault late = Fault::of(Fault::Kind::LateCommit, "POST", u"/orders"_s);
        late.delayMs = 2500;
        m_server->addFault(late);
        const qint64 before = m_server->state().balanceOf(u"demo@n1sms.test"_s);
        QSignalSpy uncertain(m_backend->orders(), &OrderService::purchaseUncertain);
        QSignalSpy purchased(m_backend->orders(), &OrderService::purchased);
        QSignalSpy none(m_backend->orders(), &OrderService::purchaseNotCreated);
        QSignalSpy failed(m_backend->orders(), &OrderService::purchaseFailed);
        QSignalSpy busy(m_backend->orders(), &OrderService::purchasingChanged);
        QVERIFY(m_backend->orders()->purchase({1012, 42, {}, false}));
        QVERIFY(uncertain.wait(5000));
        QCOMPARE(uncertain.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
        QVERIFY(m_backend->orders()->isPurchasing()); // still finding out
        QVERIFY(purchased.wait(10000));
        QVERIFY(none.isEmpty());
        QVERIFY(failed.isEmpty());
        QVERIFY(!m_backend->orders()->isPurchasing());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.last().first().toBool(), false);
        const Order order = purchased.first().first().value<Order>();
        QCOMPARE(order.countryId, 42);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
        QCOMPARE(m_server->state().balanceOf(u"demo@n1sms.test"_s),
                 before - order.cost.minorUnits());
    }

    // Item 1: when the checks end without the order, a later order list that
    // holds it still shows it as bought.
    void purchaseFoundAfterTheChecks_isStillShown()
    {
        start(quietConfig());
        m_backend->orders()->setPurchaseDeadline(1s);
        m_backend->orders()->setReconcileSchedule({0ms});
        Fault late = Fault::of(Fault::Kind::LateCommit, "POST", u"/orders"_s);
        late.delayMs = 2000;
        m_server->addFault(late);
        QSignalSpy none(m_backend->orders(), &OrderService::purchaseNotCreated);
        QSignalSpy purchased(m_backend->orders(), &OrderService::purchased);
        QVERIFY(m_backend->orders()->purchase({1012, 42, {}, false}));
        QVERIFY(none.wait(5000));
        QVERIFY(!m_backend->orders()->isPurchasing());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1, 5000);
        m_backend->orders()->reload();
        QVERIFY(purchased.wait(5000));
        QCOMPARE(purchased.first().first().value<Order>().countryId, 42);
    }

    // Item 1: a request that never left is the one case that is "not charged".
    void purchaseThatNeverLeft_isKnownNotMade()
    {
        start(quietConfig());
        QUrl gone;
        {
            Sandbox::Server closed; // a port nobody listens on once it is gone
            QVERIFY(closed.listen());
            gone = closed.baseUrl();
        }
        m_backend->api()->setBaseUrl(gone);
        QSignalSpy failed(m_backend->orders(), &OrderService::purchaseFailed);
        QSignalSpy uncertain(m_backend->orders(), &OrderService::purchaseUncertain);
        QVERIFY(m_backend->orders()->purchase({1012, 42, {}, false}));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().value<ApiError>().unsent);
        QVERIFY(uncertain.isEmpty());
        QVERIFY(!m_backend->orders()->isPurchasing());
    }

    // Item 6: one byte a second is not an answer: a list ends at its
    // deadline and is reported; a purchase becomes unknown and is found.
    void tricklingList_endsAtTheDeadline()
    {
        start(quietConfig());
        m_backend->api()->setMaxRetries(0);
        m_backend->api()->setDefaultDeadline(2s);
        Fault slow = Fault::of(Fault::Kind::Trickle, "GET", u"/dashboard/services"_s);
        slow.delayMs = 200; // each byte comes well within the inactivity timeout
        m_server->addFault(slow);
        QSignalSpy failed(m_backend->catalog(), &CatalogService::servicesFailed);
        QElapsedTimer clock;
        clock.start();
        m_backend->catalog()->loadServices();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
        qInfo("a trickling list was given up after %lld ms", clock.elapsed());
    }

    void tricklingPurchase_isUnknownThenFound()
    {
        start(quietConfig());
        m_backend->orders()->setPurchaseDeadline(1500ms);
        m_backend->orders()->setReconcileSchedule({0ms, 1s});
        Fault slow = Fault::of(Fault::Kind::Trickle, "POST", u"/orders"_s);
        slow.delayMs = 200;
        m_server->addFault(slow);
        QSignalSpy uncertain(m_backend->orders(), &OrderService::purchaseUncertain);
        QSignalSpy purchased(m_backend->orders(), &OrderService::purchased);
        QVERIFY(m_backend->orders()->purchase({1012, 42, {}, false}));
        QVERIFY(purchased.wait(10000));
        QCOMPARE(uncertain.size(), 1);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
    }

    // Item 7: two failed polls in a row are reported with the next try; the
    // first success says it is over.
    void failingPolls_reportTrouble_untilOneSucceeds()
    {
        start(quietConfig());
        buyOne();
        m_server->addFault(Fault::of(Fault::Kind::Reset, "GET", u"/orders"_s, -1));
        QSignalSpy trouble(m_backend->orders(), &OrderService::pollTrouble);
        QSignalSpy recovered(m_backend->orders(), &OrderService::pollRecovered);
        QSignalSpy failed(m_backend->orders(), &OrderService::ordersFailed);
        QVERIFY(trouble.wait(10000));
        QCOMPARE(failed.size(), 2); // not after the first failure
        const QDateTime next = trouble.first().at(1).toDateTime();
        QVERIFY(next > QDateTime::currentDateTime());
        QVERIFY(next <= QDateTime::currentDateTime().addSecs(61));
        m_server->clearFaults();
        QVERIFY(recovered.wait(10000));
    }

    // Item 2: a 401 on the purchase ends it, says so, and nothing is re-sent.
    void purchaseAnswered401_endsThePurchase()
    {
        start(quietConfig());
        Fault gone = Fault::of(Fault::Kind::Status, "POST", u"/orders"_s);
        gone.status = 401;
        m_server->addFault(gone);
        QSignalSpy failed(m_backend->orders(), &OrderService::purchaseFailed);
        QSignalSpy ended(m_backend->auth(), &AuthService::sessionEnded);
        QVERIFY(m_backend->orders()->purchase({1012, 42, {}, false}));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthenticated);
        QCOMPARE(ended.size(), 1);
        QVERIFY(!m_backend->orders()->isPurchasing());

        QSignalSpy loggedIn(m_backend->auth(), &AuthService::loggedIn);
        m_backend->auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        QVERIFY(loggedIn.wait(5000));
        m_backend->orders()->reload();
        QSignalSpy updated(m_backend->orders(), &OrderService::ordersUpdated);
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 0);
    }

    // Item 4: a day-long Retry-After waits five minutes at most, and a reload
    // starts polling again at once.
    void retryAfterADay_isBoundedAndRefreshRestartsPolling()
    {
        start(quietConfig());
        buyOne();
        Fault limit = Fault::of(Fault::Kind::RateLimited, "GET", u"/orders"_s);
        limit.retryAfter = 86400;
        m_server->addFault(limit);
        QSignalSpy failed(m_backend->orders(), &OrderService::ordersFailed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::RateLimited);
        QVERIFY2(m_backend->orders()->currentPollInterval() <= 300s,
                 qPrintable(QString::number(m_backend->orders()->currentPollInterval().count())));
        QVERIFY(m_backend->orders()->isPolling());

        m_backend->orders()->reload();
        const int before = m_server->requestCount(u"GET /orders"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"GET /orders"_s) >= before + 3, 5000);
        QCOMPARE(m_backend->orders()->currentPollInterval(), 100ms);
    }

    // Item 5: Retry-After: 0 on every order list for 15 s: at most one
    // order-list request a second, and no "wait 0 seconds".
    void retryAfterZero_neverMoreThanOneRequestASecond()
    {
        start(quietConfig());
        buyOne();
        Fault limit = Fault::of(Fault::Kind::RateLimited, "GET", u"/orders"_s, -1);
        limit.retryAfter = 0;
        QSignalSpy failed(m_backend->orders(), &OrderService::ordersFailed);
        const int before = m_server->requestCount(u"GET /orders"_s);
        m_server->addFault(limit);
        runFor(15s);
        m_server->clearFaults();
        const int requests = m_server->requestCount(u"GET /orders"_s) - before;
        qInfo("order-list requests in 15 s under Retry-After: 0: %d", requests);
        QVERIFY2(requests <= 15, qPrintable(QString::number(requests)));
        QVERIFY(!failed.isEmpty());
        const ApiError error = failed.last().first().value<ApiError>();
        QVERIFY2(!error.userMessage().contains(u" 0 second"_s), qPrintable(error.userMessage()));
        // And polling goes on by itself once the server relents.
        const int after = m_server->requestCount(u"GET /orders"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"GET /orders"_s) > after, 70'000);
    }

    // Item 7: bidirectional controls and invisible formatting never reach
    // what is shown; codes are their digits, numbers are + and digits.
    void bidiText_isInert()
    {
        Sandbox::Config config = quietConfig();
        config.hostileText = true;
        config.smsDelaySeconds = 0;
        start(config);
        static const QRegularExpression invisible(
            u"[\\x{061C}\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2060}-\\x{2069}\\x{FEFF}]"_s);

        QSignalSpy prices(m_backend->catalog(), &CatalogService::pricesLoaded);
        QSignalSpy page(m_backend->catalog(), &CatalogService::pricesPageLoaded);
        m_backend->catalog()->loadPrices(1012);
        QVERIFY(prices.wait(5000));
        bool sawGhana = false;
        for (const QList<QVariant> &args : std::as_const(page)) {
            for (const CountryPrice &p : args.at(1).value<QList<CountryPrice>>()) {
                QVERIFY2(!p.country.contains(invisible), qPrintable(p.country));
                if (p.countryId == 42) {
                    sawGhana = true;
                    QCOMPARE(p.country, u"aissuR"_s);
                }
            }
        }
        QVERIFY(sawGhana);

        buyOne();
        QSignalSpy code(m_backend->orders(), &OrderService::codeReceived);
        QVERIFY(code.wait(10000));
        const Order order = code.first().first().value<Order>();
        static const QRegularExpression digits(u"^\\d{4,8}$"_s);
        static const QRegularExpression phone(u"^\\+\\d{6,15}$"_s);
        QVERIFY2(digits.match(order.smsCode).hasMatch(), qPrintable(order.smsCode));
        QVERIFY2(phone.match(order.phoneNumber).hasMatch(), qPrintable(order.phoneNumber));
        QVERIFY(!order.smsText.contains(invisible));
        QVERIFY(!order.country.contains(invisible));
    }

    // Item 8: a sign-in token of 10 MB is refused with a plain message; no
    // session begins and no request ever carries it.
    void hugeToken_isRefusedAtSignIn_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("10 MB") << qint64(10 * 1024 * 1024);
        QTest::newRow("100 kB") << qint64(100 * 1024);
    }

    void hugeToken_isRefusedAtSignIn()
    {
        QFETCH(qint64, bytes);
        Sandbox::Config config = quietConfig();
        config.tokenBytes = bytes;
        start(config, false);
        QSignalSpy failed(m_backend->auth(), &AuthService::loginFailed);
        QSignalSpy loggedIn(m_backend->auth(), &AuthService::loggedIn);
        m_backend->auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY(loggedIn.isEmpty());
        QVERIFY(!m_backend->auth()->isSignedIn());
        QVERIFY(!m_backend->api()->hasToken());
        const QString message = failed.first().first().value<ApiError>().userMessage();
        QVERIFY2(message.size() < 300, qPrintable(message.left(300)));
        QVERIFY2(message.contains(u"too long"_s) || message.contains(u"too large"_s),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
