#include "core/models/countrypricemodel.h"

#include "core/models/bookstatsmodel.h"
#include "core/models/servicelistmodel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The names people type for a country besides the one the server gives.
QString aliasesOf(const QString &iso)
{
    static const QHash<QString, QString> aliases{
        {u"US"_s, u"USA United States of America America"_s},
        {u"GB"_s, u"UK United Kingdom Great Britain Britain England Scotland Wales"_s},
        {u"AE"_s, u"UAE Emirates Dubai"_s},
        {u"CI"_s, u"Ivory Coast Cote d'Ivoire"_s},
        {u"KR"_s, u"South Korea Korea"_s},
        {u"KP"_s, u"North Korea"_s},
        {u"RU"_s, u"Russia"_s},
        {u"CZ"_s, u"Czechia Czech Republic"_s},
        {u"NL"_s, u"Holland Netherlands"_s},
        {u"CD"_s, u"DRC Congo Kinshasa"_s},
        {u"CG"_s, u"Congo Brazzaville"_s},
        {u"VN"_s, u"Vietnam Viet Nam"_s},
        {u"LA"_s, u"Laos"_s},
        {u"MM"_s, u"Burma Myanmar"_s},
        {u"TR"_s, u"Turkey Turkiye"_s},
        {u"SZ"_s, u"Swaziland Eswatini"_s},
        {u"MK"_s, u"Macedonia North Macedonia"_s},
        {u"BO"_s, u"Bolivia"_s},
        {u"VE"_s, u"Venezuela"_s},
        {u"IR"_s, u"Iran"_s},
        {u"SY"_s, u"Syria"_s},
        {u"TZ"_s, u"Tanzania"_s},
        {u"MD"_s, u"Moldova"_s},
    };
    return aliases.value(iso.toUpper());
}

// What the country filter matches: name, ISO code, dial code, and the
// names people commonly type for it ("USA", "UK", "UAE", "Ivory Coast").
QString searchKeyOf(const CountryPrice &p)
{
    return ServiceListModel::searchKey(p.country + u' ' + p.countryCode + u' ' + p.dialCode + u' ' +
                                       aliasesOf(p.countryCode));
}

} // namespace

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
            m_keys[*it] = searchKeyOf(p);
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
        m_keys.append(searchKeyOf(p));
        m_rows.append(std::move(p));
    }
    endInsertRows();
}

void CountryPriceModel::retainOnly(const QSet<qint64> &countryIds)
{
    const bool stale = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const CountryPrice &p) {
        return !countryIds.contains(p.countryId);
    });
    if (!stale)
        return;
    // Rare (a country went off sale between two loads): start the rows afresh.
    beginResetModel();
    QList<CountryPrice> kept;
    for (const CountryPrice &p : std::as_const(m_rows)) {
        if (countryIds.contains(p.countryId))
            kept.append(p);
    }
    m_rows.clear();
    m_rowOfCountry.clear();
    m_keys.clear();
    for (CountryPrice &p : kept) {
        m_rowOfCountry.insert(p.countryId, static_cast<int>(m_rows.size()));
        m_keys.append(searchKeyOf(p));
        m_rows.append(std::move(p));
    }
    endResetModel();
}

int CountryPriceModel::rowOfCountry(qint64 countryId) const
{
    return m_rowOfCountry.value(countryId, -1);
}

void CountryPriceModel::setBalance(const Money &balance)
{
    if (balance == m_balance || (!balance.isValid() && !m_balance.isValid()))
        return;
    m_balance = balance;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1),
                         {AffordableRole, Qt::ToolTipRole});
    }
}

bool CountryPriceModel::isAffordable(const CountryPrice &price) const
{
    // Cedi against cedi only: a balance in another currency says nothing.
    return !m_balance.sameCurrency(price.price) || !(m_balance < price.price);
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
        case OwnRecordColumn: {
            const OwnRecord r = m_own.value(p.countryId);
            return BookStatsModel::recordText(r.gotCode, r.decided);
        }
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
        case OwnRecordColumn:
            return ownRate(p.countryId);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == PriceColumn || column == PriceUsdColumn || column == StockColumn ||
            column == SuccessRateColumn || column == OwnRecordColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (column == OwnRecordColumn) {
            const OwnRecord r = m_own.value(p.countryId);
            if (r.decided <= 0)
                return tr("You have not bought a number here yet, or none has ended.");
            return tr("Of the %1 numbers you bought here, %2 brought their code.")
                .arg(r.decided)
                .arg(r.gotCode);
        }
        if (p.stock <= 0)
            return tr("No %1 numbers are on sale now.").arg(p.country);
        const QString tip = tr("%1: %2 (%3), %n number(s) in stock", nullptr,
                               static_cast<int>(qMin<qint64>(p.stock, INT_MAX)))
                                .arg(p.country, formatMoney(p.price), formatMoney(p.priceUsd));
        if (isAffordable(p))
            return tip;
        return QString(tip + u'\n' +
                       tr("More than your balance of %1.").arg(formatMoney(m_balance)));
    }
    case AffordableRole:
        return isAffordable(p);
    case CountryIdRole:
        return p.countryId;
    case InStockRole:
        return p.stock > 0;
    case CountryCodeRole:
        return p.countryCode;
    case SearchKeyRole:
        return m_keys.at(index.row());
    default:
        return {};
    }
}

void CountryPriceModel::setOwnRecords(const QHash<qint64, OwnRecord> &records)
{
    if (records.size() == m_own.size() &&
        std::all_of(records.keyValueBegin(), records.keyValueEnd(), [this](const auto &kv) {
            const OwnRecord r = m_own.value(kv.first);
            return r.gotCode == kv.second.gotCode && r.decided == kv.second.decided;
        }))
        return;
    m_own = records;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OwnRecordColumn), index(rowCount() - 1, OwnRecordColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

double CountryPriceModel::ownRate(qint64 countryId) const
{
    const OwnRecord r = m_own.value(countryId);
    return r.decided > 0 ? double(r.gotCode) / r.decided : -1.0;
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
    case OwnRecordColumn:
        //: Column header: the user's own record ("4 of 5") beside the server's success rate
        return tr("You");
    default:
        return {};
    }
}

CountryPriceFilterModel::CountryPriceFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void CountryPriceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_prices = qobject_cast<const CountryPriceModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_prices) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                    &CountryPriceFilterModel::beginResetModel),
            connect(model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        sourceRowsInserted(first, last);
                    }),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles) {
                        // What neither sorts nor filters (a new balance) is
                        // passed on as it is, without moving a row.
                        // Nor does the user's own record, unless sorted by it.
                        const bool ownOnly =
                            topLeft.column() == CountryPriceModel::OwnRecordColumn &&
                            bottomRight.column() == CountryPriceModel::OwnRecordColumn;
                        if (ownOnly && m_sortColumn == CountryPriceModel::OwnRecordColumn)
                            return sort(m_sortColumn, m_sortOrder);
                        if (ownOnly || (!roles.isEmpty() &&
                                        std::all_of(roles.cbegin(), roles.cend(), [](int role) {
                                            return role == CountryPriceModel::AffordableRole ||
                                                   role == Qt::ToolTipRole;
                                        }))) {
                            if (!m_visible.empty())
                                emit dataChanged(index(0, 0),
                                                 index(static_cast<int>(m_visible.size()) - 1,
                                                       columnCount() - 1),
                                                 roles);
                            return;
                        }
                        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                            sourceRowChanged(row);
                    }),
        };
    }
    rebuild();
    endResetModel();
}

bool CountryPriceFilterModel::accepts(int sourceRow) const
{
    if (m_inStockOnly && m_prices->priceAt(sourceRow).stock <= 0)
        return false;
    return m_key.isEmpty() || m_prices->searchKeyAt(sourceRow).contains(m_key);
}

bool CountryPriceFilterModel::before(int a, int b) const
{
    const CountryPrice &x = m_prices->priceAt(a);
    const CountryPrice &y = m_prices->priceAt(b);
    const auto ordered = [this](const auto &l, const auto &r) {
        return m_sortOrder == Qt::AscendingOrder ? l < r : r < l;
    };
    switch (m_sortColumn) {
    case CountryPriceModel::CountryColumn:
        return ordered(m_prices->searchKeyAt(a), m_prices->searchKeyAt(b));
    case CountryPriceModel::DialCodeColumn:
        return ordered(x.dialCode, y.dialCode);
    case CountryPriceModel::PriceColumn:
        return ordered(x.price.minorUnits(), y.price.minorUnits());
    case CountryPriceModel::PriceUsdColumn:
        return ordered(x.priceUsd.minorUnits(), y.priceUsd.minorUnits());
    case CountryPriceModel::StockColumn:
        return ordered(x.stock, y.stock);
    case CountryPriceModel::SuccessRateColumn:
        return ordered(x.successRate.value_or(-1.0), y.successRate.value_or(-1.0));
    case CountryPriceModel::OwnRecordColumn:
        return ordered(m_prices->ownRate(x.countryId), m_prices->ownRate(y.countryId));
    default:
        return a < b; // the server's order
    }
}

void CountryPriceFilterModel::rebuild()
{
    const int n = m_prices ? m_prices->rowCount() : 0;
    m_order.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        m_order[static_cast<size_t>(i)] = i;
    // Numbers are copied beside their row numbers and sorted as pairs: one
    // pass over the rows, then a sort in contiguous memory. Pairs compare
    // the row number last, so ties keep the server's order (a stable sort).
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto byNumber = [this, n, ascending](auto key) {
        using Key = decltype(key(0));
        std::vector<std::pair<Key, int>> keyed(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            keyed[static_cast<size_t>(i)] = {ascending ? key(i) : -key(i), i};
        std::sort(keyed.begin(), keyed.end());
        for (int i = 0; i < n; ++i)
            m_order[static_cast<size_t>(i)] = keyed[static_cast<size_t>(i)].second;
    };
    const auto byText = [this, ascending](auto key) {
        std::stable_sort(m_order.begin(), m_order.end(), [&key, ascending](int a, int b) {
            return ascending ? key(a) < key(b) : key(b) < key(a);
        });
    };
    const CountryPriceModel *p = m_prices;
    switch (m_sortColumn) {
    case CountryPriceModel::CountryColumn:
        byText([p](int r) -> const QString & { return p->searchKeyAt(r); });
        break;
    case CountryPriceModel::DialCodeColumn:
        byText([p](int r) -> const QString & { return p->priceAt(r).dialCode; });
        break;
    case CountryPriceModel::PriceColumn:
        byNumber([p](int r) { return p->priceAt(r).price.minorUnits(); });
        break;
    case CountryPriceModel::PriceUsdColumn:
        byNumber([p](int r) { return p->priceAt(r).priceUsd.minorUnits(); });
        break;
    case CountryPriceModel::StockColumn:
        byNumber([p](int r) { return p->priceAt(r).stock; });
        break;
    case CountryPriceModel::SuccessRateColumn:
        byNumber([p](int r) { return p->priceAt(r).successRate.value_or(-1.0); });
        break;
    case CountryPriceModel::OwnRecordColumn:
        byNumber([p](int r) { return p->ownRate(p->priceAt(r).countryId); });
        break;
    default:
        break; // the server's order
    }
    refilter();
}

void CountryPriceFilterModel::refilter()
{
    // Test the rows in their own order (memory order, cache friendly), then
    // keep the sorted order of those that pass.
    const size_t n = m_order.size();
    std::vector<char> passes(n);
    for (size_t row = 0; row < n; ++row)
        passes[row] = accepts(static_cast<int>(row));
    m_visible.clear();
    m_visible.reserve(n);
    m_proxyRow.assign(n, -1);
    for (int row : m_order) {
        if (passes[static_cast<size_t>(row)]) {
            m_proxyRow[static_cast<size_t>(row)] = static_cast<int>(m_visible.size());
            m_visible.push_back(row);
        }
    }
}

void CountryPriceFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_prices) {
        m_sortColumn = column; // applies once there are rows
        m_sortOrder = order;
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &i : before)
        sourceRows.append(m_visible[static_cast<size_t>(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRow[static_cast<size_t>(sourceRows[i])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CountryPriceFilterModel::setSearchText(const QString &text)
{
    const QString key = ServiceListModel::searchKey(text.trimmed());
    if (key == m_key)
        return;
    beginResetModel();
    m_key = key;
    refilter();
    endResetModel();
}

void CountryPriceFilterModel::setInStockOnly(bool inStockOnly)
{
    if (inStockOnly == m_inStockOnly)
        return;
    beginResetModel();
    m_inStockOnly = inStockOnly;
    refilter();
    endResetModel();
}

void CountryPriceFilterModel::sourceRowsInserted(int first, int last)
{
    // Pages arrive at the end of the source; each row takes its sorted place.
    m_proxyRow.resize(static_cast<size_t>(m_prices->rowCount()), -1);
    for (int row = first; row <= last; ++row) {
        const auto at = std::upper_bound(m_order.begin(), m_order.end(), row,
                                         [this](int a, int b) { return before(a, b); });
        m_order.insert(at, row);
        if (accepts(row))
            showRow(row);
    }
}

void CountryPriceFilterModel::showRow(int row)
{
    const auto at = std::upper_bound(m_visible.begin(), m_visible.end(), row,
                                     [this](int a, int b) { return before(a, b); });
    const int position = static_cast<int>(at - m_visible.begin());
    beginInsertRows({}, position, position);
    m_visible.insert(at, row);
    renumber(position, static_cast<int>(m_visible.size()) - 1);
    endInsertRows();
}

void CountryPriceFilterModel::renumber(int from, int to)
{
    for (int i = from; i <= to; ++i)
        m_proxyRow[static_cast<size_t>(m_visible[static_cast<size_t>(i)])] = i;
}

void CountryPriceFilterModel::sourceRowChanged(int row)
{
    const auto less = [this](int a, int b) { return before(a, b); };
    m_order.erase(std::find(m_order.begin(), m_order.end(), row));
    m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), row, less), row);

    const int old = m_proxyRow[static_cast<size_t>(row)];
    const bool shown = accepts(row);
    if (old < 0) {
        if (shown)
            showRow(row);
        return;
    }
    if (!shown) {
        beginRemoveRows({}, old, old);
        m_visible.erase(m_visible.begin() + old);
        m_proxyRow[static_cast<size_t>(row)] = -1;
        renumber(old, static_cast<int>(m_visible.size()) - 1);
        endRemoveRows();
        return;
    }
    // Still shown: moved, not removed and inserted again, so that a view
    // keeps the user's selection on it through a refresh of the prices.
    m_visible.erase(m_visible.begin() + old);
    const int position = static_cast<int>(
        std::upper_bound(m_visible.begin(), m_visible.end(), row, less) - m_visible.begin());
    m_visible.insert(m_visible.begin() + old, row);
    if (position == old) {
        emit dataChanged(index(old, 0), index(old, columnCount() - 1));
        return;
    }
    beginMoveRows({}, old, old, {}, position > old ? position + 1 : position);
    m_visible.erase(m_visible.begin() + old);
    m_visible.insert(m_visible.begin() + position, row);
    renumber(qMin(old, position), qMax(old, position));
    endMoveRows();
    emit dataChanged(index(position, 0), index(position, columnCount() - 1));
}

QModelIndex CountryPriceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CountryPriceFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int CountryPriceFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int CountryPriceFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_prices ? 0 : m_prices->columnCount();
}

QModelIndex CountryPriceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_prices || proxyIndex.row() >= rowCount())
        return {};
    return m_prices->index(m_visible[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CountryPriceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || static_cast<size_t>(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[static_cast<size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}
