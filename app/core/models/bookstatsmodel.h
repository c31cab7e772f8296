#pragma once

#include "core/book/orderbook.h"

#include <QAbstractTableModel>

// What the order book says about the user's own buying: per month, service
// or country, how many numbers were bought, how many brought their code, and
// what they cost. Read from the book when shown, not kept up to date while
// hidden.
class BookStatsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BoughtColumn,
        CodeColumn,    // "4 of 5": with a code, of those decided
        SuccessColumn, // 80 %
        SpentColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        CountryCodeRole,
    };

    explicit BookStatsModel(OrderBook *book, QObject *parent = nullptr);

    void setGrouping(OrderBook::Grouping grouping);
    OrderBook::Grouping grouping() const { return m_grouping; }
    // Reads the figures again (the view is shown, or the book changed).
    void reload();
    // The whole book: what every group adds up to.
    const BookFigure &total() const { return m_total; }

    // "4 of 5", or an empty text before any order has ended.
    static QString recordText(int gotCode, int decided);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    OrderBook *m_book;
    OrderBook::Grouping m_grouping = OrderBook::Grouping::Month;
    QList<BookFigure> m_figures;
    BookFigure m_total;
};
