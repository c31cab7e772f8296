#pragma once

#include "types.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

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
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        CountryIdRole,
        InStockRole,
        SearchKeyRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Empties the table for another service.
    void reset(qint64 serviceId);
    // Adds a page; a country already listed is updated in place.
    void addPrices(const QList<CountryPrice> &prices);
    qint64 serviceId() const { return m_serviceId; }
    const CountryPrice &priceAt(int row) const { return m_rows.at(row); }
    int rowOfCountry(qint64 countryId) const;

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
};

// Sorts on raw values and filters by a typed text and "in stock only".
class CountryPriceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CountryPriceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setInStockOnly(bool inStockOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_key;
    bool m_inStockOnly = false;
};
