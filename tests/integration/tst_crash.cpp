// The app killed (SIGKILL) at each moment of a purchase, then started again:
// the order is found and shown, nothing is bought again, and the balance
// shown is the server's. The app runs in a process of its own
// (n1sms-remote-app, the real composition root); the sandbox runs here.
#include "core/domain/money.h"
#include "sandbox/sandboxserver.h"
#include "support/remoteapp.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 whatsApp = 1012;
constexpr qint64 ghana = 42;

// The ids of the orders the app shows as active.
QList<qint64> shownOrders(const QJsonObject &state)
{
    QList<qint64> ids;
    for (const QJsonValue &o : state.value(u"orders"_s).toArray())
        ids.append(o.toObject().value(u"id"_s).toInteger());
    return ids;
}

} // namespace

class TestCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedMidPurchase_nextStartShowsTheTruth_data()
    {
        QTest::addColumn<QString>("moment");
        // Buy clicked, the confirmation up: no request yet.
        QTest::newRow("before the request") << u"confirming"_s;
        // The server has made and charged the order; its answer is on the way.
        QTest::newRow("committed, not answered") << u"committed"_s;
        // The answer came and was taken in; the window never painted it.
        QTest::newRow("answered, not shown") << u"answered"_s;
    }

    void killedMidPurchase_nextStartShowsTheTruth()
    {
        QFETCH(QString, moment);
        Sandbox::Config config;
        config.smsDelaySeconds = 100000; // the order stays waiting, in sight
        config.requestsPerMinute = 0;
        Sandbox::Server server(config);
        QVERIFY(server.listen());
        const QString email = config.demoEmail;
        QTemporaryDir home;
        RemoteApp app(QStringLiteral(N1SMS_REMOTE_APP), home.path());
        QVERIFY(app.start(server.baseUrl()));
        app.send("signin " + email.toUtf8() + ' ' + config.demoPassword.toUtf8());
        QVERIFY(!app.waitFor("event page mainPage").isEmpty());
        app.send("buy " + QByteArray::number(whatsApp) + ' ' + QByteArray::number(ghana));
        QVERIFY(!app.waitFor("event dialog buyConfirmation").isEmpty());

        qint64 orderId = 0; // when the app said it
        if (moment == u"committed") {
            // Made and paid at once, answered a minute later.
            Sandbox::Fault slow =
                Sandbox::Fault::of(Sandbox::Fault::Kind::Delay, "POST", u"/orders"_s);
            slow.delayMs = 60000;
            server.addFault(slow);
            app.send("confirm");
            QTRY_COMPARE_WITH_TIMEOUT(server.state().orderCountOf(email), 1, 10000);
        } else if (moment == u"answered") {
            app.send("freeze-on-purchased");
            app.send("confirm");
            const QByteArray id = app.waitFor("event purchased");
            QVERIFY(!id.isEmpty());
            QTRY_VERIFY(app.isStopped());
            orderId = id.toLongLong();
        }
        app.kill();
        const int bought = moment == u"confirming" ? 0 : 1;
        QCOMPARE(server.requestCount(u"POST /orders"_s), bought);
        QCOMPARE(server.state().orderCountOf(email), bought);
        const qint64 balance = server.state().balanceOf(email);
        QCOMPARE(balance < config.demoBalancePesewas, bought == 1);

        // The next start, on what the killed one left.
        RemoteApp again(QStringLiteral(N1SMS_REMOTE_APP), home.path());
        QVERIFY(again.start(server.baseUrl()));
        again.send("signin " + email.toUtf8() + ' ' + config.demoPassword.toUtf8());
        QVERIFY(!again.waitFor("event page mainPage").isEmpty());
        const QString shownBalance = formatMoney(Money(balance, u"GHS"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            again.state().value(u"balance"_s).toString().contains(shownBalance), 10000);
        if (bought == 1) {
            QTRY_COMPARE_WITH_TIMEOUT(shownOrders(again.state()).size(), 1, 10000);
            if (orderId != 0)
                QCOMPARE(shownOrders(again.state()).first(), orderId);
            // The order book has it too, from the server's list.
            QTRY_COMPARE_WITH_TIMEOUT(again.state().value(u"bookOrders"_s).toInt(), 1, 10000);
        }
        const QJsonObject state = again.state();
        QCOMPARE(state.value(u"orders"_s).toArray().size(), bought);
        QCOMPARE(state.value(u"dialogs"_s).toArray().size(), 0);
        QVERIFY(!state.value(u"purchasing"_s).toBool());
        // Nothing was bought again, by either start.
        QCOMPARE(server.requestCount(u"POST /orders"_s), bought);
        QCOMPARE(server.state().orderCountOf(email), bought);
        QCOMPARE(server.state().balanceOf(email), balance);
        QVERIFY(again.quit());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
