#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class OrderListWidget;
}
class OrderListModel;
class QMessageBox;

// The user's orders, their numbers and codes, with copy and cancel.
class OrderListWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderListWidget(QWidget *parent = nullptr);
    ~OrderListWidget() override;

    void setModel(OrderListModel *model);
    // Shows only the orders the model counts as active now (waiting, with
    // their code, or just ended); otherwise all of them.
    // The Active view counts time down; History shows when each was bought.
    void setActiveOnly(bool activeOnly);
    // Shows only the orders whose service, country, number, code or status
    // contain the text (ignoring case and accents).
    void setSearchText(const QString &text);
    void selectOrder(qint64 orderId);
    // Sets the busy state of a cancel in flight.
    void setCancelBusy(bool busy);

signals:
    // The window copies, so that copies are confirmed and cleared in one place.
    void copyRequested(const QString &text, const QString &confirmation);
    void cancelRequested(qint64 orderId);
    // Another try at an order that ended without its code.
    void buyAgainRequested(qint64 orderId);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    // Cancelling asks first, naming the refund.
    void askToCancel();
    void fitColumns();
    // Which columns the view shows, and in what order.
    void arrangeColumns();
    void fitGrowingColumns(int first, int last);
    void fitGrowingColumnsEverywhere();
    int selectedRow() const;

    std::unique_ptr<Ui::OrderListWidget> m_ui;
    OrderListModel *m_model = nullptr;
    class StatusFilter;
    StatusFilter *m_filter;
    bool m_cancelBusy = false;
    bool m_activeOnly = false;
    QPointer<QMessageBox> m_cancelQuestion;
};
