#pragma once

#include "core/book/bookentry.h"
#include "core/domain/types.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QSet>

#include <vector>

// The prices of one service by country, filled page by page.
class CountryPriceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CountryColumn,
        DialCodeColumn,
        PriceColumn,
        PriceUsdColumn,
        StockColumn,
        SuccessRateColumn,
        OwnRecordColumn, // "4 of 5": the user's own record, from the order book
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        CountryIdRole,
        InStockRole,
        SearchKeyRole,
        CountryCodeRole, // ISO 3166-1 alpha-2, for the flag
        AffordableRole   // false when the price is more than the balance
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Empties the table for another service.
    void reset(qint64 serviceId);
    // Adds a page; a country already listed is updated in place.
    void addPrices(const QList<CountryPrice> &prices);
    qint64 serviceId() const { return m_serviceId; }
    // Drops the countries a fresh load no longer lists.
    void retainOnly(const QSet<qint64> &countryIds);
    const CountryPrice &priceAt(int row) const { return m_rows.at(row); }
    const QString &searchKeyAt(int row) const { return m_keys.at(row); }
    int rowOfCountry(qint64 countryId) const;
    // The balance the rows are measured against (an invalid Money: unknown,
    // and every row counts as affordable).
    void setBalance(const Money &balance);
    bool isAffordable(const CountryPrice &price) const;
    // The user's own record by country, for this service.
    void setOwnRecords(const QHash<qint64, OwnRecord> &records);
    // The share of numbers that brought a code, -1 when none has ended yet.
    double ownRate(qint64 countryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    qint64 m_serviceId = 0;
    QList<CountryPrice> m_rows;
    QHash<qint64, int> m_rowOfCountry;
    QStringList m_keys;
    Money m_balance;
    QHash<qint64, OwnRecord> m_own;
};

// Sorts on raw values and filters by a typed text and "in stock only", for
// tables of any size: it keeps every source row in sorted order, and the
// visible rows are that order filtered, so a filter is one pass and a sort
// one std::stable_sort of row numbers. (A QSortFilterProxyModel took 50 times
// as long as plain std::sort at 100,000 rows.) Selections survive a sort; a
// new filter starts the view afresh.
class CountryPriceFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CountryPriceFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    void setInStockOnly(bool inStockOnly);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    bool accepts(int sourceRow) const;
    bool before(int a, int b) const; // source rows, in the current sort order
    void rebuild();                  // order and visible rows from scratch
    void refilter();                 // visible rows from the order
    void sourceRowsInserted(int first, int last);
    void sourceRowChanged(int row);
    // Puts a source row in the view at its sorted place.
    void showRow(int row);
    // m_proxyRow for the visible rows from `from` to `to`.
    void renumber(int from, int to);

    const CountryPriceModel *m_prices = nullptr;
    QString m_key;
    bool m_inStockOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;    // every source row, sorted
    std::vector<int> m_visible;  // proxy row -> source row
    std::vector<int> m_proxyRow; // source row -> proxy row, or -1
    QList<QMetaObject::Connection> m_connections;
};
