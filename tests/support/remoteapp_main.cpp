// n1sms-remote-app: the real app (the composition root n1sms-desktop runs) in
// a process of its own, driven a line at a time on standard input and
// reporting on standard output. For the tests that must do to the app what
// only another process can: kill it in the middle of a purchase, stop and
// continue it, or read its memory and open files from /proc.
//
//   n1sms-remote-app --base-url URL --book-folder DIR --log-folder DIR
//                    [--speed S]
//
// --speed S runs the app's own clocks S times faster, as the sandbox's
// timeScale runs the server's: the polling interval and the request budget's
// window are divided by S.
//
// Commands (one per line):
//   signin EMAIL PASSWORD   types them on the sign-in page and clicks Sign in
//   buy SERVICE COUNTRY     chooses the service, waits for the country's
//                           price, and asks to buy it (the confirmation shows)
//   confirm                 clicks the confirmation's Buy
//   hide                    hides the window, as closing it to the tray does
//   grab FILE               saves what the window draws as a PNG
//   freeze-on-purchased     the next purchased order is reported, then the
//                           process stops itself (SIGSTOP) before the window
//                           has painted it
//   state                   one line: "state " and a JSON object: the page,
//                           balance, status line, active orders, dialogs,
//                           clocks, and the open replies, files and memory
//   quit
// Reports, unasked: "event first-frame", "event page NAME", "event dialog
// NAME" (a dialog shows), "event purchased ID".
#include "application.h"
#include "core/api/apiclient.h"
#include "core/book/orderbook.h"
#include "core/controllers/bookcontroller.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/core.h"
#include "core/i18n.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "core/settings/settings.h"
#include "singleinstance.h"
#include "support/processinfo.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSocketNotifier>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class Remote final : public QObject
{
public:
    Remote(Application *app, QObject *parent = nullptr)
        : QObject(parent)
        , m_app(app)
        , m_input(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_input, &QSocketNotifier::activated, this, &Remote::readInput);
        // What shows is reported as it changes.
        m_watch.setInterval(10ms);
        connect(&m_watch, &QTimer::timeout, this, &Remote::watch);
        m_watch.start();
        connect(m_app->window(), &MainWindow::firstFramePainted, this,
                [] { say("event first-frame"); });
        connect(m_app->core()->backend()->orders(), &OrderService::purchased, this,
                [this](const Order &order) {
                    say("event purchased " + QByteArray::number(order.id));
                    if (m_freezeOnPurchased) {
                        m_freezeOnPurchased = false;
                        ::raise(SIGSTOP); // the window has not painted it
                    }
                });
    }

private:
    void readInput()
    {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            m_input.setEnabled(false);
            QCoreApplication::exit(0); // as the tray menu's Quit: no question asked
            return;
        }
        m_pending.append(chunk, n);
        qsizetype end = -1;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(end).trimmed();
            m_pending.remove(0, end + 1);
            if (!line.isEmpty())
                run(QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts));
        }
    }

    void run(const QStringList &words)
    {
        const QString command = words.first();
        MainWindow *window = m_app->window();
        if (command == u"signin" && words.size() == 3) {
            window->findChild<QLineEdit *>(u"emailEdit"_s)->setText(words.at(1));
            window->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(words.at(2));
            window->findChild<QAbstractButton *>(u"loginButton"_s)->click();
        } else if (command == u"buy" && words.size() == 3) {
            buy(words.at(1).toLongLong(), words.at(2).toLongLong());
        } else if (command == u"confirm") {
            auto *button = window->findChild<QAbstractButton *>(u"confirmBuyButton"_s);
            if (!button)
                return say("error no confirmation");
            button->click();
        } else if (command == u"grab" && words.size() == 2) {
            // What the window draws, as QWidget::grab renders it.
            say(window->grab().save(words.at(1)) ? "event grabbed" : "error grab");
        } else if (command == u"hide") {
            window->hide(); // as closing it to the tray does
        } else if (command == u"freeze-on-purchased") {
            m_freezeOnPurchased = true;
        } else if (command == u"state") {
            say("state " + QJsonDocument(state()).toJson(QJsonDocument::Compact));
        } else if (command == u"quit") {
            QCoreApplication::exit(0); // as the tray menu's Quit: no question asked
        } else {
            say("error unknown command " + command.toUtf8());
        }
    }

    // As a user would: the service, then its table's row, then Buy.
    void buy(qint64 serviceId, qint64 countryId)
    {
        PurchaseController *purchase = m_app->core()->purchase();
        purchase->selectService(serviceId, QString());
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll, purchase, countryId] {
            CountryPriceModel *prices = purchase->prices();
            for (int row = 0; row < prices->rowCount(); ++row) {
                const QModelIndex index = prices->index(row, 0);
                if (index.data(CountryPriceModel::CountryIdRole).toLongLong() != countryId)
                    continue;
                poll->deleteLater();
                purchase->selectCountry(countryId);
                purchase->requestPurchase(countryId);
                return;
            }
        });
        poll->start(10ms);
    }

    QJsonObject state() const
    {
        MainWindow *window = m_app->window();
        QJsonObject s;
        s.insert(u"visible"_s, window->isVisible() && !window->isMinimized());
        s.insert(u"platform"_s, QGuiApplication::platformName());
        s.insert(u"page"_s,
                 window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName());
        s.insert(u"balance"_s, window->findChild<QLabel *>(u"balanceLabel"_s)->text());
        s.insert(u"status"_s, window->findChild<QLabel *>(u"priceStatusLabel"_s)->text());
        // The active orders as the table shows them.
        QJsonArray orders;
        const QAbstractItemModel *shown = window->findChild<QWidget *>(u"orderList"_s)
                                              ->findChild<QTableView *>(u"orderTable"_s)
                                              ->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const auto cell = [&](int column, int role) {
                return shown->index(row, column).data(role);
            };
            orders.append(QJsonObject{
                {u"id"_s, cell(0, OrderListModel::OrderIdRole).toLongLong()},
                {u"status"_s, cell(OrderListModel::StatusColumn, Qt::DisplayRole).toString()},
                {u"left"_s, cell(OrderListModel::TimeLeftColumn, Qt::DisplayRole).toString()},
                {u"secondsLeft"_s,
                 cell(OrderListModel::TimeLeftColumn, OrderListModel::SortRole).toLongLong()}});
        }
        s.insert(u"orders"_s, orders);
        // All the model holds, shown or not (what must not grow for days).
        s.insert(u"modelRows"_s, m_app->core()->orders()->model()->rowCount());
        // The orders in the book (its file, not a view of it).
        OrderBook *book = m_app->core()->book()->book();
        s.insert(u"bookOrders"_s, book ? book->count() : -1);
        QJsonArray dialogs;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget) && widget->isVisible())
                dialogs.append(widget->objectName());
        }
        s.insert(u"dialogs"_s, dialogs);
        s.insert(u"purchasing"_s, m_app->core()->backend()->orders()->isPurchasing());
        s.insert(u"serverNow"_s,
                 m_app->core()->backend()->api()->serverNow().toString(Qt::ISODateWithMs));
        s.insert(u"wallNow"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        // What must stay flat over days.
        s.insert(u"replies"_s,
                 static_cast<qint64>(m_app->network()->findChildren<QNetworkReply *>().size()));
        s.insert(u"fds"_s, openFileCount());
        s.insert(u"rssKiB"_s, residentKiB());
        s.insert(u"peakKiB"_s, peakResidentKiB());
        return s;
    }

    void watch()
    {
        MainWindow *window = m_app->window();
        const QString page =
            window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName();
        if (page != m_page) {
            m_page = page;
            say("event page " + page.toUtf8());
        }
        QStringList dialogs;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget) && widget->isVisible())
                dialogs.append(widget->objectName());
        }
        for (const QString &name : std::as_const(dialogs)) {
            if (!m_dialogs.contains(name))
                say("event dialog " + name.toUtf8());
        }
        m_dialogs = dialogs;
    }

    Application *m_app;
    QSocketNotifier m_input;
    QByteArray m_pending;
    QTimer m_watch;
    QString m_page;
    QStringList m_dialogs;
    bool m_freezeOnPurchased = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // n1sms-desktop's own profile, inside the folders the parent gives
    // (XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_RUNTIME_DIR): the shipped app run
    // with them is the same user to it.
    Settings::nameSharedProfile();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    applyLanguage(QLocale());

    QCommandLineParser parser;
    const QCommandLineOption baseUrl(u"base-url"_s, u"server"_s, u"url"_s);
    const QCommandLineOption bookFolder(u"book-folder"_s, u"order books"_s, u"dir"_s);
    const QCommandLineOption logFolder(u"log-folder"_s, u"log"_s, u"dir"_s);
    const QCommandLineOption speed(u"speed"_s, u"clock speed"_s, u"factor"_s, u"1"_s);
    parser.addOptions({baseUrl, bookFolder, logFolder, speed});
    parser.process(app);

    // The one app of this profile, as n1sms-desktop is.
    const std::unique_ptr<SingleInstance> instance = SingleInstance::forCurrentProfile();
    if (!instance->claim()) {
        say("error already running");
        return 3;
    }
    Application::Options options;
    options.instance = instance.get();
    options.baseUrl = QUrl(parser.value(baseUrl));
    options.baseUrlGiven = true;
    options.secrets = Application::Options::Secrets::None;
    options.restoreSession = false;
    options.bookFolder = parser.value(bookFolder);
    options.logFolder = parser.value(logFolder);
    Application application(options);
    const double factor = qMax(1.0, parser.value(speed).toDouble());
    Backend *backend = application.core()->backend();
    backend->orders()->setPollInterval(std::chrono::milliseconds(
        qRound64(application.preferences().refreshSeconds * 1000 / factor)));
    backend->api()->budget().setWindow(std::chrono::milliseconds(qRound64(60000 / factor)));
    application.start();
    Remote remote(&application);
    say("ready");
    return QApplication::exec();
}
