#pragma once

#include "settings.h"
#include "types.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class Backend;
class ServiceListModel;
class CountryPriceModel;
class OrderListModel;
class QMessageBox;
class QMenu;
class QAction;
class RegisterWidget;
class ReloginDialog;
class TrayNotifier;
class ClipboardKeeper;
class SettingsDialog;
struct ApiError;

// The one place where the services and the widgets meet.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Demo mode: the login page shows the demo account.
    void setDemoCredentials(const QString &email, const QString &password);
    // Signs in with a remembered session, if there is one. Called once the
    // window shows, so that nothing waits for the keychain before it does.
    void restoreSession();
    TrayNotifier *tray() const { return m_tray; }
    ClipboardKeeper *clipboard() const { return m_clipboard; }
    // The server is fixed for this run (demo mode, --base-url): the settings
    // dialog says why instead of offering to change it.
    void lockServer(const QString &reason);
    const Settings &settings() const { return m_settings; }
    // Applies and keeps the user's choices: the settings dialog's OK.
    void applySettings(const Settings &settings);

public slots:
    void openSettings();
    void showAbout();

signals:
    // Once, after the window has painted for the first time: the moment for
    // start-up work that must not delay it.
    void firstFramePainted();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createMenus();
    void translateMenus();
    void retranslate();
    void showDashboard(const Dashboard &dashboard);
    void showUser(const User &user);
    // Copies, confirms in the status bar, and clears later if so set.
    void copyToClipboard(const QString &text, const QString &confirmation);
    void connectAuth();
    void connectCatalog();
    void connectOrders();
    void showLogin(const QString &message = {});
    void showMain();
    // After signing in again: reload what the session's end interrupted.
    void resume();
    void askToSignInAgain(const QString &email, const QString &reason);
    void connectHistory();
    RegisterWidget *registerPage();
    // Window geometry, splitters and column widths, as the user left them.
    void restoreLayout();
    void saveLayout() const;
    void fillHistoryStatuses();
    void loadHistory(int page);
    void confirmPurchase(const CountryPrice &price);
    // A non-modal note above the work. With `retry`, a Retry button runs it;
    // `topic` lets a later success of the same thing take the note away.
    void showBanner(const QString &text, const QString &topic = {},
                    std::function<void()> retry = {});
    void hideBanner(const QString &topic = {});
    void updateWindowVisibility();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Backend *m_backend;
    ServiceListModel *m_services;
    CountryPriceModel *m_prices;
    OrderListModel *m_orders;
    OrderListModel *m_history;
    TrayNotifier *m_tray;
    ClipboardKeeper *m_clipboard;
    Settings m_settings;
    QString m_serverLock;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QMessageBox> m_about;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    RegisterWidget *m_register = nullptr;
    PageInfo m_historyPage;
    QString m_currentServiceName;
    QPointer<ReloginDialog> m_relogin;
    QPointer<QMessageBox> m_confirmation; // at most one purchase is being asked about
    bool m_painted = false;
    bool m_layoutRestored = false;
    bool m_keepPriceStatus = false; // a reload after a refused purchase: its words stay
    QString m_bannerTopic;
    std::function<void()> m_retry;
    QString m_registeringEmail; // carried to the sign-in form once registered
};
