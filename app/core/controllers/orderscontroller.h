#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QObject>
#include <QSet>

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
    // What the user confirmed for a bought order: a different charge shows.
    void noteConfirmedPrice(qint64 orderId, const Money &price);
    // The orders still waiting for their code, named in a sentence; empty
    // when none waits. Said before the user leaves them unwatched.
    QString waitingSentence() const;
    // What became of an order that ended without its code, in a sentence.
    static QString endSentence(const Order &order);
    // The newest code, no longer marked fresh; none when no code has come.
    std::optional<Order> takeLatestCode();
    void reset();

signals:
    void message(const QString &text, int timeoutMs);
    void waitingCountChanged(int count);
    void codeArrived(const Order &order);
    // A waiting order ended without its code (expired, or cancelled
    // elsewhere): its price was refunded.
    void orderEnded(const Order &order);
    void cancelBusyChanged(bool busy);

private:
    void absorb(const QList<Order> &orders);
    void countWaiting();

    Backend *m_backend;
    Notices *m_notices;
    OrderListModel *m_model;
    int m_waiting = 0;
    QSet<qint64> m_cancelledHere;
};
