// One app per user and profile. The first runs as n1sms-remote-app (the real
// composition root, driven on its standard input) in the middle of a
// purchase; later starts are the shipped n1sms-desktop, sharing its profile
// (settings and runtime folders). The sandbox runs here.
#include "sandbox/sandboxserver.h"
#include "support/remoteapp.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool ended = false;
    int exitCode = -1;
    QString errors;
};

// n1sms-desktop with `arguments`, in `environment`; whether it ended within
// `timeoutMs`, and how. The event loop turns meanwhile: the first app and
// the sandbox both live on it.
Run runDesktop(const QProcessEnvironment &environment, const QStringList &arguments,
               int timeoutMs = 10000)
{
    QProcess desktop;
    QSignalSpy finished(&desktop, &QProcess::finished);
    desktop.setProcessEnvironment(environment);
    desktop.start(QStringLiteral(N1SMS_DESKTOP), arguments);
    Run run;
    if (!desktop.waitForStarted(5000))
        return run;
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    run.errors = QString::fromUtf8(desktop.readAllStandardError());
    if (desktop.state() != QProcess::NotRunning) {
        desktop.kill();
        desktop.waitForFinished(5000);
        return run;
    }
    run.ended = desktop.exitStatus() == QProcess::NormalExit;
    run.exitCode = desktop.exitCode();
    return run;
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

    Sandbox::Config m_config;
    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<RemoteApp> m_first;

    QStringList server() const { return {u"--base-url"_s, m_server->baseUrl().toString()}; }

private slots:
    void init()
    {
        m_config = {};
        m_config.requestsPerMinute = 0;
        m_config.smsDelaySeconds = 100000;
        m_server = std::make_unique<Sandbox::Server>(m_config);
        QVERIFY(m_server->listen());
        m_home = std::make_unique<QTemporaryDir>();
        m_first = std::make_unique<RemoteApp>(QStringLiteral(N1SMS_REMOTE_APP), m_home->path());
        QVERIFY(m_first->start(m_server->baseUrl()));
    }

    void cleanup()
    {
        m_first.reset();
        m_server.reset();
        m_home.reset();
    }

    // Started again while the first is buying: the first's window comes to
    // the front, the second ends at once, and the server hears nothing new
    // but the first's own polls.
    void secondStartWhileBuying_bringsTheFirstToFront_andSendsNothing()
    {
        m_first->send("signin " + m_config.demoEmail.toUtf8() + ' ' +
                      m_config.demoPassword.toUtf8());
        QVERIFY(!m_first->waitFor("event page mainPage").isEmpty());
        Sandbox::Fault slow = Sandbox::Fault::of(Sandbox::Fault::Kind::Delay, "POST", u"/orders"_s);
        slow.delayMs = 20000;
        m_server->addFault(slow);
        m_first->send("buy 1012 42");
        QVERIFY(!m_first->waitFor("event dialog buyConfirmation").isEmpty());
        m_first->send("confirm");
        QTRY_COMPARE(m_server->state().orderCountOf(m_config.demoEmail), 1);
        QVERIFY(m_first->state().value(u"purchasing"_s).toBool());
        m_first->send("hide");
        QTRY_VERIFY(!m_first->state().value(u"visible"_s).toBool());

        const int signIns = m_server->requestCount(u"POST /auth/login"_s);
        const int catalogue = m_server->requestCount(u"GET /dashboard/services"_s);
        const Run second = runDesktop(m_first->environment(), server());
        QVERIFY2(second.ended && second.exitCode == 0, qPrintable(second.errors));
        QVERIFY(m_first->isRunning());
        QVERIFY(m_first->state().value(u"visible"_s).toBool());
        // Nothing a new app would ask first: no sign-in, no catalogue; and
        // one order for one click.
        QCOMPARE(m_server->requestCount(u"POST /auth/login"_s), signIns);
        QCOMPARE(m_server->requestCount(u"GET /dashboard/services"_s), catalogue);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(m_config.demoEmail), 1);
    }

    // What the running app cannot turn into is said, and it still comes to
    // the front.
    void secondStartAskingOtherwise_isRefusedWithTheReason()
    {
        m_first->send("hide");
        QTRY_VERIFY(!m_first->state().value(u"visible"_s).toBool());
        Run demo = runDesktop(m_first->environment(), {u"--demo"_s});
        QVERIFY(demo.ended);
        QCOMPARE(demo.exitCode, 1);
        QVERIFY2(demo.errors.contains(u"already running with your account"_s),
                 qPrintable(demo.errors));
        QVERIFY(m_first->state().value(u"visible"_s).toBool());

        Run elsewhere =
            runDesktop(m_first->environment(), {u"--base-url"_s, u"https://example.com/api"_s});
        QVERIFY(elsewhere.ended);
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.errors.contains(u"Quit it first to use https://example.com/api"_s),
                 qPrintable(elsewhere.errors));
    }

    // kill -9 of the first leaves its lock behind: the next start takes it
    // at once, and is then the one the start after it hands over to.
    void afterTheFirstIsKilled_aNewStartRunsAtOnce()
    {
        m_first->kill();
        QProcess desktop;
        desktop.setProcessEnvironment(m_first->environment());
        desktop.start(QStringLiteral(N1SMS_DESKTOP), server());
        QVERIFY(desktop.waitForStarted(5000));
        // The lock names it (its first line is the holder's process id).
        const auto holder = [&] {
            const QStringList locks =
                QDir(m_first->runtimeDir()).entryList({u"n1sms-desktop-*.lock"_s}, QDir::Files);
            QFile lock(m_first->runtimeDir() + u'/' + locks.value(0));
            return lock.open(QIODevice::ReadOnly) ? lock.readLine().trimmed().toLongLong() : 0;
        };
        QTRY_COMPARE_WITH_TIMEOUT(holder(), desktop.processId(), 10000);
        // And a later start hands over to it.
        const Run later = runDesktop(m_first->environment(), server());
        QVERIFY2(later.ended && later.exitCode == 0, qPrintable(later.errors));
        QCOMPARE(desktop.state(), QProcess::Running);
        desktop.terminate();
        QVERIFY(desktop.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
