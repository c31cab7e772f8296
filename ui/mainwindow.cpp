#include "ui/mainwindow.h"

#include "core/api/apiclient.h"
#include "core/controllers/bookcontroller.h"
#include "core/controllers/buybestcontroller.h"
#include "core/controllers/historycontroller.h"
#include "core/controllers/notices.h"
#include "core/controllers/orderscontroller.h"
#include "core/controllers/purchasecontroller.h"
#include "core/controllers/sessioncontroller.h"
#include "core/controllers/watchcontroller.h"
#include "core/core.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderlistmodel.h"
#include "core/models/watchlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "ui/aboutbox.h"
#include "ui/accountbar.h"
#include "ui/buybestdialog.h"
#include "ui/historypanel.h"
#include "ui/leaveguard.h"
#include "ui/mainmenus.h"
#include "ui/noticestack.h"
#include "ui/orderbookpanel.h"
#include "ui/orderspanesizer.h"
#include "ui/purchaseconfirmation.h"
#include "ui/registerwidget.h"
#include "ui/relogindialog.h"
#include "ui/settingsdialog.h"
#include "ui/uistyle.h"
#include "ui/watchdialog.h"
#include "ui/watchespanel.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

QHeaderView *headerOf(QWidget *list)
{
    return list->findChild<QTableView *>()->horizontalHeader();
}

} // namespace

MainWindow::MainWindow(Core *core, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_core(core)
{
    m_ui->setupUi(this);
    setWindowIcon(UiStyle::appIcon());
    m_ui->catalogSplitter->setStretchFactor(0, 1);
    m_ui->catalogSplitter->setStretchFactor(1, 3);
    m_ui->catalogSplitter->setSizes({260, 900});
    m_ui->verticalSplitter->setStretchFactor(0, 3);
    m_ui->verticalSplitter->setStretchFactor(1, 2);
    m_notices = new NoticeStack(core->notices(), m_ui->mainPage);

    auto *searchShortcut = new QShortcut(QKeySequence::Find, this);
    connect(searchShortcut, &QShortcut::activated, m_ui->servicePicker,
            &ServicePickerWidget::focusSearch);
    auto *copyCodeShortcut = new QShortcut(QKeySequence(u"Ctrl+Shift+C"_s), this);
    connect(copyCodeShortcut, &QShortcut::activated, this, [this] {
        const auto latest = m_core->orders()->takeLatestCode();
        if (!latest)
            return showMessage(tr("No code has arrived yet."), 4000);
        emit copyRequested(latest->smsCode,
                           tr("Copied the %1 code %2.").arg(latest->service, latest->smsCode));
    });
    for (const QKeySequence &keys : {QKeySequence(u"F5"_s), QKeySequence(u"Ctrl+R"_s)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, m_core->session(),
                &SessionController::refresh);
    }
    auto *filterShortcut = new QShortcut(QKeySequence(u"Ctrl+L"_s), this);
    connect(filterShortcut, &QShortcut::activated, m_ui->priceTable,
            &PriceTableWidget::focusFilter);

    m_leave = new LeaveGuard(this, core->orders());
    connectSession();
    connectCatalog();
    connectOrders();
    connectHistory();
    connectBook();
    connectWatches();
    new OrdersPaneSizer(m_ui->verticalSplitter, m_ui->ordersTabs,
                        m_ui->orderList->findChild<QTableView *>(),
                        m_ui->historyPanel->findChild<QTableView *>(), this);
    m_menus = new MainMenus(this);
    connect(m_menus->settings(), &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_menus->quit(), &QAction::triggered, m_leave, &LeaveGuard::quit);
    connect(m_menus->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus->diagnostics(), &QAction::triggered, this, &MainWindow::diagnosticsRequested);
    restoreLayout();
    showLogin();
}

MainWindow::~MainWindow() = default;

void MainWindow::retranslate()
{
    // The texts set from code; the .ui's own come from retranslateUi.
    m_menus->retranslate();
    m_ui->retranslateUi(this);
    setDemo(m_demo);
    m_core->purchase()->retranslate();
    m_core->notices()->retranslate();
    if (const QString &service = m_core->purchase()->serviceName(); !service.isEmpty())
        m_ui->priceTable->setServiceName(service);
    if (m_ui->pages->currentWidget() == m_ui->mainPage &&
        m_ui->ordersTabs->currentWidget() == m_ui->historyTab)
        m_core->history()->reload();
    // The models translate as they are asked: the views ask again.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->viewport()->update();
    for (QHeaderView *header : findChildren<QHeaderView *>())
        header->viewport()->update();
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
    if (statusBar()->isHidden())
        m_notices->showMessage(text, timeoutMs);
}

void MainWindow::bringToFront()
{
    // Out of the tray or the taskbar as it was: maximised stays maximised.
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::setDemoCredentials(const QString &email, const QString &password)
{
    m_ui->loginPage->setDemoCredentials(email, password);
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("N1SMS demo: nothing is real") : tr("N1SMS"));
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
    auto *dialog = new SettingsDialog(m_preferences, this);
    dialog->setObjectName(u"settingsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_serverLock.isEmpty())
        dialog->lockServer(m_serverLock, m_core->backend()->api()->baseUrl());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit preferencesChosen(dialog->preferences()); });
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutBox(this);
        m_about->open();
    }
    m_about->raise();
}

void MainWindow::connectSession()
{
    SessionController *session = m_core->session();
    m_ui->loginPage->setRememberAvailable(session->canRemember());
    connect(m_ui->loginPage, &LoginWidget::loginRequested, this,
            [this, session](const QString &email, const QString &password, bool remember) {
                m_ui->loginPage->setBusy(true);
                session->signIn(email, password, remember);
            });
    connect(session, &SessionController::signedIn, this, [this](const Session &s) {
        m_ui->loginPage->setBusy(false);
        m_ui->loginPage->clearPassword();
        m_ui->loginPage->clearError();
        m_ui->loginPage->showNotice({});
        m_ui->accountBar->showUser(s.user);
        showMain();
    });
    connect(session, &SessionController::resumed, this, [this](const Session &s) {
        if (m_relogin) {
            m_relogin->accept();
            m_relogin->deleteLater();
        }
        m_ui->accountBar->showUser(s.user);
        showMessage(tr("Signed in again."), 4000);
    });
    connect(session, &SessionController::signInFailed, this, [this](const QString &message) {
        m_ui->loginPage->setBusy(false);
        m_ui->loginPage->showError(message);
        m_ui->loginPage->focusPassword();
    });
    connect(session, &SessionController::reloginNeeded, this, &MainWindow::askToSignInAgain);
    connect(session, &SessionController::reloginFailed, this, [this](const QString &message) {
        if (!m_relogin)
            return;
        m_relogin->setBusy(false);
        m_relogin->showError(message);
    });
    connect(session, &SessionController::restoring, this, [this](const QString &email) {
        m_ui->loginPage->setRemember(true);
        m_ui->loginPage->showRestoring(email);
    });
    connect(session, &SessionController::restoreFailed, this, [this](const QString &message) {
        m_ui->loginPage->setBusy(false);
        if (!message.isEmpty())
            m_ui->loginPage->showError(message);
        m_ui->loginPage->focusFirstField();
    });
    connect(m_ui->loginPage, &LoginWidget::createAccountRequested, this, [this] {
        // What the sign-in page said, and a password typed there, stay behind.
        m_ui->loginPage->clearError();
        m_ui->loginPage->showNotice({});
        m_ui->loginPage->clearPassword();
        RegisterWidget *form = registerPage();
        form->clearErrors();
        m_ui->pages->setCurrentWidget(form);
        form->focusFirstField();
    });
    connect(session, &SessionController::registered, this,
            [this](const QString &email, const QString &notice) {
                // Ready to sign in with what was just chosen: one click.
                const QString password = registerPage()->password();
                registerPage()->setBusy(false);
                registerPage()->clear();
                m_ui->pages->setCurrentWidget(m_ui->loginPage);
                m_ui->loginPage->clearError();
                m_ui->loginPage->setEmail(email);
                m_ui->loginPage->setPassword(password);
                m_ui->loginPage->showNotice(notice);
                m_ui->loginPage->focusFirstField();
            });
    connect(session, &SessionController::registrationFailed, this, [this](const ApiError &error) {
        registerPage()->setBusy(false);
        if (!error.fieldErrors.isEmpty())
            registerPage()->showFieldErrors(error.fieldErrors);
        else
            registerPage()->showError(error.userMessage());
    });
    connect(session, &SessionController::signedOut, this, &MainWindow::showLogin);
    connect(m_ui->accountBar, &AccountBar::signOutRequested, this,
            [this, session] { m_leave->signOut([session] { session->signOut(); }); });
    connect(m_core->backend()->account(), &AccountService::dashboardLoaded, m_ui->accountBar,
            &AccountBar::showDashboard);
    connect(m_ui->accountBar, &AccountBar::topUpRequested, this, &MainWindow::openDepositPage);
}

void MainWindow::openDepositPage()
{
    const QUrl page = m_core->backend()->depositPage();
    if (!QDesktopServices::openUrl(page)) {
        showMessage(tr("No web browser could be opened. Top up your account at %1")
                        .arg(page.toDisplayString()));
    }
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
        m_register->clearErrors();
        m_ui->pages->setCurrentWidget(m_ui->loginPage);
        m_ui->loginPage->focusFirstField();
    });
    connect(m_register, &RegisterWidget::registerRequested, this,
            [this](const Registration &registration) {
                m_register->setBusy(true);
                m_core->session()->registerAccount(registration);
            });
    return m_register;
}

void MainWindow::askToSignInAgain(const QString &email, const QString &reason)
{
    if (m_relogin)
        return;
    m_relogin = new ReloginDialog(email, reason, this);
    connect(m_relogin, &ReloginDialog::reloginRequested, this,
            [this](const QString &, const QString &password) {
                m_relogin->setBusy(true);
                m_core->session()->signInAgain(password);
            });
    connect(m_relogin, &ReloginDialog::signOutRequested, this, [this] {
        if (m_relogin)
            m_relogin->deleteLater();
        m_core->session()->signOut();
    });
    m_relogin->open();
}

void MainWindow::connectCatalog()
{
    PurchaseController *purchase = m_core->purchase();
    m_ui->servicePicker->setModel(purchase->services());
    m_ui->priceTable->setModel(purchase->prices());
    m_ui->priceTable->setBestSuccessRate(purchase->bestSuccessRate());
    connect(purchase, &PurchaseController::servicesStatusChanged, m_ui->servicePicker,
            &ServicePickerWidget::setStatus);
    connect(purchase, &PurchaseController::serviceRestored, m_ui->servicePicker,
            &ServicePickerWidget::selectService);
    connect(m_ui->servicePicker, &ServicePickerWidget::serviceSelected, purchase,
            &PurchaseController::selectService);
    connect(purchase, &PurchaseController::serviceChanged, m_ui->priceTable,
            [this](qint64, const QString &name) { m_ui->priceTable->startService(name); });
    connect(purchase, &PurchaseController::statusChanged, m_ui->priceTable,
            &PriceTableWidget::setStatus);
    connect(m_ui->priceTable, &PriceTableWidget::topUpRequested, this,
            &MainWindow::openDepositPage);
    connect(purchase, &PurchaseController::canBuyChanged, m_ui->priceTable,
            &PriceTableWidget::setBuyState);
    connect(purchase, &PurchaseController::busyChanged, m_ui->priceTable,
            &PriceTableWidget::setBusy);
    connect(purchase, &PurchaseController::bestSuccessRateChanged, m_ui->priceTable,
            &PriceTableWidget::setBestSuccessRate);
    connect(m_ui->priceTable, &PriceTableWidget::pricingOptionChanged, purchase,
            &PurchaseController::setBestSuccessRate);
    connect(m_ui->priceTable, &PriceTableWidget::countryChosen, purchase,
            &PurchaseController::selectCountry);
    connect(m_ui->priceTable, &PriceTableWidget::buyRequested, this, [this](qint64 countryId) {
        if (m_confirmation)
            return m_confirmation->raise(); // already asking: one intent, one question
        m_core->purchase()->requestPurchase(countryId);
    });
    connect(purchase, &PurchaseController::confirmationNeeded, this, &MainWindow::confirmPurchase);
    connect(purchase, &PurchaseController::bought, this,
            [this](const Order &order) { m_ui->orderList->selectOrder(order.id); });
    connect(purchase, &PurchaseController::countryToShow, m_ui->priceTable,
            &PriceTableWidget::selectCountry);
}

void MainWindow::connectBook()
{
    // Made when first looked at: a session that never opens the tab never
    // pays for its views.
    connect(m_ui->ordersTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_ui->ordersTabs->widget(tab) == m_ui->bookTab && !m_bookPanel)
            makeBookPanel();
    });
    BookController *book = m_core->book();
    connect(book, &BookController::message, this, &MainWindow::showMessage);
    connect(book, &BookController::copyRequested, this, &MainWindow::copyRequested);
    // Where an order is seen to end without its code, another try is a click.
    connect(m_ui->orderList, &OrderListWidget::buyAgainRequested, book, &BookController::buyAgain);
    connect(m_ui->historyPanel, &HistoryPanel::buyAgainRequested, book, &BookController::buyAgain);
    // Another try is a number to wait for: the active orders show it coming.
    connect(m_core->purchase(), &PurchaseController::retried, this, [this](const Order &order) {
        m_ui->ordersTabs->setCurrentWidget(m_ui->activeTab);
        m_ui->orderList->selectOrder(order.id);
    });
}

void MainWindow::makeBookPanel()
{
    BookController *book = m_core->book();
    auto *panel = new OrderBookPanel(m_ui->bookTab);
    panel->setObjectName(u"bookPanel"_s);
    m_ui->bookTabLayout->addWidget(panel);
    m_bookPanel = panel;
    panel->setModels(book->model(), book->stats());
    panel->setBusy(m_core->purchase()->isPurchasing());
    connect(panel, &OrderBookPanel::buyAgainRequested, book, &BookController::buyAgain);
    connect(panel, &OrderBookPanel::tryAnotherCountryRequested, book,
            &BookController::tryAnotherCountry);
    connect(panel, &OrderBookPanel::copyDetailsRequested, book, &BookController::copyDetails);
    connect(panel, &OrderBookPanel::exportRequested, book, &BookController::exportOrders);
    connect(m_core->purchase(), &PurchaseController::busyChanged, panel, &OrderBookPanel::setBusy);
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    m_ui->watchesPanel->setInterval(preferences.watchSeconds);
}

void MainWindow::connectWatches()
{
    WatchController *watches = m_core->watches();
    WatchesPanel *panel = m_ui->watchesPanel;
    panel->setModel(watches->model());
    panel->setInterval(int(watches->interval().count() / 1000));
    connect(watches, &WatchController::pausedChanged, panel, &WatchesPanel::setPaused);
    connect(m_ui->priceTable, &PriceTableWidget::watchRequested, this,
            [this](qint64 countryId) { openWatchDialog(countryId); });
    connect(panel, &WatchesPanel::removeRequested, watches, &WatchController::removeWatch);
    connect(panel, &WatchesPanel::editRequested, this, [this](qint64 id) {
        if (const auto w = m_core->watches()->watch(id))
            openWatchDialog(w->countryId, *w);
    });
    connect(panel, &WatchesPanel::showRequested, this, [this](qint64 id) {
        if (const auto w = m_core->watches()->watch(id))
            m_core->purchase()->showCountry(w->serviceId, w->serviceName,
                                            w->match ? w->match->countryId : w->countryId);
    });
    // Buy best: one plan at a time, its progress in its dialog.
    BuyBestController *best = m_core->buyBest();
    connect(m_ui->priceTable, &PriceTableWidget::buyBestRequested, this, &MainWindow::openBuyBest);
    connect(best, &BuyBestController::runningChanged, m_ui->priceTable,
            &PriceTableWidget::setPlanRunning);
    connect(best, &BuyBestController::trying, this, [this](int index) {
        if (m_buyBestDialog)
            m_buyBestDialog->showTrying(index);
    });
    connect(best, &BuyBestController::skipped, this, [this](int index, const QString &reason) {
        if (m_buyBestDialog)
            m_buyBestDialog->showSkipped(index, reason);
    });
    connect(best, &BuyBestController::bought, this, [this](int index, const Order &order) {
        if (m_buyBestDialog)
            m_buyBestDialog->showBought(index, order);
        m_ui->ordersTabs->setCurrentWidget(m_ui->activeTab);
        m_ui->orderList->selectOrder(order.id);
    });
    connect(best, &BuyBestController::finished, this,
            [this](BuyBestController::Outcome outcome, const QString &sentence) {
                if (m_buyBestDialog)
                    m_buyBestDialog->showFinished(outcome, sentence);
                showMessage(sentence);
            });
}

void MainWindow::openWatchDialog(qint64 countryId, const std::optional<Watch> &existing)
{
    if (m_watchDialog)
        return m_watchDialog->raise();
    PurchaseController *purchase = m_core->purchase();
    const qint64 serviceId = existing ? existing->serviceId : purchase->serviceId();
    const QString serviceName = existing ? existing->serviceName : purchase->serviceName();
    if (serviceId == 0)
        return;
    std::optional<CountryPrice> country;
    if (serviceId == purchase->serviceId()) {
        if (const int row = purchase->prices()->rowOfCountry(countryId); row >= 0)
            country = purchase->prices()->priceAt(row);
    }
    m_watchDialog = new WatchDialog(serviceId, serviceName, country, existing, this);
    connect(m_watchDialog, &WatchDialog::watchAccepted, this, [this](const Watch &watch) {
        if (watch.id != 0)
            m_core->watches()->updateWatch(watch);
        else
            m_core->watches()->addWatch(watch);
        showMessage(tr("Watching: %1.").arg(WatchListModel::sentence(watch)));
    });
    m_watchDialog->open();
}

void MainWindow::openBuyBest()
{
    if (m_buyBestDialog)
        return m_buyBestDialog->raise();
    PurchaseController *purchase = m_core->purchase();
    CountryPriceModel *model = purchase->prices();
    if (purchase->serviceId() == 0 || model->rowCount() == 0)
        return;
    QList<CountryPrice> prices;
    for (int row = 0; row < model->rowCount(); ++row)
        prices.append(model->priceAt(row));
    m_buyBestDialog = new BuyBestDialog(
        purchase->serviceId(), purchase->serviceName(), prices,
        [model](qint64 countryId) { return model->ownRate(countryId); },
        BuyBestController::suggestedCap(prices), purchase->bestSuccessRate(), this);
    connect(m_buyBestDialog, &BuyBestDialog::planConfirmed, m_core->buyBest(),
            &BuyBestController::start);
    connect(m_buyBestDialog, &BuyBestDialog::stopRequested, m_core->buyBest(),
            &BuyBestController::cancel);
    m_buyBestDialog->open();
}

void MainWindow::confirmPurchase(const PurchaseOffer &offer)
{
    if (m_confirmation)
        return;
    m_confirmation = new PurchaseConfirmation(offer, this);
    connect(m_confirmation, &PurchaseConfirmation::confirmed, m_core->purchase(),
            &PurchaseController::confirm);
    m_confirmation->open();
}

void MainWindow::connectOrders()
{
    OrdersController *orders = m_core->orders();
    m_ui->orderList->setModel(orders->model());
    m_ui->orderList->setActiveOnly(true);
    connect(orders, &OrdersController::message, this, &MainWindow::showMessage);
    connect(orders, &OrdersController::cancelBusyChanged, m_ui->orderList,
            &OrderListWidget::setCancelBusy);
    connect(orders, &OrdersController::codeArrived, this, [this](const Order &order) {
        showMessage(tr("%1 code for %2: %3").arg(order.service, order.phoneNumber, order.smsCode));
        m_ui->orderList->selectOrder(order.id);
        QApplication::alert(this);
    });
    connect(m_ui->orderList, &OrderListWidget::cancelRequested, orders, &OrdersController::cancel);
    // Refresh is the account's: the balance and its figures with the orders.
    connect(m_ui->orderList, &OrderListWidget::refreshRequested, m_core->session(),
            &SessionController::refresh);
    connect(m_ui->orderList, &OrderListWidget::copyRequested, this, &MainWindow::copyRequested);
}

void MainWindow::connectHistory()
{
    HistoryController *history = m_core->history();
    HistoryPanel *panel = m_ui->historyPanel;
    panel->setModel(history->model());
    // Loaded when looked at, not before.
    connect(m_ui->ordersTabs, &QTabWidget::currentChanged, this, [this, history](int tab) {
        if (m_ui->ordersTabs->widget(tab) == m_ui->historyTab)
            history->load(m_ui->historyPanel->statusFilter());
    });
    connect(panel, &HistoryPanel::statusFilterChanged, history,
            [history](const QString &status) { history->load(status); });
    connect(panel, &HistoryPanel::previousRequested, history, &HistoryController::previous);
    connect(panel, &HistoryPanel::nextRequested, history, &HistoryController::next);
    connect(panel, &HistoryPanel::refreshRequested, history, &HistoryController::reload);
    connect(panel, &HistoryPanel::copyRequested, this, &MainWindow::copyRequested);
    connect(history, &HistoryController::pageChanged, panel, &HistoryPanel::setPage);
}

void MainWindow::showLogin(const QString &notice)
{
    m_ui->pages->setCurrentWidget(m_ui->loginPage);
    m_ui->ordersTabs->setCurrentWidget(m_ui->activeTab);
    m_ui->accountBar->clear();
    if (!notice.isEmpty())
        m_ui->loginPage->showNotice(notice);
    m_ui->loginPage->focusFirstField();
}

void MainWindow::showMain()
{
    m_ui->pages->setCurrentWidget(m_ui->mainPage);
    m_ui->servicePicker->focusSearch();
}

void MainWindow::updateWindowVisibility()
{
    emit visibleChanged(isVisible() && !isMinimized());
}

void MainWindow::fitScreen()
{
    // Headings and shortcuts give way on a short screen, so that the prices
    // keep the height; the status bar's messages show in the corner instead.
    const bool compact = UiStyle::isShortScreen(screen());
    m_ui->priceTable->setCompact(compact);
    m_ui->servicePicker->setCompact(compact);
    m_ui->loginPage->setCompact(compact);
    statusBar()->setVisible(!compact);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Show)
        fitScreen();
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::WindowActivate)
        m_core->session()->windowActivated();
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
    using Layout = Settings::Layout;
    const Settings *settings = m_core->settings();
    if (!isVisible()) {
        // Before the first show: the frame. The splitters wait for their
        // real width, or the first resize would spread them again.
        restoreGeometry(settings->layout(Layout::Geometry));
        restoreState(settings->layout(Layout::WindowState));
        fitScreen();
        // Never larger than the screen; where it goes is the window manager's.
        resize(size().boundedTo(UiStyle::windowRoom(screen())));
        return;
    }
    m_ui->catalogSplitter->restoreState(settings->layout(Layout::CatalogSplitter));
    m_ui->verticalSplitter->restoreState(settings->layout(Layout::VerticalSplitter));
    headerOf(m_ui->priceTable)->restoreState(settings->layout(Layout::PriceColumns));
    m_ui->priceTable->fitColumns(); // the sort order kept; the widths for this size
    headerOf(m_ui->orderList)->restoreState(settings->layout(Layout::OrderColumns));
    m_ui->orderList->setActiveOnly(true); // its columns, whatever an older state said
}

void MainWindow::saveLayout() const
{
    using Layout = Settings::Layout;
    Settings *settings = m_core->settings();
    settings->setLayout(Layout::Geometry, saveGeometry());
    settings->setLayout(Layout::WindowState, saveState());
    settings->setLayout(Layout::CatalogSplitter, m_ui->catalogSplitter->saveState());
    settings->setLayout(Layout::VerticalSplitter, m_ui->verticalSplitter->saveState());
    settings->setLayout(Layout::PriceColumns, headerOf(m_ui->priceTable)->saveState());
    settings->setLayout(Layout::OrderColumns, headerOf(m_ui->orderList)->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leave->mayClose())
        return event->ignore();
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
