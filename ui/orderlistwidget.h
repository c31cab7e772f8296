#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OrderListWidget;
}
class OrderListModel;

// The user's orders, their numbers and codes, with copy and cancel.
class OrderListWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderListWidget(QWidget *parent = nullptr);
    ~OrderListWidget() override;

    void setModel(OrderListModel *model);
    // Shows only the orders in these statuses (none given: all of them).
    void setStatuses(const QList<int> &statuses);
    void selectOrder(qint64 orderId);
    // Sets the busy state of a cancel in flight.
    void setCancelBusy(bool busy);

signals:
    // The window copies, so that copies are confirmed and cleared in one place.
    void copyRequested(const QString &text, const QString &confirmation);
    void cancelRequested(qint64 orderId);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void fitColumns();
    int selectedRow() const;

    std::unique_ptr<Ui::OrderListWidget> m_ui;
    OrderListModel *m_model = nullptr;
    class StatusFilter;
    StatusFilter *m_filter;
    bool m_cancelBusy = false;
};
