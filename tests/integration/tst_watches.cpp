// Watches and Buy best against the sandbox over real HTTP, with the core a
// front end gets and no widget: what they ask of the server (counted by the
// sandbox), when a watch fires, and what a plan buys and is charged.
#include "core/api/apiclient.h"
#include "core/controllers/buybestcontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
#include "core/controllers/watchcontroller.h"
#include "core/models/countrypricemodel.h"
#include "core/models/servicelistmodel.h"
#include "core/models/watchlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "support/corefixture.h"
#include "support/testenv.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr qint64 whatsApp = 1012;
constexpr qint64 ghana = 42;
const QString demoEmail = u"demo@n1sms.test"_s;
const QString priceLists = u"/dashboard/prices?page=1"_s;
} // namespace

class TestWatches final : public CoreFixture
{
    Q_OBJECT

    WatchController *watches() const { return m_core->watches(); }
    BuyBestController *buyBest() const { return m_core->buyBest(); }
    Sandbox::State &state() const { return m_server->state(); }

    static Sandbox::Config config()
    {
        Sandbox::Config c;
        c.smsDelaySeconds = 100000;
        c.requestsPerMinute = 0;
        return c;
    }

    void signIn()
    {
        QSignalSpy in(m_core->session(), &SessionController::signedIn);
        m_core->session()->signIn(demoEmail, u"demo-password"_s, false);
        QVERIFY(in.wait(5000));
        QTRY_VERIFY(backend()->account()->dashboard().has_value());
    }

    // WhatsApp's whole list, as the table loads it.
    QList<CountryPrice> loadWhatsApp()
    {
        QSignalSpy loaded(backend()->catalog(), &CatalogService::pricesLoaded);
        backend()->catalog()->loadPrices(whatsApp);
        if (!loaded.wait(10000))
            return {};
        return backend()->catalog()->cachedPrices(whatsApp)->prices;
    }

    // A plan over WhatsApp's whole list, by price, within ₵20.00.
    BuyBestPlan whatsAppPlan(bool continueOnExpiry = false)
    {
        BuyBestPlan plan;
        plan.serviceId = whatsApp;
        plan.serviceName = u"WhatsApp"_s;
        plan.cap = Money(2000, u"GHS"_s);
        plan.continueOnExpiry = continueOnExpiry;
        plan.countries = BuyBestController::rank(loadWhatsApp(), plan.cap, plan.ranking, {});
        return plan;
    }

    static Watch inGhana()
    {
        Watch w;
        w.serviceId = whatsApp;
        w.serviceName = u"WhatsApp"_s;
        w.countryId = ghana;
        w.countryName = u"Ghana"_s;
        return w;
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init()
    {
        QSettings().clear();
        startCore(config());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            watches()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        backend()->orders()->setReconcileSchedule({0ms, 200ms, 400ms});
    }

    void cleanup()
    {
        m_tester.reset();
        stopCore();
    }

    // Sold out, the watch looks and stays quiet; back in stock, it fires
    // once; out and in again, it fires again.
    void watch_firesWhenStockReturns_andNotBefore()
    {
        state().setStock(whatsApp, ghana, 0);
        signIn();
        watches()->setInterval(200ms);
        QSignalSpy met(watches(), &WatchController::watchMet);
        QSignalSpy checked(watches(), &WatchController::checked);
        const qint64 id = watches()->addWatch(inGhana());
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 3, 10000);
        QCOMPARE(met.size(), 0);
        const int row = watches()->model()->rowOf(id);
        QCOMPARE(watches()->model()->index(row, WatchListModel::StateColumn).data().toString(),
                 u"Not yet"_s);
        QVERIFY(watches()->watches().at(row).lastCheckedAt.isValid());

        state().setStock(whatsApp, ghana, 7);
        QVERIFY(met.wait(5000));
        const Watch fired = met.first().first().value<Watch>();
        QCOMPARE(fired.id, id);
        QVERIFY(fired.match.has_value());
        QCOMPARE(fired.match->countryId, ghana);
        QCOMPARE(fired.match->stock, 7);
        QVERIFY(watches()
                    ->model()
                    ->index(row, WatchListModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(u"Met: Ghana at ₵"_s));
        // Still there at the next looks: no second notification.
        const qsizetype seen = checked.size();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= seen + 3, 10000);
        QCOMPARE(met.size(), 1);

        state().setStock(whatsApp, ghana, 0);
        const qsizetype gone = checked.size();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= gone + 2, 10000);
        QVERIFY(!watches()->watches().at(row).met);
        state().setStock(whatsApp, ghana, 3);
        QTRY_COMPARE_WITH_TIMEOUT(met.size(), 2, 5000);
    }

    // A cap: met only when the price comes down to it; any country with a
    // success rate: met by the cheapest that has both.
    void watch_priceCapAndAnyCountry()
    {
        signIn();
        const QList<CountryPrice> prices = loadWhatsApp();
        QVERIFY(!prices.isEmpty());
        const CountryPrice ghanaNow =
            *std::find_if(prices.cbegin(), prices.cend(),
                          [](const CountryPrice &p) { return p.countryId == ghana; });
        watches()->setInterval(200ms);
        QSignalSpy met(watches(), &WatchController::watchMet);
        QSignalSpy checked(watches(), &WatchController::checked);
        Watch capped = inGhana();
        capped.maxPrice = Money(ghanaNow.price.minorUnits() - 100, u"GHS"_s);
        watches()->addWatch(capped);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 10000);
        QCOMPARE(met.size(), 0);
        // The market moves Ghana's price under the cap (pesewas per dollar
        // cent: 15, so a cent less is 15 pesewas less).
        const qint64 cents = ghanaNow.priceUsd.minorUnits() - 10;
        state().setPriceUsdCents(whatsApp, ghana, cents);
        QVERIFY2(met.wait(5000),
                 qPrintable(u"Ghana at %1 (%2 cents), cap %3"_s.arg(ghanaNow.price.toDecimal())
                                .arg(ghanaNow.priceUsd.minorUnits())
                                .arg(capped.maxPrice->toDecimal())));
        QCOMPARE(met.first().first().value<Watch>().match->price.minorUnits(), cents * 15);

        // Any country at most a cap with a success rate: the cheapest such.
        Watch any;
        any.serviceId = whatsApp;
        any.serviceName = u"WhatsApp"_s;
        any.maxPrice = Money(300, u"GHS"_s);
        any.minSuccessRate = 80;
        std::optional<CountryPrice> expected;
        for (const CountryPrice &p : prices) {
            if (p.stock > 0 && p.price.minorUnits() <= 300 && p.successRate &&
                *p.successRate >= 80 && p.countryId != ghana &&
                (!expected || p.price < expected->price))
                expected = p;
        }
        QVERIFY2(expected, "the catalogue has a country for the test");
        const auto best = WatchController::bestOf(any, prices);
        QVERIFY(best);
        QCOMPARE(best->countryId, expected->countryId);
        met.clear();
        watches()->addWatch(any);
        QTRY_COMPARE_WITH_TIMEOUT(met.size(), 1, 5000);
        QCOMPARE(met.first().first().value<Watch>().match->countryId, expected->countryId);
    }

    // Two watches on one service: one list an interval, counted by the
    // sandbox, however many watches ask.
    void twoWatches_oneListPerInterval()
    {
        signIn();
        const auto interval = 500ms;
        watches()->setInterval(interval);
        Watch second = inGhana();
        second.countryId = 0;
        second.countryName.clear();
        second.maxPrice = Money(100, u"GHS"_s);
        const int before = m_server->requestCount(priceLists);
        QElapsedTimer clock;
        clock.start();
        QSignalSpy checked(watches(), &WatchController::checked);
        watches()->addWatch(inGhana());
        watches()->addWatch(second);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 6, 20000);
        const int lists = m_server->requestCount(priceLists) - before;
        const qint64 intervals = clock.elapsed() / interval.count();
        qInfo("%d lists in %lld ms (%lld intervals of %lld ms)", lists, clock.elapsed(), intervals,
              qint64(interval.count()));
        QVERIFY2(lists <= intervals + 1, "no more than one list an interval");
        QVERIFY(lists >= 3);
        // Each list is a whole one: its pages are all the requests there are.
        const int pages = (int(backend()->catalog()->cachedPrices(whatsApp)->prices.size()) +
                           CatalogService::pricesPerPage - 1) /
                          CatalogService::pricesPerPage;
        QVERIFY(m_server->requestCount(u"/dashboard/prices"_s) <= (lists + 1) * pages);
    }

    // A list the table loaded within the interval serves the watches: no
    // request of their own.
    void watch_usesTheTablesFreshList()
    {
        signIn();
        watches()->setInterval(60s);
        QVERIFY(!loadWhatsApp().isEmpty());
        const int before = m_server->requestCount(u"/dashboard/prices"_s);
        QSignalSpy checked(watches(), &WatchController::checked);
        watches()->addWatch(inGhana());
        // At once from the list at hand, then again at the first tick: still
        // from it, as it is younger than the interval.
        QTRY_VERIFY(checked.size() >= 2);
        QCOMPARE(m_server->requestCount(u"/dashboard/prices"_s), before);
    }

    // A 429 pauses every watch for the server's Retry-After.
    void rateLimited_pausesForRetryAfter()
    {
        signIn();
        Sandbox::Fault fault =
            Sandbox::Fault::of(Sandbox::Fault::Kind::RateLimited, "GET", u"/dashboard/prices"_s);
        fault.retryAfter = 2;
        m_server->addFault(fault);
        watches()->setInterval(100ms);
        QSignalSpy paused(watches(), &WatchController::pausedChanged);
        QSignalSpy checked(watches(), &WatchController::checked);
        watches()->addWatch(inGhana());
        QVERIFY(paused.wait(5000));
        QElapsedTimer since;
        since.start();
        QVERIFY(paused.first().first().toDateTime().isValid());
        const int asked = m_server->requestCount(u"/dashboard/prices"_s);
        QVERIFY(watches()->pausedUntil().isValid());
        // Twenty intervals go by without a request; then it asks again.
        QVERIFY(checked.wait(10000));
        QVERIFY2(since.elapsed() >= 1900, qPrintable(u"%1 ms"_s.arg(since.elapsed())));
        QVERIFY(m_server->requestCount(u"/dashboard/prices"_s) > asked);
        QVERIFY(!watches()->pausedUntil().isValid());
    }

    // Signed out, nothing is asked; signed in again, the watches are back
    // (kept in the settings, per server).
    void signedOut_asksNothing_andWatchesAreKept()
    {
        signIn();
        watches()->setInterval(100ms);
        QSignalSpy checked(watches(), &WatchController::checked);
        watches()->addWatch(inGhana());
        QTRY_VERIFY(checked.size() >= 1);
        QSignalSpy out(m_core->session(), &SessionController::signedOut);
        m_core->session()->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QVERIFY(!watches()->isActive());
        QCOMPARE(watches()->model()->rowCount(), 0);
        const int asked = m_server->requestCount(u"/dashboard/prices"_s);
        // Signing in again takes some intervals' time; none of it asks.
        QSignalSpy in(m_core->session(), &SessionController::signedIn);
        connect(m_core->session(), &SessionController::signedIn, this,
                [&] { QCOMPARE(m_server->requestCount(u"/dashboard/prices"_s), asked); });
        m_core->session()->signIn(demoEmail, u"demo-password"_s, false);
        QVERIFY(in.wait(5000));
        QCOMPARE(watches()->model()->rowCount(), 1);
        QCOMPARE(watches()->watches().first().countryId, ghana);
    }

    // The plan's order: by the criteria in turn.
    void buyBest_ranksByTheCriteria()
    {
        const auto price = [](qint64 id, const char *name, qint64 pesewas, double rate, int stock) {
            CountryPrice p;
            p.countryId = id;
            p.country = QString::fromLatin1(name);
            p.price = Money(pesewas, u"GHS"_s);
            p.successRate = rate;
            p.stock = stock;
            return p;
        };
        const QList<CountryPrice> prices{price(1, "A", 300, 70, 5), price(2, "B", 200, 90, 5),
                                         price(3, "C", 200, 95, 5), price(4, "D", 100, 99, 0),
                                         price(5, "E", 600, 99, 5)};
        const auto own = [](qint64 id) { return id == 1 ? 1.0 : id == 3 ? 0.2 : -1.0; };
        const auto ids = [](const QList<CountryPrice> &list) {
            QList<qint64> out;
            for (const CountryPrice &p : list)
                out.append(p.countryId);
            return out;
        };
        using C = BuyBestPlan::Criterion;
        const Money cap(500, u"GHS"_s);
        QCOMPARE(ids(BuyBestController::rank(prices, cap, {C::Price, C::ServerSuccess}, own)),
                 (QList<qint64>{3, 2, 1}));
        QCOMPARE(ids(BuyBestController::rank(prices, cap, {C::ServerSuccess, C::Price}, own)),
                 (QList<qint64>{3, 2, 1}));
        QCOMPARE(ids(BuyBestController::rank(prices, cap, {C::OwnSuccess, C::Price}, own)),
                 (QList<qint64>{1, 3, 2}));
        QCOMPARE(ids(BuyBestController::rank(prices, Money(200, u"GHS"_s), {C::Price}, own)),
                 (QList<qint64>{2, 3}));
    }

    // The first two countries out of stock: one number, in the third; the
    // sandbox saw two refusals and one purchase, and charged once.
    void buyBest_skipsSoldOut_buysExactlyOne()
    {
        signIn();
        const BuyBestPlan plan = whatsAppPlan();
        QVERIFY(plan.countries.size() >= 3);
        // Other buyers were quicker, after the list was read.
        state().sellOut(whatsApp, plan.countries.at(0).countryId);
        state().sellOut(whatsApp, plan.countries.at(1).countryId);
        const qint64 balance = state().balanceOf(demoEmail);
        QSignalSpy skipped(buyBest(), &BuyBestController::skipped);
        QSignalSpy finished(buyBest(), &BuyBestController::finished);
        QVERIFY(buyBest()->start(plan));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<BuyBestController::Outcome>(),
                 BuyBestController::Outcome::Bought);
        QCOMPARE(skipped.size(), 2);
        QVERIFY(skipped.first().at(1).toString().contains(u"No numbers are available"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 3);
        QCOMPARE(state().orderCountOf(demoEmail), 1);
        const qint64 cost = state().balanceOf(demoEmail) - balance;
        QCOMPARE(-cost, plan.countries.at(2).price.minorUnits());
        QTRY_COMPARE(backend()->account()->dashboard()->balance.minorUnits(),
                     state().balanceOf(demoEmail));
        QVERIFY(!buyBest()->isRunning());
    }

    // The step that succeeds loses its answer after the server made and
    // charged the order: the lists find it, and nothing more is bought.
    void buyBest_commitThenDrop_onTheStepThatSucceeds()
    {
        signIn();
        const BuyBestPlan plan = whatsAppPlan();
        state().sellOut(whatsApp, plan.countries.at(0).countryId);
        // The second step's purchase is the one whose answer is lost.
        connect(buyBest(), &BuyBestController::skipped, this, [this] {
            m_server->addFault(
                Sandbox::Fault::of(Sandbox::Fault::Kind::CommitThenDrop, "POST", u"/orders"_s));
        });
        const qint64 balance = state().balanceOf(demoEmail);
        QSignalSpy uncertain(backend()->orders(), &OrderService::purchaseUncertain);
        QSignalSpy finished(buyBest(), &BuyBestController::finished);
        QVERIFY(buyBest()->start(plan));
        QVERIFY(finished.wait(15000));
        QCOMPARE(uncertain.size(), 1);
        QCOMPARE(finished.first().first().value<BuyBestController::Outcome>(),
                 BuyBestController::Outcome::Bought);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 2);
        QCOMPARE(state().orderCountOf(demoEmail), 1);
        QCOMPARE(balance - state().balanceOf(demoEmail), plan.countries.at(1).price.minorUnits());
    }

    // A watch ticked to buy brings up the usual confirmation for its
    // country, and nothing is bought until the yes.
    void watchTickedToBuy_asksTheUsualConfirmation()
    {
        state().setStock(whatsApp, ghana, 0);
        signIn();
        watches()->setInterval(200ms);
        QSignalSpy asked(m_core->purchase(), &PurchaseController::confirmationNeeded);
        Watch watch = inGhana();
        watch.buyWhenMet = true;
        watches()->addWatch(watch);
        QSignalSpy checked(watches(), &WatchController::checked);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 10000);
        QCOMPARE(asked.size(), 0);
        state().setStock(whatsApp, ghana, 4);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        const PurchaseOffer offer = asked.first().first().value<PurchaseOffer>();
        QCOMPARE(offer.serviceId, whatsApp);
        QCOMPARE(offer.price.countryId, ghana);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 0);
        QCOMPARE(state().orderCountOf(demoEmail), 0);
    }

    // A country dearer than the cap by the time its turn comes is passed
    // over without a request; the next is bought.
    void buyBest_priceAboveTheCapNow_isSkipped()
    {
        signIn();
        const BuyBestPlan plan = whatsAppPlan();
        const CountryPrice first = plan.countries.at(0);
        // Dearer than the cap (₵20.00) from now on, and the list read again.
        state().setPriceUsdCents(whatsApp, first.countryId, 200);
        QVERIFY(!loadWhatsApp().isEmpty());
        QSignalSpy skipped(buyBest(), &BuyBestController::skipped);
        QSignalSpy finished(buyBest(), &BuyBestController::finished);
        QVERIFY(buyBest()->start(plan));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<BuyBestController::Outcome>(),
                 BuyBestController::Outcome::Bought);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().at(1).toString(),
                 u"%1 now costs ₵30.00, above your ₵20.00."_s.arg(first.country));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
    }

    // The sandbox's market moves: the first period is the catalogue's; from
    // one period to the next after it, some offers run out and others come
    // back, and prices move within 10 %.
    void sandboxMarket_movesStockAndPrices()
    {
        Sandbox::Config c = config();
        c.marketMinutes = 10;
        Sandbox::State market(c);
        const auto offers = market.catalogue().offers(whatsApp);
        Sandbox::Request login;
        login.method = "POST";
        login.path = u"/auth/login"_s;
        login.body = R"({"email": "demo@n1sms.test", "password": "demo-password"})";
        const QByteArray token = QJsonDocument::fromJson(market.handle(login).body)
                                     .object()
                                     .value("data"_L1)
                                     .toObject()
                                     .value("token"_L1)
                                     .toString()
                                     .toUtf8();
        QVERIFY(!token.isEmpty());
        const auto snapshot = [&] {
            QList<std::pair<qint64, qint64>> rows; // price in cents, stock
            Sandbox::Request r;
            r.authorization = "Bearer " + token;
            r.method = "GET";
            r.path = u"/dashboard/prices"_s;
            for (int page = 1; page <= 4; ++page) {
                r.query = QUrlQuery(u"service=1012&per_page=50&page=%1"_s.arg(page));
                const Sandbox::Response answer = market.handle(r);
                const QJsonArray data =
                    QJsonDocument::fromJson(answer.body).object().value("data"_L1).toArray();
                for (const QJsonValue &row : data)
                    rows.append({qRound64(row["price_usd"_L1].toString().toDouble() * 100),
                                 row["stock"_L1].toInteger()});
            }
            return rows;
        };
        // The first ten minutes are the catalogue's own.
        const auto first = snapshot();
        QCOMPARE(first.size(), offers.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].first, offers[i].second.priceUsdCents);
            QCOMPARE(first[i].second, offers[i].second.stock);
        }
        market.passTime(10 * 60);
        const auto before = snapshot();
        market.passTime(10 * 60);
        const auto after = snapshot();
        int outNow = 0;
        int backNow = 0;
        int moved = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            outNow += before[i].second > 0 && after[i].second == 0;
            backNow += before[i].second == 0 && after[i].second > 0;
            moved += before[i].first != after[i].first;
            const qint64 base = offers[i].second.priceUsdCents;
            QVERIFY(after[i].first >= base * 9 / 10 && after[i].first <= base * 11 / 10 + 1);
        }
        QVERIFY2(outNow > 0 && backNow > 0 && moved > before.size() / 2,
                 qPrintable(u"%1 out, %2 back, %3 moved"_s.arg(outNow).arg(backNow).arg(moved)));
    }

    // A balance too low stops the plan at once: nothing more is tried.
    void buyBest_insufficientBalance_stops()
    {
        signIn();
        const BuyBestPlan plan = whatsAppPlan();
        state().setBalance(demoEmail, 1);
        QSignalSpy finished(buyBest(), &BuyBestController::finished);
        QVERIFY(buyBest()->start(plan));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<BuyBestController::Outcome>(),
                 BuyBestController::Outcome::Stopped);
        QVERIFY(finished.first().at(1).toString().contains(u"balance is too low"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(state().orderCountOf(demoEmail), 0);
    }

    // Continuing on expiry: the number that expires without a code is
    // refunded and the next country is bought, within the plan.
    void buyBest_continuesOnExpiry()
    {
        signIn();
        const BuyBestPlan plan = whatsAppPlan(true);
        QSignalSpy bought(buyBest(), &BuyBestController::bought);
        QSignalSpy finished(buyBest(), &BuyBestController::finished);
        QVERIFY(buyBest()->start(plan));
        QVERIFY(bought.wait(10000));
        QCOMPARE(bought.first().first().toInt(), 0);
        // Twenty minutes pass on the server: the first number expires.
        state().passTime(21 * 60);
        QTRY_COMPARE_WITH_TIMEOUT(bought.size(), 2, 10000);
        QCOMPARE(bought.at(1).first().toInt(), 1);
        QVERIFY(buyBest()->isRunning());
        QCOMPARE(state().orderCountOf(demoEmail), 2);
        // The plan is stopped by the user: the second number is kept.
        buyBest()->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<BuyBestController::Outcome>(),
                 BuyBestController::Outcome::Cancelled);
        QVERIFY(finished.first().at(1).toString().contains(u"kept"_s));
    }
};

QTEST_GUILESS_MAIN(TestWatches)
#include "tst_watches.moc"
