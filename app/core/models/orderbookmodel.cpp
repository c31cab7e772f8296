#include "core/models/orderbookmodel.h"

#include "core/models/orderlistmodel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

OrderBook::SortKey keyOf(int column)
{
    switch (column) {
    case OrderBookModel::ServiceColumn:
        return OrderBook::SortKey::Service;
    case OrderBookModel::CountryColumn:
        return OrderBook::SortKey::Country;
    case OrderBookModel::NumberColumn:
        return OrderBook::SortKey::Number;
    case OrderBookModel::LabelColumn:
        return OrderBook::SortKey::Label;
    case OrderBookModel::NoteColumn:
        return OrderBook::SortKey::Note;
    case OrderBookModel::StatusColumn:
        return OrderBook::SortKey::Status;
    case OrderBookModel::CodeColumn:
        return OrderBook::SortKey::Code;
    case OrderBookModel::CostColumn:
        return OrderBook::SortKey::Cost;
    default:
        return OrderBook::SortKey::Created;
    }
}

constexpr int cacheLimit = 4 * OrderBookModel::blockSize;

} // namespace

OrderBookModel::OrderBookModel(OrderBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(book, &OrderBook::opened, this, &OrderBookModel::requery);
    connect(book, &OrderBook::closed, this, &OrderBookModel::requery);
    // Changes come in bursts (a list of fifty, a server that lost hundreds):
    // the view follows once per burst.
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleTime);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        const QList<qint64> ids(m_changed.cbegin(), m_changed.cend());
        m_changed.clear();
        onChanged(ids);
    });
    connect(book, &OrderBook::changed, this, [this](const QList<qint64> &ids) {
        if (!m_live)
            return;
        for (const qint64 id : ids)
            m_changed.insert(id);
        if (!m_settle.isActive())
            m_settle.start();
    });
    requery();
}

void OrderBookModel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    requery();
}

void OrderBookModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    requery();
}

void OrderBookModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    if (column >= 0) // -1: again, by the same key
        m_sortKey = keyOf(column);
    m_sortOrder = order;
    if (!m_live)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    for (const QModelIndex &index : before)
        idsBefore.append(m_ids.value(index.row()));
    m_ids = m_book->search(m_search, m_sortKey, m_sortOrder);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = int(m_ids.indexOf(idsBefore.at(i)));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OrderBookModel::requery()
{
    m_settle.stop();
    m_changed.clear();
    beginResetModel();
    m_cache.clear();
    m_ids = m_live ? m_book->search(m_search, m_sortKey, m_sortOrder) : QList<qint64>();
    endResetModel();
}

void OrderBookModel::onChanged(const QList<qint64> &ids)
{
    if (ids.size() > blockSize)
        m_cache.clear();
    for (const qint64 id : ids)
        m_cache.remove(id);
    const QList<qint64> matching = m_book->search(m_search, m_sortKey, m_sortOrder);
    if (matching != m_ids) {
        // Rows leave, come and move as such, so that the view keeps its
        // selection and the row being written on.
        const QSet<qint64> next(matching.cbegin(), matching.cend());
        for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
            if (next.contains(m_ids.at(row)))
                continue;
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
        QSet<qint64> have(m_ids.cbegin(), m_ids.cend());
        for (int i = 0; i < matching.size(); ++i) {
            if (have.contains(matching.at(i)))
                continue;
            const int row = qMin(i, int(m_ids.size()));
            beginInsertRows({}, row, row);
            m_ids.insert(row, matching.at(i));
            endInsertRows();
            have.insert(matching.at(i));
        }
        if (m_ids != matching)
            sort(-1, m_sortOrder); // the same rows in a new order
    }
    if (m_ids.isEmpty())
        return;
    // Many at once (a list that no longer has them): the rows shown are read again.
    if (ids.size() > blockSize)
        return emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (const qint64 id : ids) {
        const int row = int(m_ids.indexOf(id));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const BookEntry *OrderBookModel::cached(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const qint64 id = m_ids.at(row);
    auto it = m_cache.constFind(id);
    if (it != m_cache.cend())
        return &*it;
    if (m_cache.size() > cacheLimit)
        m_cache.clear();
    // The whole block around the row, in one query.
    const int first = row - row % blockSize;
    const QList<BookEntry> block =
        m_book->entries(m_ids.mid(first, qMin<qsizetype>(blockSize, m_ids.size() - first)));
    for (const BookEntry &e : block)
        m_cache.insert(e.order.id, e);
    it = m_cache.constFind(id);
    return it != m_cache.cend() ? &*it : nullptr;
}

int OrderBookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int OrderBookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderBookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BookEntry *e = cached(index.row());
    if (!e)
        return {};
    const Order &o = e->order;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(o.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ServiceColumn:
            return o.service;
        case CountryColumn:
            return o.country;
        case NumberColumn:
            return o.phoneNumber;
        case LabelColumn:
            return e->label;
        case NoteColumn:
            return e->note;
        case StatusColumn:
            if (e->absentSince.isValid() && role == Qt::DisplayRole)
                return tr("%1 (no longer listed by the server)").arg(OrderListModel::statusText(o));
            return OrderListModel::statusText(o);
        case CodeColumn:
            return o.smsCode;
        case CostColumn:
            if (!o.cost.isValid())
                return QString();
            // An order that ended without its code cost nothing in the end.
            if (o.wasRefunded())
                return tr("%1 refunded").arg(formatMoney(o.cost));
            return formatMoney(o.cost);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn || index.column() == NoteColumn)
            return tr("Double-click or press F2 to write on it");
        if (index.column() == CodeColumn && !o.smsText.isEmpty())
            return o.smsText;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OrderIdRole:
        return o.id;
    case CountryCodeRole:
        return o.countryCode;
    case EndedWithoutCodeRole:
        return o.endedWithoutCode();
    case AbsentRole:
        return e->absentSince.isValid();
    default:
        return {};
    }
}

bool OrderBookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = m_ids.at(index.row());
    if (index.column() == LabelColumn)
        return m_book->setLabel(id, value.toString());
    if (index.column() == NoteColumn)
        return m_book->setNote(id, value.toString());
    return false;
}

Qt::ItemFlags OrderBookModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == LabelColumn || index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OrderBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Bought");
    case ServiceColumn:
        return tr("Service");
    case CountryColumn:
        return tr("Country");
    case NumberColumn:
        return tr("Number");
    case LabelColumn:
        return tr("Label");
    case NoteColumn:
        return tr("Note");
    case StatusColumn:
        return tr("Status");
    case CodeColumn:
        return tr("Code");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}
