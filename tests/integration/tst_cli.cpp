// n1sms as a user's script runs it: the real executable, started as a process
// against the sandbox in this one, with its own empty profile. Standard input
// is a pipe, never a terminal.
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_demoEmail;

    static Sandbox::Config config(int smsDelaySeconds = 100000, double timeScale = 1.0)
    {
        Sandbox::Config c;
        c.smsDelaySeconds = smsDelaySeconds;
        c.timeScale = timeScale;
        c.requestsPerMinute = 0;
        return c;
    }

    void startServer(const Sandbox::Config &c = config())
    {
        m_server = std::make_unique<Sandbox::Server>(c);
        QVERIFY(m_server->listen());
        m_demoEmail = c.demoEmail;
    }

    // n1sms with `args`, signed in by the environment unless told otherwise.
    Run run(const QStringList &args, const QByteArray &input = {},
            const QHash<QString, QString> &environment = {}, int timeoutMs = 90000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"N1SMS_BASE_URL"_s, m_server->baseUrl().toString());
        env.insert(u"N1SMS_EMAIL"_s, m_demoEmail);
        env.insert(u"N1SMS_PASSWORD"_s, m_server->state().config().demoPassword);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"LC_ALL"_s);
        // Never the user's keychain: none at all, unless a test runs under
        // tests/keychain/with_keyring.sh, whose throwaway one it then uses.
        if (qEnvironmentVariable("N1SMS_EXPECT_KEYRING") != u"1")
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(N1SMS_CLI), args);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        // The sandbox answers on this thread: wait on the signal, never block.
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    int posts() const { return m_server->requestCount(u"POST /orders"_s); }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        startServer();
    }

    void cleanup() { m_server.reset(); }

    void help_andVersion()
    {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.status, 0);
        for (const QString &command : {u"login"_s, u"buy SERVICE COUNTRY"_s, u"wait ORDER_ID"_s})
            QVERIFY2(help.out.contains(command), qPrintable(help.out));
        QVERIFY(run({u"buy"_s, u"--help"_s}).out.contains(u"--max-price"_s));
        QVERIFY(run({u"--version"_s}).out.startsWith(u"n1sms "_s));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void services_inTextAndJson()
    {
        const Run text = run({u"services"_s, u"WHATS"_s});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(u"1012  WhatsApp"_s), qPrintable(text.out));
        const Run json = run({u"--json"_s, u"services"_s});
        QCOMPARE(json.status, 0);
        const QJsonArray services = json.array();
        QVERIFY(services.size() >= 300);
        const auto whatsApp =
            std::find_if(services.begin(), services.end(), [](const QJsonValue &v) {
                return v.toObject().value(u"id"_s).toInteger() == 1012;
            });
        QVERIFY(whatsApp != services.end());
        QCOMPARE(whatsApp->toObject().value(u"name"_s).toString(), u"WhatsApp"_s);
    }

    void prices_inTextAndJson_filteredAndSorted()
    {
        // Accents and case do not matter; a country by ISO code or by name.
        const Run text = run({u"prices"_s, u"whatsapp"_s, u"--country"_s, u"gh"_s});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(u"Ghana"_s) && text.out.contains(u"₵"_s), qPrintable(text.out));
        QCOMPARE(text.out.count(u'\n'), 2); // the heading and Ghana
        const Run json =
            run({u"prices"_s, u"1012"_s, u"--in-stock"_s, u"--sort"_s, u"price"_s, u"--json"_s});
        QCOMPARE(json.status, 0);
        const QJsonArray prices = json.object().value(u"prices"_s).toArray();
        QVERIFY(prices.size() > 10);
        qint64 last = 0;
        for (const QJsonValue &v : prices) {
            const QJsonObject price = v.toObject().value(u"price"_s).toObject();
            QCOMPARE(price.value(u"currency"_s).toString(), u"GHS"_s);
            // Amounts as exact decimal text.
            const QString amount = price.value(u"amount"_s).toString();
            QVERIFY2(QRegularExpression(u"^\\d+\\.\\d\\d$"_s).match(amount).hasMatch(),
                     qPrintable(amount));
            const qint64 minor = QString(amount).remove(u'.').toLongLong();
            QVERIFY(minor >= last);
            last = minor;
            QVERIFY(v.toObject().value(u"stock"_s).toInteger() > 0);
        }
        const Run byName =
            run({u"prices"_s, u"WhatsApp"_s, u"--country"_s, u"ghana"_s, u"--json"_s});
        QCOMPARE(byName.object()
                     .value(u"prices"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"country_code"_s),
                 u"GH"_s);
    }

    void balance_inTextAndJson()
    {
        const Run text = run({u"balance"_s});
        QCOMPARE(text.status, 0);
        QCOMPARE(text.out.trimmed().section(u' ', 0, 1), u"Balance: ₵250.00"_s);
        const Run json = run({u"balance"_s, u"--json"_s});
        QCOMPARE(json.status, 0);
        QCOMPARE(json.object().value(u"balance"_s).toObject().value(u"amount"_s).toString(),
                 u"250.00"_s);
    }

    void buyWithWait_printsTheCodeTheSandboxSent()
    {
        m_server.reset();
        startServer(config(3));
        const Run text = run({u"buy"_s, u"whatsapp"_s, u"GH"_s, u"--yes"_s, u"--wait"_s, u"60"_s});
        QCOMPARE(text.status, 0);
        QCOMPARE(posts(), 1);
        const qint64 id = text.out.section(u'\n', 0, 0).section(u' ', -1).toLongLong();
        QVERIFY2(id > 0, qPrintable(text.out));
        const QString code = m_server->state().smsCodeOf(id);
        QVERIFY(!code.isEmpty());
        QVERIFY2(text.out.contains(u"Code: "_s + code), qPrintable(text.out));

        const Run json =
            run({u"--json"_s, u"buy"_s, u"whatsapp"_s, u"nigeria"_s, u"-y"_s, u"--wait"_s});
        QCOMPARE(json.status, 0);
        const QJsonObject order = json.object();
        QCOMPARE(order.value(u"sms_code"_s).toString(),
                 m_server->state().smsCodeOf(order.value(u"id"_s).toInteger()));
        QCOMPARE(order.value(u"status"_s).toString(), u"received"_s);
        QVERIFY(order.value(u"created_at"_s).toString().endsWith(u'Z'));
        QCOMPARE(posts(), 2);

        // wait on an order that has its code prints the code alone.
        const Run again = run({u"wait"_s, QString::number(id)});
        QCOMPARE(again.status, 0);
        QCOMPARE(again.out.trimmed(), code);
    }

    void buyWithoutYes_withoutATerminal_sendsNothing()
    {
        const Run refused = run({u"buy"_s, u"whatsapp"_s, u"GH"_s}, "y\n");
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains(u"--yes"_s), qPrintable(refused.err));
        QCOMPARE(posts(), 0);
        QCOMPARE(m_server->state().orderCountOf(m_demoEmail), 0);
    }

    void commitThenDrop_stillOneOrderAndOneCharge()
    {
        const qint64 before = m_server->state().balanceOf(m_demoEmail);
        m_server->addFault(
            Sandbox::Fault::of(Sandbox::Fault::Kind::CommitThenDrop, "POST", u"/orders"_s));
        const Run bought = run({u"buy"_s, u"whatsapp"_s, u"GH"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(bought.status, 0);
        QVERIFY2(bought.err.contains(u"not sent again"_s), qPrintable(bought.err));
        const QJsonObject order = bought.object();
        QVERIFY2(order.value(u"id"_s).toInteger() > 0, qPrintable(bought.out));
        QCOMPARE(posts(), 1);
        QCOMPARE(m_server->state().orderCountOf(m_demoEmail), 1);
        const qint64 cost = QString(order.value(u"cost"_s).toObject().value(u"amount"_s).toString())
                                .remove(u'.')
                                .toLongLong();
        QCOMPARE(m_server->state().balanceOf(m_demoEmail), before - cost);
    }

    void exitStatuses()
    {
        // 1: out of stock, refused before anything is sent.
        m_server->state().sellOut(1012, 42);
        const Run outOfStock = run({u"buy"_s, u"whatsapp"_s, u"GH"_s, u"--yes"_s});
        QCOMPARE(outOfStock.status, 1);
        QVERIFY(outOfStock.err.contains(u"out of stock"_s));
        // 1: a price above --max-price, refused before anything is sent.
        const Run tooDear = run({u"buy"_s, u"WhatsApp"_s, u"NG"_s, u"--max-price"_s, u"0.01"_s,
                                 u"--yes"_s, u"--json"_s});
        QVERIFY2(tooDear.status == 1, qPrintable(tooDear.err));
        QCOMPARE(tooDear.object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"ABOVE_MAX_PRICE"_s);
        QCOMPARE(posts(), 0);
        // 1: the server refuses for the balance.
        m_server->state().setBalance(m_demoEmail, 0);
        const Run broke = run({u"buy"_s, u"WhatsApp"_s, u"NG"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(broke.status, 1);
        QCOMPARE(broke.object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"INSUFFICIENT_BALANCE"_s);
        QCOMPARE(posts(), 1);
        QCOMPARE(m_server->state().orderCountOf(m_demoEmail), 0);
        // 2: usage.
        QCOMPARE(run({u"buy"_s, u"whatsapp"_s}).status, 2);
        QCOMPARE(run({u"frobnicate"_s}).status, 2);
        QCOMPARE(run({u"prices"_s, u"no such service"_s}).status, 2);
        const Run password = run({u"balance"_s, u"--password"_s, u"secret"_s});
        QCOMPARE(password.status, 2);
        QVERIFY(!password.err.contains(u"secret"_s));
        // 3: an unreachable server.
        const Run unreachable =
            run({u"balance"_s}, {}, {{u"N1SMS_BASE_URL"_s, u"http://127.0.0.1:9/api/mobile"_s}});
        QCOMPARE(unreachable.status, 3);
        // 4: not signed in.
        QCOMPARE(run({u"balance"_s}, {}, {{u"N1SMS_PASSWORD"_s, QString()}}).status, 4);
        QCOMPARE(run({u"balance"_s}, {}, {{u"N1SMS_PASSWORD"_s, u"wrong"_s}}).status, 4);
    }

    void login_withoutAKeychain_keepsNothing_andEndsTheSession()
    {
        const Run login = run({u"login"_s, u"--password-stdin"_s},
                              m_server->state().config().demoPassword.toUtf8() + '\n',
                              {{u"N1SMS_PASSWORD"_s, QString()}});
        QCOMPARE(login.status, 3);
        QVERIFY2(login.err.contains(u"Nothing was stored"_s), qPrintable(login.err));
        // The session nothing keeps ends on the server at once.
        QCOMPARE(m_server->requestCount(u"POST /auth/logout"_s), 1);
        QCOMPARE(run({u"balance"_s}, {}, {{u"N1SMS_PASSWORD"_s, QString()}}).status, 4);
    }

    void waitTimesOut_withStatus5()
    {
        const Run bought = run({u"buy"_s, u"whatsapp"_s, u"GH"_s, u"-y"_s, u"--json"_s, u"-q"_s});
        QCOMPARE(bought.status, 0);
        const QString id = QString::number(bought.object().value(u"id"_s).toInteger());
        const Run waited = run({u"wait"_s, id, u"--timeout"_s, u"1"_s, u"--json"_s});
        QCOMPARE(waited.status, 5);
        QCOMPARE(waited.object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"TIMEOUT"_s);
        QCOMPARE(run({u"wait"_s, u"999999"_s}).status, 1);
    }

    void orders_andCancel_inTextAndJson()
    {
        // Two simulated minutes a second: cancelling is allowed soon.
        m_server.reset();
        startServer(config(100000, 120.0));
        const Run bought = run({u"buy"_s, u"whatsapp"_s, u"GH"_s, u"-y"_s, u"--json"_s});
        QCOMPARE(bought.status, 0);
        const qint64 id = bought.object().value(u"id"_s).toInteger();
        const Run active = run({u"orders"_s});
        QCOMPARE(active.status, 0);
        QVERIFY2(active.out.contains(QString::number(id)) && active.out.contains(u"pending"_s),
                 qPrintable(active.out));
        const Run all = run({u"orders"_s, u"--status"_s, u"all"_s, u"--json"_s});
        QCOMPARE(all.status, 0);
        QCOMPARE(
            all.object().value(u"orders"_s).toArray().first().toObject().value(u"id"_s).toInteger(),
            id);
        // Past the two simulated minutes before an order may be cancelled.
        const QDateTime created =
            QDateTime::fromString(bought.object().value(u"created_at"_s).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->state().now() >
                                     created.addSecs(Sandbox::State::cancelAfterSeconds + 5),
                                 10000);
        const Run cancelled = run({u"cancel"_s, QString::number(id), u"--json"_s});
        QCOMPARE(cancelled.status, 0);
        QCOMPARE(cancelled.object().value(u"status"_s).toString(), u"cancelled"_s);
        // Not allowed twice: the server refuses.
        const Run again = run({u"cancel"_s, QString::number(id)});
        QCOMPARE(again.status, 1);
        QVERIFY(!again.err.isEmpty());
        const Run none = run({u"orders"_s, u"--json"_s});
        QCOMPARE(none.object().value(u"orders"_s).toArray().size(), 0);
    }

    // Under tests/keychain/with_keyring.sh only: a real Secret Service.
    void loginAndLogout_keepTheSessionInTheKeychain()
    {
        if (qEnvironmentVariable("N1SMS_EXPECT_KEYRING") != u"1")
            QSKIP("needs a Secret Service: run through tests/keychain/with_keyring.sh");
        const QHash<QString, QString> noEnv{{u"N1SMS_PASSWORD"_s, QString()}};
        const Run login = run({u"login"_s, u"--password-stdin"_s, u"--json"_s},
                              m_server->state().config().demoPassword.toUtf8() + '\n', noEnv);
        QCOMPARE(login.status, 0);
        QCOMPARE(login.object().value(u"kept_in_keychain"_s).toBool(), true);
        // No password anywhere now: the keychain's session signs in.
        const QHash<QString, QString> nothing{{u"N1SMS_PASSWORD"_s, QString()},
                                              {u"N1SMS_EMAIL"_s, QString()}};
        const Run balance = run({u"balance"_s}, {}, nothing);
        QCOMPARE(balance.status, 0);
        QVERIFY(balance.err.contains(u"keychain"_s));
        const Run logout = run({u"logout"_s, u"--json"_s}, {}, nothing);
        QCOMPARE(logout.status, 0);
        QCOMPARE(logout.object().value(u"signed_out"_s).toBool(), true);
        QCOMPARE(m_server->requestCount(u"POST /auth/logout"_s), 1);
        QCOMPARE(run({u"balance"_s}, {}, nothing).status, 4);
        // The same in text.
        const Run again = run({u"login"_s, u"--password-stdin"_s},
                              m_server->state().config().demoPassword.toUtf8() + '\n', noEnv);
        QCOMPARE(again.status, 0);
        QVERIFY2(again.out.contains(u"keychain"_s), qPrintable(again.out));
        const Run out = run({u"logout"_s}, {}, nothing);
        QCOMPARE(out.status, 0);
        QVERIFY2(out.out.startsWith(u"Signed out"_s), qPrintable(out.out));
        const Run twice = run({u"logout"_s}, {}, nothing);
        QCOMPARE(twice.status, 0);
        QVERIFY2(twice.out.startsWith(u"No session is kept"_s), qPrintable(twice.out));
        // Without a terminal and without --password-stdin, no password is asked for.
        QCOMPARE(run({u"login"_s}, {}, noEnv).status, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
