// Contract-level checks through the production client, against any server:
// N1SMS_BASE_URL with N1SMS_EMAIL and N1SMS_PASSWORD when set, otherwise a
// sandbox started in-process. Only what the contract promises is asserted,
// never sandbox data. Nothing is bought from a real server unless
// N1SMS_ALLOW_PURCHASE=1 says so: it spends money. A test server over https
// with a certificate from a test authority: N1SMS_CA_FILE names that
// authority. N1SMS_EXPECT_BALANCE, in pesewas, is the balance to find first.
#include "core/api/apiclient.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestContract final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::Server> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<Backend> m_backend;
    QString m_email;
    QString m_password;
    bool m_mayBuy = false;
    QList<QSslCertificate> m_authorities;

private slots:
    void initTestCase()
    {
        QUrl base(qEnvironmentVariable("N1SMS_BASE_URL"));
        m_email = qEnvironmentVariable("N1SMS_EMAIL");
        m_password = qEnvironmentVariable("N1SMS_PASSWORD");
        m_mayBuy = qEnvironmentVariable("N1SMS_ALLOW_PURCHASE") == u"1";
        if (base.isEmpty()) {
            Sandbox::Config config;
            config.smsDelaySeconds = 1;
            m_sandbox = std::make_unique<Sandbox::Server>(config);
            QVERIFY(m_sandbox->listen());
            base = m_sandbox->baseUrl();
            m_email = config.demoEmail;
            m_password = config.demoPassword;
            m_mayBuy = true;
        }
        qInfo("contract checks against %s", qPrintable(base.toString()));
        QVERIFY2(!m_email.isEmpty() && !m_password.isEmpty(),
                 "N1SMS_BASE_URL needs N1SMS_EMAIL and N1SMS_PASSWORD");
        if (const QString ca = qEnvironmentVariable("N1SMS_CA_FILE"); !ca.isEmpty()) {
            m_authorities = QSslCertificate::fromPath(ca);
            QVERIFY2(!m_authorities.isEmpty(), qPrintable(ca));
            QCOMPARE(base.scheme(), u"https"_s);
        }
        m_backend = std::make_unique<Backend>(&m_network, base);
        m_backend->api()->addTrustedAuthorities(m_authorities);
        m_backend->orders()->setPollInterval(500ms);
        m_backend->api()->budget().setWindow(10s); // six times the app's pace
    }

    void login_givesABearerToken()
    {
        QSignalSpy in(m_backend->auth(), &AuthService::loggedIn);
        m_backend->auth()->login(m_email, m_password);
        QVERIFY(in.wait(20000));
        const Session session = in.first().first().value<Session>();
        QVERIFY(!session.token.isEmpty());
        QCOMPARE(session.user.email.toLower(), m_email.toLower());
        QVERIFY(!session.expiresAt.isValid() ||
                session.expiresAt > QDateTime::currentDateTimeUtc());
    }

    void wrongPassword_isRefusedWithAMessage()
    {
        QNetworkAccessManager network;
        Backend other(&network, m_backend->api()->baseUrl());
        other.api()->addTrustedAuthorities(m_authorities);
        QSignalSpy failed(other.auth(), &AuthService::loginFailed);
        other.auth()->login(m_email, m_password + u"-wrong"_s);
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<ApiError>();
        QVERIFY(error.httpStatus >= 400 && error.httpStatus < 500);
        QVERIFY(!error.userMessage().isEmpty());
    }

    void dashboard_hasABalanceInCedi()
    {
        QSignalSpy loaded(m_backend->account(), &AccountService::dashboardLoaded);
        m_backend->account()->refresh();
        QVERIFY(loaded.wait(20000));
        const Dashboard d = loaded.first().first().value<Dashboard>();
        QCOMPARE(d.balance.currency(), u"GHS"_s);
        QVERIFY(d.balance.minorUnits() >= 0);
        if (const QString expected = qEnvironmentVariable("N1SMS_EXPECT_BALANCE");
            !expected.isEmpty())
            QCOMPARE(d.balance.minorUnits(), expected.toLongLong());
    }

    void services_includeThePublishedIds()
    {
        QSignalSpy loaded(m_backend->catalog(), &CatalogService::servicesLoaded);
        m_backend->catalog()->loadServices();
        QVERIFY(loaded.wait(20000));
        QSet<qint64> ids;
        for (const Service &s : loaded.first().first().value<QList<Service>>())
            ids.insert(s.id);
        for (qint64 id : {1688, 1012, 329, 457, 907, 924, 948, 1227, 395})
            QVERIFY2(ids.contains(id), qPrintable(QString::number(id)));
    }

    void prices_arriveOnEveryPage()
    {
        QSignalSpy pages(m_backend->catalog(), &CatalogService::pricesPageLoaded);
        QSignalSpy done(m_backend->catalog(), &CatalogService::pricesLoaded);
        m_backend->catalog()->loadPrices(1012);
        QVERIFY(done.wait(60000));
        int rows = 0;
        PageInfo last;
        for (const auto &args : pages) {
            const auto list = args.at(1).value<QList<CountryPrice>>();
            rows += static_cast<int>(list.size());
            last = args.at(2).value<PageInfo>();
            for (const CountryPrice &p : list) {
                QCOMPARE(p.price.currency(), u"GHS"_s);
                QVERIFY(p.price.minorUnits() > 0);
                QVERIFY(p.stock >= 0);
            }
        }
        QCOMPARE(last.currentPage, last.lastPage);
        QVERIFY(!last.hasMore);
        QCOMPARE(rows, last.total);
    }

    void orders_listLoads()
    {
        QSignalSpy updated(m_backend->orders(), &OrderService::ordersUpdated);
        QSignalSpy failed(m_backend->orders(), &OrderService::ordersFailed);
        m_backend->orders()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY(failed.isEmpty());
    }

    void purchase_waitsThenCancelIsRefusedEarly()
    {
        if (!m_mayBuy)
            QSKIP("buying spends money; set N1SMS_ALLOW_PURCHASE=1 to include it");
        QSignalSpy purchased(m_backend->orders(), &OrderService::purchased);
        QSignalSpy refused(m_backend->orders(), &OrderService::purchaseFailed);
        QSignalSpy pages(m_backend->catalog(), &CatalogService::pricesPageLoaded);
        QSignalSpy done(m_backend->catalog(), &CatalogService::pricesLoaded);
        m_backend->catalog()->loadPrices(1012);
        QVERIFY(done.wait(60000));
        std::optional<CountryPrice> cheapest;
        for (const auto &args : pages) {
            for (const CountryPrice &p : args.at(1).value<QList<CountryPrice>>()) {
                if (p.stock > 0 && (!cheapest || p.price < cheapest->price))
                    cheapest = p;
            }
        }
        QVERIFY(cheapest);
        QVERIFY(m_backend->orders()->purchase({1012, cheapest->countryId, {}, false}));
        QTRY_VERIFY_WITH_TIMEOUT(!purchased.isEmpty() || !refused.isEmpty(), 30000);
        if (!refused.isEmpty())
            QSKIP(qPrintable(u"the server refused the purchase: "_s +
                             refused.first().first().value<ApiError>().userMessage()));
        const Order order = purchased.first().first().value<Order>();
        QVERIFY(order.id != 0);
        QVERIFY(!order.phoneNumber.isEmpty());
        QVERIFY(order.isActive());
        QVERIFY(!order.canCancel); // not within the first two minutes

        QSignalSpy cancelFailed(m_backend->orders(), &OrderService::cancelFailed);
        m_backend->orders()->cancel(order.id);
        QVERIFY(cancelFailed.wait(20000));
        const auto error = cancelFailed.first().at(1).value<ApiError>();
        QVERIFY(error.kind == ApiError::Kind::Refused || error.kind == ApiError::Kind::Unsupported);
    }

    void logout_endsTheToken()
    {
        const QString token = m_backend->auth()->session().token;
        m_backend->auth()->logout();
        QVERIFY(!m_backend->api()->hasToken());
        // The old token, sent by hand, is no longer accepted once the server
        // has seen the (assumed) logout endpoint.
        QNetworkAccessManager network;
        Backend probe(&network, m_backend->api()->baseUrl());
        probe.api()->addTrustedAuthorities(m_authorities);
        probe.api()->setToken(token);
        QSignalSpy failed(probe.account(), &AccountService::dashboardFailed);
        QSignalSpy loaded(probe.account(), &AccountService::dashboardLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                failed.clear();
                loaded.clear();
                probe.account()->refresh();
                return failed.wait(5000) && failed.first().first().value<ApiError>().kind ==
                                                ApiError::Kind::Unauthenticated;
            }(),
            15000);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
