#pragma once

#include "core/book/orderbook.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <chrono>

// The order book's orders that match a search, for a view: one row per order,
// newest first unless sorted otherwise. Only the ids of the matching orders
// are held; the rows on screen are read from the book a block at a time, so
// that 10,000 orders cost no more memory than 100.
class OrderBookModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ServiceColumn,
        CountryColumn,
        NumberColumn,
        LabelColumn, // editable
        NoteColumn,  // editable
        StatusColumn,
        CodeColumn,
        CostColumn,
        ColumnCount
    };
    enum Role
    {
        OrderIdRole = Qt::UserRole + 1,
        CountryCodeRole, // ISO 3166-1 alpha-2, for the flag
        // Ended without a code (expired, cancelled): Buy again makes sense.
        EndedWithoutCodeRole,
        AbsentRole, // the server no longer lists it
    };

    explicit OrderBookModel(OrderBook *book, QObject *parent = nullptr);

    // A model nobody looks at reads nothing (empty, changes ignored) until
    // it is made live; live by default.
    void setLive(bool live);

    void setSearchText(const QString &text);
    // The orders shown, in the order shown (for an export of the search).
    const QList<qint64> &ids() const { return m_ids; }
    int rowOfOrder(qint64 id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int blockSize = 64;
    static constexpr std::chrono::milliseconds settleTime{30};

private:
    void requery();
    void onChanged(const QList<qint64> &ids);
    const BookEntry *cached(int row) const;

    OrderBook *m_book;
    QString m_search;
    OrderBook::SortKey m_sortKey = OrderBook::SortKey::Created;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<qint64> m_ids;
    // The rows read so far, by id; dropped when it grows past a few blocks.
    mutable QHash<qint64, BookEntry> m_cache;
    bool m_live = true;
    QSet<qint64> m_changed; // changed in the book, not yet in the view
    QTimer m_settle;
};
