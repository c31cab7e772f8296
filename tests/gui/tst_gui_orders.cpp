// The real app, driven by clicks and typing, against the sandbox.
// The orders: active ones, cancelling, status badges, and the history pages.
#include "core/api/apiclient.h"
#include "core/controllers/orderscontroller.h"
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

#include <QAbstractItemDelegate>
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
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestGuiOrders final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init() { startFresh(); }

    void cleanup() { stopWindow(); }

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

    // History: when each order was bought, no column left empty, badges
    // whole in every language, a search, and room for more than five rows.
    void history_isAListToRead()
    {
        m_server->state().setBalance(u"demo@n1sms.test"_s, 10'000'000);
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        QSignalSpy bought(m_backend->orders(), &OrderService::purchased);
        const qint64 countries[] = {42, 42, 42, 42, 42, 42, 42, 114, 114, 114, 114, 114};
        for (const qint64 country : countries) {
            m_backend->orders()->purchase({1012, country, {}, false});
            QTRY_COMPARE(bought.size() > 0 &&
                             bought.last().first().value<Order>().countryId == country &&
                             !m_backend->orders()->isPurchasing(),
                         true);
        }
        // Codes come two seconds after a purchase.
        auto *active = find<QWidget>("orderList")->findChild<QTableView *>(u"orderTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            !active->model()->index(0, OrderListModel::CodeColumn).data().toString().isEmpty(),
            10'000);

        auto *tabs = find<QTabWidget>("ordersTabs");
        tabs->setCurrentWidget(find<QWidget>("historyTab"));
        auto *history = find<QWidget>("historyList")->findChild<QTableView *>(u"orderTable"_s);
        QTRY_COMPARE(history->model()->rowCount(), 12);
        QHeaderView *header = history->horizontalHeader();
        QVERIFY(header->isSectionHidden(OrderListModel::TimeLeftColumn));
        QVERIFY(!header->isSectionHidden(OrderListModel::DateColumn));
        QVERIFY(!header->isSectionHidden(OrderListModel::TimeColumn));
        QCOMPARE(header->visualIndex(OrderListModel::DateColumn), 0);
        QCOMPARE(history->model()->index(0, OrderListModel::DateColumn).data().toString(),
                 QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
        // Every column shown says something about some order.
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            bool said = false;
            for (int row = 0; row < history->model()->rowCount() && !said; ++row)
                said = !history->model()->index(row, column).data().toString().isEmpty();
            QVERIFY2(said,
                     qPrintable(history->model()->headerData(column, Qt::Horizontal).toString()));
        }

        // Room for more than five rows, in the window's usual size.
        const int rowHeight = history->verticalHeader()->defaultSectionSize();
        QTRY_VERIFY2(history->viewport()->height() / rowHeight >= 10,
                     qPrintable(QString::number(history->viewport()->height() / rowHeight)));

        // Badges whole in every language.
        for (const QString &language : {u"fr"_s, u"es"_s, u"pt_BR"_s, u"en"_s}) {
            useLanguage(language);
            QTRY_COMPARE(history->model()->rowCount(), 12);
            QStyleOptionViewItem option;
            option.initFrom(history);
            for (int row = 0; row < history->model()->rowCount(); ++row) {
                const QModelIndex status =
                    history->model()->index(row, OrderListModel::StatusColumn);
                const int needed = history->itemDelegate()->sizeHint(option, status).width();
                QTRY_VERIFY2(needed <= header->sectionSize(OrderListModel::StatusColumn),
                             qPrintable(language + u": "_s + status.data().toString()));
            }
        }

        // The search: by country, by status, by part of a number, or none.
        auto *search = find<QLineEdit>("historySearchEdit");
        QString other; // the country of the last five
        for (int row = 0; row < history->model()->rowCount() && other.isEmpty(); ++row) {
            const QString country =
                history->model()->index(row, OrderListModel::CountryColumn).data().toString();
            if (country != u"Ghana")
                other = country;
        }
        QTest::keyClicks(search, other.toLower());
        QTRY_COMPARE(history->model()->rowCount(), 5);
        search->clear();
        QTest::keyClicks(search, u"GHANA"_s);
        QTRY_COMPARE(history->model()->rowCount(), 7);
        const QString number =
            history->model()->index(0, OrderListModel::NumberColumn).data().toString();
        search->clear();
        QTest::keyClicks(search, number.right(6));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, u"zzzz"_s);
        QTRY_COMPARE(history->model()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(history->model()->rowCount(), 12);
        QCoreApplication::processEvents();
        screenshot(u"history-read.png"_s);
    }

    // The orders pane takes little room while Active is empty, grows when
    // orders come, and History has room for its list.
    void ordersPane_heightFollowsWhatItShows()
    {
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        auto *splitter = find<QSplitter>("verticalSplitter");
        auto *tabs = find<QTabWidget>("ordersTabs");
        auto *prices = find<QTableView>("priceTable");
        QTRY_VERIFY2(tabs->height() * 3 < splitter->height(),
                     qPrintable(u"%1 of %2"_s.arg(tabs->height()).arg(splitter->height())));
        const int empty = tabs->height();
        QVERIFY(prices->height() > 2 * tabs->height());

        QSignalSpy bought(m_backend->orders(), &OrderService::purchased);
        m_backend->orders()->purchase({1012, 42, {}, false});
        QVERIFY(bought.wait());
        auto *active = find<QWidget>("orderList")->findChild<QTableView *>(u"orderTable"_s);
        const int rowHeight = active->verticalHeader()->defaultSectionSize();
        QTRY_VERIFY(active->viewport()->height() / rowHeight >= 5);
        QVERIFY(tabs->height() > empty + 3 * rowHeight);

        // The user's own height for it stays through History and back.
        splitter->setSizes({splitter->height() - tabs->height() - 40, tabs->height() + 40});
        emit splitter->splitterMoved(splitter->sizes().first(), 1);
        const int chosen = tabs->height();
        tabs->setCurrentWidget(find<QWidget>("historyTab"));
        tabs->setCurrentWidget(find<QWidget>("activeTab"));
        QTRY_COMPARE(tabs->height(), chosen);
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
        // Too early: disabled, and the tooltip counts down to when it will be possible.
        QVERIFY(!cancel->isEnabled());
        QVERIFY2(QRegularExpression(u"^Cancelling becomes possible in [0-2]:[0-5][0-9]"_s)
                     .match(cancel->toolTip())
                     .hasMatch(),
                 qPrintable(cancel->toolTip()));
        // The countdown runs from the server's 20 minutes.
        const QModelIndex left = orders->model()->index(0, OrderListModel::TimeLeftColumn);
        QVERIFY2(QRegularExpression(u"^[12]?[0-9]:[0-5][0-9]$"_s)
                     .match(left.data().toString())
                     .hasMatch(),
                 qPrintable(left.data().toString()));
        const QString before = left.data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(left.data().toString() != before, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
        const QString cost =
            orders->model()->index(0, OrderListModel::CostColumn).data().toString();
        QCOMPARE(cancel->toolTip(), u"Cancel this order and get %1 back."_s.arg(cost));
        m_app->core()->orders()->model()->setLinger(2s);
        // It asks first, naming the refund; "Keep it" keeps it.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(u"cancelQuestion"_s)));
        QVERIFY(question->text().contains(cost));
        QTest::mouseClick(static_cast<QPushButton *>(question->defaultButton()), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"cancelQuestion"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders/%1/cancel"_s.arg(
                     orders->model()->index(0, 0).data(OrderListModel::OrderIdRole).toLongLong())),
                 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(u"cancelQuestion"_s)));
        QTest::mouseClick(question->findChild<QPushButton *>(u"confirmCancelButton"_s),
                          Qt::LeftButton);
        // The row says how it ended and what came back, then leaves.
        const QModelIndex status = orders->model()->index(0, OrderListModel::StatusColumn);
        QTRY_VERIFY(status.data().toString().startsWith(u"Cancelled · "_s));
        QVERIFY(status.data().toString().endsWith(u" refunded"_s));
        QTRY_COMPARE(m_server->state().balanceOf(config.demoEmail), config.demoBalancePesewas);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"refunded"_s));
        QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 0, 5000);
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

    // Item 3: an order that ends without its code stays in sight a while,
    // saying so and naming the refund; the status line and a notification
    // say it too, and the balance is the server's again.
    void expiredOrder_isSeenToEndWithItsRefund()
    {
        stopWindow();
        Sandbox::Config config = windowConfig();
        config.timeScale = 600; // the 20 minutes of a number pass in two seconds
        config.smsDelaySeconds = 100000;
        startFresh(config);
        chooseWhatsAppInGhana();
        const QString listed = find<QTableView>("priceTable")
                                   ->model()
                                   ->index(0, CountryPriceModel::PriceColumn)
                                   .data()
                                   .toString();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QModelIndex status = orders->model()->index(0, OrderListModel::StatusColumn);
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), u"Expired · %1 refunded"_s.arg(listed),
                                  10000);
        auto *line = find<QLabel>("priceStatusLabel");
        QTRY_VERIFY(
            line->text().contains(u"expired without a code; %1 was refunded"_s.arg(listed)));
        QVERIFY(!line->text().contains(u"Waiting"_s));
        QVERIFY(m_app->tray()->lastMessage().contains(u"expired"_s));
        QTRY_VERIFY(find<QLabel>("balanceLabel")->text().contains(u"₵250.00"_s));
        // The badge is whole: its column is as wide as it needs.
        QStyleOptionViewItem option;
        option.initFrom(orders);
        QVERIFY(orders->horizontalHeader()->sectionSize(OrderListModel::StatusColumn) >=
                orders->itemDelegate()->sizeHint(option, status).width());
        screenshot(u"expired.png"_s);
        // Then it moves to the history.
        m_app->core()->orders()->model()->setLinger(1s);
        QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 0, 5000);
    }

    // Item 3: the countdown stops with the code; the time it came shows.
    void codeReceived_stopsTheCountdown()
    {
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QModelIndex code = orders->model()->index(0, OrderListModel::CodeColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!code.data().toString().isEmpty(), 10000);
        const QModelIndex time = orders->model()->index(0, OrderListModel::TimeLeftColumn);
        QVERIFY2(time.data().toString().startsWith(u"code at "_s),
                 qPrintable(time.data().toString()));
        QCOMPARE(orders->model()->rowCount(), 1);
        // Whole, not "code at 11…".
        QStyleOptionViewItem option;
        option.initFrom(orders);
        QTRY_VERIFY(orders->horizontalHeader()->sectionSize(OrderListModel::TimeLeftColumn) >=
                    orders->itemDelegate()->sizeHint(option, time).width());
    }

    // Item 2: Refresh (F5, Ctrl+R, the button) brings the server's balance
    // and the orders placed elsewhere, another device or the website.
    void refresh_bringsTheServersAccount()
    {
        chooseWhatsAppInGhana();
        auto *balance = find<QLabel>("balanceLabel");
        QTRY_VERIFY(balance->text().contains(u"₵250.00"_s));
        // Another device buys a number behind the app's back.
        QNetworkAccessManager network;
        Backend elsewhere(&network, m_server->baseUrl());
        QSignalSpy in(elsewhere.auth(), &AuthService::loggedIn);
        elsewhere.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        QVERIFY(in.wait(5000));
        QSignalSpy bought(elsewhere.orders(), &OrderService::purchased);
        elsewhere.orders()->purchase({1012, 42, {}, false});
        QVERIFY(bought.wait(5000));
        const QString now =
            formatMoney(Money(m_server->state().balanceOf(u"demo@n1sms.test"_s), u"GHS"_s));
        auto *orders = active<QTableView>("orderTable");
        QCOMPARE(orders->model()->rowCount(), 0);

        QTest::keyClick(m_window->windowHandle(), Qt::Key_F5);
        QTRY_VERIFY(balance->text().contains(now));
        QTRY_COMPARE(orders->model()->rowCount(), 1);
        QTRY_VERIFY(find<QLabel>("statsLabel")->text().contains(u"active: 1"_s));

        // Ctrl+R the same, after the other device bought another.
        elsewhere.orders()->purchase({1012, 42, {}, false});
        QVERIFY(bought.wait(5000));
        QTest::keyClick(m_window->windowHandle(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(orders->model()->rowCount(), 2);
        QTRY_VERIFY(find<QLabel>("statsLabel")->text().contains(u"active: 2"_s));
    }

    // Item 6: a refused cancel shows on the row, with the server's reason,
    // and the row comes back to the order's true state.
    void refusedCancel_showsTheServersReasonOnTheRow()
    {
        stopWindow();
        Sandbox::Config config = windowConfig();
        config.timeScale = 120; // cancelling allowed within a second
        config.smsDelaySeconds = 100000;
        startFresh(config);
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        clickRow(orders, 0);
        auto *cancel = active<QPushButton>("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
        const qint64 id =
            orders->model()->index(0, 0).data(OrderListModel::OrderIdRole).toLongLong();
        Sandbox::Fault refuse = Sandbox::Fault::of(Sandbox::Fault::Kind::Status, "POST",
                                                   u"/orders/%1/cancel"_s.arg(id));
        refuse.status = 400;
        refuse.body =
            R"({"success": false, "message": "An SMS has already been received for this order."})";
        m_server->addFault(refuse);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(u"cancelQuestion"_s)));
        QTest::mouseClick(question->findChild<QPushButton *>(u"confirmCancelButton"_s),
                          Qt::LeftButton);
        const QModelIndex status = orders->model()->index(0, OrderListModel::StatusColumn);
        QTRY_VERIFY(status.data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"An SMS has already been received for this order."_s));
        QVERIFY(cancel->toolTip().contains(u"An SMS has already been received"_s));
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
    }

    // Item 2: with the window open, an order bought elsewhere shows within a
    // polling interval, with the balance it cost, without a click.
    void ordersBoughtElsewhere_showByThemselves()
    {
        chooseWhatsAppInGhana();
        auto *balance = find<QLabel>("balanceLabel");
        QTRY_VERIFY(balance->text().contains(u"₵250.00"_s));
        auto *orders = active<QTableView>("orderTable");
        QCOMPARE(orders->model()->rowCount(), 0);
        QNetworkAccessManager network;
        Backend elsewhere(&network, m_server->baseUrl());
        QSignalSpy in(elsewhere.auth(), &AuthService::loggedIn);
        elsewhere.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        QVERIFY(in.wait(5000));
        QSignalSpy bought(elsewhere.orders(), &OrderService::purchased);
        elsewhere.orders()->purchase({1012, 42, {}, false});
        QVERIFY(bought.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 1, 3000); // polls every 200 ms here
        const QString now =
            formatMoney(Money(m_server->state().balanceOf(u"demo@n1sms.test"_s), u"GHS"_s));
        QTRY_VERIFY(balance->text().contains(now));
    }
};

QTEST_MAIN(TestGuiOrders)
#include "tst_gui_orders.moc"
