// The real MainWindow, driven by clicks and typing, against the sandbox.
#include "apiclient.h"
#include "authservice.h"
#include "backend.h"
#include "i18n.h"
#include "mainwindow.h"
#include "orderlistmodel.h"
#include "orderservice.h"
#include "sandboxserver.h"
#include "traynotifier.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestGuiFlow final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *find(const char *name)
    {
        T *w = m_window->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }

    // The Active orders tab's own widgets (the History tab has the same ones).
    template <typename T> T *active(const char *name)
    {
        T *w = find<QWidget>("orderList")->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qFatal("no active-orders widget named %s", name);
        return w;
    }

    void clickRow(QAbstractItemView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // Saves what the window shows when N1SMS_SCREENSHOT_DIR says where.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("N1SMS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + u'/' + name));
    }

    void signIn(const QString &password)
    {
        auto *email = find<QLineEdit>("emailEdit");
        auto *pass = find<QLineEdit>("passwordEdit");
        email->clear();
        pass->clear();
        QTest::keyClicks(email, u"demo@n1sms.test"_s);
        QTest::keyClicks(pass, password);
        QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
    }

    // Signs in, picks WhatsApp and chooses Ghana; Buy is then ready.
    void chooseWhatsAppInGhana()
    {
        signIn(u"demo-password"_s);
        auto *services = find<QListView>("serviceList");
        QTRY_VERIFY(services->model()->rowCount() > 50);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), u"whatsapp"_s);
        QTest::keyClick(find<QLineEdit>("searchEdit"), Qt::Key_Return);
        auto *status = find<QLabel>("priceStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"countries"_s), 10000);
        QTest::keyClicks(find<QLineEdit>("filterEdit"), u"Ghana"_s);
        QTRY_VERIFY(find<QPushButton>("buyButton")->isEnabled());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(qApp, QLocale());
    }

    void init()
    {
        QSettings().clear();
        Sandbox::Config config;
        config.smsDelaySeconds = 2;
        config.requestsPerMinute = 0; // the window is tested here, not the throttle
        m_server = std::make_unique<Sandbox::Server>(config);
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_backend = std::make_unique<Backend>(m_network.get(), m_server->baseUrl());
        m_backend->orders()->setPollInterval(200ms);
        m_window = std::make_unique<MainWindow>(m_backend.get());
        m_window->setDemoCredentials(config.demoEmail, config.demoPassword);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_backend.reset();
        m_network.reset();
        m_server.reset();
    }

    void window_isTitledN1sms()
    {
        QVERIFY(m_window->windowTitle().contains(u"N1SMS"_s));
        QVERIFY(find<QLabel>("demoLabel")->text().contains(u"demo@n1sms.test"_s));
        screenshot(u"login.png"_s);
    }

    void wrongPassword_staysOnLoginWithTheServersMessage()
    {
        signIn(u"not-the-password"_s);
        auto *error = find<QLabel>("loginErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), u"These credentials do not match our records."_s);
        auto *pages = find<QStackedWidget>("pages");
        QCOMPARE(pages->currentWidget()->objectName(), u"loginPage"_s);
        QVERIFY(find<QPushButton>("loginButton")->isEnabled());
    }

    void demoButton_fillsInTheAccount()
    {
        QTest::mouseClick(find<QPushButton>("useDemoButton"), Qt::LeftButton);
        QCOMPARE(find<QLineEdit>("emailEdit")->text(), u"demo@n1sms.test"_s);
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), u"demo-password"_s);
    }

    void signIn_pickWhatsApp_buyInGhana_seeTheCode()
    {
        signIn(u"demo-password"_s);
        auto *pages = find<QStackedWidget>("pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(u"₵250.00"_s));

        // Pick WhatsApp: type to search, click the match.
        auto *services = find<QListView>("serviceList");
        QTRY_VERIFY(services->model()->rowCount() > 50);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), u"whatsapp"_s);
        QTRY_COMPARE(services->model()->rowCount(), 1);
        clickRow(services, 0);

        // Its prices arrive, page after page, then Ghana is there.
        auto *prices = find<QTableView>("priceTable");
        auto *status = find<QLabel>("priceStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"countries"_s), 10000);
        const int expected = static_cast<int>(m_server->state().catalogue().offers(1012).size());
        QCOMPARE(prices->model()->rowCount(), expected);
        QVERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"WhatsApp"_s));
        screenshot(u"prices.png"_s);

        QTest::keyClicks(find<QLineEdit>("filterEdit"), u"Ghana"_s);
        QTRY_COMPARE(prices->model()->rowCount(), 1);
        // Filtering chooses the first match, so Buy is ready at once.
        auto *buy = find<QPushButton>("buyButton");
        QTRY_VERIFY(buy->isEnabled());
        QCOMPARE(prices->selectionModel()->selectedRows().first().data().toString(), u"Ghana"_s);
        clickRow(prices, 0);
        QTest::mouseClick(buy, Qt::LeftButton);

        // The confirmation names the service, the country and the price.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                    box->isVisible());
        QVERIFY(box->text().contains(u"WhatsApp"_s));
        QVERIFY(box->text().contains(u"Ghana"_s));
        QVERIFY(box->text().contains(u"₵"_s));
        QVERIFY(box->informativeText().contains(u"Balance after purchase"_s));
        screenshot(u"confirm.png"_s);
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);

        // The order shows at once, waiting; then its code arrives.
        auto *orders = active<QTableView>("orderTable");
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
        QTRY_COMPARE(m_window->tray()->waitingCount(), 1);
        QVERIFY(m_window->tray()->toolTip().contains(u"1 waiting"_s));
        // The number is on the clipboard, ready for the service's sign-up form.
        const QString number = orders->model()->index(0, 2).data().toString();
        QTRY_COMPARE(QApplication::clipboard()->text(), number);
        const QModelIndex code = orders->model()->index(0, 4);
        QTRY_VERIFY_WITH_TIMEOUT(!code.data().toString().isEmpty(), 15000);
        QVERIFY(code.data().toString().size() >= 4);
        QCOMPARE(orders->model()->index(0, 3).data().toString(), u"Code received"_s);
        QVERIFY(active<QPushButton>("copyCodeButton")->isEnabled());
        QTRY_VERIFY(!find<QLabel>("balanceLabel")->text().contains(u"₵250.00"_s));
        QTRY_VERIFY(find<QLabel>("statsLabel")->text().contains(u"Orders: 1"_s));
        // The row stands out until the code is copied.
        QVERIFY(code.data(OrderListModel::FreshCodeRole).toBool());
        screenshot(u"code.png"_s);

        // The window has the focus back once the confirmation is gone (what a
        // window manager does; offscreen, the test does it).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The tray counted the waiting order and now carries the code.
        TrayNotifier *tray = m_window->tray();
        QCOMPARE(tray->waitingCount(), 0);
        QVERIFY(tray->lastMessage().contains(code.data().toString()));
        QApplication::clipboard()->clear();
        tray->activateLastMessage(); // a click on the notification
        QCOMPARE(QApplication::clipboard()->text(), code.data().toString());

        QTest::keyClick(m_window->windowHandle(), Qt::Key_C,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), code.data().toString());
        QVERIFY(!code.data(OrderListModel::FreshCodeRole).toBool());
        QVERIFY(m_window->statusBar()->currentMessage().contains(code.data().toString()));
        QApplication::clipboard()->clear();
        QTest::mouseClick(active<QPushButton>("copyCodeButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), code.data().toString());
    }

    void doubleClicks_buyOnce()
    {
        chooseWhatsAppInGhana();
        auto *buy = find<QPushButton>("buyButton");
        // A double click as the mouse sends it: two clicks, the second a double.
        QTest::mousePress(buy, Qt::LeftButton);
        QTest::mouseRelease(buy, Qt::LeftButton);
        QTest::mousePress(buy, Qt::LeftButton);
        QTest::mouseDClick(buy, Qt::LeftButton);
        QTest::mouseRelease(buy, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                    box->isVisible());
        QCOMPARE(m_window->findChildren<QMessageBox *>(u"buyConfirmation"_s).size(), 1);

        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);
        // Whatever the second click of a double click lands on next asks again.
        QTest::mouseClick(buy, Qt::LeftButton);
        QTest::keyClick(find<QTableView>("priceTable"), Qt::Key_Return);
        auto *orders = active<QTableView>("orderTable");
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        QTRY_VERIFY(buy->isEnabled());
        QVERIFY(m_window->findChildren<QMessageBox *>(u"buyConfirmation"_s).size() <= 1);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
    }

    void lostPurchaseAnswer_isFoundAndNamed()
    {
        Sandbox::Fault drop;
        drop.kind = Sandbox::Fault::Kind::CommitThenDrop;
        drop.method = "POST";
        drop.path = u"/orders"_s;
        m_server->addFault(drop);
        chooseWhatsAppInGhana();
        auto *buy = find<QPushButton>("buyButton");
        QTest::mouseClick(buy, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                    box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);

        auto *orders = active<QTableView>("orderTable");
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        const QString number = orders->model()->index(0, 2).data().toString();
        QVERIFY(number.startsWith(u"+233"_s));
        // What the user reads names the order that was found.
        QTRY_VERIFY(find<QLabel>("priceStatusLabel")->text().contains(number));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
    }

    void register_showsTheServersErrorsBesideTheFields()
    {
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        auto *pages = find<QStackedWidget>("pages");
        QCOMPARE(pages->currentWidget()->objectName(), u"registerPage"_s);
        QTest::keyClicks(find<QLineEdit>("registerEmailEdit"), u"demo@n1sms.test"_s);
        QTest::keyClicks(find<QLineEdit>("phoneEdit"), u"12"_s);
        QTest::keyClicks(find<QLineEdit>("registerPasswordEdit"), u"short"_s);
        QTest::keyClicks(find<QLineEdit>("confirmationEdit"), u"short"_s);
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);

        auto *email = find<QLabel>("emailError");
        QTRY_VERIFY(email->isVisible());
        QCOMPARE(email->text(), u"The email has already been taken."_s);
        QCOMPARE(find<QLabel>("nameError")->text(), u"The name field is required."_s);
        QCOMPARE(find<QLabel>("phoneError")->text(), u"The phone field format is invalid."_s);
        QCOMPARE(find<QLabel>("passwordError")->text(),
                 u"The password field must be at least 8 characters."_s);
        QVERIFY(find<QPushButton>("registerButton")->isEnabled());
        screenshot(u"register-errors.png"_s);
    }

    void register_mismatchedPasswords_areToldWithoutAsking()
    {
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>("registerPasswordEdit"), u"password123"_s);
        QTest::keyClicks(find<QLineEdit>("confirmationEdit"), u"password124"_s);
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>("passwordError")->isVisible());
        QCOMPARE(m_server->requestCount(u"POST /auth/register"_s), 0);
    }

    void register_thenTheEmailIsCarriedToSignIn()
    {
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>("nameEdit"), u"Ama Mensah"_s);
        QTest::keyClicks(find<QLineEdit>("registerEmailEdit"), u"ama@example.com"_s);
        QTest::keyClicks(find<QLineEdit>("phoneEdit"), u"+233 20 111 2223"_s);
        QTest::keyClicks(find<QLineEdit>("registerPasswordEdit"), u"password123"_s);
        QTest::keyClicks(find<QLineEdit>("confirmationEdit"), u"password123"_s);
        auto *show = find<QCheckBox>("showPasswordCheck");
        show->click();
        QCOMPARE(find<QLineEdit>("registerPasswordEdit")->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(find<QLineEdit>("confirmationEdit")->echoMode(), QLineEdit::Password);
        QTest::keyClick(find<QLineEdit>("confirmationEdit"), Qt::Key_Return);

        auto *pages = find<QStackedWidget>("pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"loginPage"_s);
        QVERIFY(find<QLabel>("noticeLabel")->isVisible());
        QVERIFY(find<QLabel>("noticeLabel")->text().contains(u"Verify your phone number"_s));
        QCOMPARE(find<QLineEdit>("emailEdit")->text(), u"ama@example.com"_s);

        // Not verified yet: the server says so, and the form shows it.
        QTest::keyClicks(find<QLineEdit>("passwordEdit"), u"password123"_s);
        QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
        auto *error = find<QLabel>("loginErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"verify"_s));
    }

    void loginPassword_canBeShown()
    {
        auto *password = find<QLineEdit>("passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        find<QCheckBox>("showLoginPasswordCheck")->click();
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
    }

    void serverBusy_showsABannerWhoseRetryLoadsThePrices()
    {
        Sandbox::Fault busy;
        busy.kind = Sandbox::Fault::Kind::Status;
        busy.status = 503;
        busy.path = u"/dashboard/prices"_s;
        busy.count = -1;
        m_server->addFault(busy);
        m_backend->api()->setMaxRetries(0);
        signIn(u"demo-password"_s);
        auto *services = find<QListView>("serviceList");
        QTRY_VERIFY(services->model()->rowCount() > 50);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), u"whatsapp"_s);
        QTest::keyClick(find<QLineEdit>("searchEdit"), Qt::Key_Return);

        auto *banner = find<QFrame>("banner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(
            find<QLabel>("bannerLabel")
                ->text()
                .contains(u"Countries temporarily unavailable. Please try again in a moment."_s));
        QVERIFY(find<QPushButton>("retryButton")->isVisible());
        // The window stays usable meanwhile.
        QVERIFY(find<QLineEdit>("searchEdit")->isEnabled());
        screenshot(u"banner.png"_s);

        m_server->clearFaults();
        QTest::mouseClick(find<QPushButton>("retryButton"), Qt::LeftButton);
        auto *prices = find<QTableView>("priceTable");
        const int expected = static_cast<int>(m_server->state().catalogue().offers(1012).size());
        QTRY_COMPARE_WITH_TIMEOUT(prices->model()->rowCount(), expected, 10000);
        QVERIFY(!banner->isVisible());
    }

    void shortcuts_favouritesAndRecents_surviveARestart()
    {
        signIn(u"demo-password"_s);
        auto *services = find<QListView>("serviceList");
        QTRY_VERIFY(services->model()->rowCount() > 50);
        auto *whatsapp = find<QToolButton>("shortcut1012");
        QCOMPARE(whatsapp->text(), u"WhatsApp"_s);
        QTest::mouseClick(whatsapp, Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"WhatsApp"_s));
        QTest::mouseClick(find<QToolButton>("shortcut907"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"Telegram"_s));
        QTRY_VERIFY_WITH_TIMEOUT(find<QTableView>("priceTable")->model()->rowCount() > 100, 10000);
        QTest::mouseClick(find<QToolButton>("favouriteButton"), Qt::LeftButton);
        QVERIFY(find<QToolButton>("favouriteButton")->isChecked());

        const auto firstTwo = [](QListView *list) -> QString {
            return list->model()->index(0, 0).data().toString() + u" | "_s +
                   list->model()->index(1, 0).data().toString();
        };
        QCOMPARE(firstTwo(services), u"★ Telegram | WhatsApp"_s);
        screenshot(u"services.png"_s);

        // A new window reads them back, as after a restart.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_backend.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_backend->auth()->logout();
        signIn(u"demo-password"_s);
        auto *again = find<QListView>("serviceList");
        QTRY_VERIFY(again->model()->rowCount() > 50);
        QCOMPARE(firstTwo(again), u"★ Telegram | WhatsApp"_s);
    }

    void pricesSeenBefore_showAtOnceThenRefresh()
    {
        signIn(u"demo-password"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 50);
        auto *prices = find<QTableView>("priceTable");
        auto *status = find<QLabel>("priceStatusLabel");
        const int expected = static_cast<int>(m_server->state().catalogue().offers(1012).size());
        QTest::mouseClick(find<QToolButton>("shortcut1012"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(prices->model()->rowCount(), expected, 10000);
        QTest::mouseClick(find<QToolButton>("shortcut907"), Qt::LeftButton);
        QTRY_VERIFY(status->text().contains(u"countries"_s));

        // The server is slow now: WhatsApp's last prices show before it answers.
        Sandbox::Fault slow;
        slow.kind = Sandbox::Fault::Kind::Delay;
        slow.delayMs = 400;
        slow.path = u"/dashboard/prices"_s;
        slow.count = -1;
        m_server->addFault(slow);
        QTest::mouseClick(find<QToolButton>("shortcut1012"), Qt::LeftButton);
        QCOMPARE(prices->model()->rowCount(), expected);
        QVERIFY(status->text().contains(u"refreshing"_s));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"countries"_s), 15000);
        QCOMPARE(prices->model()->rowCount(), expected);
    }

    void history_pagesThroughPastOrders()
    {
        m_server->state().setBalance(u"demo@n1sms.test"_s, 10'000'000);
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QSignalSpy bought(m_backend->orders(), &OrderService::purchased);
        for (int i = 0; i < 25; ++i) {
            m_backend->orders()->purchase({1012, 42, {}, false});
            QTRY_COMPARE(bought.size(), i + 1);
        }
        auto *tabs = find<QTabWidget>("ordersTabs");
        tabs->setCurrentWidget(find<QWidget>("historyTab"));
        auto *history = find<QWidget>("historyList")->findChild<QTableView *>(u"orderTable"_s);
        auto *page = find<QLabel>("historyPageLabel");
        QTRY_COMPARE(page->text(), u"Page 1 of 2"_s);
        QCOMPARE(history->model()->rowCount(), 20);
        QVERIFY(!find<QPushButton>("previousPageButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("nextPageButton"), Qt::LeftButton);
        QTRY_COMPARE(page->text(), u"Page 2 of 2"_s);
        QCOMPARE(history->model()->rowCount(), 5);
        QVERIFY(!find<QPushButton>("nextPageButton")->isEnabled());

        // Only past orders of one kind: none is cancelled yet.
        find<QComboBox>("historyStatusCombo")->setCurrentIndex(2);
        QTRY_COMPARE(page->text(), u"No orders of this kind yet"_s);
        QCOMPARE(history->model()->rowCount(), 0);
        screenshot(u"history.png"_s);
    }

    void layoutAndLastService_areThereAfterARestart()
    {
        signIn(u"demo-password"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 50);
        QTest::mouseClick(find<QToolButton>("shortcut907"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("priceStatusLabel")->text().contains(u"countries"_s),
                                 10000);
        m_window->resize(1000, 700);
        auto *splitter = find<QSplitter>("catalogSplitter");
        splitter->setSizes({420, 560});
        const int left = splitter->sizes().first();
        m_window->close(); // the layout is saved as the window closes

        m_window = std::make_unique<MainWindow>(m_backend.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1000, 700));
        m_backend->auth()->logout();
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QTRY_VERIFY(qAbs(find<QSplitter>("catalogSplitter")->sizes().first() - left) <= 2);
        // Telegram again, with its prices, without a click.
        QTRY_VERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"Telegram"_s));
        QTRY_VERIFY_WITH_TIMEOUT(find<QTableView>("priceTable")->model()->rowCount() > 100, 10000);
    }

    void sessionEnd_asksForThePasswordAndResumes()
    {
        signIn(u"demo-password"_s);
        auto *pages = find<QStackedWidget>("pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        auto *services = find<QListView>("serviceList");
        QTRY_VERIFY(services->model()->rowCount() > 50);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), u"telegram"_s);
        QTest::keyClick(find<QLineEdit>("searchEdit"), Qt::Key_Return);
        auto *prices = find<QTableView>("priceTable");
        const int expected = static_cast<int>(m_server->state().catalogue().offers(907).size());
        QTRY_COMPARE_WITH_TIMEOUT(prices->model()->rowCount(), expected, 10000);

        // The server forgets every session; the next request meets a 401.
        m_server->state().revokeAllTokens();
        QTest::mouseClick(active<QPushButton>("refreshButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"reloginDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(pages->currentWidget()->objectName(), u"mainPage"_s); // the work stays in view
        screenshot(u"relogin.png"_s);
        if (const QString dir = qEnvironmentVariable("N1SMS_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u"/relogin-dialog.png"_s));

        auto *password = dialog->findChild<QLineEdit *>(u"reloginPasswordEdit"_s);
        QTest::keyClicks(password, u"wrong-password"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reloginButton"_s), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(u"reloginErrorLabel"_s);
        QTRY_VERIFY(error->isVisible());
        password->clear();
        QTest::keyClicks(password, u"demo-password"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reloginButton"_s), Qt::LeftButton);

        // Back where the user was: same service, prices and balance reloaded.
        QTRY_VERIFY(!m_window->findChild<QDialog *>(u"reloginDialog"_s) ||
                    !m_window->findChild<QDialog *>(u"reloginDialog"_s)->isVisible());
        QCOMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        QVERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"Telegram"_s));
        QTRY_COMPARE_WITH_TIMEOUT(prices->model()->rowCount(), expected, 10000);
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(u"₵250.00"_s));
    }

    void signOut_returnsToLoginAndForgetsTheData()
    {
        signIn(u"demo-password"_s);
        auto *pages = find<QStackedWidget>("pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mainPage"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 0);
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QCOMPARE(pages->currentWidget()->objectName(), u"loginPage"_s);
        QCOMPARE(find<QListView>("serviceList")->model()->rowCount(), 0);
        QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());
    }
};

QTEST_MAIN(TestGuiFlow)
#include "tst_guiflow.moc"
