// The real app, driven by clicks and typing, against the sandbox.
// The order book: labels that outlive the app, another try at an order that
// brought no code, and a server without the endpoints the contract assumes.
#include "core/book/orderbook.h"
#include "core/controllers/bookcontroller.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderbookmodel.h"
#include "core/models/orderlistmodel.h"
#include "core/services/serverfeatures.h"
#include "support/guifixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

using namespace std::chrono_literals;

class TestGuiBook final : public GuiFixture
{
    Q_OBJECT

    QTableView *showBook()
    {
        find<QTabWidget>("ordersTabs")->setCurrentWidget(find<QWidget>("bookTab"));
        return find<QTableView>("bookTable");
    }

    static int rowOf(QTableView *table, qint64 orderId)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(OrderBookModel::OrderIdRole).toLongLong() ==
                orderId)
                return row;
        }
        return -1;
    }

    BookEntry entry(qint64 orderId)
    {
        const auto e = m_app->core()->book()->book()->entry(orderId);
        return e.value_or(BookEntry{});
    }

    // Every text the window shows or would show on hovering: labels,
    // buttons, tooltips, the status bar, and every cell of every table.
    QStringList everyText() const
    {
        QStringList texts{m_window->statusBar()->currentMessage()};
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            texts.append(w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                texts.append(label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts.append(button->text());
        }
        for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
            QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    texts.append(model->index(row, column).data().toString());
                    texts.append(model->index(row, column).data(Qt::ToolTipRole).toString());
                }
            }
        }
        return texts;
    }

    void leaveAnyway()
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"leaveQuestion"_s)) &&
                    box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"leaveAnywayButton"_s), Qt::LeftButton);
    }

    static Sandbox::Config expiringConfig()
    {
        Sandbox::Config config = windowConfig();
        config.timeScale = 600; // the 20 minutes of a number pass in two seconds
        config.smsDelaySeconds = 100000;
        return config;
    }

private slots:
    void initTestCase() { useTestSettingsInEnglish(); }

    void cleanup() { stopWindow(); }

    void aLabelledNumber_isFoundByItsLabelAfterARestart()
    {
        startFresh();
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const QString number =
            orders->model()->index(0, OrderListModel::NumberColumn).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            !orders->model()->index(0, OrderListModel::CodeColumn).data().toString().isEmpty(),
            10000);
        // The price table tells the user's own record beside the server's.
        auto *prices = find<QTableView>("priceTable");
        QTRY_COMPARE(
            prices->model()->index(0, CountryPriceModel::OwnRecordColumn).data().toString(),
            u"1 of 1"_s);
        QVERIFY(!prices->isColumnHidden(CountryPriceModel::OwnRecordColumn));

        QTableView *book = showBook();
        QTRY_COMPARE(book->model()->rowCount(), 1);
        QTRY_VERIFY(
            !book->model()->index(0, OrderBookModel::CodeColumn).data().toString().isEmpty());
        // Written in place: double-click, type, Enter.
        const QModelIndex label = book->model()->index(0, OrderBookModel::LabelColumn);
        book->scrollTo(label);
        QTest::mouseClick(book->viewport(), Qt::LeftButton, {}, book->visualRect(label).center());
        QTest::mouseDClick(book->viewport(), Qt::LeftButton, {}, book->visualRect(label).center());
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = book->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
        QTest::keyClicks(editor, u"Shop WhatsApp"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(book->model()->index(0, OrderBookModel::LabelColumn).data().toString(),
                     u"Shop WhatsApp"_s);
        screenshot(u"book.png"_s);

        restartApp();
        signIn(u"demo-password"_s);
        book = showBook();
        QTest::keyClicks(find<QLineEdit>("bookSearchEdit"), u"shop what"_s);
        QTRY_COMPARE(book->model()->rowCount(), 1);
        QCOMPARE(book->model()->index(0, OrderBookModel::NumberColumn).data().toString(), number);
        QCOMPARE(book->model()->index(0, OrderBookModel::LabelColumn).data().toString(),
                 u"Shop WhatsApp"_s);
        QTest::keyClicks(find<QLineEdit>("bookSearchEdit"), u"x"_s);
        QTRY_COMPARE(book->model()->rowCount(), 0);
        QCOMPARE(find<QLabel>("bookCountLabel")->text(), u"0 orders"_s);
    }

    void anOrderWithoutACode_isTriedAgain_thereAndElsewhere()
    {
        startFresh(expiringConfig());
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        const qint64 first =
            orders->model()->index(0, 0).data(OrderListModel::OrderIdRole).toLongLong();
        // Where the order is seen to end, another try is offered too.
        auto *activeAgain = active<QPushButton>("againButton");
        QVERIFY(!activeAgain->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(orders->model()
                                     ->index(0, OrderListModel::StatusColumn)
                                     .data()
                                     .toString()
                                     .startsWith(u"Expired"_s),
                                 10000);
        clickRow(orders, 0);
        QTRY_VERIFY(activeAgain->isVisible());
        QTest::mouseClick(activeAgain, Qt::LeftButton);
        QMessageBox *asked = nullptr;
        QTRY_VERIFY((asked = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                    asked->isVisible());
        QVERIFY(asked->text().contains(u"Ghana"_s));
        asked->reject(); // not this time: nothing is bought
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"buyConfirmation"_s));
        QCOMPARE(m_server->requestCount(u"POST /orders"_s), 1);
        QTableView *book = showBook();
        QTRY_COMPARE(book->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            book->model()->index(0, 0).data(OrderBookModel::EndedWithoutCodeRole).toBool(), 10000);
        clickRow(book, 0);
        auto *again = find<QPushButton>("buyAgainButton");
        QTRY_VERIFY(again->isEnabled());
        screenshot(u"book-ended.png"_s);

        // Buy again: the same service and country, asked like any Buy.
        QTest::mouseClick(again, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                    box->isVisible());
        QVERIFY(box->text().contains(u"Ghana"_s));
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(u"POST /orders"_s), 2);
        QTRY_COMPARE(book->model()->rowCount(), 2);
        const qint64 second =
            book->model()->index(0, 0).data(OrderBookModel::OrderIdRole).toLongLong();
        QVERIFY(second != first);
        QTRY_COMPARE(entry(second).follows, first);
        QCOMPARE(entry(second).order.countryId, 42);
        QCOMPARE(entry(second).origin, BookEntry::Origin::Bought);

        // Try another country: the cheapest other one in stock.
        const CountryPriceModel *prices = m_app->core()->purchase()->prices();
        qint64 cheapest = 0;
        qint64 lowest = std::numeric_limits<qint64>::max();
        for (int row = 0; row < prices->rowCount(); ++row) {
            const CountryPrice &p = prices->priceAt(row);
            if (p.countryId != 42 && p.stock > 0 && p.price.minorUnits() > 0 &&
                p.price.minorUnits() < lowest) {
                lowest = p.price.minorUnits();
                cheapest = p.countryId;
            }
        }
        QVERIFY(cheapest != 0);
        showBook();
        QTRY_VERIFY_WITH_TIMEOUT(
            book->model()->index(0, 0).data(OrderBookModel::EndedWithoutCodeRole).toBool(), 10000);
        clickRow(book, 0);
        auto *elsewhere = find<QToolButton>("tryElsewhereButton");
        QTRY_VERIFY(elsewhere->isEnabled());
        QTest::mouseClick(elsewhere, Qt::LeftButton, {}, QPoint(8, elsewhere->height() / 2));
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"buyConfirmation"_s)) &&
                    box->isVisible());
        QVERIFY(!box->text().contains(u"Ghana"_s));
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmBuyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(u"POST /orders"_s), 3);
        showBook();
        QTRY_COMPARE(book->model()->rowCount(), 3);
        const qint64 third =
            book->model()->index(0, 0).data(OrderBookModel::OrderIdRole).toLongLong();
        QTRY_COMPARE(entry(third).follows, second);
        QCOMPARE(entry(third).order.countryId, cheapest);
        // Copy details: what support needs, nothing secret.
        clickRow(book, rowOf(book, second));
        QTest::mouseClick(find<QPushButton>("copyDetailsButton"), Qt::LeftButton);
        const QString details = QGuiApplication::clipboard()->text();
        QVERIFY(details.contains(u"Order: %1"_s.arg(second)));
        QVERIFY(details.contains(u"Another try after order %1"_s.arg(first)));
        QVERIFY(details.contains(u"expired"_s));
        QVERIFY(!details.contains(u"Bearer"_s));
        QVERIFY(!details.contains(u"demo-password"_s));
    }

    void theFigures_andTheExport_sayWhatTheBookHolds()
    {
        startFresh(expiringConfig());
        chooseWhatsAppInGhana();
        QVERIFY(buyAndConfirm());
        QTableView *book = showBook();
        QTRY_VERIFY_WITH_TIMEOUT(
            book->model()->index(0, 0).data(OrderBookModel::EndedWithoutCodeRole).toBool(), 10000);
        QTest::mouseClick(find<QPushButton>("statsButton"), Qt::LeftButton);
        auto *stats = find<QTableView>("statsTable");
        QTRY_VERIFY(stats->isVisible());
        QCOMPARE(stats->model()->rowCount(), 1);
        QCOMPARE(stats->model()->index(0, 1).data().toString(), u"1"_s);
        QCOMPARE(stats->model()->index(0, 2).data().toString(), u"0 of 1"_s);
        QVERIFY(find<QLabel>("statsTotalLabel")->text().contains(u"₵0.00 spent"_s));
        screenshot(u"book-figures.png"_s);
        QTest::mouseClick(find<QPushButton>("statsButton"), Qt::LeftButton);

        // Export through the real dialog.
        QTemporaryDir dir;
        QTest::mouseClick(find<QPushButton>("exportButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"exportDialog"_s)) &&
                    dialog->isVisible());
        const QString path = dir.filePath(u"mine.csv"_s);
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(path); // typed, its completer's popup would take the click
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY2(QFile::exists(path), qPrintable(m_window->statusBar()->currentMessage()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBForder_id,"));
        QVERIFY(lines.at(1).contains(",expired,"));
    }

    void aDamagedBook_isMovedAside_andSaidSo()
    {
        startFresh();
        // Where this account's book will be, made unreadable before it opens.
        const QString path = OrderBook::fileFor(testAppOptions(m_server->baseUrl()).bookFolder,
                                                m_server->baseUrl(), 1);
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x7f'));
        }
        chooseWhatsAppInGhana(); // signs in: the book opens
        QTRY_COMPARE(banners().size(), 1);
        const QString text = bannerText(banners().first());
        QVERIFY2(text.contains(u"could not be read"_s) && text.contains(u"moved aside"_s),
                 qPrintable(text));
        const QStringList aside =
            QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + u".damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        // A new book, in use at once.
        QVERIFY(buyAndConfirm());
        QTableView *book = showBook();
        QTRY_COMPARE(book->model()->rowCount(), 1);
    }

    void aServerWithoutTheAssumedEndpoints_isNeverQuoted()
    {
        Sandbox::Config config = expiringConfig();
        config.publishedOnly = true;
        config.timeScale = 120; // cancelling is allowed after a second
        startFresh(config);
        chooseWhatsAppInGhana();
        QTableView *orders = buyAndConfirm();
        QVERIFY(orders);
        clickRow(orders, 0);
        auto *cancel = active<QPushButton>("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"cancelQuestion"_s)) &&
                    box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"confirmCancelButton"_s), Qt::LeftButton);
        // Said plainly once, then Cancel is off with the same reason.
        const QString reason = u"This server does not offer cancelling"_s;
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(reason));
        QTRY_VERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip().contains(reason));
        const qint64 id =
            orders->model()->index(0, 0).data(OrderListModel::OrderIdRole).toLongLong();
        QCOMPARE(m_server->requestCount(u"/orders/%1/cancel"_s.arg(id)), 1);
        showBook();
        for (const QString &text : everyText()) {
            QVERIFY2(!text.contains(u"route"_s, Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(u"could not be found"_s), qPrintable(text));
        }
        // Signing out works without the server's sign-out, and says what that means.
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        leaveAnyway(); // a number still waits
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"loginPage"_s);
        QTRY_VERIFY(m_backend->features() &&
                    !m_backend->features()->offers(ServerFeatures::Feature::Logout));
        signIn(u"demo-password"_s);
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"mainPage"_s);
        const int logouts = m_server->requestCount(u"/auth/logout"_s);
        QTest::mouseClick(find<QPushButton>("logoutButton"), Qt::LeftButton);
        leaveAnyway();
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), u"loginPage"_s);
        QCOMPARE(m_server->requestCount(u"/auth/logout"_s), logouts); // not asked again
        QStringList shown;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->isVisible())
                shown.append(label->text());
        }
        QVERIFY2(shown.join(u'\n').contains(u"does not offer signing out"_s),
                 qPrintable(shown.join(u'\n')));
        for (const QString &text : everyText())
            QVERIFY2(!text.contains(u"could not be found"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestGuiBook)
#include "tst_gui_book.moc"
