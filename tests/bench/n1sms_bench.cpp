// The benchmark suite: prints a table of measurements, each beside the
// baseline it is judged against, measured in the same run. Never a pass/fail
// test: figures to read.
//
//   build/dev/tests/bench/n1sms-bench [--runs N] [--quick]
#include "application.h"
#include "bookfill.h"
#include "core/api/apiclient.h"
#include "core/api/decoders.h"
#include "core/book/orderbook.h"
#include "core/controllers/bookcontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
#include "core/controllers/watchcontroller.h"
#include "core/core.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderbookmodel.h"
#include "core/models/servicelistmodel.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "core/settings/settings.h"
#include "sandbox/sandboxserver.h"
#include "ui/mainwindow.h"
#include "ui/pricetablewidget.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QTextStream out(stdout);

struct Row
{
    QString what;
    QString ours;
    QString baseline;
    double ratio = 0; // ours / baseline (or baseline / ours for throughput)
    QString target;
    bool met = false;
};
QList<Row> g_rows;

void report(Row row)
{
    out << u"  %1: %2 vs %3 -> %4 (%5: %6)\n"_s.arg(row.what, row.ours, row.baseline)
               .arg(row.ratio, 0, 'f', 2)
               .arg(row.target, row.met ? u"met"_s : u"MISSED"_s)
        << Qt::flush;
    g_rows.append(std::move(row));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.info=false"_s);
    return env;
}

// Milliseconds from starting the program to its "first-frame" line.
double timeToFirstFrame(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    QByteArray seen;
    while (!seen.contains("first-frame") && p.waitForReadyRead(20000))
        seen += p.readAllStandardOutput();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    p.waitForFinished(20000);
    return seen.contains("first-frame") ? ms : -1;
}

qint64 peakOf(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &environment = childEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    p.waitForFinished(120000);
    const QByteArray output = p.readAllStandardOutput();
    const qsizetype at = output.indexOf("peak-rss-kb ");
    return at < 0 ? -1 : output.mid(at + 12).trimmed().split('\n').first().toLongLong();
}

void benchFirstFrame(int runs)
{
    out << "First frame (" << runs << " runs each, alternating, median)\n" << Qt::flush;
    std::vector<double> app, bare;
    for (int i = 0; i < runs; ++i) {
        app.push_back(timeToFirstFrame(QStringLiteral(N1SMS_APP),
                                       {u"--demo"_s, u"--probe"_s, u"first-frame"_s}));
        bare.push_back(
            timeToFirstFrame(QStringLiteral(N1SMS_BARE), {u"--probe"_s, u"first-frame"_s}));
    }
    const double a = median(app), b = median(bare);
    report({u"time to first frame"_s, u"%1 ms"_s.arg(a, 0, 'f', 1), u"%1 ms"_s.arg(b, 0, 'f', 1),
            a / b, u"at most 1.5x"_s, a / b <= 1.5});
}

// A sandbox in a thread of this process, over https with the tests'
// certificate: to the measured app, a server elsewhere, as production's is.
class ServerThread
{
public:
    explicit ServerThread(const Sandbox::Config &config)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, config] {
                m_server = std::make_unique<Sandbox::Server>(config);
                if (m_server->useTlsFiles(QStringLiteral(N1SMS_TLS_DIR "/server.pem"),
                                          QStringLiteral(N1SMS_TLS_DIR "/server.key")) &&
                    m_server->listen())
                    m_url = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<Sandbox::Server> m_server;
    QUrl m_url;
};

void benchMemory(int runs)
{
    out << "Peak resident memory (" << runs << " runs each, median)\n" << Qt::flush;
    std::vector<double> app, withBook, remote, remoteWithBook, bare;
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.sqlite"_s);
    fillBook(book, 10000);
    Sandbox::Config config;
    config.demoBalancePesewas = 10'000'000; // fifty orders' worth
    config.requestsPerMinute = 0;
    const ServerThread server(config);
    if (server.url().isEmpty()) {
        out << "  (the https server did not start)\n";
        return;
    }
    // Its settings, log and book in a folder of their own, not the user's.
    QProcessEnvironment environment = childEnvironment();
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(name), dir.filePath(u"home"_s));
    const QStringList overHttps{u"--server"_s, server.url().toString(), u"--ca"_s,
                                QStringLiteral(N1SMS_TLS_DIR) + u"/ca.pem"_s};
    for (int i = 0; i < runs; ++i) {
        remote.push_back(
            double(peakOf(QStringLiteral(N1SMS_APP),
                          QStringList{u"--probe"_s, u"session"_s} + overHttps, environment)));
        remoteWithBook.push_back(double(
            peakOf(QStringLiteral(N1SMS_APP),
                   QStringList{u"--probe"_s, u"book-session"_s, u"--book"_s, book} + overHttps,
                   environment)));
        app.push_back(
            double(peakOf(QStringLiteral(N1SMS_APP), {u"--demo"_s, u"--probe"_s, u"session"_s})));
        withBook.push_back(
            double(peakOf(QStringLiteral(N1SMS_APP),
                          {u"--demo"_s, u"--probe"_s, u"book-session"_s, u"--book"_s, book})));
        bare.push_back(double(peakOf(QStringLiteral(N1SMS_BARE), {u"--probe"_s, u"memory"_s})));
    }
    const double b = median(bare) / 1024;
    const auto row = [b](const QString &what, const std::vector<double> &figures) {
        const double a = median(figures) / 1024;
        report({what, u"%1 MiB"_s.arg(a, 0, 'f', 1), u"%1 MiB"_s.arg(b, 0, 'f', 1), a / b,
                u"at most 1.5x"_s, a > 0 && a / b <= 1.5});
    };
    row(u"peak memory after a session over https (50 orders)"_s, remote);
    row(u"the same with 10,000 orders in the book (search, figures shown)"_s, remoteWithBook);
    row(u"peak memory after a demo session (50 orders)"_s, app);
    row(u"the demo with 10,000 orders in the book"_s, withBook);
}

QList<CountryPrice> syntheticPrices(int n)
{
    static const QStringList names{u"Ghana"_s,  u"Côte d’Ivoire"_s, u"Curaçao"_s, u"Nigeria"_s,
                                   u"Brazil"_s, u"India"_s,         u"Kenya"_s,   u"Türkiye"_s};
    QRandomGenerator random(42);
    QList<CountryPrice> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        CountryPrice p;
        p.countryId = i + 1;
        p.country = names[i % names.size()] + u' ' + QString::number(i);
        p.countryCode = u"GH"_s;
        p.dialCode = u"+"_s + QString::number(1 + i % 999);
        p.price = Money(50 + random.bounded(5000), u"GHS"_s);
        p.priceUsd = Money(p.price.minorUnits() / 15, u"USD"_s);
        p.stock = random.bounded(10) == 0 ? 0 : random.bounded(1000);
        rows.append(p);
    }
    return rows;
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void benchSortFilter(int n)
{
    const QList<CountryPrice> rows = syntheticPrices(n);
    CountryPriceModel model;
    model.reset(1);
    model.addPrices(rows);

    // Plain C++ over the same rows: sort row numbers by price, as any sorted
    // view of a table must; filter by the same search keys.
    std::vector<int> data;
    std::vector<QString> keys;
    for (int i = 0; i < n; ++i) {
        data.push_back(i);
        keys.push_back(model.searchKeyAt(i));
    }
    const auto plainSort = [&](Qt::SortOrder order) {
        const auto price = [&rows](int i) { return rows[i].price.minorUnits(); };
        if (order == Qt::AscendingOrder)
            std::sort(data.begin(), data.end(), [&](int a, int b) { return price(a) < price(b); });
        else
            std::sort(data.begin(), data.end(), [&](int a, int b) { return price(a) > price(b); });
    };
    const auto plainFilter = [&](const QString &needle) {
        const QString key = ServiceListModel::searchKey(needle);
        std::vector<int> kept;
        kept.reserve(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            if (keys[static_cast<size_t>(i)].contains(key))
                kept.push_back(i);
        }
        return kept.size();
    };
    const QStringList needles{u"an"_s, u"gh"_s, u"+23"_s, u"cote"_s, u""_s};

    // 1. The model and proxy against plain C++.
    {
        CountryPriceFilterModel proxy;
        proxy.setSourceModel(&model);
        std::vector<double> ours, plain;
        for (int pass = 0; pass < 6; ++pass) {
            const auto order = pass % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            ours.push_back(timeMs([&] { proxy.sort(CountryPriceModel::PriceColumn, order); }));
            plain.push_back(timeMs([&] { plainSort(order); }));
        }
        const double s = median(ours), sp = median(plain);
        report({u"sort by price, %1 rows"_s.arg(n), u"%1 ms"_s.arg(s, 0, 'f', 2),
                u"%1 ms"_s.arg(sp, 0, 'f', 2), s / sp, n >= 100000 ? u"at most 2x"_s : u"-"_s,
                n < 100000 || s / sp <= 2});
        ours.clear();
        plain.clear();
        for (const QString &needle : needles) {
            ours.push_back(timeMs([&] { proxy.setSearchText(needle); }));
            plain.push_back(timeMs([&] { plainFilter(needle); }));
        }
        const double f = median(ours), fp = median(plain);
        report({u"filter countries, %1 rows"_s.arg(n), u"%1 ms"_s.arg(f, 0, 'f', 2),
                u"%1 ms"_s.arg(fp, 0, 'f', 2), f / fp, n >= 100000 ? u"at most 2x"_s : u"-"_s,
                n < 100000 || f / fp <= 2});
    }
    if (n != 10000)
        return;

    // 2. The real widget: sort or filter, and the view repainted.
    PriceTableWidget widget;
    widget.setModel(&model);
    widget.resize(1000, 700);
    widget.show();
    QCoreApplication::processEvents();
    QTableView &view = *widget.findChild<QTableView *>(u"priceTable"_s);
    std::vector<double> sorts, filters;
    for (int pass = 0; pass < 6; ++pass) {
        const auto order = pass % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        sorts.push_back(timeMs([&] {
            view.sortByColumn(CountryPriceModel::PriceColumn, order);
            view.viewport()->repaint();
        }));
    }
    auto *filterEdit = widget.findChild<QLineEdit *>(u"filterEdit"_s);
    for (const QString &needle : needles) {
        filters.push_back(timeMs([&] {
            filterEdit->setText(needle);
            view.viewport()->repaint();
        }));
    }
    const double s = median(sorts), f = median(filters);
    report({u"sort, %1 rows, view repainted"_s.arg(n), u"%1 ms"_s.arg(s, 0, 'f', 2),
            u"16 ms (a frame)"_s, s / 16, u"within a frame"_s, s <= 16});
    report({u"filter, %1 rows, view repainted"_s.arg(n), u"%1 ms"_s.arg(f, 0, 'f', 2),
            u"16 ms (a frame)"_s, f / 16, u"within a frame"_s, f <= 16});
}

void benchDecoding()
{
    Sandbox::Config config;
    config.requestsPerMinute = 0;
    Sandbox::State state(config);
    Sandbox::Request login;
    login.method = "POST";
    login.path = u"/auth/login"_s;
    login.body = R"({"email": "demo@n1sms.test", "password": "demo-password"})";
    const QByteArray token = QJsonDocument::fromJson(state.handle(login).body)
                                 .object()["data"_L1]["token"_L1]
                                 .toString()
                                 .toUtf8();
    QList<QByteArray> pages;
    qint64 bytes = 0;
    for (const Sandbox::ServiceInfo &s : state.catalogue().services()) {
        for (int page = 1; page <= 4; ++page) {
            Sandbox::Request r;
            r.method = "GET";
            r.path = u"/dashboard/prices"_s;
            r.authorization = "Bearer " + token;
            r.query.addQueryItem(u"service"_s, QString::number(s.id));
            r.query.addQueryItem(u"page"_s, QString::number(page));
            const QByteArray body = state.handle(r).body;
            pages.append(body);
            bytes += body.size();
        }
        if (pages.size() >= 400)
            break;
    }
    std::vector<double> ours, raw;
    qint64 rowsSeen = 0;
    for (int pass = 0; pass < 5; ++pass) {
        ours.push_back(timeMs([&] {
            for (const QByteArray &page : std::as_const(pages))
                rowsSeen += Decode::prices(page)->items.size();
        }));
        raw.push_back(timeMs([&] {
            for (const QByteArray &page : std::as_const(pages)) {
                const QJsonObject root = QJsonDocument::fromJson(page).object();
                for (const QJsonValue &v : root.value("data"_L1).toArray()) {
                    const QJsonObject o = v.toObject();
                    rowsSeen +=
                        o.value("country_id"_L1).toInteger() + o.value("stock"_L1).toInteger();
                    rowsSeen += o.value("price"_L1).toString().size() +
                                o.value("price_usd"_L1).toString().size();
                    rowsSeen += o.value("country"_L1).toString().size() +
                                o.value("country_code"_L1).toString().size();
                    rowsSeen += o.value("dial_code"_L1).toString().size();
                    rowsSeen += static_cast<qint64>(o.value("success_rate"_L1).toDouble());
                }
                rowsSeen += root.value("meta"_L1).toObject().value("total"_L1).toInt();
            }
        }));
    }
    const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
    const double o = mb / (median(ours) / 1000), r = mb / (median(raw) / 1000);
    report({u"decoding price pages (%1 pages, %2 MiB)"_s.arg(pages.size()).arg(mb, 0, 'f', 2),
            u"%1 MiB/s"_s.arg(o, 0, 'f', 1), u"%1 MiB/s"_s.arg(r, 0, 'f', 1), o / r,
            u"at least 0.7x"_s, o / r >= 0.7});
    if (rowsSeen == 42)
        out << ""; // keeps the walk from being optimised away
}

// A benchmark of a rate watches the event loop run for a stretch of time.
void observeFor(std::chrono::milliseconds window)
{
    QEventLoop loop;
    QTimer::singleShot(window, &loop, &QEventLoop::quit);
    loop.exec();
}

void benchPolling(std::chrono::milliseconds interval, std::chrono::milliseconds window)
{
    out << "Polling (interval " << interval.count() << " ms, " << window.count()
        << " ms per phase; counted by the sandbox)\n"
        << Qt::flush;
    Sandbox::Config config;
    config.smsDelaySeconds = 1'000'000;
    config.requestsPerMinute = 0;
    Sandbox::Server server(config);
    server.listen();
    QNetworkAccessManager network;
    Backend backend(&network, server.baseUrl());
    backend.orders()->setPollInterval(interval);
    // Below the app's 3 s, polling would outrun the request budget's minute:
    // the window shrinks with the interval (20 intervals, as 3 s are to 60 s).
    if (interval < 3s)
        backend.api()->budget().setWindow(20 * interval);
    QSignalSpy in(backend.auth(), &AuthService::loggedIn);
    backend.auth()->login(config.demoEmail, config.demoPassword);
    in.wait(5000);
    QSignalSpy loaded(backend.orders(), &OrderService::ordersUpdated);
    backend.orders()->reload();
    loaded.wait(5000);

    const auto count = [&] { return server.requestCount(u"GET /orders"_s); };
    const int idleStart = count();
    observeFor(window);
    const int idle = count() - idleStart;

    QSignalSpy bought(backend.orders(), &OrderService::purchased);
    for (int i = 0; i < 3; ++i) {
        backend.orders()->purchase({1012, 42, {}, false});
        bought.wait(5000);
    }
    const int waitingStart = count();
    observeFor(window);
    const int waiting = count() - waitingStart;

    const double perMinute = 60000.0 / static_cast<double>(window.count());
    const double intervals =
        static_cast<double>(window.count()) / static_cast<double>(interval.count());
    report({u"requests while 3 orders wait"_s, u"%1/min"_s.arg(waiting * perMinute, 0, 'f', 1),
            u"%1 intervals"_s.arg(intervals, 0, 'f', 0), waiting / intervals,
            u"exactly one per interval"_s, qAbs(waiting - intervals) <= 1});
    report({u"requests while none waits"_s, u"%1/min"_s.arg(idle * perMinute, 0, 'f', 1),
            u"0 expected"_s, static_cast<double>(idle), u"zero"_s, idle == 0});
}

// Watches: three on two services (two on WhatsApp, one on Telegram), with the
// table showing WhatsApp as well, for `window`; the price lists the sandbox
// was asked for, per service and interval.
void benchWatches(std::chrono::milliseconds interval, std::chrono::milliseconds window)
{
    out << "Watches (interval " << interval.count() << " ms, " << window.count()
        << " ms; counted by the sandbox)\n"
        << Qt::flush;
    Sandbox::Config config;
    config.requestsPerMinute = 0;
    Sandbox::Server server(config);
    server.listen();
    QNetworkAccessManager network;
    Settings settings(Settings::Storage::Ephemeral);
    Core core(&network, server.baseUrl(), nullptr, &settings);
    core.backend()->api()->budget().setWindow(20 * interval);
    QSignalSpy in(core.session(), &SessionController::signedIn);
    core.session()->signIn(config.demoEmail, config.demoPassword, false);
    in.wait(5000);
    core.watches()->setInterval(interval);
    Watch ghana;
    ghana.serviceId = 1012;
    ghana.serviceName = u"WhatsApp"_s;
    ghana.countryId = 42;
    ghana.countryName = u"Ghana"_s;
    Watch cheap = ghana;
    cheap.countryId = 0;
    cheap.maxPrice = Money(100, u"GHS"_s);
    Watch telegram;
    telegram.serviceId = 907;
    telegram.serviceName = u"Telegram"_s;
    telegram.maxPrice = Money(200, u"GHS"_s);
    const int start = server.requestCount(u"/dashboard/prices?page=1"_s);
    core.purchase()->selectService(1012, u"WhatsApp"_s); // the table's list, shared
    for (const Watch &w : {ghana, cheap, telegram})
        core.watches()->addWatch(w);
    observeFor(window);
    const int lists = server.requestCount(u"/dashboard/prices?page=1"_s) - start;
    const double intervals =
        static_cast<double>(window.count()) / static_cast<double>(interval.count());
    const double perServiceInterval = lists / (2 * intervals);
    report({u"price lists for 3 watches on 2 services"_s,
            u"%1 a service an interval"_s.arg(perServiceInterval, 0, 'f', 2),
            u"1 a service an interval"_s, perServiceInterval,
            u"at most one per service per interval"_s, lists <= 2 * (intervals + 1)});
}

// The longest time the event loop stays busy without coming back: what a user
// sees as a stall. A heartbeat every 2 ms notes how late it is; synchronous
// work done by the benchmark itself (sending input) counts too.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(beat);
        connect(&m_heartbeat, &QTimer::timeout, this, [this] {
            if (m_last.isValid())
                note(static_cast<double>(m_last.nsecsElapsed()) / 1e6 - beat.count());
            m_last.start();
        });
        m_heartbeat.start();
    }
    void reset()
    {
        m_longest = 0;
        m_last.invalidate();
    }
    void note(double ms) { m_longest = qMax(m_longest, ms); }
    double longest() const { return m_longest; }
    // Runs `step` (synchronous input), then the event loop until `done` or 10 s.
    template <typename Step, typename Done> void measure(Step &&step, Done &&done)
    {
        note(timeMs(step));
        m_last.start();
        QElapsedTimer limit;
        limit.start();
        while (!done() && limit.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCoreApplication::processEvents(); // and what the last answer set off
    }

private:
    static constexpr std::chrono::milliseconds beat{2};
    QTimer m_heartbeat;
    QElapsedTimer m_last;
    double m_longest = 0;
};

// One row: the longest stall while `step` is done and until `done`.
template <typename Step, typename Done>
void reportStall(StallMeter &meter, const QString &what, const Step &step, Done done)
{
    meter.reset();
    meter.measure(step, done);
    const double ms = meter.longest();
    report({what, u"%1 ms"_s.arg(ms, 0, 'f', 1), u"16.7 ms"_s, ms / 16.7, u"within a frame"_s,
            ms <= 16.7});
}

// The app as n1sms-desktop builds it, on `server`, keeping its order books
// in `books`.
Application::Options appOn(const QUrl &server, const QString &books)
{
    Application::Options options;
    options.baseUrl = server;
    options.secrets = Application::Options::Secrets::None;
    options.restoreSession = false;
    options.bookFolder = books;
    return options;
}

void benchResponsiveness()
{
    out << "Responsiveness of the window with 400 services and 100 orders (longest stall)\n"
        << Qt::flush;
    Sandbox::Config config;
    config.extraServices = 80; // 320 + 80
    config.smsDelaySeconds = 1'000'000;
    config.requestsPerMinute = 0;
    config.demoBalancePesewas = 100'000'000;
    Sandbox::Server server(config);
    server.listen();
    // A first sign-in: its order book is made then.
    QTemporaryDir books;
    Application application(appOn(server.baseUrl(), books.path()));
    Backend &backend = *application.core()->backend();
    {
        QSignalSpy in(backend.auth(), &AuthService::loggedIn);
        backend.auth()->login(config.demoEmail, config.demoPassword);
        in.wait(5000);
        QSignalSpy bought(backend.orders(), &OrderService::purchased);
        for (int i = 0; i < 100; ++i) {
            backend.orders()->purchase({1012, 42, {}, false}); // Ghana has 152 in stock
            bought.wait(5000);
        }
        backend.auth()->logout();
    }
    MainWindow &window = *application.window();
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return;
    StallMeter meter;
    const auto find = [&window](const char *name) {
        return window.findChild<QWidget *>(QLatin1StringView(name));
    };
    const auto row = [&](const QString &what, const auto &step, auto done) {
        reportStall(meter, what, step, done);
    };

    auto *services = static_cast<QListView *>(find("serviceList"));
    auto *orders = find("orderList")->findChild<QTableView *>(u"orderTable"_s);
    row(
        u"sign in: 400 services and 100 orders arrive"_s,
        [&] {
            QTest::keyClicks(find("emailEdit"), config.demoEmail);
            QTest::keyClicks(find("passwordEdit"), config.demoPassword);
            QTest::keyClick(find("passwordEdit"), Qt::Key_Return);
        },
        [&] { return services->model()->rowCount() >= 400 && orders->model()->rowCount() >= 100; });
    row(
        u"type a search over 400 services, key by key"_s,
        [&] { QTest::keyClicks(find("searchEdit"), u"regional"_s); }, [] { return true; });
    row(
        u"clear the search"_s, [&] { static_cast<QLineEdit *>(find("searchEdit"))->clear(); },
        [] { return true; });
    out << "    (" << services->model()->rowCount() << " services, " << orders->model()->rowCount()
        << " orders listed)\n";
    auto *prices = window.findChild<QTableView *>(u"priceTable"_s);
    row(
        u"open WhatsApp's prices (pages of 50)"_s,
        [&] {
            QTest::keyClicks(find("searchEdit"), u"whatsapp"_s);
            QTest::keyClick(find("searchEdit"), Qt::Key_Return);
        },
        [&] { return prices->model()->rowCount() > 100; });
    row(
        u"sort the prices by a header click"_s,
        [&] {
            auto *header = prices->horizontalHeader();
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(3) + 10, 5));
        },
        [] { return true; });
    row(
        u"filter the countries, key by key"_s,
        [&] { QTest::keyClicks(find("filterEdit"), u"an"_s); }, [] { return true; });
    row(
        u"two seconds of countdowns over 100 orders"_s, [] {},
        [timer = QElapsedTimer()]() mutable {
            if (!timer.isValid())
                timer.start();
            return timer.elapsed() > 2000;
        });
    auto *tabs = static_cast<QTabWidget *>(find("ordersTabs"));
    auto *history = find("historyList")->findChild<QTableView *>(u"orderTable"_s);
    row(
        u"open the History tab"_s, [&] { tabs->setCurrentIndex(1); },
        [&] { return history->model()->rowCount() > 0; });
    row(
        u"next page of history"_s,
        [&] { QTest::mouseClick(find("nextPageButton"), Qt::LeftButton); },
        [&] { return static_cast<QPushButton *>(find("previousPageButton"))->isEnabled(); });
    row(
        u"resize the window"_s, [&] { window.resize(1000, 700); }, [] { return true; });
}

// The order book with 10,000 orders: opening it, searching it key by key and
// its figures, each within a frame of the event loop.
void benchOrderBook()
{
    out << "The order book with 10,000 orders (longest stall)\n" << Qt::flush;
    Sandbox::Config config;
    config.smsDelaySeconds = 1'000'000;
    config.requestsPerMinute = 0;
    Sandbox::Server server(config);
    server.listen();
    QTemporaryDir books;
    fillBook(OrderBook::fileFor(books.path(), server.baseUrl(), 1), 10000);
    Application application(appOn(server.baseUrl(), books.path()));
    MainWindow &window = *application.window();
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return;
    QCoreApplication::processEvents(); // the first frame: the book may open from now on
    const auto find = [&window](const char *name) {
        return window.findChild<QWidget *>(QLatin1StringView(name));
    };
    QAbstractItemModel *bookModel = application.core()->book()->model();
    StallMeter meter;
    const auto row = [&](const QString &what, const auto &step, auto done) {
        reportStall(meter, what, step, done);
    };
    row(
        u"sign in: the book of 10,000 orders opens"_s,
        [&] {
            QTest::keyClicks(find("emailEdit"), config.demoEmail);
            QTest::keyClicks(find("passwordEdit"), config.demoPassword);
            QTest::keyClick(find("passwordEdit"), Qt::Key_Return);
        },
        [&] { return application.core()->book()->book()->isOpen(); });
    out << "    (" << application.core()->book()->book()->count() << " orders in the book)\n";
    auto *tabs = static_cast<QTabWidget *>(find("ordersTabs"));
    row(
        u"open the Order book tab (its views made)"_s,
        [&] { tabs->setCurrentWidget(find("bookTab")); }, [] { return true; });
    auto *book = static_cast<QTableView *>(find("bookTable"));
    // As a user types: a key, the event loop, the next key.
    const QString typed = u"shop account 1"_s;
    row(
        u"search the book, key by key"_s,
        [&] { QTest::keyClick(find("bookSearchEdit"), typed.front().toLatin1()); },
        [&, next = qsizetype(1)]() mutable {
            if (next == typed.size())
                return true;
            QTest::keyClick(find("bookSearchEdit"), typed.at(next++).toLatin1());
            return false;
        });
    out << "    (" << bookModel->rowCount() << " orders match)\n";
    row(
        u"clear the book's search"_s,
        [&] { static_cast<QLineEdit *>(find("bookSearchEdit"))->clear(); }, [] { return true; });
    row(
        u"scroll to the oldest order"_s, [&] { book->scrollToBottom(); }, [] { return true; });
    row(
        u"switch to the figures"_s, [&] { QTest::mouseClick(find("statsButton"), Qt::LeftButton); },
        [] { return true; });
    auto *grouping = static_cast<QComboBox *>(find("statsGroupingCombo"));
    row(
        u"figures by country"_s, [&] { grouping->setCurrentIndex(2); }, [] { return true; });
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.info=false");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each start-up measurement."_s, u"n"_s,
                                        u"11"_s);
    const QCommandLineOption quickOption(
        u"quick"_s,
        u"Poll and watch every second for ten seconds instead of every five for thirty."_s);
    const QCommandLineOption onlyOption(u"responsiveness-only"_s,
                                        u"Measure only the window's responsiveness."_s);
    const QCommandLineOption memoryOption(u"memory-only"_s,
                                          u"Measure only the peak resident memory."_s);
    const QCommandLineOption requestsOption(
        u"requests-only"_s, u"Measure only what polling and watches ask of the server."_s);
    parser.addOptions({runsOption, quickOption, onlyOption, memoryOption, requestsOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    out << "N1SMS Desktop benchmarks, Qt " << qVersion() << ", " << QSysInfo::prettyProductName()
        << ", " << QThread::idealThreadCount() << " cores, platform "
        << QGuiApplication::platformName() << "\n\n"
        << Qt::flush;
    if (parser.isSet(onlyOption)) {
        benchResponsiveness();
        benchOrderBook();
        return 0;
    }
    if (parser.isSet(memoryOption)) {
        benchMemory(qMax(3, runs / 3));
        return 0;
    }
    if (parser.isSet(requestsOption)) {
        benchPolling(parser.isSet(quickOption) ? 1000ms : 5000ms,
                     parser.isSet(quickOption) ? 10000ms : 30000ms);
        benchWatches(parser.isSet(quickOption) ? 1000ms : 5000ms,
                     parser.isSet(quickOption) ? 10000ms : 30000ms);
        return 0;
    }
    benchFirstFrame(runs);
    benchMemory(qMax(3, runs / 3));
    out << "Sort and filter of the country-price model and proxy\n" << Qt::flush;
    for (int n : {200, 10000, 100000})
        benchSortFilter(n);
    out << "Decoding\n" << Qt::flush;
    benchDecoding();
    benchResponsiveness();
    benchOrderBook();
    if (parser.isSet(quickOption)) {
        benchPolling(1000ms, 10000ms);
        benchWatches(1000ms, 10000ms);
    } else {
        benchPolling(5000ms, 30000ms);
        benchWatches(5000ms, 30000ms);
    }

    out << "\n| measure | ours | baseline | ratio | target | |\n|---|---|---|---|---|---|\n";
    for (const Row &r : std::as_const(g_rows)) {
        out << u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(r.what, r.ours, r.baseline)
                   .arg(r.ratio, 0, 'f', 2)
                   .arg(r.target, r.met ? u"met"_s : u"missed"_s);
    }
    out.flush();
    return 0;
}
