// The real app under Wayland (tests/desktop/with_weston.sh: a headless
// Weston): it starts, paints its first frame and signs in on the sandbox, on
// Qt's wayland platform; what it draws is saved as a screenshot when
// N1SMS_SCREENSHOT_DIR says where. The app runs as n1sms-remote-app, the
// same composition root as n1sms-desktop.
#include "sandbox/sandboxserver.h"
#include "support/remoteapp.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWayland final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("N1SMS_TEST_WAYLAND"))
            QSKIP("Runs beside a compositor: tests/desktop/with_weston.sh");
    }

    void startsPaintsAndSignsIn_onWayland()
    {
        Sandbox::Config config;
        config.requestsPerMinute = 0;
        Sandbox::Server server(config);
        QVERIFY(server.listen());
        QTemporaryDir home;
        RemoteApp app(QStringLiteral(N1SMS_REMOTE_APP), home.path());
        QVERIFY(app.start(server.baseUrl(), 1,
                          {u"QT_QPA_PLATFORM=wayland"_s,
                           u"WAYLAND_DISPLAY="_s + qEnvironmentVariable("WAYLAND_DISPLAY")}));
        QVERIFY(!app.waitFor("event first-frame").isEmpty());
        QCOMPARE(app.state().value(u"platform"_s).toString(), u"wayland"_s);
        app.send("signin " + config.demoEmail.toUtf8() + ' ' + config.demoPassword.toUtf8());
        QVERIFY(!app.waitFor("event page mainPage").isEmpty());
        QTRY_VERIFY(app.state().value(u"balance"_s).toString().contains(u"₵250.00"_s));

        const QString dir = qEnvironmentVariable("N1SMS_SCREENSHOT_DIR", home.path());
        const QString shot = dir + u"/wayland.png"_s;
        app.send("grab " + shot.toUtf8());
        QVERIFY(!app.waitFor("event grabbed").isEmpty());
        const QImage image(shot);
        QVERIFY(image.width() > 600 && image.height() > 400);
        QVERIFY(app.quit());
    }
};

QTEST_GUILESS_MAIN(TestWayland)
#include "tst_wayland.moc"
