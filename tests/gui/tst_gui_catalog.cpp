// The real app, driven by clicks and typing, against the sandbox.
// The services and their prices by country: search, shortcuts, cache, sorting, flags, a busy
// server.
#include "core/api/apiclient.h"
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
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

class TestGuiCatalog final : public GuiFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void init() { startFresh(); }

    void cleanup() { stopWindow(); }

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

        QTRY_COMPARE(banners().size(), 1);
        QFrame *banner = banners().first();
        QVERIFY(bannerText(banner).contains(
            u"Countries temporarily unavailable. Please try again in a moment."_s));
        QVERIFY(bannerButton(banner, "retryButton")->isVisible());
        // The window stays usable meanwhile.
        QVERIFY(find<QLineEdit>("searchEdit")->isEnabled());
        screenshot(u"banner.png"_s);

        m_server->clearFaults();
        QTest::mouseClick(bannerButton(banner, "retryButton"), Qt::LeftButton);
        auto *prices = find<QTableView>("priceTable");
        const int expected = static_cast<int>(m_server->state().catalogue().offers(1012).size());
        QTRY_COMPARE_WITH_TIMEOUT(prices->model()->rowCount(), expected, 10000);
        QVERIFY(banners().isEmpty());
    }

    // Two troubles at once (a keychain that cannot keep the sign-in, a busy
    // server): two banners, each dismissible, the server's words said once,
    // and nothing under them moves as they come and go.
    void banners_stack_eachDismissible_nothingMoves()
    {
        Sandbox::Fault busy =
            Sandbox::Fault::of(Sandbox::Fault::Kind::Status, "GET", u"/dashboard/prices"_s, -1);
        busy.status = 503;
        m_server->addFault(busy);
        m_backend->api()->setMaxRetries(0);
        find<QCheckBox>("rememberCheck")->setChecked(true); // and no keychain here
        signIn(u"demo-password"_s);
        QTRY_COMPARE(banners().size(), 1);
        QVERIFY2(bannerText(banners().first()).contains(u"only until N1SMS closes"_s),
                 qPrintable(bannerText(banners().first())));
        auto *prices = find<QTableView>("priceTable");
        auto *orders = find<QTabWidget>("ordersTabs");
        const QRect pricesAt(prices->mapTo(m_window, QPoint()), prices->size());
        const QRect ordersAt(orders->mapTo(m_window, QPoint()), orders->size());

        QTRY_VERIFY(find<QListView>("serviceList")->model()->rowCount() > 50);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), u"whatsapp"_s);
        QTest::keyClick(find<QLineEdit>("searchEdit"), Qt::Key_Return);
        QTRY_COMPARE(banners().size(), 2);
        const QString busyWords = u"Countries temporarily unavailable"_s;
        QVERIFY(bannerText(banners().first()).contains(u"only until N1SMS closes"_s));
        QVERIFY(bannerText(banners().last()).contains(busyWords));
        QVERIFY(bannerButton(banners().last(), "retryButton")->isVisible());
        QVERIFY(!bannerButton(banners().first(), "retryButton")->isVisible());
        // The server's words once in the whole window.
        int said = m_window->statusBar()->currentMessage().count(busyWords);
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            said += label->isVisible() ? label->text().count(busyWords) : 0;
        QCOMPARE(said, 1);
        QCOMPARE(QRect(prices->mapTo(m_window, QPoint()), prices->size()), pricesAt);
        QCOMPARE(QRect(orders->mapTo(m_window, QPoint()), orders->size()), ordersAt);
        screenshot(u"banners.png"_s);

        // Dismissing one leaves the other.
        QTest::mouseClick(bannerButton(banners().first(), "dismissBannerButton"), Qt::LeftButton);
        QTRY_COMPARE(banners().size(), 1);
        QVERIFY(bannerText(banners().first()).contains(busyWords));
        QCOMPARE(QRect(prices->mapTo(m_window, QPoint()), prices->size()), pricesAt);
        m_server->clearFaults();
        QTest::mouseClick(bannerButton(banners().first(), "retryButton"), Qt::LeftButton);
        QTRY_VERIFY(banners().isEmpty());
        QTRY_VERIFY(prices->model()->rowCount() > 50);
        QCOMPARE(QRect(orders->mapTo(m_window, QPoint()), orders->size()), ordersAt);
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

    // Item 8: the filter tells how many it shows of how many, says when
    // nothing matches and offers the way back, knows the names people type,
    // and each service starts unfiltered.
    void countryFilter_tellsWhatItHides()
    {
        openWhatsApp();
        auto *status = find<QLabel>("priceStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"countries"_s), 10000);
        auto *table = find<QTableView>("priceTable");
        auto *count = find<QLabel>("countLabel");
        const int total = table->model()->rowCount();
        QCOMPARE(count->text(), u"%1 countries"_s.arg(total));
        auto *filter = find<QLineEdit>("filterEdit");
        QTest::keyClicks(filter, u"an"_s);
        const int shown = table->model()->rowCount();
        QVERIFY(shown > 1 && shown < total);
        QCOMPARE(count->text(), u"%1 of %2 countries"_s.arg(shown).arg(total));

        // What people type finds the country the server names otherwise.
        for (const QString &alias : {u"usa"_s, u"UK"_s, u"uae"_s, u"ivory coast"_s}) {
            filter->clear();
            QTest::keyClicks(filter, alias);
            QVERIFY2(table->model()->rowCount() >= 1, qPrintable(alias));
        }

        // Nothing matches: it says so, and one click shows every country again.
        filter->clear();
        QTest::keyClicks(filter, u"atlantis"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        auto *noMatch = find<QWidget>("noMatch");
        QVERIFY(noMatch->isVisible());
        QVERIFY(find<QLabel>("noMatchLabel")->text().contains(u"atlantis"_s));
        QCOMPARE(count->text(), u"0 of %1 countries"_s.arg(total));
        QTest::mouseClick(find<QPushButton>("clearFilterButton"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), total);
        QVERIFY(!noMatch->isVisible());
        QVERIFY(filter->text().isEmpty());

        // Another service opens with all its countries, the filter left behind.
        QTest::keyClicks(filter, u"ghana"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        auto *search = find<QLineEdit>("searchEdit");
        search->clear();
        QTest::keyClicks(search, u"telegram"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(find<QLabel>("priceTitleLabel")->text().contains(u"Telegram"_s));
        QVERIFY(filter->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 100, 10000);
    }
};

QTEST_MAIN(TestGuiCatalog)
#include "tst_gui_catalog.moc"
