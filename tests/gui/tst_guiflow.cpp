// The real MainWindow, driven by clicks and typing, against the sandbox.
#include "core/api/apiclient.h"
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "sandbox/sandboxserver.h"
#include "support/guifixture.h"
#include "ui/clipboardkeeper.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/traynotifier.h"
#include "ui/uistyle.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
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

class TestGuiFlow final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        applyLanguage(QLocale());
    }

    void init()
    {
        QSettings().clear();
        startWindow();
    }

    void cleanup() { stopWindow(); }

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
        QVERIFY(box->informativeText().contains(u"cheapest number"_s));
        screenshot(u"confirm.png"_s);
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);

        // The order shows at once, waiting; then its code arrives.
        auto *orders = active<QTableView>("orderTable");
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
        QTRY_COMPARE(m_app->tray()->waitingCount(), 1);
        QVERIFY(m_app->tray()->toolTip().contains(u"1 order waiting"_s));
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
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        // The tray counted the waiting order and now carries the code.
        TrayNotifier *tray = m_app->tray();
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
        QVERIFY(clickBuyAndConfirm());

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
        openWhatsApp();

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

        // A new app reads them back, as after a restart.
        restartApp();
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

        restartApp();
        QCOMPARE(m_window->size(), QSize(1000, 700));
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

    void priceTable_sortsNumericallyAndFiltersInStock()
    {
        openWhatsApp();
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("priceStatusLabel")->text().contains(u"countries"_s),
                                 10000);
        auto *table = find<QTableView>("priceTable");
        QAbstractItemModel *model = table->model();
        const auto prices = [model] {
            QList<qint64> list;
            for (int row = 0; row < model->rowCount(); ++row)
                list.append(model->index(row, CountryPriceModel::PriceColumn)
                                .data(CountryPriceModel::SortRole)
                                .toLongLong());
            return list;
        };
        const auto ascending = [](const QList<qint64> &list) {
            return std::is_sorted(list.cbegin(), list.cend());
        };
        const auto descending = [](const QList<qint64> &list) {
            return std::is_sorted(list.crbegin(), list.crend());
        };
        // Cheapest first by default; a click on the header turns it round.
        QVERIFY(ascending(prices()));
        QVERIFY(prices().first() < prices().last());
        auto *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(CountryPriceModel::PriceColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QTRY_VERIFY(descending(prices()));
        QVERIFY(prices().first() > prices().last());

        const int all = model->rowCount();
        int inStock = 0;
        for (int row = 0; row < all; ++row)
            inStock += model->index(row, 0).data(CountryPriceModel::InStockRole).toBool() ? 1 : 0;
        QVERIFY(inStock < all); // the sandbox has some out of stock
        QTest::mouseClick(find<QCheckBox>("inStockCheck"), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), inStock);
        QVERIFY(descending(prices()));
        // Each country has its flag.
        const QModelIndex ghana = model->index(0, CountryPriceModel::CountryColumn);
        QVERIFY(!ghana.data(CountryPriceModel::CountryCodeRole).toString().isEmpty());
    }

    void flags_areDrawnFromTheCountryCode()
    {
        const QImage ghana = UiStyle::flag(u"GH"_s).pixmap(36, 27).toImage();
        QVERIFY(!ghana.isNull());
        // Red, gold and green, whether from the emoji font or a boxed code.
        QSet<QRgb> colours;
        for (int y = 0; y < ghana.height(); y += 2)
            for (int x = 0; x < ghana.width(); x += 2)
                if (qAlpha(ghana.pixel(x, y)) == 255)
                    colours.insert(ghana.pixel(x, y));
        QVERIFY2(colours.size() >= 3, qPrintable(QString::number(colours.size())));
        // Every country of the world has its image; a code without one, a badge.
        QVERIFY(QDir(u":/flags"_s).count() >= 500); // 1x and 2x
        QVERIFY(QFile::exists(u":/flags/gh.png"_s));
        QVERIFY(QFile::exists(u":/flags/gh@2x.png"_s));
        QVERIFY(!UiStyle::flag(u"ZZ"_s).isNull());
        QVERIFY(UiStyle::flag(QString()).isNull());
        QVERIFY(UiStyle::flag(u"1A"_s).isNull());
        QVERIFY(UiStyle::flag(u"ÉT"_s).isNull());
        QVERIFY(!UiStyle::flag(u"br"_s).isNull());
    }

    void insufficientBalance_isExplainedBeforeAndAfterAsking()
    {
        m_server->state().setBalance(u"demo@n1sms.test"_s, 10); // ₵0.10
        chooseWhatsAppInGhana();
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(u"₵0.10"_s));
        QTest::mouseClick(find<QPushButton>("buyButton"), Qt::LeftButton);
        auto *status = find<QLabel>("priceStatusLabel");
        QTRY_VERIFY(status->text().contains(u"not enough"_s));
        QVERIFY(!m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));

        // The balance changed on the server since: the server says no.
        m_backend->account()->refresh();
        m_server->state().setBalance(u"demo@n1sms.test"_s, 25000);
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(u"₵250.00"_s));
        m_server->state().setBalance(u"demo@n1sms.test"_s, 10);
        QVERIFY(clickBuyAndConfirm());
        QTRY_VERIFY(status->text().contains(u"Insufficient balance"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 0);
        QTRY_VERIFY(find<QPushButton>("buyButton")->isEnabled());
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(u"₵0.10"_s));
    }

    void outOfStock_isExplainedBeforeAndAfterAsking()
    {
        chooseWhatsAppInGhana();
        auto *table = find<QTableView>("priceTable");
        auto *buy = find<QPushButton>("buyButton");
        const QModelIndex stock = table->model()->index(0, CountryPriceModel::StockColumn);
        QCOMPARE(stock.data().toString(), u"152"_s);
        // Sold out on the server while the table still shows stock.
        m_server->state().sellOut(1012, 42);
        QVERIFY(clickBuyAndConfirm());
        auto *status = find<QLabel>("priceStatusLabel");
        QTRY_VERIFY(status->text().contains(u"No numbers are available"_s));
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 0);
        // The prices come again: the row now says so, and Buy explains itself.
        QTRY_COMPARE(table->model()->index(0, CountryPriceModel::StockColumn).data().toString(),
                     u"Out of stock"_s);
        QTRY_VERIFY(!buy->isEnabled());
        QVERIFY(buy->toolTip().contains(u"No numbers are in stock for Ghana"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
    }

    void cancel_isEnabledExactlyWhenAllowed_andRefunds()
    {
        Sandbox::Config config;
        config.timeScale = 120; // the two minutes before a cancel pass in one second
        config.smsDelaySeconds = 100000;
        config.requestsPerMinute = 0;
        m_server = std::make_unique<Sandbox::Server>(config);
        QVERIFY(m_server->listen());
        m_backend->api()->setBaseUrl(m_server->baseUrl());
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        clickRow(orders, 0);
        auto *cancel = active<QPushButton>("cancelButton");
        // Too early: disabled, and the tooltip says when it will be possible.
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip().contains(u"two minutes"_s));
        // The countdown runs from the server's 20 minutes.
        const QModelIndex left = orders->model()->index(0, OrderListModel::TimeLeftColumn);
        QVERIFY2(QRegularExpression(u"^[12]?[0-9]:[0-5][0-9]$"_s)
                     .match(left.data().toString())
                     .hasMatch(),
                 qPrintable(left.data().toString()));
        const QString before = left.data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(left.data().toString() != before, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
        QVERIFY(cancel->toolTip().contains(u"money back"_s));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(orders->model()->rowCount(), 0);
        QTRY_COMPARE(m_server->state().balanceOf(config.demoEmail), config.demoBalancePesewas);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"refunded"_s));
    }

    void statusBadge_isColouredByStatus()
    {
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QModelIndex status = orders->model()->index(0, OrderListModel::StatusColumn);
        const auto colourIn = [&](QColor wanted) {
            const QImage image = orders->viewport()->grab(orders->visualRect(status)).toImage();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y) == wanted)
                        return true;
            return false;
        };
        QTRY_COMPARE(status.data(OrderListModel::StatusRole).toInt(),
                     static_cast<int>(Order::Status::Pending));
        QVERIFY(colourIn(QColor(0xff, 0xd5, 0x4f))); // waiting: amber
        QTRY_COMPARE_WITH_TIMEOUT(status.data(OrderListModel::StatusRole).toInt(),
                                  static_cast<int>(Order::Status::Received), 15000);
        QTRY_VERIFY(colourIn(QColor(0x2e, 0x7d, 0x32))); // code received: green
    }

    void settings_areValidatedKeptAndApplied()
    {
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *server = childNamed<QLineEdit>(dialog, "serverEdit");
        auto *ok = childNamed<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        QCOMPARE(server->text(), u"https://n1sms.com/api/mobile"_s);
        QVERIFY(!childNamed<QPushButton>(dialog, "defaultServerButton")->isEnabled());
        server->clear();
        QTest::keyClicks(server, u"http://n1sms.example.com/api"_s); // plain http, not loopback
        QVERIFY(!ok->isEnabled());
        QVERIFY(childNamed<QLabel>(dialog, "serverStatusLabel")->text().contains(u"https://"_s));
        QTest::mouseClick(childNamed<QPushButton>(dialog, "defaultServerButton"), Qt::LeftButton);
        QVERIFY(ok->isEnabled());
        QCOMPARE(server->text(), u"https://n1sms.com/api/mobile"_s);

        childNamed<QCheckBox>(dialog, "notificationsCheck")->setChecked(false);
        childNamed<QCheckBox>(dialog, "autoCopyCheck")->setChecked(false);
        auto *clear = childNamed<QComboBox>(dialog, "clipboardCombo");
        clear->setCurrentIndex(clear->findData(60));
        auto *refresh = childNamed<QSpinBox>(dialog, "refreshSpin");
        refresh->setValue(1); // below the floor: kept at it
        QCOMPARE(refresh->value(), Preferences::minRefreshSeconds);
        refresh->setValue(12);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));

        QCOMPARE(m_backend->orders()->currentPollInterval(), 12s);
        QCOMPARE(m_app->clipboard()->clearAfter(), 60);
        // Kept: a later start reads the same.
        const Preferences saved = Settings().preferences();
        QCOMPARE(saved, m_app->preferences());
        QVERIFY(!saved.notifications);
        QVERIFY(!saved.autoCopyNumber);
        QCOMPARE(saved.clipboardClearSeconds, 60);
        QCOMPARE(saved.refreshSeconds, 12);
        QCOMPARE(saved.serverUrl, Preferences::productionUrl());
        // Nothing of the session goes into the settings file.
        QVERIFY(!QSettings().allKeys().join(u' ').contains(u"token"_s, Qt::CaseInsensitive));

        // Cancel changes nothing.
        dialog = openSettings();
        childNamed<QCheckBox>(dialog, "notificationsCheck")->setChecked(true);
        QTest::mouseClick(
            childNamed<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));
        QVERIFY(!Settings().preferences().notifications);
    }

    void serverChange_signsOutAndUsesTheNewServer()
    {
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        Sandbox::Config config;
        config.requestsPerMinute = 0;
        config.demoPassword = u"other-password"_s;
        Sandbox::Server other(config);
        QVERIFY(other.listen());

        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *server = childNamed<QLineEdit>(dialog, "serverEdit");
        server->clear();
        QTest::keyClicks(server, other.baseUrl().toString());
        QVERIFY(
            childNamed<QLabel>(dialog, "serverStatusLabel")->text().contains(u"signs you out"_s));
        QTest::mouseClick(
            childNamed<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        // Signed out of the old server, on the sign-in page, told where it is.
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"loginPage"_s);
        QTRY_COMPARE(m_server->requestCount(u"POST /auth/logout"_s), 1);
        QCOMPARE(m_backend->api()->baseUrl(), other.baseUrl());
        QVERIFY(find<QLabel>("noticeLabel")->text().contains(other.baseUrl().toString()));
        signIn(u"other-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QCOMPARE(other.requestCount(u"POST /auth/login"_s), 1);
        QCOMPARE(Settings().preferences().serverUrl, other.baseUrl());

        // In demo mode (or with --base-url) the server cannot be changed here.
        m_window->lockServer(u"The demo uses its built-in server."_s);
        dialog = openSettings();
        QVERIFY(!childNamed<QLineEdit>(dialog, "serverEdit")->isEnabled());
        QVERIFY(childNamed<QLabel>(dialog, "serverStatusLabel")->text().contains(u"demo"_s));
        dialog->reject();
    }

    void autoCopyOff_andNotificationsOff_areHonoured()
    {
        Preferences settings = m_app->preferences();
        settings.autoCopyNumber = false;
        settings.notifications = false;
        m_app->applyPreferences(settings);
        QApplication::clipboard()->setText(u"the user's own text"_s);
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QModelIndex code = orders->model()->index(0, OrderListModel::CodeColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!code.data().toString().isEmpty(), 15000);
        QCOMPARE(QApplication::clipboard()->text(), u"the user's own text"_s);
        // The window shows the code; the tray stays quiet.
        QVERIFY(m_window->statusBar()->currentMessage().contains(code.data().toString()));
        QVERIFY(m_app->tray()->lastMessage().isEmpty());
    }

    void clipboard_clearsItself_unlessTheUserCopiedSince()
    {
        Preferences settings = m_app->preferences();
        settings.clipboardClearSeconds = 1;
        m_app->applyPreferences(settings);
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QString number =
            orders->model()->index(0, OrderListModel::NumberColumn).data().toString();
        QTRY_COMPARE(QApplication::clipboard()->text(), number);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"clears in 1 second"_s));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text(), QString(), 3000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Cleared"_s));

        clickRow(orders, 0);
        QTest::mouseClick(active<QPushButton>("copyNumberButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), number);
        QVERIFY(m_app->clipboard()->clearPending());
        QApplication::clipboard()->setText(u"copied elsewhere"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->clipboard()->clearPending(), 3000);
        QCOMPARE(QApplication::clipboard()->text(), u"copied elsewhere"_s);
    }

    void pricingOption_goesWithThePurchase_andIsRemembered()
    {
        chooseWhatsAppInGhana();
        auto *pricing = find<QComboBox>("pricingCombo");
        QCOMPARE(pricing->currentIndex(), 0);
        pricing->setCurrentIndex(1);
        QVERIFY(Settings().preferences().bestSuccessRate);
        QVERIFY(buyAndConfirm());
        const QJsonObject body =
            QJsonDocument::fromJson(m_server->lastBody(u"POST /orders"_s)).object();
        QCOMPARE(body.value(u"pricing_option"_s).toString(), u"1"_s);

        restartApp();
        QCOMPARE(find<QComboBox>("pricingCombo")->currentIndex(), 1);
    }

    void everyControl_hasAnAccessibleName()
    {
        const auto unnamed = [](QWidget *root) {
            QStringList missing;
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus ||
                    qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
                    qobject_cast<QAbstractSpinBox *>(w->parentWidget())) // their own parts
                    continue;
                QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
                if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
                    missing.append(w->objectName() + u'(' +
                                   QString::fromLatin1(w->metaObject()->className()) + u')');
            }
            return missing;
        };
        QCOMPARE(unnamed(find<QWidget>("loginPage")), QStringList());
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 0);
        QCOMPARE(unnamed(find<QWidget>("mainPage")).join(u", "_s), QString());
        find<QTabWidget>("ordersTabs")->setCurrentIndex(1);
        QCOMPARE(unnamed(find<QWidget>("historyTab")), QStringList());
        SettingsDialog *dialog = openSettings();
        QCOMPARE(unnamed(dialog).join(u", "_s), QString());
        dialog->reject();
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>("createAccountButton"), Qt::LeftButton);
        QCOMPARE(unnamed(find<QWidget>("registerPage")).join(u", "_s), QString());
    }

    void tabOrder_followsTheWayOfWork()
    {
        chooseWhatsAppInGhana(); // a service and a country chosen: Buy is enabled
        find<QWidget>("logoutButton")->setFocus();
        QStringList order;
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            const QString name = focus->objectName();
            if (order.contains(name))
                break;
            order.append(name);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        const auto before = [&order](const char *a, const char *b) {
            const auto i = order.indexOf(QLatin1StringView(a));
            const auto j = order.indexOf(QLatin1StringView(b));
            return i >= 0 && j >= 0 && i < j;
        };
        // Service, then its countries, then buying, then the orders.
        QVERIFY2(before("logoutButton", "searchEdit"), qPrintable(order.join(u' ')));
        QVERIFY(before("searchEdit", "serviceList"));
        QVERIFY(before("serviceList", "filterEdit"));
        QVERIFY(before("filterEdit", "priceTable"));
        QVERIFY2(before("priceTable", "buyButton"), qPrintable(order.join(u' ')));
        QVERIFY(before("buyButton", "orderTable"));
    }

    void about_namesTheVersionAndTheLicences()
    {
        auto *about = m_window->findChild<QAction *>(u"aboutAction"_s);
        QVERIFY(about);
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"aboutBox"_s)) && box->isVisible());
        QVERIFY(box->text().contains(u"N1SMS Desktop "_s + QStringLiteral(N1SMS_VERSION)));
        QVERIFY(box->informativeText().contains(u"MIT"_s));
        QVERIFY(box->informativeText().contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(box->informativeText().contains(u"Lesser General Public License"_s));
        box->close();
    }

    void darkTheme_isApplied_andBackToTheSystemsColours()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        Preferences settings = m_app->preferences();
        settings.theme = Preferences::Theme::Dark;
        m_app->applyPreferences(settings);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        // The window itself takes the colours, not just the application.
        QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(find<QLineEdit>("emailEdit")->palette().color(QPalette::Base).lightness() < 80);
        screenshot(u"dark.png"_s);
        settings.theme = Preferences::Theme::System;
        m_app->applyPreferences(settings);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
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
