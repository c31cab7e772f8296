#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QObject>

#include <optional>

class Backend;
class Notices;
class OrderListModel;

// The orders that wait for their code, and what happens to them: the table's
// rows, the count of waiting ones, a code's arrival, cancelling, and polls
// that keep failing. Sentences for the status bar come out as `message`.
class OrdersController final : public QObject
{
    Q_OBJECT

public:
    OrdersController(Backend *backend, Notices *notices, QObject *parent = nullptr);

    OrderListModel *model() const { return m_model; }
    int waitingCount() const { return m_waiting; }

    void refresh();
    void cancel(qint64 orderId);
    // The newest code, no longer marked fresh; none when no code has come.
    std::optional<Order> takeLatestCode();
    void reset();

signals:
    void message(const QString &text, int timeoutMs);
    void waitingCountChanged(int count);
    void codeArrived(const Order &order);
    void cancelBusyChanged(bool busy);

private:
    void countWaiting();

    Backend *m_backend;
    Notices *m_notices;
    OrderListModel *m_model;
    int m_waiting = 0;
};
