// The real app, driven by clicks and typing, against the sandbox.
// The orders: active ones, cancelling, status badges, and the history pages.
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
};

QTEST_MAIN(TestGuiOrders)
#include "tst_gui_orders.moc"
