#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPanel;
}
class OrderListModel;

// The History tab: which orders to show, one page of them, and the way to
// the pages before and after.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    void setModel(OrderListModel *model);
    // The status chosen: "all", "completed", "cancelled" or "expired".
    QString statusFilter() const;
    void setPage(const QString &text, bool hasPrevious, bool hasNext);

signals:
    void statusFilterChanged(const QString &status);
    void previousRequested();
    void nextRequested();
    void refreshRequested();
    void copyRequested(const QString &text, const QString &confirmation);
    void buyAgainRequested(qint64 orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillStatuses();

    std::unique_ptr<Ui::HistoryPanel> m_ui;
};
