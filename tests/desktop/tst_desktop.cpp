// The real app on a real desktop (tests/desktop/with_desktop.sh: Xvfb,
// openbox, tint2's system tray, dunst, the accessibility bus, a private
// D-Bus): the tray icon in the tray host, a code's notification on the bus
// and clicked in dunst, and the focus the window manager gives back after
// the purchase's confirmation. Real X events come from xdotool.
#include "core/controllers/buybestcontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/watchcontroller.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "support/guifixture.h"
#include "ui/buybestdialog.h"
#include "ui/traynotifier.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {

// A program of the desktop, run to its end.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What the screen shows in `area`.
QImage onScreen(const QRect &area)
{
    return QGuiApplication::primaryScreen()
        ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
        .toImage();
}

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// The badge's red, as the tray host scaled it.
bool showsRed(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 90 && c.blue() < 90)
                return true;
        }
    return false;
}

} // namespace

class TestDesktop final : public GuiFixture
{
    Q_OBJECT

    // Bought and its code arrived: the code.
    QString buyAndReceive()
    {
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        if (!orders)
            return {};
        const QModelIndex code = orders->model()->index(0, OrderListModel::CodeColumn);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!code.data().toString().isEmpty(), 10000); }();
        return code.data().toString();
    }

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("N1SMS_TEST_DESKTOP"))
            QSKIP("Runs on the test desktop: tests/desktop/with_desktop.sh");
        useTestSettingsInEnglish();
    }

    void init()
    {
        startFresh();
        // Clear of tint2's panel at the bottom, as a placed window is.
        m_window->setGeometry(60, 60, 1100, 640);
    }

    void cleanup() { stopWindow(); }

    void trayIcon_sitsInTheTray_countsWaitingOrders_andItsMenuWorks()
    {
        TrayNotifier *tray = m_app->tray();
        QVERIFY(tray->hasTray());
        QTRY_VERIFY(tray->iconGeometry().width() > 0);
        const QRect icon = tray->iconGeometry();
        // tint2's panel is one colour: the icon is what gives it more.
        QTRY_VERIFY(colourCount(onScreen(icon)) > 8);
        QVERIFY(!showsRed(onScreen(icon)));

        chooseWhatsAppInGhana();
        QVERIFY(buyAndConfirm());
        QTRY_COMPARE(tray->waitingCount(), 1);
        QTRY_VERIFY(showsRed(onScreen(icon))); // the badge, as the tray shows it

        // Its menu, by a right click where the tray host shows it.
        run(u"xdotool"_s, {u"mousemove"_s, u"--sync"_s, QString::number(icon.center().x()),
                           QString::number(icon.center().y())});
        run(u"xdotool"_s, {u"click"_s, u"3"_s});
        const auto shownMenu = [] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
                    return menu;
            }
            return static_cast<QMenu *>(nullptr);
        };
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = shownMenu()));
        // Its first item brings back a window that was out of sight.
        m_window->showMinimized();
        QTRY_VERIFY(m_window->isMinimized());
        const QRect show = menu->actionGeometry(menu->actions().first());
        const QPoint at = menu->mapToGlobal(show.center());
        run(u"xdotool"_s,
            {u"mousemove"_s, u"--sync"_s, QString::number(at.x()), QString::number(at.y())});
        run(u"xdotool"_s, {u"click"_s, u"1"_s});
        QTRY_VERIFY(!m_window->isMinimized());
        QTRY_VERIFY(m_window->isVisible());
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void codeNotification_goesOverTheBus_andClickingItCopiesTheCode()
    {
        QProcess monitor;
        monitor.start(u"dbus-monitor"_s,
                      {u"--session"_s, u"type='method_call',interface='org.freedesktop."
                                       "Notifications',member='Notify'"_s});
        QVERIFY(monitor.waitForStarted());
        const QString code = buyAndReceive();
        QVERIFY(!code.isEmpty());
        QByteArray seen;
        QTRY_VERIFY((seen += monitor.readAllStandardOutput()).contains(code.toUtf8()));
        QVERIFY(seen.contains("com.n1sms.Desktop"));
        monitor.kill();
        monitor.waitForFinished();
        QTRY_VERIFY(run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}).trimmed().toInt() >= 1);
        // The whole screen, as the user sees it: the window, dunst's
        // notification, the tray's badge (packaging/screenshots/desktop-code.png).
        if (const QString dir = qEnvironmentVariable("N1SMS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // dunst's own window, drawn: what the grab must hold.
            QTRY_VERIFY(
                !run(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--class"_s, u"Dunst"_s})
                     .trimmed()
                     .isEmpty());
            QVERIFY(
                QGuiApplication::primaryScreen()->grabWindow(0).save(dir + u"/desktop-code.png"_s));
        }

        // Hidden in the tray, the clipboard elsewhere; then a click on the
        // notification (its default action, through dunst).
        m_window->hide();
        QApplication::clipboard()->setText(u"something else"_s);
        run(u"dunstctl"_s, {u"action"_s, u"0"_s});
        QTRY_COMPARE(QApplication::clipboard()->text(), code);
        QTRY_VERIFY(m_window->isVisible());
    }

    // The shipped app started twice on this desktop: one process, one
    // window, brought back from the taskbar and given the focus by the
    // window manager.
    void startedTwice_oneProcessOneWindow_focused()
    {
        stopWindow(); // this test's own app stays out of it
        QProcess first;
        first.start(QStringLiteral(N1SMS_DESKTOP), {u"--demo"_s});
        QVERIFY(first.waitForStarted());
        QString window;
        QTRY_VERIFY_WITH_TIMEOUT(!(window = run(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s,
                                                               u"--name"_s, u"N1SMS demo"_s})
                                                .trimmed())
                                      .isEmpty(),
                                 10000);
        run(u"xdotool"_s, {u"windowminimize"_s, u"--sync"_s, window});
        QVERIFY(run(u"xdotool"_s, {u"getactivewindow"_s}).trimmed() != window);

        QProcess second;
        second.start(QStringLiteral(N1SMS_DESKTOP), {u"--demo"_s});
        QVERIFY(second.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10000);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        // The first's window is back and has the focus; it is the only one.
        QTRY_COMPARE(run(u"xdotool"_s, {u"getactivewindow"_s}).trimmed(), window);
        QCOMPARE(run(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--name"_s, u"N1SMS demo"_s})
                     .trimmed(),
                 window);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }

    void afterTheConfirmation_theFocusComesBack_andCtrlShiftCCopies()
    {
        const QString code = buyAndReceive();
        QVERIFY(!code.isEmpty());
        // The window manager gave the focus back when the question closed:
        // no click here, and the keys go wherever X sends them.
        QTRY_VERIFY(m_window->isActiveWindow());
        QApplication::clipboard()->setText(u"something else"_s);
        run(u"xdotool"_s, {u"key"_s, u"--clearmodifiers"_s, u"ctrl+shift+c"_s});
        QTRY_COMPARE(QApplication::clipboard()->text(), code);
    }

    // A watch set from the table: when the stock comes back, its
    // notification goes over the bus to dunst, and a click there shows the
    // row. Then Buy best, with one confirmation, buys one number.
    void watch_notifiesOnTheDesktop_thenBuyBestWithOneConfirmation()
    {
        constexpr qint64 whatsApp = 1012;
        constexpr qint64 ghana = 42;
        m_server->state().setStock(whatsApp, ghana, 0);
        chooseWhatsApp(u"Ghana"_s);
        m_app->core()->watches()->setInterval(std::chrono::milliseconds(200));
        QTest::mouseClick(find<QPushButton>("watchButton"), Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QWidget *>(u"watchDialog"_s)) &&
                    dialog->isVisible());
        QTest::mouseClick(childNamed<QPushButton>(dialog, "acceptWatchButton"), Qt::LeftButton);
        QTRY_COMPARE(m_app->core()->watches()->watches().size(), 1);

        // Earlier tests' notifications gone: the one on top is this test's.
        run(u"dunstctl"_s, {u"close-all"_s});
        QProcess monitor;
        monitor.start(u"dbus-monitor"_s,
                      {u"--session"_s, u"type='method_call',interface='org.freedesktop."
                                       "Notifications',member='Notify'"_s});
        QVERIFY(monitor.waitForStarted());
        QByteArray seen;
        // dbus-monitor says it listens before anything else.
        QTRY_VERIFY((seen += monitor.readAllStandardOutput()).contains("NameAcquired"));
        const int shownBefore = run(u"dunstctl"_s, {u"count"_s, u"history"_s}).trimmed().toInt() +
                                run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}).trimmed().toInt();
        m_server->state().setStock(whatsApp, ghana, 9);
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += monitor.readAllStandardOutput()).contains("WhatsApp in Ghana"), 10000);
        QVERIFY(seen.contains("com.n1sms.Desktop"));
        monitor.kill();
        monitor.waitForFinished();
        QTRY_VERIFY(run(u"dunstctl"_s, {u"count"_s, u"history"_s}).trimmed().toInt() +
                        run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}).trimmed().toInt() >
                    shownBefore);

        // Out of sight, another service shown; the click in dunst brings
        // the window back on WhatsApp, Ghana's row chosen.
        find<QLineEdit>("filterEdit")->clear();
        m_app->core()->purchase()->showCountry(907, u"Telegram"_s, 0);
        QTRY_COMPARE(m_app->core()->purchase()->serviceId(), 907);
        m_window->hide();
        run(u"dunstctl"_s, {u"action"_s, u"0"_s});
        QTRY_VERIFY(m_window->isVisible());
        QTRY_COMPARE(m_app->core()->purchase()->serviceId(), whatsApp);
        auto *prices = find<QTableView>("priceTable");
        QTRY_COMPARE(prices->currentIndex().data(CountryPriceModel::CountryIdRole).toLongLong(),
                     ghana);

        // Buy best: one yes for the plan; the first country sold out meanwhile.
        QTest::mouseClick(find<QPushButton>("buyBestButton"), Qt::LeftButton);
        auto *best = static_cast<BuyBestDialog *>(nullptr);
        QTRY_VERIFY((best = m_window->findChild<BuyBestDialog *>(u"buyBestDialog"_s)) &&
                    best->isVisible());
        const BuyBestPlan plan = best->plan();
        QVERIFY(plan.countries.size() >= 2);
        m_server->state().sellOut(whatsApp, plan.countries.at(0).countryId);
        QSignalSpy finished(m_app->core()->buyBest(), &BuyBestController::finished);
        QTest::mouseClick(childNamed<QPushButton>(best, "confirmPlanButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<BuyBestController::Outcome>(),
                 BuyBestController::Outcome::Bought);
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 2);
        QCOMPARE(m_server->state().orderCountOf(u"demo@n1sms.test"_s), 1);
        QVERIFY(!m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
