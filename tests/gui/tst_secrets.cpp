// A whole session through the real window (sign in, browse, buy, poll, cancel,
// sign out) with every logging category on: neither the token nor the
// password appears in the log or in any file the app wrote.
#include "core/api/apiclient.h"
#include "core/controllers/orderscontroller.h"
#include "core/core.h"
#include "core/models/orderlistmodel.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"
#include "support/guifixture.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QStringList *g_log = nullptr;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromLatin1(context.category ? context.category : "") + u' ' +
                      message);
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wholeSession_neverLogsOrWritesTheTokenOrPassword()
    {
        QStringList log;
        g_log = &log;
        g_previous = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=true"_s);

        Sandbox::Config config;
        config.timeScale = 240; // cancel becomes possible within a second
        config.smsDelaySeconds = 100000;
        config.demoPassword = u"s3cret-Passw0rd-for-the-log-test"_s;
        Sandbox::Server server(config);
        QVERIFY(server.listen());
        QString token;
        QString number;
        QString diagnostics;
        {
            Application app(testAppOptions(server.baseUrl()));
            Backend &backend = *app.core()->backend();
            connect(backend.auth(), &AuthService::loggedIn, this,
                    [&token](const Session &s) { token = s.token; });
            connect(backend.orders(), &OrderService::purchased, this,
                    [&number](const Order &o) { number = o.phoneNumber; });
            MainWindow &window = *app.window();
            backend.orders()->setPollInterval(200ms);     // after the app applied the setting
            backend.api()->budget().setWindow(1s);        // at that pace, a second's budget
            app.core()->orders()->model()->setLinger(1s); // an ended order shows a second
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::keyClicks(window.findChild<QLineEdit *>(u"emailEdit"_s), config.demoEmail);
            QTest::keyClicks(window.findChild<QLineEdit *>(u"passwordEdit"_s), config.demoPassword);
            QTest::mouseClick(window.findChild<QPushButton *>(u"loginButton"_s), Qt::LeftButton);
            QTRY_VERIFY(!token.isEmpty());

            auto *services = window.findChild<QListView *>(u"serviceList"_s);
            QTRY_VERIFY(services->model()->rowCount() > 0);
            QTest::keyClicks(window.findChild<QLineEdit *>(u"searchEdit"_s), u"WhatsApp"_s);
            QTest::keyClick(window.findChild<QLineEdit *>(u"searchEdit"_s), Qt::Key_Return);
            auto *prices = window.findChild<QTableView *>(u"priceTable"_s);
            QTRY_VERIFY_WITH_TIMEOUT(prices->model()->rowCount() > 100, 10000);
            QTest::keyClicks(window.findChild<QLineEdit *>(u"filterEdit"_s), u"Ghana"_s);
            QTest::mouseClick(window.findChild<QPushButton *>(u"buyButton"_s), Qt::LeftButton);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"buyConfirmation"_s)));
            QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);

            auto *orders = window.findChild<QWidget *>(u"orderList"_s)
                               ->findChild<QTableView *>(u"orderTable"_s);
            QTRY_COMPARE(orders->model()->rowCount(), 1);
            orders->selectRow(0);
            auto *cancel = window.findChild<QWidget *>(u"orderList"_s)
                               ->findChild<QPushButton *>(u"cancelButton"_s);
            QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 10000); // polling brought can_cancel
            QTest::mouseClick(cancel, Qt::LeftButton);
            QMessageBox *question = nullptr;
            QTRY_VERIFY((question = window.findChild<QMessageBox *>(u"cancelQuestion"_s)));
            QTest::mouseClick(question->findChild<QPushButton *>(u"confirmCancelButton"_s),
                              Qt::LeftButton);
            // A cancelled order leaves the active ones, and the money comes back.
            QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 0, 5000);
            QTRY_COMPARE(server.state().balanceOf(config.demoEmail), config.demoBalancePesewas);
            // Help › Copy diagnostics, as a user would send it to support.
            window.findChild<QAction *>(u"copyDiagnosticsAction"_s)->trigger();
            QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
            diagnostics = QGuiApplication::clipboard()->text();
            QTest::mouseClick(window.findChild<QPushButton *>(u"logoutButton"_s), Qt::LeftButton);
            QTRY_COMPARE(server.requestCount(u"POST /auth/logout"_s), 1);
        }

        QLoggingCategory::setFilterRules({});
        qInstallMessageHandler(g_previous);
        g_log = nullptr;

        QVERIFY(log.size() > 10); // the log did capture the session
        QVERIFY(number.size() >= 8);
        // The diagnostics: who, where, and what was asked, masked.
        for (const QString &expected :
             {u"N1SMS Desktop "_s, u"Qt 6."_s, server.baseUrl().toDisplayString(),
              u"POST /orders 201"_s, u"GET /dashboard/prices 200"_s})
            QVERIFY2(diagnostics.contains(expected), qPrintable(expected + u"\n"_s + diagnostics));
        QVERIFY2(!diagnostics.contains(number.right(number.size() - 1)), qPrintable(diagnostics));
        const QString secret = token.section(u'|', 1);
        QVERIFY(secret.size() >= 8);
        for (const QString &line : std::as_const(log)) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(config.demoPassword), qPrintable(line));
        }

        // The log a user can send is among the files searched.
        const QString logFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                u"/logs/n1sms.log"_s;
        QVERIFY2(QFile::exists(logFile), qPrintable(logFile));
        for (const auto location :
             {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
              QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation,
              QStandardPaths::AppLocalDataLocation}) {
            const QString dir = QStandardPaths::writableLocation(location);
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                // Another test running beside this one shares the generic
                // config folder: its settings' lock file may be gone by now.
                if (!file.open(QIODevice::ReadOnly)) {
                    QVERIFY2(!file.exists(), qPrintable(file.fileName()));
                    continue;
                }
                const QByteArray content = file.readAll();
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
                // Nor the whole number bought: the log keeps its last digits.
                QVERIFY2(!content.contains(number.right(number.size() - 1).toUtf8()),
                         qPrintable(file.fileName()));
                QVERIFY2(!content.contains(config.demoPassword.toUtf8()),
                         qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
