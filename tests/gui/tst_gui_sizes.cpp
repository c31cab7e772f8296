// The window on small and scaled screens: it opens within the screen, its
// least size fits the screen, and at any size from that least to the whole
// screen nothing is cut, the price table never scrolls sideways and an empty
// Active orders pane leaves the room to the prices. ctest runs it on the
// default screen, on a 1024x600 one and on a 1440x900 one at 200 %.
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "support/guifixture.h"
#include "support/layoutchecks.h"

#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>

class TestGuiSizes final : public GuiFixture
{
    Q_OBJECT

    // The screen less a title bar: the most a window can use.
    QRect room() const { return m_window->screen()->availableGeometry().adjusted(0, 40, 0, 0); }

    QString screenName() const
    {
        const QScreen *screen = m_window->screen();
        return u"%1x%2@%3x"_s.arg(screen->geometry().width() * screen->devicePixelRatio())
            .arg(screen->geometry().height() * screen->devicePixelRatio())
            .arg(screen->devicePixelRatio());
    }

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        stopWindow();
    }

    void firstWindow_opensWithinTheScreen()
    {
        startUnsized();
        QVERIFY2(m_window->screen()->availableGeometry().contains(m_window->frameGeometry()),
                 qPrintable(u"%1: %2,%3 %4x%5"_s.arg(screenName())
                                .arg(m_window->frameGeometry().x())
                                .arg(m_window->frameGeometry().y())
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())));
        QVERIFY(m_window->height() <= room().height());
        // Signed in, the least size still fits.
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        const QSize least = m_window->minimumSizeHint();
        QVERIFY2(least.width() <= room().width() && least.height() <= room().height(),
                 qPrintable(u"%1: least %2x%3 in %4x%5"_s.arg(screenName())
                                .arg(least.width())
                                .arg(least.height())
                                .arg(room().width())
                                .arg(room().height())));
    }

    void anySize_nothingCut_noSidewaysScrolling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("least");
        for (const QString &language : {u"en"_s, u"fr"_s}) {
            QTest::newRow(qPrintable(language + u" whole screen"_s)) << language << false;
            QTest::newRow(qPrintable(language + u" least size"_s)) << language << true;
        }
    }

    void anySize_nothingCut_noSidewaysScrolling()
    {
        QFETCH(QString, language);
        QFETCH(bool, least);
        startUnsized();
        useLanguage(language);
        openWhatsApp();
        auto *table = find<QTableView>("priceTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 50, 10'000);
        m_window->resize(least ? m_window->minimumSizeHint() : room().size());
        QTRY_VERIFY(QTest::qWaitForWindowExposed(m_window));
        QCoreApplication::processEvents();

        const QString where = screenName() + u' ' + QString::fromLatin1(QTest::currentDataTag());
        QTRY_VERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(where));
        auto *orders = find<QWidget>("orderList")->findChild<QTableView *>(u"orderTable"_s);
        QTRY_VERIFY2(!orders->horizontalScrollBar()->isVisible(), qPrintable(where + u" orders"_s));
        QHeaderView *header = table->horizontalHeader();
        for (const int column :
             {int(CountryPriceModel::CountryColumn), int(CountryPriceModel::PriceColumn),
              int(CountryPriceModel::StockColumn)})
            QVERIFY2(!header->isSectionHidden(column), qPrintable(where));
        QVERIFY2(header->sectionSize(CountryPriceModel::CountryColumn) >= 60, qPrintable(where));
        QTRY_VERIFY2(cutTexts(m_window).isEmpty(),
                     qPrintable(where + u": "_s + cutTexts(m_window).join(u"; "_s)));
        // Nothing waits: the orders pane leaves the height to the prices.
        auto *tabs = find<QTabWidget>("ordersTabs");
        QTRY_VERIFY2(tabs->height() <= qMax(find<QSplitter>("verticalSplitter")->height() / 2,
                                            tabs->minimumSizeHint().height() + 2),
                     qPrintable(where));
        QVERIFY2(table->viewport()->height() >=
                     (least ? 2 : 3) * table->verticalHeader()->defaultSectionSize(),
                 qPrintable(where));
        screenshot(
            u"size-%1-%2.png"_s.arg(screenName(), QString::fromLatin1(QTest::currentDataTag()))
                .replace(u' ', u'-'));
        // The order book, at the same size: its buttons whole, its table
        // without sideways scrolling.
        tabs->setCurrentWidget(find<QWidget>("bookTab"));
        auto *book = find<QTableView>("bookTable");
        QTRY_VERIFY2(book->isVisible(), qPrintable(where));
        QTRY_VERIFY2(!book->horizontalScrollBar()->isVisible(), qPrintable(where + u" book"_s));
        QTRY_VERIFY2(cutTexts(m_window).isEmpty(),
                     qPrintable(where + u" book: "_s + cutTexts(m_window).join(u"; "_s)));
        screenshot(
            u"size-%1-%2-book.png"_s.arg(screenName(), QString::fromLatin1(QTest::currentDataTag()))
                .replace(u' ', u'-'));
    }
};

QTEST_MAIN(TestGuiSizes)
#include "tst_gui_sizes.moc"
