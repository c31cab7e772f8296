#pragma once

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
class RegisterWidget;
class ReloginDialog;
class TrayNotifier;
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
    RegisterWidget *m_register = nullptr;
    PageInfo m_historyPage;
    QString m_currentServiceName;
    QPointer<ReloginDialog> m_relogin;
    QPointer<QMessageBox> m_confirmation; // at most one purchase is being asked about
    bool m_painted = false;
    bool m_layoutRestored = false;
    QString m_bannerTopic;
    std::function<void()> m_retry;
    QString m_registeringEmail; // carried to the sign-in form once registered
};
