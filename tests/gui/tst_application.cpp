// The application as a whole: what the composition root builds for a demo
// run, and what the shipped executable offers and contains.
#include "application.h"
#include "core/controllers/sessioncontroller.h"
#include "core/core.h"
#include "core/i18n.h"
#include "core/services/secretstore.h"
#include "sandbox/sandboxserver.h"
#include "support/findwidget.h"
#include "support/testenv.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A secret store that keeps secrets in memory and counts every use: it
// answers as a working keychain would, so that nothing but the app's own
// choice keeps a demo session out of it.
class CountingStore final : public SecretStore
{
public:
    int uses = 0;
    QHash<QString, QString> secrets;

    void read(const QString &key, QObject *context, Done done) override
    {
        ++uses;
        const bool found = secrets.contains(key);
        const QString secret = secrets.value(key);
        QTimer::singleShot(0, context, [done, found, secret] {
            done(found ? Status::Ok : Status::NotFound, secret);
        });
    }
    void write(const QString &key, const QString &secret, QObject *context, Done done) override
    {
        ++uses;
        secrets.insert(key, secret);
        QTimer::singleShot(0, context, [done] { done(Status::Ok, {}); });
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        ++uses;
        secrets.remove(key);
        QTimer::singleShot(0, context, [done] { done(Status::Ok, {}); });
    }
};

} // namespace

class TestApplication final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init() { QSettings().clear(); }

    // A demo's server listens on a new port each run: a session kept for it
    // would be an orphan in the keychain and a stray group in the settings.
    void demo_keepsNoSessionAndLeavesNoSettings()
    {
        CountingStore store;
        {
            Application::Options options;
            options.demo = true;
            options.secrets = Application::Options::Secrets::Given;
            options.secretStore = &store;
            Application app(options);
            QSignalSpy ready(&app, &Application::demoReady);
            app.start();
            QVERIFY(ready.wait(10000));
            MainWindow *window = app.window();
            QVERIFY2(window->windowTitle().contains(u"demo"_s), qPrintable(window->windowTitle()));
            auto *remember = childNamed<QCheckBox>(window, "rememberCheck");
            QVERIFY(!remember->isEnabled());
            QVERIFY(!remember->isChecked());
            QVERIFY(!remember->toolTip().isEmpty());

            // Even asked to remember, the demo does not.
            SessionController *session = app.core()->session();
            QSignalSpy in(session, &SessionController::signedIn);
            session->signIn(ready.first().at(0).toString(), ready.first().at(1).toString(), true);
            QVERIFY(in.wait(5000));
            QTRY_COMPARE(childNamed<QStackedWidget>(window, "pages")->currentWidget()->objectName(),
                         u"mainPage"_s);
            // A keychain write would have been asked by now, as the session began.
            QCOMPARE(store.uses, 0);
            QVERIFY(session->rememberedEmail().isEmpty());
            window->close(); // where the layout would be kept
        }
        QCOMPARE(store.uses, 0);
        QCOMPARE(QSettings().allKeys(), QStringList());
    }

    // The product has no option but its own, and no benchmark probe in it.
    void shippedApp_hasNoHiddenOptionAndNoProbe()
    {
        QProcess help;
        help.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        help.setProcessEnvironment(env);
        help.start(QStringLiteral(N1SMS_DESKTOP), {u"--help"_s});
        QVERIFY(help.waitForFinished(20000));
        const QString text = QString::fromUtf8(help.readAll());
        QVERIFY2(text.contains(u"--demo"_s) && text.contains(u"--base-url"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"probe"_s), qPrintable(text));

        QFile binary(QStringLiteral(N1SMS_DESKTOP));
        QVERIFY(binary.open(QIODevice::ReadOnly));
        const QByteArray bytes = binary.readAll();
        for (const char *probe : {"first-frame", "peak-rss-kb", "SessionProbe", "FirstFrameProbe"})
            QVERIFY2(!bytes.contains(probe), probe);
#ifdef N1SMS_BENCH_APP
        // The probe's own copy of the app does have them: the search works.
        QFile bench(QStringLiteral(N1SMS_BENCH_APP));
        QVERIFY(bench.open(QIODevice::ReadOnly));
        QVERIFY(bench.readAll().contains("first-frame"));
#endif
    }

    // Over SSH, with no display at all, --help and --version still answer.
    void helpAndVersion_needNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        for (const QString &option : {u"--help"_s, u"--version"_s}) {
            QProcess run;
            run.setProcessChannelMode(QProcess::MergedChannels);
            run.setProcessEnvironment(env);
            run.start(QStringLiteral(N1SMS_DESKTOP), {option});
            QVERIFY(run.waitForFinished(20000));
            const QString text = QString::fromUtf8(run.readAll());
            QCOMPARE(run.exitStatus(), QProcess::NormalExit);
            QVERIFY2(run.exitCode() == 0, qPrintable(text));
            QVERIFY2(text.contains(option == u"--help" ? u"--base-url"_s
                                                       : QStringLiteral(N1SMS_VERSION)),
                     qPrintable(text));
        }
    }

    // The settings show the server this run speaks to (--base-url), and OK
    // does not make it the one kept for other runs.
    void settings_showTheServerInUse()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        Application::Options options;
        options.baseUrl = server.baseUrl();
        options.baseUrlGiven = true;
        options.secrets = Application::Options::Secrets::None;
        options.restoreSession = false;
        Application app(options);
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        app.window()->openSettings();
        auto *dialog = app.window()->findChild<SettingsDialog *>(u"settingsDialog"_s);
        QVERIFY(dialog);
        auto *address = childNamed<QLineEdit>(dialog, "serverEdit");
        QCOMPARE(address->text(), server.baseUrl().toString());
        QVERIFY(!address->isEnabled());
        dialog->accept();
        QCOMPARE(Settings().preferences().serverUrl, Preferences::productionUrl());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
