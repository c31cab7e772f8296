#pragma once

#include "types.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class Backend;
class ServiceListModel;
class CountryPriceModel;
class OrderListModel;
class QMessageBox;
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

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void connectAuth();
    void connectCatalog();
    void connectOrders();
    void showLogin(const QString &message = {});
    void showMain();
    void confirmPurchase(const CountryPrice &price);
    void showBanner(const QString &text);
    void updateWindowVisibility();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Backend *m_backend;
    ServiceListModel *m_services;
    CountryPriceModel *m_prices;
    OrderListModel *m_orders;
    QString m_currentServiceName;
};
