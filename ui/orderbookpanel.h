#pragma once

#include "core/controllers/purchasecontroller.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OrderBookPanel;
}
class BookStatsModel;
class OrderBookModel;
class QSortFilterProxyModel;

// The Order book tab: every order this app has seen for the account, found
// by its label, number, service or country, with a label and a note written
// in place; the figures (spending and the user's own success) on a second
// page; export, details for support, and another try at an order that ended
// without its code.
class OrderBookPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderBookPanel(QWidget *parent = nullptr);
    ~OrderBookPanel() override;

    void setModels(OrderBookModel *orders, BookStatsModel *stats);
    // The file dialog and a retry's menu say "Buy again" only when it can be.
    void setBusy(bool purchasing);
    // Shows this order's row (a new try, selected after its purchase).
    void selectOrder(qint64 orderId);
    void focusSearch();

signals:
    void buyAgainRequested(qint64 orderId);
    void tryAnotherCountryRequested(qint64 orderId, RetryPlan::Country how);
    void copyDetailsRequested(qint64 orderId);
    // `ids`: the orders shown, in their order.
    void exportRequested(const QString &path, bool json, const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 currentOrder() const;
    void updateActions();
    void updateCount();
    // Each column as wide as its content in this language, without
    // sideways scrolling (see UiStyle::giveWay).
    void fitColumns();
    void showStats(bool shown);
    void fillGroupings();
    void chooseExportFile();
    void retranslate();

    std::unique_ptr<Ui::OrderBookPanel> m_ui;
    OrderBookModel *m_orders = nullptr;
    BookStatsModel *m_stats = nullptr;
    QSortFilterProxyModel *m_statsSort = nullptr;
    QAction *m_cheapest = nullptr;
    QAction *m_bestForYou = nullptr;
    bool m_busy = false;
};
