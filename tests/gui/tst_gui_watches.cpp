// The real app, driven by clicks and typing, against the sandbox: a watch
// made from the price table, listed, met, changed and removed; a Buy best
// plan set up, confirmed once, and followed to its number.
#include "core/controllers/buybestcontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/watchcontroller.h"
#include "core/models/countrypricemodel.h"
#include "core/models/watchlistmodel.h"
#include "support/guifixture.h"
#include "ui/buybestdialog.h"
#include "ui/traynotifier.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QListView>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

using namespace std::chrono_literals;

namespace {
constexpr qint64 whatsApp = 1012;
constexpr qint64 ghana = 42;
} // namespace

class TestGuiWatches final : public GuiFixture
{
    Q_OBJECT

    WatchController *watches() const { return m_app->core()->watches(); }

    // A dialog of the window's, once it shows.
    QWidget *shown(const char *name)
    {
        QWidget *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_window->findChild<QWidget *>(QString::fromLatin1(name))) &&
                        dialog->isVisible());
        }();
        return dialog;
    }

    // A dialog as it shows, when N1SMS_SCREENSHOT_DIR says where.
    static void dialogShot(QWidget *dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("N1SMS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u'/' + name));
    }

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void cleanup() { stopWindow(); }

    // Sold out in Ghana: Watch…, "in stock" chosen for it, listed in the
    // Watches tab; back in stock, the tray says so and its click shows
    // Ghana's row; then changed to a cap, and removed.
    void aWatch_madeFromTheTable_firesAndIsListed()
    {
        startFresh();
        m_server->state().setStock(whatsApp, ghana, 0);
        chooseWhatsApp(u"Ghana"_s);
        QAbstractItemModelTester tester(watches()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        watches()->setInterval(200ms);
        auto *watchButton = find<QPushButton>("watchButton");
        QTRY_VERIFY(watchButton->isEnabled());
        QTest::mouseClick(watchButton, Qt::LeftButton);
        QWidget *dialog = shown("watchDialog");
        QVERIFY(dialog);
        // Sold out: "in stock" is what it offers first.
        QVERIFY(childNamed<QRadioButton>(dialog, "inStockRadio")->isChecked());
        QVERIFY(childNamed<QPushButton>(dialog, "acceptWatchButton")->isEnabled());
        dialogShot(dialog, u"watch-dialog.png"_s);
        QSignalSpy met(watches(), &WatchController::watchMet);
        QTest::mouseClick(childNamed<QPushButton>(dialog, "acceptWatchButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible() || dialog->isHidden());

        auto *tabs = find<QTabWidget>("ordersTabs");
        tabs->setCurrentWidget(find<QWidget>("watchesTab"));
        auto *list = find<QTableView>("watchesView");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, WatchListModel::CountryColumn).data().toString(),
                 u"Ghana"_s);
        QCOMPARE(list->model()->index(0, WatchListModel::ConditionColumn).data().toString(),
                 u"In stock"_s);
        // It looks, and sees none yet.
        QTRY_COMPARE(list->model()->index(0, WatchListModel::StateColumn).data().toString(),
                     u"Not yet"_s);
        QCOMPARE(met.size(), 0);

        // Back in stock: met once, and said in the tray's words.
        m_server->state().setStock(whatsApp, ghana, 9);
        QTRY_COMPARE_WITH_TIMEOUT(met.size(), 1, 5000);
        QTRY_VERIFY(list->model()
                        ->index(0, WatchListModel::StateColumn)
                        .data()
                        .toString()
                        .startsWith(u"Met: Ghana at ₵"_s));
        TrayNotifier *tray = m_app->tray();
        QVERIFY2(tray->lastMessage().contains(u"9 numbers in stock"_s),
                 qPrintable(tray->lastMessage()));
        screenshot(u"watches.png"_s);

        // Another service is shown; the notification's click brings Ghana's
        // WhatsApp row back, chosen.
        find<QLineEdit>("filterEdit")->clear();
        m_app->core()->purchase()->showCountry(907, u"Telegram"_s, 0);
        QTRY_VERIFY(m_app->core()->purchase()->serviceId() == 907);
        tray->activateLastMessage();
        QTRY_COMPARE(m_app->core()->purchase()->serviceId(), whatsApp);
        auto *prices = find<QTableView>("priceTable");
        QTRY_COMPARE(prices->currentIndex().data(CountryPriceModel::CountryIdRole).toLongLong(),
                     ghana);

        // Changed to a cap below today's price: met no more.
        tabs->setCurrentWidget(find<QWidget>("watchesTab"));
        list->selectRow(0);
        QTest::mouseClick(find<QPushButton>("editWatchButton"), Qt::LeftButton);
        dialog = shown("watchDialog");
        QVERIFY(dialog);
        auto *price = childNamed<QLineEdit>(dialog, "priceEdit");
        price->selectAll();
        QTest::keyClicks(price, u"0.05"_s);
        QVERIFY(childNamed<QRadioButton>(dialog, "atMostRadio")->isChecked());
        QTest::mouseClick(childNamed<QPushButton>(dialog, "acceptWatchButton"), Qt::LeftButton);
        QTRY_COMPARE(list->model()->index(0, WatchListModel::ConditionColumn).data().toString(),
                     u"At most ₵0.05"_s);
        QTRY_COMPARE(list->model()->index(0, WatchListModel::StateColumn).data().toString(),
                     u"Not yet"_s);
        QCOMPARE(met.size(), 1);

        list->selectRow(0);
        QTest::mouseClick(find<QPushButton>("removeWatchButton"), Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QVERIFY(find<QLabel>("watchesEmpty")->isVisible());
    }

    // Kept between runs: after a restart and signing in, the watch is listed
    // again, as it was set.
    void aWatch_survivesARestart()
    {
        startFresh();
        chooseWhatsApp(u"Ghana"_s);
        QTest::mouseClick(find<QPushButton>("watchButton"), Qt::LeftButton);
        QWidget *dialog = shown("watchDialog");
        QVERIFY(dialog);
        childNamed<QCheckBox>(dialog, "buyCheck")->setChecked(true);
        QTest::mouseClick(childNamed<QPushButton>(dialog, "acceptWatchButton"), Qt::LeftButton);
        QTRY_COMPARE(watches()->watches().size(), 1);

        restartApp();
        signIn(u"demo-password"_s);
        find<QTabWidget>("ordersTabs")->setCurrentWidget(find<QWidget>("watchesTab"));
        auto *list = find<QTableView>("watchesView");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, WatchListModel::ServiceColumn).data().toString(),
                 u"WhatsApp"_s);
        QCOMPARE(list->model()->index(0, WatchListModel::CountryColumn).data().toString(),
                 u"Ghana"_s);
        QCOMPARE(list->model()->index(0, WatchListModel::ThenColumn).data().toString(),
                 u"Notify and ask to buy"_s);
    }

    // Buy best: a cap, the countries it gives in order, one yes; the first
    // two are sold out meanwhile, and the third's number is bought. The
    // sandbox saw two refusals and one purchase.
    void buyBest_oneConfirmation_buysInTheThirdCountry()
    {
        startFresh();
        openWhatsApp();
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("priceStatusLabel")->text().contains(u"countries"_s),
                                 10000);
        auto *button = find<QPushButton>("buyBestButton");
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QWidget *dialog = shown("buyBestDialog");
        QVERIFY(dialog);
        auto *cap = childNamed<QLineEdit>(dialog, "capEdit");
        cap->selectAll();
        QTest::keyClicks(cap, u"20.00"_s);
        childNamed<QSpinBox>(dialog, "countSpin")->setValue(3);
        auto *list = childNamed<QListView>(dialog, "planList");
        QAbstractItemModelTester planTester(list->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto row = [list](int r) { return list->model()->index(r, 0).data().toString(); };
        QTRY_COMPARE(list->model()->rowCount(), 3);
        const QString summary = childNamed<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.startsWith(u"Up to 1 number, at most ₵20.00, trying "_s),
                 qPrintable(summary));
        dialogShot(dialog, u"buy-best.png"_s);

        auto *dialogWidget = qobject_cast<BuyBestDialog *>(dialog);
        QVERIFY(dialogWidget);
        const BuyBestPlan plan = dialogWidget->plan();
        QCOMPARE(plan.countries.size(), 3);
        // Sold out since the list was read.
        m_server->state().sellOut(whatsApp, plan.countries.at(0).countryId);
        m_server->state().sellOut(whatsApp, plan.countries.at(1).countryId);
        QSignalSpy finished(m_app->core()->buyBest(), &BuyBestController::finished);
        // The one confirmation: no other question comes.
        QTest::mouseClick(childNamed<QPushButton>(dialog, "confirmPlanButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<BuyBestController::Outcome>(),
                 BuyBestController::Outcome::Bought);
        QVERIFY(!m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 3);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
        QVERIFY(row(0).contains(u"✗"_s));
        QVERIFY(row(1).contains(u"✗"_s));
        QVERIFY(row(2).contains(u"✓"_s));
        const QString progress = childNamed<QLabel>(dialog, "progressLabel")->text();
        QVERIFY2(progress.startsWith(u"Bought +"_s), qPrintable(progress));
        QVERIFY(progress.contains(plan.countries.at(2).country));
        // The number waits in Active orders like any other.
        QTRY_COMPARE(active<QTableView>("orderTable")->model()->rowCount(), 1);
        dialogShot(dialog, u"buy-best-done.png"_s);
    }
};

QTEST_MAIN(TestGuiWatches)
#include "tst_gui_watches.moc"
