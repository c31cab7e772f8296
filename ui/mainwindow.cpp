#include "mainwindow.h"

#include "accountservice.h"
#include "apiclient.h"
#include "authservice.h"
#include "backend.h"
#include "catalogservice.h"
#include "clipboardkeeper.h"
#include "countrypricemodel.h"
#include "i18n.h"
#include "orderlistmodel.h"
#include "orderservice.h"
#include "purchaserules.h"
#include "registerwidget.h"
#include "relogindialog.h"
#include "servicelistmodel.h"
#include "settingsdialog.h"
#include "traynotifier.h"
#include "ui_mainwindow.h"
#include "uistyle.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Trouble that may pass by itself: worth a Retry button.
bool isPassing(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ServerBusy:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Malformed:
        return true;
    default:
        return false;
    }
}

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString catalogSplitterKey = QStringLiteral("window/catalogSplitter");
const QString verticalSplitterKey = QStringLiteral("window/verticalSplitter");
const QString priceColumnsKey = QStringLiteral("window/priceColumns");
const QString orderColumnsKey = QStringLiteral("window/orderColumns");
const QString lastServiceKey = QStringLiteral("services/last");

QHeaderView *headerOf(QWidget *list)
{
    return list->findChild<QTableView *>()->horizontalHeader();
}

} // namespace

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_backend(backend)
    , m_services(new ServiceListModel(this))
    , m_prices(new CountryPriceModel(this))
    , m_orders(new OrderListModel(this))
    , m_history(new OrderListModel(this))
    , m_tray(new TrayNotifier(this))
    , m_clipboard(new ClipboardKeeper(this))
    , m_settings(Settings::load())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/n1sms.svg"_s));
    m_ui->servicePicker->setModel(m_services);
    m_ui->priceTable->setModel(m_prices);
    m_ui->orderList->setModel(m_orders);
    m_ui->orderList->setStatuses(
        {static_cast<int>(Order::Status::Pending), static_cast<int>(Order::Status::Received)});
    m_ui->historyList->setModel(m_history);
    ApiClient *api = backend->api();
    m_orders->setClock([api] { return api->serverNow(); });

    m_ui->catalogSplitter->setStretchFactor(0, 1);
    m_ui->catalogSplitter->setStretchFactor(1, 3);
    m_ui->catalogSplitter->setSizes({260, 900});
    m_ui->verticalSplitter->setStretchFactor(0, 3);
    m_ui->verticalSplitter->setStretchFactor(1, 2);
    m_ui->banner->setStyleSheet(u"QFrame#banner { background: #fff3e0; border: 1px solid #ffb74d; }"
                                u"QFrame#banner QLabel { color: #5d4037; }"_s);
    m_ui->banner->hide();
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        const auto retry = m_retry;
        hideBanner();
        if (retry)
            retry();
    });
    connect(m_ui->dismissBannerButton, &QPushButton::clicked, this, [this] { hideBanner(); });
    QFont balanceFont = m_ui->balanceLabel->font();
    balanceFont.setBold(true);
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.2);
    m_ui->balanceLabel->setFont(balanceFont);

    auto *searchShortcut = new QShortcut(QKeySequence::Find, this);
    connect(searchShortcut, &QShortcut::activated, m_ui->servicePicker,
            &ServicePickerWidget::focusSearch);
    auto *copyCodeShortcut = new QShortcut(QKeySequence(u"Ctrl+Shift+C"_s), this);
    connect(copyCodeShortcut, &QShortcut::activated, this, [this] {
        const Order *latest = m_orders->latestWithCode();
        if (!latest)
            return statusBar()->showMessage(tr("No code has arrived yet."), 4000);
        m_orders->setFreshCode(latest->id, false);
        copyToClipboard(latest->smsCode,
                        tr("Copied the %1 code %2.").arg(latest->service, latest->smsCode));
    });
    auto *filterShortcut = new QShortcut(QKeySequence(u"Ctrl+L"_s), this);
    connect(filterShortcut, &QShortcut::activated, m_ui->priceTable,
            &PriceTableWidget::focusFilter);

    connectAuth();
    connectCatalog();
    connectOrders();
    connectHistory();
    createMenus();
    m_ui->priceTable->setBestSuccessRate(m_settings.bestSuccessRate);
    connect(m_ui->priceTable, &PriceTableWidget::pricingOptionChanged, this, [this](bool best) {
        m_settings.bestSuccessRate = best;
        m_settings.save();
    });
    connect(m_clipboard, &ClipboardKeeper::cleared, this,
            [this] { statusBar()->showMessage(tr("Cleared the clipboard."), 4000); });
    applySettings(m_settings);
    restoreLayout();
    showLogin();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcuts({QKeySequence(u"Ctrl+,"_s), QKeySequence::Preferences});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    translateMenus();
}

void MainWindow::translateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About N1SMS"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::retranslate()
{
    // The texts set from code; the .ui's own come from retranslateUi.
    translateMenus();
    m_ui->retranslateUi(this);
    fillHistoryStatuses();
    if (m_backend->auth()->isSignedIn())
        showUser(m_backend->auth()->session().user);
    if (!m_currentServiceName.isEmpty())
        m_ui->priceTable->setServiceName(m_currentServiceName);
    if (const auto &dashboard = m_backend->account()->dashboard())
        showDashboard(*dashboard);
    if (m_ui->pages->currentWidget() == m_ui->mainPage &&
        m_ui->ordersTabs->currentWidget() == m_ui->historyTab)
        loadHistory(m_historyPage.currentPage);
    // The models translate as they are asked: the views ask again.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->viewport()->update();
    for (QHeaderView *header : findChildren<QHeaderView *>())
        header->viewport()->update();
}

void MainWindow::showUser(const User &user)
{
    m_ui->userLabel->setText(tr("Signed in as <b>%1</b> (%2)")
                                 .arg(user.name.toHtmlEscaped(), user.email.toHtmlEscaped()));
}

void MainWindow::copyToClipboard(const QString &text, const QString &confirmation)
{
    m_clipboard->copy(text);
    QString message = confirmation;
    if (const int seconds = m_clipboard->clearAfter(); seconds > 0)
        message += u' ' + tr("The clipboard clears in %n second(s).", nullptr, seconds);
    statusBar()->showMessage(message, 6000);
}

void MainWindow::lockServer(const QString &reason)
{
    m_serverLock = reason;
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    // Made when asked for, as the registration page: most runs never open it.
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setObjectName(u"settingsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_serverLock.isEmpty())
        dialog->lockServer(m_serverLock);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applySettings(dialog->settings()); });
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::applySettings(const Settings &next)
{
    const Settings previous = m_settings;
    const bool first = !m_painted && previous == next;
    m_settings = next;
    if (!(next == previous))
        m_settings.save(); // not at every start: only what the user changed
    m_tray->setNotificationsEnabled(next.notifications);
    m_clipboard->setClearAfter(next.clipboardClearSeconds);
    m_backend->orders()->setPollInterval(std::chrono::seconds(next.refreshSeconds));
    if (first)
        return; // main.cpp applied the language, the theme and the server
    if (next.theme != previous.theme)
        UiStyle::applyTheme(next.theme);
    if (next.language != previous.language)
        applyLanguage(localeFor(next.language)); // reaches us as a LanguageChange
    if (m_serverLock.isEmpty() && next.serverUrl != previous.serverUrl) {
        // A session belongs to its server: sign out of the old one first.
        const bool signedIn =
            m_ui->pages->currentWidget() != m_ui->loginPage && m_backend->auth()->isSignedIn();
        if (signedIn)
            m_backend->auth()->logout();
        m_backend->api()->setBaseUrl(next.serverUrl);
        showLogin();
        m_ui->loginPage->showNotice(
            tr("Now using %1. Sign in to your account there.").arg(next.serverUrl.toString()));
    }
    statusBar()->showMessage(tr("Settings saved."), 4000);
}

void MainWindow::showAbout()
{
    if (m_about) {
        m_about->raise();
        return;
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About N1SMS"));
    box->setIconPixmap(QIcon(u":/icons/n1sms.svg"_s).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>N1SMS Desktop %1</h3>"
                    "<p>Temporary phone numbers and their SMS codes, for the "
                    "<a href=\"https://n1sms.com\">N1SMS</a> service.</p>")
                     .arg(QStringLiteral(N1SMS_VERSION)));
    box->setInformativeText(
        tr("<p>N1SMS Desktop is free software under the MIT licence.</p>"
           "<p>It uses Qt %1, under the GNU Lesser General Public License version 3, and "
           "QtKeychain, under the BSD 3-clause licence. Its flags are drawn from the Noto Color "
           "Emoji font, under the SIL Open Font License 1.1.</p>")
            .arg(QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    m_about = box;
    box->open();
}

void MainWindow::setDemoCredentials(const QString &email, const QString &password)
{
    m_ui->loginPage->setDemoCredentials(email, password);
}

void MainWindow::connectAuth()
{
    AuthService *auth = m_backend->auth();
    connect(m_ui->loginPage, &LoginWidget::loginRequested, this,
            [this, auth](const QString &email, const QString &password, bool remember) {
                m_ui->loginPage->setBusy(true);
                auth->login(email, password, remember);
            });
    connect(auth, &AuthService::loggedIn, this, [this](const Session &session) {
        m_ui->loginPage->setBusy(false);
        m_ui->loginPage->clearPassword();
        showUser(session.user);
        if (m_relogin) {
            m_relogin->accept();
            m_relogin->deleteLater();
            resume();
        } else {
            showMain();
        }
    });
    connect(auth, &AuthService::loginFailed, this, [this](const ApiError &error) {
        QString text = error.userMessage();
        if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty())
            text = error.fieldErrors.constBegin()->join(u' ');
        if (m_relogin) {
            m_relogin->setBusy(false);
            m_relogin->showError(text);
            return;
        }
        m_ui->loginPage->setBusy(false);
        m_ui->loginPage->showError(text);
    });
    connect(m_ui->loginPage, &LoginWidget::createAccountRequested, this, [this] {
        RegisterWidget *form = registerPage();
        form->clearErrors();
        m_ui->pages->setCurrentWidget(form);
        form->focusFirstField();
    });
    connect(auth, &AuthService::registered, this, [this](const RegistrationResult &result) {
        registerPage()->setBusy(false);
        registerPage()->clear();
        m_ui->pages->setCurrentWidget(m_ui->loginPage);
        m_ui->loginPage->clearError();
        m_ui->loginPage->setEmail(m_registeringEmail);
        m_ui->loginPage->clearPassword();
        m_ui->loginPage->showNotice(
            result.requiresVerification
                ? tr("Your account is created. Verify your phone number as the message from "
                     "N1SMS asks, then sign in here.")
                : tr("Your account is created. You can sign in now."));
        m_ui->loginPage->focusFirstField();
    });
    connect(auth, &AuthService::registrationFailed, this, [this](const ApiError &error) {
        registerPage()->setBusy(false);
        if (!error.fieldErrors.isEmpty())
            registerPage()->showFieldErrors(error.fieldErrors);
        else
            registerPage()->showError(error.userMessage());
    });
    connect(auth, &AuthService::restoreFailed, this, [this](const ApiError &error) {
        m_ui->loginPage->setBusy(false);
        if (error.kind != ApiError::Kind::Unauthenticated)
            m_ui->loginPage->showError(error.userMessage());
        m_ui->loginPage->focusFirstField();
    });
    connect(auth, &AuthService::rememberUnavailable, this, [this](const QString &why) {
        showBanner(tr("You will stay signed in only until N1SMS closes: %1").arg(why));
    });
    connect(auth, &AuthService::sessionEnded, this, [this](const QString &email) {
        askToSignInAgain(email, tr("Your session has ended."));
    });
    connect(m_ui->logoutButton, &QPushButton::clicked, this, [this, auth] {
        auth->logout();
        showLogin();
    });

    AccountService *account = m_backend->account();
    connect(account, &AccountService::dashboardFailed, this,
            [this, account](const ApiError &error) {
                if (isPassing(error))
                    showBanner(tr("Your balance could not be loaded: %1").arg(error.userMessage()),
                               u"dashboard"_s, [account] { account->refresh(); });
            });
    connect(account, &AccountService::dashboardLoaded, this, [this](const Dashboard &d) {
        hideBanner(u"dashboard"_s);
        showDashboard(d);
    });
}

void MainWindow::showDashboard(const Dashboard &d)
{
    m_ui->balanceLabel->setText(tr("Balance: %1").arg(formatMoney(d.balance)));
    m_ui->statsLabel->setText(tr("Orders: %L1 · active: %L2 · spent: %3")
                                  .arg(d.stats.totalOrders)
                                  .arg(d.stats.activeOrders)
                                  .arg(formatMoney(d.stats.totalSpent)));
    m_ui->balanceLabel->setToolTip(
        d.balanceUsd.isValid() ? tr("About %1").arg(formatMoney(d.balanceUsd)) : QString());
}

RegisterWidget *MainWindow::registerPage()
{
    // Made the first time it is asked for: most starts never need it.
    if (m_register)
        return m_register;
    m_register = new RegisterWidget(m_ui->pages);
    m_register->setObjectName(u"registerPage"_s);
    m_ui->pages->addWidget(m_register);
    connect(m_register, &RegisterWidget::backToSignInRequested, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->loginPage);
        m_ui->loginPage->focusFirstField();
    });
    connect(m_register, &RegisterWidget::registerRequested, this,
            [this](const Registration &registration) {
                m_register->setBusy(true);
                m_registeringEmail = registration.email;
                m_backend->auth()->registerAccount(registration);
            });
    return m_register;
}

void MainWindow::restoreSession()
{
    const QString email = m_backend->auth()->rememberedEmail();
    if (email.isEmpty())
        return;
    m_ui->loginPage->setRemember(true);
    m_ui->loginPage->showRestoring(email);
    m_backend->auth()->restore();
}

void MainWindow::askToSignInAgain(const QString &email, const QString &reason)
{
    if (m_relogin)
        return;
    m_relogin = new ReloginDialog(email, reason, this);
    connect(m_relogin, &ReloginDialog::reloginRequested, this,
            [this](const QString &account, const QString &password) {
                m_relogin->setBusy(true);
                m_backend->auth()->login(account, password,
                                         !m_backend->auth()->rememberedEmail().isEmpty());
            });
    connect(m_relogin, &ReloginDialog::signOutRequested, this, [this] {
        if (m_relogin)
            m_relogin->deleteLater();
        showLogin();
    });
    m_relogin->open();
}

void MainWindow::resume()
{
    // Everything but a purchase: buying again is the user's decision alone.
    m_backend->account()->refresh();
    m_backend->orders()->reload();
    if (m_services->rowCount() == 0)
        m_backend->catalog()->loadServices();
    if (const qint64 serviceId = m_prices->serviceId(); serviceId != 0) {
        m_prices->reset(serviceId);
        if (!m_keepPriceStatus)
            m_ui->priceTable->setStatus(tr("Loading prices…"));
        m_backend->catalog()->loadPrices(serviceId);
    }
    statusBar()->showMessage(tr("Signed in again."), 4000);
}

void MainWindow::connectCatalog()
{
    CatalogService *catalog = m_backend->catalog();
    connect(catalog, &CatalogService::servicesLoaded, this, [this](const QList<Service> &list) {
        m_services->setServices(list);
        m_ui->servicePicker->setStatus({});
        // Back to the service of last time, prices and all.
        if (m_prices->serviceId() == 0) {
            if (const qint64 last = QSettings().value(lastServiceKey).toLongLong(); last != 0)
                m_ui->servicePicker->selectService(last);
        }
        hideBanner(u"services"_s);
    });
    connect(catalog, &CatalogService::servicesFailed, this, [this, catalog](const ApiError &error) {
        m_ui->servicePicker->setStatus(error.userMessage());
        showBanner(tr("The services could not be loaded: %1").arg(error.userMessage()),
                   u"services"_s, [this, catalog] {
                       m_ui->servicePicker->setStatus(tr("Loading services…"));
                       catalog->loadServices();
                   });
    });
    connect(m_ui->servicePicker, &ServicePickerWidget::serviceSelected, this,
            [this, catalog](qint64 serviceId, const QString &name) {
                m_currentServiceName = name;
                QSettings().setValue(lastServiceKey, serviceId);
                m_prices->reset(serviceId);
                m_keepPriceStatus = false;
                m_ui->priceTable->setServiceName(name);
                // The last prices at once, with their age, while fresh ones load.
                if (const auto cached = catalog->cachedPrices(serviceId)) {
                    m_prices->addPrices(cached->prices);
                    m_ui->priceTable->setStatus(
                        tr("Prices as of %1; refreshing…")
                            .arg(QLocale().toString(cached->fetchedAt.toLocalTime().time(),
                                                    QLocale::ShortFormat)));
                } else {
                    m_ui->priceTable->setStatus(tr("Loading prices…"));
                }
                catalog->loadPrices(serviceId);
            });
    connect(
        catalog, &CatalogService::pricesPageLoaded, this,
        [this](qint64 serviceId, const QList<CountryPrice> &prices, const PageInfo &info) {
            if (serviceId != m_prices->serviceId())
                return;
            m_prices->addPrices(prices);
            if (info.hasMore && !m_keepPriceStatus)
                m_ui->priceTable->setStatus(
                    tr("Loading prices… page %1 of %2").arg(info.currentPage).arg(info.lastPage));
        });
    connect(catalog, &CatalogService::pricesLoaded, this, [this, catalog](qint64 serviceId) {
        if (serviceId != m_prices->serviceId())
            return;
        hideBanner(u"prices"_s);
        if (const auto fresh = catalog->cachedPrices(serviceId)) {
            QSet<qint64> listed;
            for (const CountryPrice &p : fresh->prices)
                listed.insert(p.countryId);
            m_prices->retainOnly(listed);
        }
        if (std::exchange(m_keepPriceStatus, false))
            return; // the purchase's refusal stays readable
        m_ui->priceTable->setStatus(
            tr("%n country(s). Double-click a country or press Enter to buy.", nullptr,
               m_prices->rowCount()));
    });
    connect(catalog, &CatalogService::pricesFailed, this,
            [this, catalog](qint64 serviceId, const ApiError &error) {
                if (serviceId != m_prices->serviceId())
                    return;
                m_ui->priceTable->setStatus(error.userMessage(), true);
                if (!isPassing(error))
                    return;
                showBanner(tr("The prices for %1 could not be loaded: %2")
                               .arg(m_currentServiceName, error.userMessage()),
                           u"prices"_s, [this, catalog, serviceId] {
                               m_prices->reset(serviceId);
                               m_ui->priceTable->setStatus(tr("Loading prices…"));
                               catalog->loadPrices(serviceId);
                           });
            });
    connect(m_ui->priceTable, &PriceTableWidget::buyRequested, this, &MainWindow::confirmPurchase);
}

void MainWindow::confirmPurchase(const CountryPrice &price)
{
    if (m_backend->orders()->isPurchasing())
        return;
    if (m_confirmation) {
        m_confirmation->raise(); // already asking: one intent, one question
        return;
    }
    if (const QString problem = PurchaseRules::priceProblem(price); !problem.isEmpty()) {
        m_ui->priceTable->setStatus(problem, true);
        return;
    }
    if (price.stock <= 0) {
        m_ui->priceTable->setStatus(
            tr("No numbers are in stock for %1 right now.").arg(price.country), true);
        return;
    }
    const auto &dashboard = m_backend->account()->dashboard();
    QString balanceLine;
    if (dashboard) {
        if (dashboard->balance < price.price) {
            m_ui->priceTable->setStatus(
                tr("Your balance (%1) is not enough for this number (%2). Top up your account "
                   "first.")
                    .arg(formatMoney(dashboard->balance), formatMoney(price.price)),
                true);
            return;
        }
        balanceLine =
            tr("Balance after purchase: %1").arg(formatMoney(dashboard->balance - price.price));
    }

    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Buy a number"),
        tr("Buy a %1 number in %2 (%3) for %4?")
            .arg(m_currentServiceName, price.country, price.dialCode, formatMoney(price.price)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"buyConfirmation"_s);
    m_confirmation = box;
    // What the server is asked to pick goes with the price: it is part of the deal.
    const QString pick = m_ui->priceTable->bestSuccessRate()
                             ? tr("The server picks the number with the best success rate.")
                             : tr("The server picks the cheapest number.");
    box->setInformativeText(balanceLine.isEmpty() ? pick : balanceLine + u'\n' + pick);
    QPushButton *buy =
        box->addButton(tr("Buy for %1").arg(formatMoney(price.price)), QMessageBox::AcceptRole);
    buy->setObjectName(u"confirmBuyButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(buy);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 serviceId = m_prices->serviceId();
    // open(), not exec(): the window keeps painting and polling while asking.
    connect(box, &QMessageBox::buttonClicked, this,
            [this, buy, price, serviceId](QAbstractButton *clicked) {
                if (clicked != buy)
                    return;
                PurchaseRequest request;
                request.serviceId = serviceId;
                request.countryId = price.countryId;
                request.pool = price.pool;
                request.bestSuccessRate = m_ui->priceTable->bestSuccessRate();
                if (m_backend->orders()->purchase(request)) {
                    m_ui->priceTable->setStatus(
                        tr("Buying a %1 number in %2…").arg(m_currentServiceName, price.country));
                }
            });
    box->open();
}

void MainWindow::connectOrders()
{
    OrderService *orders = m_backend->orders();
    connect(orders, &OrderService::ordersUpdated, m_orders, &OrderListModel::upsert);
    // The tray counts the orders that wait, after the table has taken them in.
    connect(orders, &OrderService::ordersUpdated, this, [this] {
        int waiting = 0;
        for (int row = 0; row < m_orders->rowCount(); ++row)
            waiting += m_orders->orderAt(row).isWaiting() ? 1 : 0;
        m_tray->setWaitingCount(waiting);
    });
    connect(m_tray, &TrayNotifier::copyCodeRequested, this, [this](const QString &code) {
        copyToClipboard(code, tr("Copied the code %1.").arg(code));
    });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(orders, &OrderService::ordersFailed, this, [this](const ApiError &error) {
        statusBar()->showMessage(tr("Could not refresh the orders: %1").arg(error.userMessage()),
                                 8000);
    });
    connect(orders, &OrderService::pollTrouble, this,
            [this, orders](const ApiError &error, const QDateTime &nextTry) {
                // To the second, without the long format's time zone.
                QString format = QLocale().timeFormat(QLocale::LongFormat);
                format.remove(u't');
                showBanner(tr("Your waiting orders could not be checked twice in a row: %1 Next "
                              "try at %2.")
                               .arg(error.userMessage(),
                                    QLocale().toString(nextTry.time(), format.trimmed())),
                           u"orders"_s, [orders] { orders->reload(); });
            });
    connect(orders, &OrderService::pollRecovered, this, [this] { hideBanner(u"orders"_s); });
    // Whatever ends a purchase attempt gives Buy back.
    connect(orders, &OrderService::purchasingChanged, m_ui->priceTable, &PriceTableWidget::setBusy);
    connect(orders, &OrderService::ordersEnded, m_backend->account(), &AccountService::refresh);
    connect(orders, &OrderService::purchased, this, [this](const Order &order) {
        // The number goes where the user is about to type it.
        if (m_settings.autoCopyNumber)
            copyToClipboard(order.phoneNumber,
                            tr("Copied the number %1: paste it into %2's sign-up form.")
                                .arg(order.phoneNumber, order.service));
        m_ui->priceTable->setStatus(
            tr("Bought %1 for %2. Waiting for the SMS…").arg(order.phoneNumber, order.service));
        m_ui->orderList->selectOrder(order.id);
        m_backend->account()->refresh();
    });
    connect(orders, &OrderService::purchaseFailed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Unauthenticated) {
            // Signing in again reloads the prices: these words stay until then.
            m_keepPriceStatus = true;
            m_ui->priceTable->setStatus(
                tr("Your session ended before the number was bought: it was not bought and you "
                   "were not charged. Sign in again, then buy it if you still want it."),
                true);
            return;
        }
        m_ui->priceTable->setStatus(
            error.unsent
                ? tr("%1 Nothing was bought; you were not charged.").arg(error.userMessage())
                : error.userMessage(),
            true);
        m_backend->account()->refresh();
        // The table said there was stock: it is out of date. Fresh prices
        // replace it in place; the server's words stay until they arrive.
        if (error.errorCode == u"OUT_OF_STOCK" || error.errorCode == u"SERVICE_UNAVAILABLE") {
            if (const qint64 serviceId = m_prices->serviceId(); serviceId != 0) {
                m_keepPriceStatus = true;
                m_backend->catalog()->loadPrices(serviceId);
            }
        }
    });
    connect(orders, &OrderService::purchaseUncertain, this, [this](const ApiError &) {
        m_ui->priceTable->setStatus(
            tr("No answer came to the purchase. Checking whether the purchase went through…"));
    });
    connect(orders, &OrderService::purchaseNotCreated, this, [this] {
        m_ui->priceTable->setStatus(
            tr("No order was made: a minute after the purchase, your orders show no new number. "
               "If one appears later, it will show here."),
            true);
        m_backend->account()->refresh();
    });
    connect(orders, &OrderService::purchaseInterrupted, this, [this] {
        m_ui->priceTable->setStatus(tr("The session ended while a number was being bought. Look "
                                       "in Active orders before buying it again."),
                                    true);
    });
    connect(orders, &OrderService::purchaseStillUnknown, this, [this](const ApiError &error) {
        m_ui->priceTable->setStatus(
            tr("Could not confirm whether the purchase went through (%1). Check your orders "
               "before buying again.")
                .arg(error.userMessage()),
            true);
    });
    connect(orders, &OrderService::codeReceived, this, [this](const Order &order) {
        const QString text =
            tr("%1 code for %2: %3").arg(order.service, order.phoneNumber, order.smsCode);
        statusBar()->showMessage(text);
        m_ui->priceTable->setStatus(text);
        m_ui->orderList->selectOrder(order.id);
        m_orders->setFreshCode(order.id, true);
        m_tray->notifyCode(order);
        QApplication::alert(this);
        m_backend->account()->refresh();
    });
    connect(orders, &OrderService::cancelled, this, [this](const Order &order) {
        m_ui->orderList->setCancelBusy(false);
        statusBar()->showMessage(
            tr("Order %1 cancelled; %2 refunded.").arg(order.phoneNumber, formatMoney(order.cost)),
            8000);
        m_backend->account()->refresh();
    });
    connect(orders, &OrderService::cancelFailed, this, [this](qint64, const ApiError &error) {
        m_ui->orderList->setCancelBusy(false);
        statusBar()->showMessage(error.userMessage(), 8000);
    });
    connect(m_ui->orderList, &OrderListWidget::cancelRequested, this, [this, orders](qint64 id) {
        m_ui->orderList->setCancelBusy(true);
        orders->cancel(id);
    });
    connect(m_ui->orderList, &OrderListWidget::refreshRequested, orders, &OrderService::reload);
    connect(m_ui->orderList, &OrderListWidget::copyRequested, this, &MainWindow::copyToClipboard);
}

void MainWindow::connectHistory()
{
    auto *combo = m_ui->historyStatusCombo;
    fillHistoryStatuses();
    m_ui->previousPageButton->setEnabled(false);
    m_ui->nextPageButton->setEnabled(false);
    OrderService *orders = m_backend->orders();
    // Loaded when looked at, not before.
    connect(m_ui->ordersTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_ui->ordersTabs->widget(tab) == m_ui->historyTab)
            loadHistory(1);
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { loadHistory(1); });
    connect(m_ui->previousPageButton, &QPushButton::clicked, this,
            [this] { loadHistory(m_historyPage.currentPage - 1); });
    connect(m_ui->nextPageButton, &QPushButton::clicked, this,
            [this] { loadHistory(m_historyPage.currentPage + 1); });
    connect(m_ui->historyList, &OrderListWidget::refreshRequested, this,
            [this] { loadHistory(m_historyPage.currentPage); });
    connect(m_ui->historyList, &OrderListWidget::copyRequested, this, &MainWindow::copyToClipboard);
    connect(orders, &OrderService::historyLoaded, this,
            [this](const QString &status, const QList<Order> &list, const PageInfo &info) {
                if (status != m_ui->historyStatusCombo->currentData().toString())
                    return; // an answer for a choice since changed
                m_historyPage = info;
                m_history->clear();
                m_history->upsert(list);
                m_ui->historyPageLabel->setText(
                    list.isEmpty() && info.currentPage == 1
                        ? tr("No orders of this kind yet")
                        : tr("Page %1 of %2").arg(info.currentPage).arg(info.lastPage));
                m_ui->previousPageButton->setEnabled(info.currentPage > 1);
                m_ui->nextPageButton->setEnabled(info.hasMore);
            });
    connect(orders, &OrderService::historyFailed, this, [this](const ApiError &error) {
        m_ui->historyPageLabel->setText(error.userMessage());
    });
}

void MainWindow::fillHistoryStatuses()
{
    QComboBox *combo = m_ui->historyStatusCombo;
    const int current = qMax(0, combo->currentIndex());
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All orders"), u"all"_s);
    combo->addItem(tr("Completed"), u"completed"_s);
    combo->addItem(tr("Cancelled"), u"cancelled"_s);
    combo->addItem(tr("Expired"), u"expired"_s);
    combo->setCurrentIndex(current);
}

void MainWindow::loadHistory(int page)
{
    m_ui->previousPageButton->setEnabled(false);
    m_ui->nextPageButton->setEnabled(false);
    m_ui->historyPageLabel->setText(tr("Loading…"));
    m_backend->orders()->loadHistory(m_ui->historyStatusCombo->currentData().toString(),
                                     qMax(1, page));
}

void MainWindow::showLogin(const QString &message)
{
    m_ui->pages->setCurrentWidget(m_ui->loginPage);
    m_services->setServices({});
    m_prices->reset(0);
    m_orders->clear();
    m_history->clear();
    m_tray->setWaitingCount(0);
    m_ui->ordersTabs->setCurrentWidget(m_ui->activeTab);
    m_backend->account()->clear();
    m_ui->balanceLabel->clear();
    m_ui->statsLabel->clear();
    hideBanner();
    if (!message.isEmpty())
        m_ui->loginPage->showError(message);
    m_ui->loginPage->focusFirstField();
}

void MainWindow::showMain()
{
    m_ui->pages->setCurrentWidget(m_ui->mainPage);
    m_ui->servicePicker->setStatus(tr("Loading services…"));
    m_backend->catalog()->loadServices();
    m_backend->account()->refresh();
    m_backend->orders()->reload();
    m_ui->servicePicker->focusSearch();
}

void MainWindow::showBanner(const QString &text, const QString &topic, std::function<void()> retry)
{
    m_bannerTopic = topic;
    m_retry = std::move(retry);
    m_ui->bannerLabel->setText(text);
    m_ui->retryButton->setVisible(bool(m_retry));
    m_ui->banner->setVisible(!text.isEmpty());
}

void MainWindow::hideBanner(const QString &topic)
{
    if (!topic.isEmpty() && topic != m_bannerTopic)
        return;
    m_bannerTopic.clear();
    m_retry = {};
    m_ui->banner->hide();
}

void MainWindow::updateWindowVisibility()
{
    m_backend->orders()->setWindowVisible(isVisible() && !isMinimized());
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QMetaObject::invokeMethod(this, &MainWindow::firstFramePainted, Qt::QueuedConnection);
    }
    return handled;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateWindowVisibility();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!isVisible()) {
        // Before the first show: the frame. The splitters wait for their
        // real width, or the first resize would spread them again.
        restoreGeometry(settings.value(geometryKey).toByteArray());
        restoreState(settings.value(stateKey).toByteArray());
        return;
    }
    m_ui->catalogSplitter->restoreState(settings.value(catalogSplitterKey).toByteArray());
    m_ui->verticalSplitter->restoreState(settings.value(verticalSplitterKey).toByteArray());
    headerOf(m_ui->priceTable)->restoreState(settings.value(priceColumnsKey).toByteArray());
    headerOf(m_ui->orderList)->restoreState(settings.value(orderColumnsKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(catalogSplitterKey, m_ui->catalogSplitter->saveState());
    settings.setValue(verticalSplitterKey, m_ui->verticalSplitter->saveState());
    settings.setValue(priceColumnsKey, headerOf(m_ui->priceTable)->saveState());
    settings.setValue(orderColumnsKey, headerOf(m_ui->orderList)->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        restoreLayout();
    }
    updateWindowVisibility();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateWindowVisibility();
}
