// The controllers that decide, driven as a front end would, against the
// sandbox over real HTTP, with no widget at all.
#include "core/api/apiclient.h"
#include "core/controllers/historycontroller.h"
#include "core/controllers/notices.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "core/models/servicelistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "support/corefixture.h"
#include "support/testenv.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 whatsApp = 1012;
constexpr qint64 ghana = 42;
} // namespace

class TestControllers final : public CoreFixture
{
    Q_OBJECT

    SessionController *session() const { return m_core->session(); }
    PurchaseController *purchase() const { return m_core->purchase(); }

    static Sandbox::Config config()
    {
        Sandbox::Config c;
        c.smsDelaySeconds = 100000;
        c.requestsPerMinute = 0;
        return c;
    }

    void signIn()
    {
        QSignalSpy in(session(), &SessionController::signedIn);
        session()->signIn(u"demo@n1sms.test"_s, u"demo-password"_s, false);
        QVERIFY(in.wait(5000));
        QTRY_VERIFY(backend()->account()->dashboard().has_value());
        QTRY_VERIFY(purchase()->services()->rowCount() > 50);
    }

    void openWhatsApp()
    {
        QSignalSpy loaded(backend()->catalog(), &CatalogService::pricesLoaded);
        purchase()->selectService(whatsApp, u"WhatsApp"_s);
        QVERIFY(loaded.wait(10000));
    }

    std::unique_ptr<QAbstractItemModelTester> m_pricesTester;

private slots:
    // Several troubles show at once; each topic has one notice, replaced when
    // raised again; the same words are not shown twice; Retry runs its own.
    void notices_oneAtopic_stacked_wordsOnce()
    {
        Notices notices;
        QSignalSpy changed(&notices, &Notices::changed);
        int retried = 0;
        notices.raise(u"keychain"_s, [] { return u"Not remembered"_s; });
        notices.raise(
            u"prices"_s, [] { return u"Busy"_s; }, [&] { ++retried; });
        QCOMPARE(notices.all().size(), 2);
        QCOMPARE(notices.all().first().topic, u"keychain"_s);
        notices.raise(
            u"prices"_s, [] { return u"Busy"_s; }, [&] { ++retried; });
        QCOMPARE(changed.size(), 2); // the same again changes nothing
        notices.raise(
            u"prices"_s, [] { return u"Still busy"_s; }, [&] { ++retried; });
        QCOMPARE(notices.all().size(), 2);
        QCOMPARE(notices.find(u"prices"_s)->text, u"Still busy"_s);
        notices.raise(u"dashboard"_s, [] { return u"Still busy"_s; });
        QCOMPARE(notices.all().size(), 2);
        notices.clear(u"keychain"_s);
        QCOMPARE(notices.all().size(), 1);
        // A change of language says each again, in the new one.
        QString language = u"en"_s;
        notices.raise(u"orders"_s, [&] { return language == u"en" ? u"Late"_s : u"En retard"_s; });
        language = u"fr"_s;
        QSignalSpy retold(&notices, &Notices::changed);
        notices.retranslate();
        QCOMPARE(retold.size(), 1);
        QCOMPARE(notices.find(u"orders"_s)->text, u"En retard"_s);
        notices.clear(u"orders"_s);

        notices.retry(u"prices"_s);
        QCOMPARE(retried, 1);
        QVERIFY(notices.all().isEmpty());
        notices.retry(u"prices"_s);
        QCOMPARE(retried, 1);
    }

    void initTestCase() { useTestSettingsInEnglish(); }

    void init()
    {
        QSettings().clear();
        startCore(config());
        m_pricesTester = std::make_unique<QAbstractItemModelTester>(
            purchase()->prices(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_pricesTester.reset();
        stopCore();
    }

    void buy_isAllowedOnlyForACountryInStockAtASanePrice()
    {
        signIn();
        openWhatsApp();
        QVERIFY(!purchase()->canBuy()); // no country chosen
        purchase()->selectCountry(ghana);
        QVERIFY(purchase()->canBuy());
        QVERIFY(purchase()->cannotBuyReason().isEmpty());

        // Sold out: the next prices say so, and Buy says why it is off.
        m_server->state().sellOut(whatsApp, ghana);
        QSignalSpy changed(purchase(), &PurchaseController::canBuyChanged);
        openWhatsApp();
        purchase()->selectCountry(ghana);
        QVERIFY(!purchase()->canBuy());
        QCOMPARE(purchase()->cannotBuyReason(), u"No numbers are in stock for Ghana right now."_s);
        QVERIFY(!changed.isEmpty());
    }

    void insanePrices_areNeverBuyable()
    {
        stopCore();
        Sandbox::Config c = config();
        c.hostilePrices = true;
        startCore(c);
        signIn();
        openWhatsApp();
        purchase()->selectCountry(ghana); // listed at -4.20
        QVERIFY(!purchase()->canBuy());
        QVERIFY(!purchase()->cannotBuyReason().isEmpty());
        QSignalSpy asked(purchase(), &PurchaseController::confirmationNeeded);
        purchase()->requestPurchase(ghana);
        QVERIFY(purchase()->statusIsError());
        QCOMPARE(asked.size(), 0);
    }

    void purchase_asksWithTheBalanceAfter_thenSendsOneRequest()
    {
        signIn();
        openWhatsApp();
        QSignalSpy asked(purchase(), &PurchaseController::confirmationNeeded);
        purchase()->requestPurchase(ghana);
        QCOMPARE(asked.size(), 1);
        const auto offer = asked.first().first().value<PurchaseOffer>();
        QCOMPARE(offer.serviceId, whatsApp);
        QCOMPARE(offer.price.countryId, ghana);
        QVERIFY(offer.balanceAfter);
        QCOMPARE(*offer.balanceAfter, Money(25000, u"GHS"_s) - offer.price.price);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 0); // asking buys nothing

        QSignalSpy bought(purchase(), &PurchaseController::bought);
        purchase()->confirm(offer);
        QVERIFY(purchase()->isPurchasing());
        QVERIFY(!purchase()->canBuy());
        QVERIFY(bought.wait(5000));
        QVERIFY(purchase()->status().startsWith(u"Bought "_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QTRY_COMPARE(m_core->orders()->model()->rowCount(), 1);
        QTRY_COMPARE(m_core->orders()->waitingCount(), 1);
    }

    void notEnoughBalance_isToldBeforeAsking()
    {
        m_server->state().setBalance(u"demo@n1sms.test"_s, 10);
        signIn();
        openWhatsApp();
        QSignalSpy asked(purchase(), &PurchaseController::confirmationNeeded);
        purchase()->requestPurchase(ghana);
        QCOMPARE(asked.size(), 0);
        QVERIFY(purchase()->statusIsError());
        QVERIFY(purchase()->status().contains(u"not enough"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 0);
    }

    void outOfStockFromTheServer_reloadsThePricesAndKeepsItsWords()
    {
        signIn();
        openWhatsApp();
        QSignalSpy asked(purchase(), &PurchaseController::confirmationNeeded);
        purchase()->requestPurchase(ghana);
        QCOMPARE(asked.size(), 1);
        m_server->state().sellOut(whatsApp, ghana);
        QSignalSpy reloaded(backend()->catalog(), &CatalogService::pricesLoaded);
        purchase()->confirm(asked.first().first().value<PurchaseOffer>());
        QVERIFY(reloaded.wait(10000));
        QVERIFY(purchase()->statusIsError());
        QVERIFY2(purchase()->status().contains(u"No numbers are available"_s),
                 qPrintable(purchase()->status()));
        purchase()->selectCountry(ghana);
        QVERIFY(!purchase()->canBuy());
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
    }

    void unknownOutcome_isCheckedAndFound()
    {
        signIn();
        openWhatsApp();
        QSignalSpy asked(purchase(), &PurchaseController::confirmationNeeded);
        purchase()->requestPurchase(ghana);
        m_server->addFault(
            Sandbox::Fault::of(Sandbox::Fault::Kind::CommitThenDrop, "POST", u"/orders"_s));
        QSignalSpy bought(purchase(), &PurchaseController::bought);
        QSignalSpy said(purchase(), &PurchaseController::statusChanged);
        purchase()->confirm(asked.first().first().value<PurchaseOffer>());
        QVERIFY(bought.wait(10000));
        // It said it was checking, before it said what it found.
        QStringList words;
        for (const QList<QVariant> &status : std::as_const(said))
            words.append(status.first().toString());
        QVERIFY2(words.size() >= 3, qPrintable(words.join(u" | "_s)));
        QVERIFY2(
            words.at(words.size() - 2).contains(u"Checking whether the purchase went through"_s),
            qPrintable(words.join(u" | "_s)));
        QVERIFY(words.last().startsWith(u"Bought "_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QVERIFY(!purchase()->isPurchasing());
    }

    // The one reset: nothing of the session is left anywhere.
    void signOut_clearsEverythingTheSessionLeft()
    {
        signIn();
        openWhatsApp();
        QSignalSpy asked(purchase(), &PurchaseController::confirmationNeeded);
        purchase()->requestPurchase(ghana);
        QSignalSpy bought(purchase(), &PurchaseController::bought);
        purchase()->confirm(asked.first().first().value<PurchaseOffer>());
        QVERIFY(bought.wait(5000));
        QTRY_COMPARE(m_core->orders()->model()->rowCount(), 1);
        QSignalSpy page(m_core->history(), &HistoryController::pageChanged);
        m_core->history()->load(u"all"_s);
        QTRY_COMPARE(m_core->history()->model()->rowCount(), 1);
        m_core->notices()->raise(u"prices"_s, [] { return u"Something"_s; });

        QSignalSpy out(session(), &SessionController::signedOut);
        session()->signOut();
        QCOMPARE(out.size(), 1);
        QVERIFY(!session()->isSignedIn());
        QCOMPARE(m_core->orders()->model()->rowCount(), 0);
        QCOMPARE(m_core->orders()->waitingCount(), 0);
        QVERIFY(!backend()->orders()->isPolling());
        QCOMPARE(m_core->history()->model()->rowCount(), 0);
        QCOMPARE(purchase()->services()->rowCount(), 0);
        QCOMPARE(purchase()->prices()->rowCount(), 0);
        QCOMPARE(purchase()->serviceId(), 0);
        QVERIFY(!purchase()->canBuy());
        QVERIFY(!backend()->account()->dashboard().has_value());
        QVERIFY(!backend()->catalog()->cachedPrices(whatsApp).has_value());
        QVERIFY(m_core->notices()->all().isEmpty());
    }

    // Another server's prices are never shown for this one, not even for
    // the moment before its own arrive.
    void serverChange_neverShowsTheOldServersPrices()
    {
        signIn();
        openWhatsApp();
        QVERIFY(purchase()->prices()->rowCount() > 100);

        Sandbox::Config c = config();
        c.seed = 7; // a different catalogue, other prices
        Sandbox::Server other(c);
        QVERIFY(other.listen());
        QSignalSpy out(session(), &SessionController::signedOut);
        session()->changeServer(other.baseUrl());
        QCOMPARE(out.size(), 1);
        QVERIFY(!out.first().first().toString().isEmpty());
        QCOMPARE(backend()->api()->baseUrl(), other.baseUrl());
        QVERIFY(!backend()->catalog()->cachedPrices(whatsApp));
        signIn();

        QSignalSpy loaded(backend()->catalog(), &CatalogService::pricesLoaded);
        purchase()->selectService(whatsApp, u"WhatsApp"_s);
        QCOMPARE(purchase()->prices()->rowCount(), 0);
        QCOMPARE(purchase()->status(), u"Loading prices…"_s);
        QVERIFY(loaded.wait(10000));
        const auto offers = other.state().catalogue().offers(whatsApp);
        QCOMPARE(purchase()->prices()->rowCount(), int(offers.size()));
    }

    // The cache alone, as the old one was: keyed by the server as well.
    void priceCache_isKeptPerServer()
    {
        signIn();
        openWhatsApp();
        QVERIFY(backend()->catalog()->cachedPrices(whatsApp));
        const QUrl first = backend()->api()->baseUrl();
        backend()->api()->setBaseUrl(QUrl(u"http://127.0.0.1:9/api/mobile"_s));
        QVERIFY(!backend()->catalog()->cachedPrices(whatsApp));
        backend()->api()->setBaseUrl(first);
        QVERIFY(backend()->catalog()->cachedPrices(whatsApp));
    }

    void sessionEnd_asksAgain_thenResumesWithoutBuying()
    {
        signIn();
        openWhatsApp();
        QSignalSpy asked(session(), &SessionController::reloginNeeded);
        backend()->api()->setToken(u"1|revoked"_s);
        backend()->account()->refresh();
        QVERIFY(asked.wait(5000));
        QCOMPARE(asked.first().first().toString(), u"demo@n1sms.test"_s);
        QSignalSpy resumed(session(), &SessionController::resumed);
        QSignalSpy loaded(backend()->catalog(), &CatalogService::pricesLoaded);
        session()->signInAgain(u"demo-password"_s);
        QVERIFY(resumed.wait(5000));
        QVERIFY(loaded.wait(10000)); // the prices of the service still chosen
        QCOMPARE(purchase()->serviceId(), whatsApp);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 0);
    }

    void failingLoads_raiseANoticeThatRetryClears()
    {
        signIn();
        Sandbox::Fault busy =
            Sandbox::Fault::of(Sandbox::Fault::Kind::Status, "GET", u"/dashboard/prices"_s,
                               3); // every try the client makes
        busy.status = 503;
        m_server->addFault(busy);
        QSignalSpy failed(backend()->catalog(), &CatalogService::pricesFailed);
        purchase()->selectService(whatsApp, u"WhatsApp"_s);
        QVERIFY(failed.wait(15000));
        QCOMPARE(m_core->notices()->all().size(), 1);
        QVERIFY(m_core->notices()->find(u"prices"_s));
        QVERIFY(m_core->notices()->find(u"prices"_s)->retry);
        QSignalSpy loaded(backend()->catalog(), &CatalogService::pricesLoaded);
        m_core->notices()->retry(u"prices"_s);
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_core->notices()->all().isEmpty());
    }

    // The server goes away (every connection reset) and comes back: a banner
    // once two polls have failed, polls spaced out (doubling from a second,
    // each within a fifth of it), and all back without a click.
    void networkDropAndReturn_backsOffSaysSoAndResumes()
    {
        signIn();
        QSignalSpy bought(backend()->orders(), &OrderService::purchased);
        QVERIFY(backend()->orders()->purchase({whatsApp, 42, {}, false}));
        QVERIFY(bought.wait(5000));
        QElapsedTimer clock;
        clock.start();
        QList<qint64> failedAt;
        connect(backend()->orders(), &OrderService::ordersFailed, this,
                [&] { failedAt.append(clock.elapsed()); });
        for (const QString &path : {u"/*"_s, u"/*/*"_s, u"/*/*/*"_s})
            m_server->addFault(Sandbox::Fault::of(Sandbox::Fault::Kind::Reset, {}, path, -1));
        QTRY_VERIFY_WITH_TIMEOUT(m_core->notices()->find(u"orders"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(failedAt.size(), 4, 20000);
        // 1 s, 2 s, 4 s apart, give or take a fifth (and a little for the
        // answers themselves): backing off, never a loop.
        for (qsizetype i = 1; i < failedAt.size(); ++i) {
            const qint64 gap = failedAt.at(i) - failedAt.at(i - 1);
            const qint64 expected = 1000LL << (i - 1);
            QVERIFY2(gap >= expected * 8 / 10 - 50 && gap <= expected * 12 / 10 + 250,
                     qPrintable(u"gap %1: %2 ms, %3 expected"_s.arg(i).arg(gap).arg(expected)));
        }
        const int during = m_server->requestCount();
        m_server->clearFaults();
        QSignalSpy recovered(backend()->orders(), &OrderService::pollRecovered);
        QVERIFY(recovered.wait(15000));
        QVERIFY(!m_core->notices()->find(u"orders"_s));
        QVERIFY(m_server->requestCount() > during);
        // The order still waits, and is still watched.
        QCOMPARE(m_core->orders()->model()->rowCount(), 1);
        QVERIFY(backend()->orders()->isPolling());
    }

    // A row with an id or an amount beyond 64 bits cannot be read: it is
    // left out, and said, never dropped in silence.
    void unreadablePrices_areSaid_andTheRestShown()
    {
        signIn();
        Sandbox::Fault page =
            Sandbox::Fault::of(Sandbox::Fault::Kind::Status, "GET", u"/dashboard/prices"_s);
        page.status = 200;
        page.body = R"({"success":true,"message":"OK","data":[
            {"country":"Ghana","country_code":"GH","country_id":42,"dial_code":"+233",
             "price":"8.85","price_usd":"0.59","stock":152,"success_rate":76.5},
            {"country":"Nowhere","country_code":"NW","country_id":123456789012345678901234567890,
             "price":"1.00","stock":3},
            {"country":"Dearland","country_code":"DL","country_id":7,
             "price":"99999999999999999999999999.00","stock":3}],
            "meta":{"current_page":1,"last_page":1,"per_page":50,"total":3,"has_more":false}})";
        m_server->addFault(page);
        openWhatsApp();
        QCOMPARE(purchase()->prices()->rowCount(), 1);
        const Notice *said = m_core->notices()->find(u"unreadable-prices"_s);
        QVERIFY(said);
        QVERIFY2(said->text.contains(u"sent 2 prices for WhatsApp that could not be read"_s),
                 qPrintable(said->text));
        // Read in full the next time: the notice goes.
        openWhatsApp();
        QVERIFY(purchase()->prices()->rowCount() > 100);
        QVERIFY(!m_core->notices()->find(u"unreadable-prices"_s));
    }

    void unreadableOrders_areSaid_untilAListReadsInFull()
    {
        signIn();
        Sandbox::Fault list = Sandbox::Fault::of(Sandbox::Fault::Kind::Status, "GET", u"/orders"_s);
        list.status = 200;
        list.body = R"({"success":true,"message":"OK","data":[
            {"id":184467440737095516150,"service":"WhatsApp","service_id":1012,
             "country":"Ghana","country_id":42,"phone_number":"+233241234567",
             "cost":"8.85","status":"pending"}],
            "meta":{"current_page":1,"last_page":1,"per_page":50,"total":1,"has_more":false}})";
        m_server->addFault(list);
        QSignalSpy listed(backend()->orders(), &OrderService::ordersListed);
        backend()->orders()->reload();
        QVERIFY(listed.wait(5000));
        const Notice *said = m_core->notices()->find(u"unreadable-orders"_s);
        QVERIFY(said);
        QVERIFY2(said->text.contains(u"sent 1 order that could not be read"_s),
                 qPrintable(said->text));
        backend()->orders()->reload();
        QVERIFY(listed.wait(5000));
        QVERIFY(!m_core->notices()->find(u"unreadable-orders"_s));
    }
};

QTEST_GUILESS_MAIN(TestControllers)
#include "tst_controllers.moc"
