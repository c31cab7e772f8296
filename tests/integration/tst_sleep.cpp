// Sleep and clock changes. The app (n1sms-remote-app, the real composition
// root) is stopped with SIGSTOP while the server lives through an hour, then
// continued; and its wall clock is moved an hour forward and back under
// libfaketime. Countdowns follow the server's time, not the wall clock; what
// ended meanwhile is resolved with one order list, not a burst; a session that
// ended meanwhile asks to sign in again instead of failing a purchase.
#include "core/domain/money.h"
#include "sandbox/sandboxserver.h"
#include "support/remoteapp.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The app's clocks ten times faster: it polls every 500 ms.
constexpr double speed = 10;

QJsonObject firstOrder(const QJsonObject &state)
{
    return state.value(u"orders"_s).toArray().first().toObject();
}

// How far the app's idea of the server's time is from the server's own.
qint64 serverClockErrorMs(const QJsonObject &state, Sandbox::Server &server)
{
    const QDateTime shown =
        QDateTime::fromString(state.value(u"serverNow"_s).toString(), Qt::ISODateWithMs);
    return qAbs(shown.msecsTo(server.state().now()));
}

} // namespace

class TestSleep final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<RemoteApp> m_app;
    Sandbox::Config m_config;

    // The app signed in on a new sandbox, its Buy clicked for WhatsApp in
    // Ghana: the confirmation shows.
    bool startAndAskToBuy(const QStringList &environment = {}, double appSpeed = speed)
    {
        m_server = std::make_unique<Sandbox::Server>(m_config);
        m_home = std::make_unique<QTemporaryDir>();
        m_app = std::make_unique<RemoteApp>(QStringLiteral(N1SMS_REMOTE_APP), m_home->path());
        if (!m_server->listen() || !m_app->start(m_server->baseUrl(), appSpeed, environment))
            return false;
        m_app->send("signin " + m_config.demoEmail.toUtf8() + ' ' + m_config.demoPassword.toUtf8());
        if (m_app->waitFor("event page mainPage").isEmpty())
            return false;
        m_app->send("buy 1012 42");
        return !m_app->waitFor("event dialog buyConfirmation").isEmpty();
    }

    qint64 buy()
    {
        m_app->send("confirm");
        return m_app->waitFor("event purchased").toLongLong();
    }

private slots:
    void init()
    {
        m_config = {};
        m_config.smsDelaySeconds = 100000; // no code: the number expires
        m_config.requestsPerMinute = 0;
    }

    void cleanup()
    {
        m_app.reset();
        m_server.reset();
        m_home.reset();
    }

    void stoppedForAnHour_wakesToTheServersTruth()
    {
        QVERIFY(startAndAskToBuy());
        const qint64 id = buy();
        QVERIFY(id > 0);
        QTRY_COMPARE(m_app->state().value(u"orders"_s).toArray().size(), 1);
        const qint64 left = firstOrder(m_app->state()).value(u"secondsLeft"_s).toInteger();
        QVERIFY2(left > 1190 && left <= 1200, qPrintable(QString::number(left)));
        const QString email = m_config.demoEmail;
        const qint64 charged = m_server->state().balanceOf(email);
        QVERIFY(charged < m_config.demoBalancePesewas);

        m_app->signal(SIGSTOP);
        QTRY_VERIFY(m_app->isStopped());
        const int lists = m_server->requestCount(u"GET /orders"_s);
        m_server->state().passTime(3600);
        // The app sleeps through four of its polling intervals (a stop is
        // the thing tested here, not a wait for something to happen).
        QTest::qWait(2000);
        QCOMPARE(m_server->requestCount(u"GET /orders"_s), lists);
        m_app->signal(SIGCONT);

        // The number expired while it slept: the app says so, with the
        // refund, and the balance is the server's again.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app->state().value(u"status"_s).toString().contains(u"expired without a code"_s),
            5000);
        const int afterWake = m_server->requestCount(u"GET /orders"_s) - lists;
        // One list resolves it; an hour of missed polls is not made up for.
        QVERIFY2(afterWake >= 1 && afterWake <= 3, qPrintable(QString::number(afterWake)));
        qInfo("on waking: %d order lists before the expiry showed", afterWake);
        QCOMPARE(m_server->state().balanceOf(email), m_config.demoBalancePesewas);
        QTRY_VERIFY(m_app->state()
                        .value(u"balance"_s)
                        .toString()
                        .contains(formatMoney(Money(m_config.demoBalancePesewas, u"GHS"_s))));
        // The app's idea of the server's time is an hour on, as the server's.
        QTRY_VERIFY2(serverClockErrorMs(m_app->state(), *m_server) < 2000,
                     qPrintable(m_app->state().value(u"serverNow"_s).toString()));
        // A number bought now has the server's twenty minutes.
        m_app->send("buy 1012 42");
        QVERIFY(!m_app->waitFor("event dialog buyConfirmation").isEmpty());
        const qint64 next = buy();
        QVERIFY(next > id);
        QTRY_VERIFY(m_app->state().value(u"orders"_s).toArray().size() >= 1);
        const QJsonArray orders = m_app->state().value(u"orders"_s).toArray();
        for (const QJsonValue &o : orders) {
            if (o.toObject().value(u"id"_s).toInteger() != next)
                continue;
            const qint64 nextLeft = o.toObject().value(u"secondsLeft"_s).toInteger();
            QVERIFY2(nextLeft > 1190 && nextLeft <= 1200, qPrintable(QString::number(nextLeft)));
        }
    }

    // The user clicked Buy, the laptop slept with the question open, the
    // session ended meanwhile; the yes after waking buys nothing and asks to
    // sign in again.
    void sessionEndedWhileAsleep_asksToSignInAgain()
    {
        m_config.tokenLifetimeSeconds = 1800;
        QVERIFY(startAndAskToBuy());
        m_app->signal(SIGSTOP);
        QTRY_VERIFY(m_app->isStopped());
        m_server->state().passTime(3600);
        m_app->signal(SIGCONT);
        m_app->send("confirm");
        QVERIFY(!m_app->waitFor("event dialog reloginDialog").isEmpty());
        QCOMPARE(m_server->state().orderCountOf(m_config.demoEmail), 0);
        QCOMPARE(m_server->state().balanceOf(m_config.demoEmail), m_config.demoBalancePesewas);
        // When a poll's 401 ends the session first, the purchase's own answer
        // can come after the dialog: the purchase ends then.
        QTRY_VERIFY(!m_app->state().value(u"purchasing"_s).toBool());
        const QJsonObject state = m_app->state();
        const QString status = state.value(u"status"_s).toString();
        QVERIFY2(!status.contains(u"failed"_s, Qt::CaseInsensitive) &&
                     !status.contains(u"could not"_s, Qt::CaseInsensitive),
                 qPrintable(status));
        // Which answer comes first decides the words: the purchase's own 401
        // ("it was not bought"), or a poll's, which ends the session while
        // the purchase is in flight ("look in Active orders").
        QVERIFY2(status.contains(u"Sign in again"_s) || status.contains(u"session ended"_s),
                 qPrintable(status));
    }

    // The wall clock moved an hour forward, then back (libfaketime, as a
    // user or a time daemon would): the countdown keeps the server's time.
    void wallClockMoved_countdownsFollowTheServer()
    {
        const QString library = u"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"_s;
        if (!QFile::exists(library))
            QSKIP("libfaketime is not installed (packaging/install-build-deps.sh installs it)");
        QTemporaryDir clock;
        const QString offsetFile = clock.filePath(u"offset"_s);
        const auto setOffset = [&](const QByteArray &offset) {
            QFile file(offsetFile);
            return file.open(QIODevice::WriteOnly) && file.write(offset + '\n') > 0;
        };
        QVERIFY(setOffset("+0"));
        // At its real pace: a poll every 5 s, so the countdowns are read
        // between two of the server's answers.
#ifdef __SANITIZE_ADDRESS__
        QSKIP("ASan's runtime must come first: libfaketime cannot be preloaded before it");
#endif
        QVERIFY(startAndAskToBuy({u"LD_PRELOAD="_s + library,
                                  u"FAKETIME_TIMESTAMP_FILE="_s + offsetFile,
                                  u"FAKETIME_NO_CACHE=1"_s, u"FAKETIME_DONT_FAKE_MONOTONIC=1"_s},
                                 1));
        QVERIFY(buy() > 0);
        QTRY_COMPARE(m_app->state().value(u"orders"_s).toArray().size(), 1);

        for (const char *offset : {"+3600", "-3600"}) {
            QVERIFY(setOffset(offset));
            const QDateTime wall = QDateTime::fromString(
                m_app->state().value(u"wallNow"_s).toString(), Qt::ISODateWithMs);
            // The app's wall clock did move (else this test could not fail).
            QVERIFY2(qAbs(QDateTime::currentDateTimeUtc().secsTo(wall)) > 3500,
                     qPrintable(wall.toString(Qt::ISODate)));
            for (int read = 0; read < 3; ++read) {
                const QJsonObject state = m_app->state();
                const qint64 left = firstOrder(state).value(u"secondsLeft"_s).toInteger();
                QVERIFY2(left > 1100 && left <= 1200,
                         qPrintable(u"%1: %2"_s.arg(QLatin1StringView(offset)).arg(left)));
                QVERIFY2(serverClockErrorMs(state, *m_server) < 2000,
                         qPrintable(state.value(u"serverNow"_s).toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSleep)
#include "tst_sleep.moc"
