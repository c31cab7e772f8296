#include "core/models/orderlistmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool newerFirst(const Order &a, const Order &b)
{
    if (a.createdAt != b.createdAt && a.createdAt.isValid() && b.createdAt.isValid())
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

} // namespace

OrderListModel::OrderListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &OrderListModel::tick);
}

void OrderListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_fresh.clear();
    endResetModel();
    m_ticker.stop();
}

int OrderListModel::rowOfOrder(qint64 orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == orderId)
            return i;
    }
    return -1;
}

void OrderListModel::upsert(const QList<Order> &orders)
{
    for (const Order &o : orders) {
        const int row = rowOfOrder(o.id);
        if (row >= 0) {
            m_rows[row] = o;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), o, newerFirst);
        const int position = static_cast<int>(at - m_rows.cbegin());
        beginInsertRows({}, position, position);
        m_rows.insert(position, o);
        endInsertRows();
    }
    const bool anyWaiting =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Order &o) { return o.isActive(); });
    if (anyWaiting && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyWaiting)
        m_ticker.stop();
}

void OrderListModel::setFreshCode(qint64 orderId, bool fresh)
{
    const bool changed = fresh ? !m_fresh.contains(orderId) : m_fresh.remove(orderId);
    if (fresh)
        m_fresh.insert(orderId);
    const int row = rowOfOrder(orderId);
    if (changed && row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {FreshCodeRole, Qt::FontRole});
}

const Order *OrderListModel::latestWithCode() const
{
    for (const Order &o : m_rows) { // newest first
        if (!o.smsCode.isEmpty())
            return &o;
    }
    return nullptr;
}

void OrderListModel::tick()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].isActive()) {
            const QModelIndex i = index(row, TimeLeftColumn);
            emit dataChanged(i, i, {Qt::DisplayRole, SortRole});
        }
    }
}

qint64 OrderListModel::secondsLeft(const Order &order) const
{
    if (!order.expiresAt.isValid())
        return -1;
    return qMax<qint64>(0, m_now().secsTo(order.expiresAt));
}

QString OrderListModel::countdownText(qint64 seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString OrderListModel::statusText(const Order &order)
{
    switch (order.status) {
    case Order::Status::Pending:
        return tr("Waiting for SMS");
    case Order::Status::Received:
        return tr("Code received");
    case Order::Status::Completed:
        return tr("Completed");
    case Order::Status::Cancelled:
        return tr("Cancelled");
    case Order::Status::Expired:
        return tr("Expired");
    case Order::Status::Refunded:
        return tr("Refunded");
    case Order::Status::Unknown:
        break;
    }
    return order.statusText; // shown as it came, never dropped
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ServiceColumn:
            return o.service;
        case CountryColumn:
            return o.country;
        case NumberColumn:
            return o.phoneNumber;
        case StatusColumn:
            return statusText(o);
        case CodeColumn:
            return o.smsCode;
        case TimeLeftColumn:
            if (!o.isActive())
                return QString();
            if (const qint64 left = secondsLeft(o); left >= 0)
                return countdownText(left);
            return QString();
        case CostColumn:
            return formatMoney(o.cost);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case TimeLeftColumn:
            return secondsLeft(o);
        case CostColumn:
            return o.cost.minorUnits();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == CodeColumn && !o.smsText.isEmpty())
            return o.smsText;
        if (column == CostColumn && o.costUsd.isValid())
            return formatMoney(o.costUsd);
        return {};
    case Qt::TextAlignmentRole:
        if (column == CostColumn || column == TimeLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OrderIdRole:
        return o.id;
    case CodeRole:
        return o.smsCode;
    case NumberRole:
        return o.phoneNumber;
    case SmsTextRole:
        return o.smsText;
    case CanCancelRole:
        return o.canCancel;
    case StatusRole:
        return static_cast<int>(o.status);
    case FreshCodeRole:
        return m_fresh.contains(o.id);
    case CountryCodeRole:
        return o.countryCode;
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case CountryColumn:
        return tr("Country");
    case NumberColumn:
        return tr("Number");
    case StatusColumn:
        return tr("Status");
    case CodeColumn:
        return tr("Code");
    case TimeLeftColumn:
        return tr("Time left");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}
