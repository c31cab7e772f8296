// The real app, driven by clicks and typing, against the sandbox.
// Buying: the confirmation, one request per click, and each way a purchase can end.
#include "core/api/apiclient.h"
#include "core/domain/money.h"
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

class TestGuiBuying final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init() { startFresh(); }

    void cleanup() { stopWindow(); }

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

    // Item 1 of "every amount is true": the option that costs more says so
    // before the click, and a charge other than the one confirmed is told in
    // the status line, on the order's row and in a notification; the balance
    // shown is the server's.
    void chargedOtherThanConfirmed_isSaidEverywhere()
    {
        stopWindow();
        Sandbox::Config config = windowConfig();
        config.bestRatePremiumPercent = 25;
        config.smsDelaySeconds = 100000;
        startFresh(config);
        chooseWhatsAppInGhana();
        auto *table = find<QTableView>("priceTable");
        const QString listed =
            table->model()->index(0, CountryPriceModel::PriceColumn).data().toString();
        find<QComboBox>("pricingCombo")->setCurrentIndex(1);
        QTest::mouseClick(find<QPushButton>("buyButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)));
        QVERIFY2(box->informativeText().contains(u"may cost more than the listed price"_s),
                 qPrintable(box->informativeText()));
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);

        auto *orders = active<QTableView>("orderTable");
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        const qint64 charged = m_server->state().config().demoBalancePesewas -
                               m_server->state().balanceOf(u"demo@n1sms.test"_s);
        const QString chargedText = formatMoney(Money(charged, u"GHS"_s));
        QVERIFY(chargedText != listed);
        auto *status = find<QLabel>("priceStatusLabel");
        QTRY_VERIFY2(status->text().contains(
                         u"Charged %1, not the %2 you confirmed."_s.arg(chargedText, listed)),
                     qPrintable(status->text()));
        QVERIFY(status->text().contains(u"best-success-rate option costs more"_s));
        const QModelIndex cost = orders->model()->index(0, OrderListModel::CostColumn);
        QTRY_COMPARE(cost.data().toString(), u"%1 (not %2)"_s.arg(chargedText, listed));
        QVERIFY(m_app->tray()->lastMessage().contains(u"Charged %1"_s.arg(chargedText)));
        const QString balance =
            formatMoney(Money(m_server->state().balanceOf(u"demo@n1sms.test"_s), u"GHS"_s));
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(balance));
        screenshot(u"charged-more.png"_s);
    }
};

QTEST_MAIN(TestGuiBuying)
#include "tst_gui_buying.moc"
