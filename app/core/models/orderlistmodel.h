#pragma once

#include "core/domain/types.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

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
        CountryCodeRole // ISO 3166-1 alpha-2, for the flag
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
    qint64 secondsLeft(const Order &order) const;

    QList<Order> m_rows;
    QSet<qint64> m_fresh;
    QTimer m_ticker;
    std::function<QDateTime()> m_now;
};
