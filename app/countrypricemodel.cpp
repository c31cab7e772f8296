#include "countrypricemodel.h"

#include "servicelistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

void CountryPriceModel::reset(qint64 serviceId)
{
    beginResetModel();
    m_serviceId = serviceId;
    m_rows.clear();
    m_rowOfCountry.clear();
    m_keys.clear();
    endResetModel();
}

void CountryPriceModel::addPrices(const QList<CountryPrice> &prices)
{
    QList<CountryPrice> fresh;
    for (const CountryPrice &p : prices) {
        const auto it = m_rowOfCountry.constFind(p.countryId);
        if (it != m_rowOfCountry.cend()) {
            m_rows[*it] = p;
            m_keys[*it] =
                ServiceListModel::searchKey(p.country + u' ' + p.countryCode + u' ' + p.dialCode);
            emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        } else {
            fresh.append(p);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (CountryPrice &p : fresh) {
        m_rowOfCountry.insert(p.countryId, static_cast<int>(m_rows.size()));
        m_keys.append(
            ServiceListModel::searchKey(p.country + u' ' + p.countryCode + u' ' + p.dialCode));
        m_rows.append(std::move(p));
    }
    endInsertRows();
}

int CountryPriceModel::rowOfCountry(qint64 countryId) const
{
    return m_rowOfCountry.value(countryId, -1);
}

int CountryPriceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CountryPriceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryPriceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountryPrice &p = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CountryColumn:
            return p.country;
        case DialCodeColumn:
            return p.dialCode;
        case PriceColumn:
            return formatMoney(p.price);
        case PriceUsdColumn:
            return p.priceUsd.isValid() ? formatMoney(p.priceUsd) : QString();
        case StockColumn:
            return p.stock > 0 ? QLocale().toString(p.stock) : tr("Out of stock");
        case SuccessRateColumn:
            return p.successRate ? QLocale().toString(*p.successRate, 'f', 1) + u" %"_s : QString();
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case CountryColumn:
            return m_keys.at(index.row());
        case DialCodeColumn:
            return p.dialCode;
        case PriceColumn:
            return p.price.minorUnits();
        case PriceUsdColumn:
            return p.priceUsd.minorUnits();
        case StockColumn:
            return p.stock;
        case SuccessRateColumn:
            return p.successRate.value_or(-1.0);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == PriceColumn || column == PriceUsdColumn || column == StockColumn ||
            column == SuccessRateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (p.stock <= 0)
            return tr("No %1 numbers are on sale now.").arg(p.country);
        return tr("%1: %2 (%3), %n number(s) in stock", nullptr,
                  static_cast<int>(qMin<qint64>(p.stock, INT_MAX)))
            .arg(p.country, formatMoney(p.price), formatMoney(p.priceUsd));
    case CountryIdRole:
        return p.countryId;
    case InStockRole:
        return p.stock > 0;
    case SearchKeyRole:
        return m_keys.at(index.row());
    default:
        return {};
    }
}

QVariant CountryPriceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CountryColumn:
        return tr("Country");
    case DialCodeColumn:
        return tr("Code");
    case PriceColumn:
        return tr("Price (₵)");
    case PriceUsdColumn:
        return tr("Price ($)");
    case StockColumn:
        return tr("In stock");
    case SuccessRateColumn:
        return tr("Success");
    default:
        return {};
    }
}

CountryPriceFilterModel::CountryPriceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CountryPriceModel::SortRole);
    setDynamicSortFilter(true);
}

void CountryPriceFilterModel::setSearchText(const QString &text)
{
    const QString key = ServiceListModel::searchKey(text.trimmed());
    if (key == m_key)
        return;
    m_key = key;
    invalidateRowsFilter();
}

void CountryPriceFilterModel::setInStockOnly(bool inStockOnly)
{
    if (inStockOnly == m_inStockOnly)
        return;
    m_inStockOnly = inStockOnly;
    invalidateRowsFilter();
}

bool CountryPriceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_inStockOnly && !index.data(CountryPriceModel::InStockRole).toBool())
        return false;
    return m_key.isEmpty() ||
           index.data(CountryPriceModel::SearchKeyRole).toString().contains(m_key);
}
