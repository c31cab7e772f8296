#pragma once

#include "core/settings/settings.h"
#include "ui/leaveguard.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class NoticeStack;

namespace Ui {
class MainWindow;
}
class Core;
class AboutBox;
class BuyBestDialog;
class WatchDialog;
class MainMenus;
class LeaveGuard;
class PurchaseConfirmation;
class RegisterWidget;
class ReloginDialog;
class SettingsDialog;
struct PurchaseOffer;

// The window: it arranges the views and forwards between them and the core's
// controllers. It decides nothing: what may be bought, when to sign in again,
// what a failure means, all come from app/core/controllers.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core *core, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Demo mode: the sign-in page shows the demo account.
    void setDemoCredentials(const QString &email, const QString &password);
    // The server is fixed for this run (demo mode, --base-url): the settings
    // dialog says why instead of offering to change it.
    void lockServer(const QString &reason);
    // A demo run says so in the title: nothing in it is real.
    void setDemo(bool demo);
    // What the settings dialog opens with.
    void setPreferences(const Preferences &preferences);
    void showMessage(const QString &text, int timeoutMs = 0);
    // Back in front of the user, from the tray or a notification.
    void bringToFront();

    // With a tray icon, closing the window keeps watching from the tray.
    LeaveGuard *leaveGuard() const { return m_leave; }

public slots:
    void openSettings();
    // File > Quit, or the tray's Quit: asks first if numbers still wait.
    void quit() { m_leave->quit(); }
    void showAbout();

signals:
    // Once, after the window has painted for the first time: the moment for
    // start-up work that must not delay it.
    void firstFramePainted();
    // The settings dialog's OK.
    void preferencesChosen(const Preferences &preferences);
    // Text the user asked to copy, and what to say once it is copied.
    void copyRequested(const QString &text, const QString &confirmation);
    // Help › Copy diagnostics.
    void diagnosticsRequested();
    // Shown and not minimised, or not: waiting orders are asked about less often.
    void visibleChanged(bool visible);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void connectSession();
    void connectCatalog();
    void connectOrders();
    void connectHistory();
    void connectBook();
    void connectWatches();
    void openWatchDialog(qint64 countryId, const std::optional<Watch> &existing = {});
    void openBuyBest();
    void makeBookPanel();
    void showLogin(const QString &notice = {});
    void showMain();
    void askToSignInAgain(const QString &email, const QString &reason);
    RegisterWidget *registerPage();
    // Window geometry, splitters and column widths, as the user left them.
    void restoreLayout();
    void saveLayout() const;
    void confirmPurchase(const PurchaseOffer &offer);
    // Top up: the service's website in the user's browser.
    void openDepositPage();
    void updateWindowVisibility();
    void fitScreen();
    NoticeStack *m_notices = nullptr;
    QPointer<QWidget> m_bookPanel; // the Order book tab's, once looked at

    std::unique_ptr<Ui::MainWindow> m_ui;
    Core *m_core;
    Preferences m_preferences;
    QString m_serverLock;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<AboutBox> m_about;
    MainMenus *m_menus = nullptr;
    RegisterWidget *m_register = nullptr;
    QPointer<ReloginDialog> m_relogin;
    QPointer<PurchaseConfirmation> m_confirmation; // one purchase asked about at a time
    QPointer<WatchDialog> m_watchDialog;
    QPointer<BuyBestDialog> m_buyBestDialog; // asking, or showing the plan's progress
    LeaveGuard *m_leave = nullptr;
    bool m_demo = false;
    bool m_painted = false;
    bool m_layoutRestored = false;
};
