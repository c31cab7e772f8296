// The real window against a slow, broken or hostile server: what it shows
// about money and about the orders it watches stays true.
#include "core/api/apiclient.h"
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "support/guifixture.h"
#include "ui/accountbar.h"
#include "ui/pricetablewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QFrame>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>

using namespace std::chrono_literals;
using Sandbox::Fault;

// Stands in for the user's web browser: QDesktopServices hands it the
// addresses the app opens.
class Browser final : public QObject
{
    Q_OBJECT

public:
    Browser()
    {
        QDesktopServices::setUrlHandler(u"http"_s, this, "open");
        QDesktopServices::setUrlHandler(u"https"_s, this, "open");
    }
    ~Browser() override
    {
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestGuiMoney final : public GuiFixture
{
    Q_OBJECT

    // Every text the window shows, for "never says X anywhere".
    QString everyText() const
    {
        QStringList texts{m_window->statusBar()->currentMessage()};
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u'\n');
    }

    QString balanceOnServer() const
    {
        return formatMoney(Money(m_server->state().balanceOf(u"demo@n1sms.test"_s), u"GHS"_s));
    }

    // Posts the sandbox website's deposit form, as a browser would.
    bool depositOnWebsite(const QUrl &site, int cedi)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(site.resolved(QUrl(u"/__sandbox/deposit"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply =
            network.post(request, "email=demo%40n1sms.test&amount=" + QByteArray::number(cedi));
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(10'000) && reply->error() == QNetworkReply::NoError &&
                        reply->readAll().contains("the balance is");
        reply->deleteLater();
        return ok;
    }

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    // A balance below some prices: those rows are marked in words, Buy on one
    // says so with Top up beside it, Top up (there and in the header) opens
    // the server's website, and a deposit made there shows after F5.
    void lowBalance_marksRows_andTopUpOpensTheDepositPage()
    {
        startWindow();
        Browser browser;
        openWhatsApp();
        auto *table = find<QTableView>("priceTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 50, 10'000);
        QAbstractItemModel *model = table->model();
        const auto priceOf = [&](int row) {
            return model->index(row, CountryPriceModel::PriceColumn)
                .data(CountryPriceModel::SortRole)
                .toLongLong();
        };
        // The table is sorted by price: a balance between two rows in stock.
        int cheap = -1, dear = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->index(row, 0).data(CountryPriceModel::InStockRole).toBool())
                continue;
            if (cheap < 0)
                cheap = row;
            else if (priceOf(row) > priceOf(cheap)) {
                dear = row;
                break;
            }
        }
        QVERIFY(cheap >= 0 && dear > cheap);
        const qint64 cheapPrice = priceOf(cheap);
        const qint64 dearCountry =
            model->index(dear, 0).data(CountryPriceModel::CountryIdRole).toLongLong();
        // Rows move as fresh prices come: the dear country's price cell, found anew.
        const auto dearPrice = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, CountryPriceModel::PriceColumn);
                if (index.data(CountryPriceModel::CountryIdRole).toLongLong() == dearCountry)
                    return index;
            }
            return QModelIndex();
        };
        QVERIFY(dearPrice().data(CountryPriceModel::AffordableRole).toBool());
        m_server->state().setBalance(u"demo@n1sms.test"_s, cheapPrice);
        QTest::keyClick(m_window->windowHandle(), Qt::Key_F5);
        const QString balance = formatMoney(Money(cheapPrice, u"GHS"_s));
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(balance));
        QTRY_VERIFY(!dearPrice().data(CountryPriceModel::AffordableRole).toBool());
        QVERIFY2(dearPrice()
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"More than your balance of %1"_s.arg(balance)),
                 qPrintable(dearPrice().data(Qt::ToolTipRole).toString()));

        auto *topUpBeside =
            childNamed<QPushButton>(find<PriceTableWidget>("priceTable"), "topUpButton");
        QVERIFY(!topUpBeside->isVisible());
        clickRow(table, dearPrice().row());
        QTest::mouseClick(find<QPushButton>("buyButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("priceStatusLabel")->text().contains(u"not enough"_s));
        QVERIFY(topUpBeside->isVisible());
        QVERIFY(!m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 0);
        screenshot(u"top-up.png"_s);

        QUrl site = m_server->baseUrl();
        site.setPath(u"/"_s);
        QTest::mouseClick(topUpBeside, Qt::LeftButton);
        QTRY_COMPARE(browser.opened, QList<QUrl>{site});
        QTest::mouseClick(childNamed<QPushButton>(find<AccountBar>("accountBar"), "topUpButton"),
                          Qt::LeftButton);
        QTRY_COMPARE(browser.opened.size(), 2);
        QCOMPARE(browser.opened.last(), site);

        QVERIFY(depositOnWebsite(site, 100));
        QTest::keyClick(m_window->windowHandle(), Qt::Key_F5);
        QTRY_VERIFY(find<QLabel>("balanceLabel")
                        ->text()
                        .contains(formatMoney(Money(cheapPrice + 10'000, u"GHS"_s))));
        QTRY_VERIFY(dearPrice().data(CountryPriceModel::AffordableRole).toBool());
        QVERIFY(!dearPrice().data(Qt::ToolTipRole).toString().contains(u"balance"_s));
    }

    // The server refuses for want of balance (the window's figure was out of
    // date): the line under the table says so, with Top up beside it.
    void refusedForBalance_offersTopUp()
    {
        startWindow();
        chooseWhatsAppInGhana();
        m_server->state().setBalance(u"demo@n1sms.test"_s, 0);
        QVERIFY(clickBuyAndConfirm());
        QTRY_VERIFY(childNamed<QPushButton>(find<PriceTableWidget>("priceTable"), "topUpButton")
                        ->isVisible());
        QVERIFY2(
            find<QLabel>("priceStatusLabel")->text().contains(u"balance"_s, Qt::CaseInsensitive),
            qPrintable(find<QLabel>("priceStatusLabel")->text()));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
    }

    void init() { QSettings().clear(); }
    void cleanup() { stopWindow(); }

    // The server takes 40 s to make the order: the window waits it out and
    // ends with the order, the number copied and the server's balance.
    void slowPurchase_endsWithTheOrderShownAndPaid()
    {
        startWindow();
        chooseWhatsAppInGhana();
        Fault slow = Fault::of(Fault::Kind::LateCommit, "POST", u"/orders"_s);
        slow.delayMs = 40'000;
        m_server->addFault(slow);
        QApplication::clipboard()->clear();
        QVERIFY(clickBuyAndConfirm());

        auto *orders = active<QTableView>("orderTable");
        QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 1, 70'000);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        const QString number = orders->model()->index(0, 2).data().toString();
        QVERIFY(number.startsWith(u"+233"_s));
        QTRY_COMPARE(QApplication::clipboard()->text(), number);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("balanceLabel")->text().contains(balanceOnServer()),
                                 10'000);
        QVERIFY2(!everyText().contains(u"not charged"_s), qPrintable(everyText()));
        QTRY_VERIFY(find<QPushButton>("buyButton")->isEnabled());
    }

    // A 401 on the purchase itself: after signing in again Buy works again,
    // nothing was re-sent, and the user was told the number was not bought.
    void purchaseAnswered401_leavesBuyReadyAfterSigningInAgain()
    {
        startWindow();
        chooseWhatsAppInGhana();
        Fault gone = Fault::of(Fault::Kind::Status, "POST", u"/orders"_s);
        gone.status = 401;
        m_server->addFault(gone);
        QVERIFY(clickBuyAndConfirm());

        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"reloginDialog"_s)) &&
                    dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reloginPasswordEdit"_s),
                         u"demo-password"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reloginButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(u"reloginDialog"_s) ||
                    !m_window->findChild<QDialog *>(u"reloginDialog"_s)->isVisible());

        auto *buy = find<QPushButton>("buyButton");
        QTRY_COMPARE(buy->text(), u"&Buy number"_s);
        QVERIFY2(everyText().contains(u"was not bought"_s), qPrintable(everyText()));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 0);
        // The prices came again; choosing Ghana makes Buy ready, and Enter on
        // the row asks again: the purchase is the user's to repeat.
        auto *table = find<QTableView>("priceTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10'000);
        clickRow(table, 0);
        QTRY_VERIFY(buy->isEnabled());
        QVERIFY2(everyText().contains(u"was not bought"_s), qPrintable(everyText()));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
    }

    // Prices that are negative, zero, below a pesewa or absurd: the row says
    // why it cannot be bought and no confirmation is ever asked.
    void insanePrices_areUnbuyableWithAReason_data()
    {
        QTest::addColumn<QString>("country");
        QTest::newRow("negative") << u"Ghana"_s;
        QTest::newRow("zero") << u"Nigeria"_s;
        QTest::newRow("below a pesewa") << u"India"_s;
        QTest::newRow("absurd") << u"United States"_s;
    }

    void insanePrices_areUnbuyableWithAReason()
    {
        QFETCH(QString, country);
        Sandbox::Config config = windowConfig();
        config.hostilePrices = true;
        startWindow(config);
        chooseWhatsApp(country);
        auto *table = find<QTableView>("priceTable");
        auto *buy = find<QPushButton>("buyButton");
        QTRY_VERIFY(table->selectionModel()->hasSelection());
        QVERIFY(!buy->isEnabled());
        QVERIFY2(buy->toolTip().contains(u"price"_s), qPrintable(buy->toolTip()));
        // Enter on the row, the way around the button.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(!m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));
        QVERIFY2(find<QLabel>("priceStatusLabel")->text().contains(u"cannot be bought"_s),
                 qPrintable(find<QLabel>("priceStatusLabel")->text()));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 0);
        screenshot(u"insane-price-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    }

    // Two failed polls in a row put up a banner saying so and when the next
    // try is; the first success takes it down.
    void failingPolls_showABanner_thatClearsItself()
    {
        Sandbox::Config config = windowConfig();
        config.smsDelaySeconds = 100000;
        startWindow(config);
        chooseWhatsAppInGhana();
        QVERIFY(buyAndConfirm());
        m_server->addFault(Fault::of(Fault::Kind::Reset, "GET", u"/orders"_s, -1));
        QTRY_COMPARE_WITH_TIMEOUT(banners().size(), 1, 15'000);
        const QString text = bannerText(banners().first());
        QVERIFY2(text.contains(u"cannot be reached"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Next try"_s), qPrintable(text));
        screenshot(u"orders-banner.png"_s);
        m_server->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(banners().isEmpty(), 30'000);
    }

    // Bidirectional controls from the server change nothing on screen: the
    // country reads in its own order, the code is its digits.
    void bidiText_isShownInert()
    {
        Sandbox::Config config = windowConfig();
        config.hostileText = true;
        startWindow(config);
        chooseWhatsApp(u"aissuR"_s);
        auto *table = find<QTableView>("priceTable");
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"aissuR"_s);
        QTest::mouseClick(find<QPushButton>("buyButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                    box->isVisible());
        QVERIFY(!box->text().contains(QChar(0x202E)));
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);
        auto *orders = active<QTableView>("orderTable");
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(everyText().contains(u"code for"_s), 15'000);
        static const QRegularExpression invisible(
            u"[\\x{061C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s);
        QVERIFY(!everyText().contains(invisible));
        QApplication::clipboard()->clear();
        // The focus back from the closed confirmation, as a window manager gives it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window->windowHandle(), Qt::Key_C,
                        Qt::ControlModifier | Qt::ShiftModifier);
        static const QRegularExpression digits(u"^\\d{6}$"_s);
        QTRY_VERIFY2(digits.match(QApplication::clipboard()->text()).hasMatch(),
                     qPrintable(QApplication::clipboard()->text()));
    }
};

QTEST_MAIN(TestGuiMoney)
#include "tst_guimoney.moc"
