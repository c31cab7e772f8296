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
    m_endedAt.clear();
    m_codeAt.clear();
    m_confirmed.clear();
    m_cancelRefusals.clear();
    m_left.clear();
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
    const QDateTime now = m_now();
    for (const Order &o : orders) {
        const int row = rowOfOrder(o.id);
        if (!o.smsCode.isEmpty() && !m_codeAt.contains(o.id) &&
            (row < 0 || m_rows[row].smsCode.isEmpty()))
            m_codeAt.insert(o.id, row < 0 && !o.isWaiting() ? QDateTime() : now);
        if (row >= 0) {
            // Seen to end here: it stays in sight a while, saying how.
            if (m_rows[row].isWaiting() && !o.isActive() && !m_endedAt.contains(o.id))
                m_endedAt.insert(o.id, now);
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
    trimEnded();
    updateTicker();
}

void OrderListModel::trimEnded()
{
    if (m_endedKept <= 0)
        return;
    int ended = 0;
    for (int row = 0; row < m_rows.size(); ++row) { // newest first
        const Order &o = m_rows[row];
        if (isActiveNow(o) || ++ended <= m_endedKept)
            continue;
        const qint64 id = o.id;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        --row;
        m_fresh.remove(id);
        m_endedAt.remove(id);
        m_codeAt.remove(id);
        m_confirmed.remove(id);
        m_cancelRefusals.remove(id);
        m_left.remove(id);
    }
}

void OrderListModel::updateTicker()
{
    // Until every row that will leave the active ones has been seen to go.
    const bool moving = std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Order &o) {
        return o.isWaiting() || leavesActive(o);
    });
    if (moving && !m_ticker.isActive())
        m_ticker.start();
    else if (!moving)
        m_ticker.stop();
}

void OrderListModel::setConfirmedPrice(qint64 orderId, const Money &price)
{
    m_confirmed.insert(orderId, price);
    if (const int row = rowOfOrder(orderId); row >= 0)
        emit dataChanged(index(row, CostColumn), index(row, CostColumn));
}

void OrderListModel::setCancelRefusal(qint64 orderId, const QString &reason)
{
    m_cancelRefusals.insert(orderId, reason);
    if (const int row = rowOfOrder(orderId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                         {Qt::ToolTipRole, CancelHintRole});
}

bool OrderListModel::isLingering(const Order &order) const
{
    const auto ended = m_endedAt.constFind(order.id);
    return ended != m_endedAt.cend() && ended->secsTo(m_now()) < m_linger.count();
}

bool OrderListModel::isActiveNow(const Order &order) const
{
    if (order.isWaiting())
        return true;
    if (order.status == Order::Status::Received) {
        // The code stays at hand until the number expires, and a while after.
        return !order.expiresAt.isValid() ||
               m_now().secsTo(order.expiresAt) > -qint64(m_linger.count());
    }
    return isLingering(order);
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
        const Order &o = m_rows[row];
        if (leavesActive(o)) {
            // Whether it still belongs among the active ones may change now:
            // the whole row, every role, so that filters look again; once it
            // has left, it is not looked at again.
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            if (!isActiveNow(o))
                m_left.insert(o.id);
        } else if (o.isWaiting()) {
            emit dataChanged(index(row, StatusColumn), index(row, TimeLeftColumn),
                             {Qt::DisplayRole, SortRole, Qt::ToolTipRole, CancelHintRole});
        }
    }
    trimEnded();
    updateTicker();
}

bool OrderListModel::leavesActive(const Order &order) const
{
    return (m_endedAt.contains(order.id) || order.status == Order::Status::Received) &&
           !m_left.contains(order.id);
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
            return statusCell(o);
        case CodeColumn:
            return o.smsCode;
        case TimeLeftColumn:
            return timeCell(o);
        case CostColumn:
            return costCell(o);
        case DateColumn:
            return QLocale().toString(o.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case TimeColumn:
            return QLocale().toString(o.createdAt.toLocalTime().time(), QLocale::ShortFormat);
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
        case DateColumn:
        case TimeColumn:
            return o.createdAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return cancelHint(o);
        if (column == DateColumn || column == TimeColumn)
            return QLocale().toString(o.createdAt.toLocalTime(), QLocale::LongFormat);
        if (column == CodeColumn && !o.smsText.isEmpty())
            return o.smsText;
        if (column == CostColumn) {
            const auto confirmed = m_confirmed.constFind(o.id);
            if (confirmed != m_confirmed.cend() && o.cost.sameCurrency(*confirmed) &&
                o.cost != *confirmed)
                return tr("Charged %1; the price confirmed was %2.")
                    .arg(formatMoney(o.cost), formatMoney(*confirmed));
            if (o.costUsd.isValid())
                return formatMoney(o.costUsd);
        }
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
        return mayCancel(o);
    case StatusRole:
        return static_cast<int>(o.status);
    case FreshCodeRole:
        return m_fresh.contains(o.id);
    case CountryCodeRole:
        return o.countryCode;
    case ActiveRole:
        return isActiveNow(o);
    case CancelHintRole:
        return cancelHint(o);
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
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

QString OrderListModel::statusCell(const Order &order) const
{
    if (!m_endedAt.contains(order.id))
        return statusText(order);
    // An end seen here says what became of the money.
    switch (order.status) {
    case Order::Status::Expired:
    case Order::Status::Cancelled:
    case Order::Status::Refunded:
        return tr("%1 · %2 refunded").arg(statusText(order), formatMoney(order.cost));
    default:
        return statusText(order);
    }
}

QString OrderListModel::timeCell(const Order &order) const
{
    if (order.isWaiting()) {
        const qint64 left = secondsLeft(order);
        return left >= 0 ? countdownText(left) : QString();
    }
    // The countdown stops with the code: the time it came says more.
    const auto codeAt = m_codeAt.constFind(order.id);
    if (order.status == Order::Status::Received && codeAt != m_codeAt.cend() && codeAt->isValid())
        return tr("code at %1")
            .arg(QLocale().toString(codeAt->toLocalTime().time(), QLocale::ShortFormat));
    return {};
}

QString OrderListModel::costCell(const Order &order) const
{
    const auto confirmed = m_confirmed.constFind(order.id);
    if (confirmed != m_confirmed.cend() && order.cost.sameCurrency(*confirmed) &&
        order.cost != *confirmed)
        return tr("%1 (not %2)").arg(formatMoney(order.cost), formatMoney(*confirmed));
    return formatMoney(order.cost);
}

void OrderListModel::setCancelUnavailable(const QString &reason)
{
    if (reason == m_cancelUnavailable)
        return;
    m_cancelUnavailable = reason;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::ToolTipRole, CanCancelRole, CancelHintRole});
}

QString OrderListModel::cancelHint(const Order &order) const
{
    if (!m_cancelUnavailable.isEmpty())
        return m_cancelUnavailable;
    const QString refusal = m_cancelRefusals.value(order.id);
    if (!order.isWaiting()) {
        return refusal.isEmpty() ? tr("This order can no longer be cancelled.")
                                 : tr("This order can no longer be cancelled: %1").arg(refusal);
    }
    if (!refusal.isEmpty())
        return tr("The server refused to cancel it: %1").arg(refusal);
    if (order.canCancel)
        return tr("Cancel this order and get %1 back.").arg(formatMoney(order.cost));
    // Not yet: a countdown to the moment the contract allows it.
    if (order.createdAt.isValid()) {
        const qint64 wait = cancelAfterSeconds - order.createdAt.secsTo(m_now());
        if (wait > 0)
            return tr("Cancelling becomes possible in %1, until the SMS arrives.")
                .arg(countdownText(wait));
    }
    return tr("Cancelling becomes possible two minutes after purchase, once the server allows "
              "it, until the SMS arrives.");
}
