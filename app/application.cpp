#include "application.h"

#include "core/api/apiclient.h"
#include "core/controllers/bookcontroller.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
#include "core/controllers/watchcontroller.h"
#include "core/core.h"
#include "core/i18n.h"
#include "core/logfile.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "desktopnotifications.h"
#include "keychain/keychainstore.h"
#include "sandbox/sandboxserver.h"
#include "singleinstance.h"
#include "ui/clipboardkeeper.h"
#include "ui/leaveguard.h"
#include "ui/mainwindow.h"
#include "ui/traynotifier.h"
#include "ui/uistyle.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

Sandbox::Config Application::defaultDemoConfig()
{
    Sandbox::Config config;
    config.smsDelaySeconds = 12; // long enough to watch it wait, short enough to stay
    // As a real server may: the best success rate costs more than listed.
    config.bestRatePremiumPercent = 25;
    // A market that moves, so that a watch has something to see: after ten
    // minutes, and every ten after, some countries run out, others return.
    config.marketMinutes = 10;
    return config;
}

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    // The demo keeps nothing: no session, no settings of its own.
    , m_settings(std::make_unique<Settings>(m_options.demo ? Settings::Storage::Ephemeral
                                                           : Settings::Storage::Persistent))
    , m_preferences(m_settings->preferences())
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    // The log a user can send; the demo's stays in memory (it writes nothing).
    LogFile::install(!m_options.logFolder.isEmpty() ? m_options.logFolder
                     : m_options.demo
                         ? QString()
                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               u"/logs"_s);
    SecretStore *secrets = nullptr;
    switch (m_options.secrets) {
    case Options::Secrets::SystemKeychain:
        m_keychain = std::make_unique<KeychainStore>();
        secrets = m_keychain.get();
        break;
    case Options::Secrets::Given:
        secrets = m_options.secretStore;
        break;
    case Options::Secrets::None:
        break;
    }
    // The demo's server listens on a new port each run: a session kept for
    // it could never be found again. It is never kept.
    if (m_options.demo)
        secrets = nullptr;
    m_core = std::make_unique<Core>(m_network.get(), m_options.baseUrl, secrets, m_settings.get());
    // The demo's book is in memory (it writes nothing) unless a folder is
    // given, as the benchmark gives one.
    if (!m_options.demo || !m_options.bookFolder.isEmpty()) {
        m_core->book()->setFolder(
            !m_options.bookFolder.isEmpty()
                ? m_options.bookFolder
                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      u"/orderbooks"_s);
    }
    m_window = std::make_unique<MainWindow>(m_core.get());
    m_window->setPreferences(m_preferences);
    m_window->setDemo(m_options.demo);
    if (m_options.demo)
        m_window->lockServer(tr("The demo uses its built-in server."));
    else if (m_options.baseUrlGiven)
        m_window->lockServer(tr("Set for this run by --base-url on the command line."));
    m_tray = new TrayNotifier(this);
    m_clipboard = new ClipboardKeeper(this);
    connectDesktop();
    if (m_options.instance) {
        m_options.instance->setAnswerer([this](const SingleInstance::Request &request) {
            return answerLaterStart(request.demo, request.baseUrlGiven, request.baseUrl);
        });
    }

    m_tray->setNotificationsEnabled(m_preferences.notifications);
    m_clipboard->setClearAfter(m_preferences.clipboardClearSeconds);
    m_core->backend()->orders()->setPollInterval(
        std::chrono::seconds(m_preferences.refreshSeconds));

    // Nothing but the window before the first frame: the demo server, the
    // keychain and the network all wait for it.
    connect(m_window.get(), &MainWindow::firstFramePainted, this, [this] {
        m_core->book()->start();
        if (m_options.demo)
            startDemo();
        else if (m_options.restoreSession)
            m_core->session()->restore();
    });
}

Application::~Application()
{
    // The window first: it holds pointers into the core.
    m_window.reset();
    m_core.reset();
    LogFile::uninstall();
}

void Application::applyLookAndLanguage()
{
    const Preferences preferences = Settings().preferences();
    applyLanguage(localeFor(preferences.language));
    // The system's look too gets the focus ring that shows.
    UiStyle::applyTheme(preferences.theme);
}

void Application::start()
{
    m_window->show();
}

void Application::connectDesktop()
{
    OrdersController *orders = m_core->orders();
    MainWindow *window = m_window.get();
    connect(orders, &OrdersController::waitingCountChanged, m_tray, &TrayNotifier::setWaitingCount);
    connect(orders, &OrdersController::codeArrived, m_tray, &TrayNotifier::notifyCode);
    // Money the user must not miss: an order refunded, a charge not as confirmed.
    connect(orders, &OrdersController::orderEnded, m_tray, [this](const Order &order) {
        m_tray->notify(tr("%1 order ended").arg(order.service),
                       OrdersController::endSentence(order));
    });
    connect(m_core->purchase(), &PurchaseController::chargeDiffered, m_tray,
            [this](const Order &order, const Money &, const QString &sentence) {
                m_tray->notify(tr("%1 number bought at another price").arg(order.service),
                               sentence);
            });
    // The desktop's notification server first; a click on one copies its code.
    m_notifications = new DesktopNotifications(this);
    m_tray->setSender([this](const QString &title, const QString &text, const QString &key,
                             const QString &clickWords, const std::function<void()> &fallback) {
        m_notifications->send(title, text, key, clickWords, fallback);
    });
    connect(m_notifications, &DesktopNotifications::activated, m_tray, &TrayNotifier::activate);
    connect(m_tray, &TrayNotifier::copyCodeRequested, this,
            [this](const QString &code) { copy(code, tr("Copied the code %1.").arg(code)); });
    connect(m_tray, &TrayNotifier::showWindowRequested, window, &MainWindow::bringToFront);
    // A watch met: said where the user looks; a click shows its row.
    connect(m_core->watches(), &WatchController::watchMet, m_tray, [this](const Watch &watch) {
        if (!watch.match)
            return;
        const CountryPrice &where = *watch.match;
        const QString title =
            tr("%1 in %2: %3").arg(watch.serviceName, where.country, formatMoney(where.price));
        const QString text =
            watch.buyWhenMet
                ? tr("What you watched for is here. The confirmation to buy it is open.")
                : tr("What you watched for is here: %n number(s) in stock. Click to see it.",
                     nullptr, int(qMin<qint64>(where.stock, 100000)));
        m_tray->notifyWatch(watch, title, text);
    });
    connect(m_tray, &TrayNotifier::watchRowRequested, m_core->purchase(), [this](const Watch &w) {
        if (w.match)
            m_core->purchase()->showCountry(w.serviceId, w.serviceName, w.match->countryId);
    });
    connect(m_tray, &TrayNotifier::quitRequested, window, &MainWindow::quit);
    window->leaveGuard()->setTrayAvailable(m_tray->hasTray());
    connect(window->leaveGuard(), &LeaveGuard::keptInTray, m_tray, [this](int waiting) {
        m_tray->notify(tr("N1SMS keeps watching"),
                       tr("%n order(s) still waiting: the code will show here when it comes.",
                          nullptr, waiting));
    });
    connect(window, &MainWindow::copyRequested, this, &Application::copy);
    connect(m_clipboard, &ClipboardKeeper::cleared, window,
            [window] { window->showMessage(tr("Cleared the clipboard."), 4000); });
    connect(window, &MainWindow::visibleChanged, m_core->backend()->orders(),
            &OrderService::setWindowVisible);
    connect(window, &MainWindow::preferencesChosen, this, &Application::applyPreferences);
    // Not through the clipboard keeper: nothing secret, and it is for pasting
    // into a message to support some minutes later.
    connect(window, &MainWindow::diagnosticsRequested, this, [this, window] {
        QGuiApplication::clipboard()->setText(diagnostics());
        window->showMessage(tr("Copied the diagnostics: the app's version, the server's address "
                               "and the last lines of its log. Nothing secret is in them."),
                            6000);
    });
    // The number goes where the user is about to type it.
    connect(
        m_core->backend()->orders(), &OrderService::purchased, this, [this](const Order &order) {
            if (m_preferences.autoCopyNumber)
                copy(order.phoneNumber, tr("Copied the number %1: paste it into %2's sign-up form.")
                                            .arg(order.phoneNumber, order.service));
        });
}

QString Application::diagnostics() const
{
    QString text = u"N1SMS Desktop %1\nQt %2 (built with %3), %4 on %5, %6\n"_s.arg(
        QStringLiteral(N1SMS_VERSION), QString::fromLatin1(qVersion()),
        QStringLiteral(QT_VERSION_STR), QGuiApplication::platformName(),
        QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    text += u"Server: %1%2\n"_s.arg(m_core->backend()->api()->baseUrl().toDisplayString(),
                                    m_options.demo ? u" (demo)"_s : QString());
    text += u"Signed in: %1\n"_s.arg(m_core->session()->isSignedIn() ? u"yes"_s : u"no"_s);
    if (const QString file = LogFile::path(); !file.isEmpty())
        text += u"Log: %1\n"_s.arg(file);
    text += u"\n"_s + LogFile::lastLines(200).join(u'\n') + u'\n';
    return text;
}

void Application::copy(const QString &text, const QString &confirmation)
{
    m_clipboard->copy(text);
    QString message = confirmation;
    if (const int seconds = m_clipboard->clearAfter(); seconds > 0)
        message += u' ' + tr("The clipboard clears in %n second(s).", nullptr, seconds);
    m_window->showMessage(message, 6000);
}

void Application::applyPreferences(const Preferences &next)
{
    const Preferences previous = m_preferences;
    m_preferences = next;
    m_settings->setPreferences(next);
    m_window->setPreferences(next);
    m_tray->setNotificationsEnabled(next.notifications);
    m_clipboard->setClearAfter(next.clipboardClearSeconds);
    m_core->backend()->orders()->setPollInterval(std::chrono::seconds(next.refreshSeconds));
    m_core->watches()->setInterval(std::chrono::seconds(next.watchSeconds));
    if (next.theme != previous.theme)
        UiStyle::applyTheme(next.theme);
    if (next.language != previous.language)
        applyLanguage(localeFor(next.language)); // reaches the window as a LanguageChange
    m_tray->translateMenu();
    if (!m_options.demo && !m_options.baseUrlGiven && next.serverUrl != previous.serverUrl)
        m_core->session()->changeServer(next.serverUrl);
    m_window->showMessage(tr("Settings saved."), 4000);
}

void Application::startDemo()
{
    m_sandbox = std::make_unique<Sandbox::Server>(m_options.demoConfig);
    if (!m_sandbox->listen(0)) {
        QTextStream(stderr) << tr("Could not start the demo server.") << '\n';
        QCoreApplication::exit(1);
        return;
    }
    m_core->backend()->setServer(m_sandbox->baseUrl());
    m_window->setDemoCredentials(m_options.demoConfig.demoEmail, m_options.demoConfig.demoPassword);
    emit demoReady(m_options.demoConfig.demoEmail, m_options.demoConfig.demoPassword);
}

QString Application::answerLaterStart(bool demo, bool baseUrlGiven, const QUrl &baseUrl)
{
    m_window->bringToFront();
    if (demo && !m_options.demo)
        return tr("N1SMS Desktop is already running with your account; its window is in front. "
                  "Quit it first to run the demo.");
    if (!demo && m_options.demo)
        return tr("N1SMS Desktop is already running the demo; its window is in front. Quit it "
                  "first to use your account.");
    const QUrl current = m_core->backend()->api()->baseUrl();
    if (!demo && baseUrlGiven &&
        baseUrl.adjusted(QUrl::StripTrailingSlash) != current.adjusted(QUrl::StripTrailingSlash))
        return tr("N1SMS Desktop is already running on %1; its window is in front. Quit it first "
                  "to use %2.")
            .arg(current.toDisplayString(), baseUrl.toDisplayString());
    return {};
}
