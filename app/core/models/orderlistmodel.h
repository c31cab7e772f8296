#pragma once

#include "core/domain/types.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

// The user's orders, newest first. Rows are updated in place as fresh data
// arrives and never dropped because a later answer left them out.
class OrderListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        CountryColumn,
        NumberColumn,
        StatusColumn,
        CodeColumn,
        TimeLeftColumn,
        CostColumn,
        DateColumn, // when it was bought, in local time, for History
        TimeColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        OrderIdRole,
        CodeRole,
        NumberRole,
        SmsTextRole,
        CanCancelRole,
        StatusRole,
        FreshCodeRole,
        CountryCodeRole, // ISO 3166-1 alpha-2, for the flag
        // Whether it can be cancelled, or when it will be, or why not.
        CancelHintRole,
        // Whether the order belongs among the active ones now: waiting, or
        // with its code until it expires, or ended a short while ago (so
        // that an end is seen, not a row that vanishes).
        ActiveRole
    };

    explicit OrderListModel(QObject *parent = nullptr);

    // The clock countdowns run on: the server's time, skew corrected.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void upsert(const QList<Order> &orders);
    void clear();
    const Order &orderAt(int row) const { return m_rows.at(row); }
    int rowOfOrder(qint64 orderId) const;
    // A code that has arrived and not yet been looked at: its row stands out.
    void setFreshCode(qint64 orderId, bool fresh);
    // The newest order with a code, or null.
    const Order *latestWithCode() const;
    // What the user confirmed for this order: a different charge shows.
    void setConfirmedPrice(qint64 orderId, const Money &price);
    // The server refused to cancel it, for this reason.
    void setCancelRefusal(qint64 orderId, const QString &reason);
    // The server offers no cancelling at all, for this reason (empty: it does).
    void setCancelUnavailable(const QString &reason);
    bool mayCancel(const Order &order) const
    {
        return m_cancelUnavailable.isEmpty() && order.canCancel && order.isWaiting();
    }
    // The contract: a waiting order can be cancelled from two minutes after
    // its purchase (`can_cancel` tells).
    static constexpr qint64 cancelAfterSeconds = 120;
    // How long an ended order stays among the active ones.
    void setLinger(std::chrono::seconds linger) { m_linger = linger; }
    static constexpr std::chrono::seconds defaultLinger{120};
    // At most this many rows that are no longer active are kept (the newest);
    // 0: all of them. An app left open for days buys and lists orders
    // without end, and the model must not grow with them.
    void setEndedRowsKept(int count) { m_endedKept = count; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(const Order &order);
    // "12:05" for twelve minutes and five seconds.
    static QString countdownText(qint64 seconds);

private:
    void tick();
    void trimEnded();
    void updateTicker();
    qint64 secondsLeft(const Order &order) const;
    bool isActiveNow(const Order &order) const;
    bool isLingering(const Order &order) const;
    // Among the active ones for now, but bound to leave them.
    bool leavesActive(const Order &order) const;
    QString statusCell(const Order &order) const;
    QString timeCell(const Order &order) const;
    QString costCell(const Order &order) const;
    QString cancelHint(const Order &order) const;

    QList<Order> m_rows;
    QSet<qint64> m_fresh;
    QHash<qint64, QDateTime> m_endedAt; // seen to end while listed (server time)
    QHash<qint64, QDateTime> m_codeAt;  // the code first seen (server time)
    QHash<qint64, Money> m_confirmed;
    QHash<qint64, QString> m_cancelRefusals;
    QString m_cancelUnavailable;
    QSet<qint64> m_left; // rows seen to leave the active ones
    int m_endedKept = 0;
    std::chrono::seconds m_linger = defaultLinger;
    QTimer m_ticker;
    std::function<QDateTime()> m_now;
};
