#include "core/models/bookstatsmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

BookStatsModel::BookStatsModel(OrderBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(book, &OrderBook::closed, this, &BookStatsModel::reload);
}

void BookStatsModel::setGrouping(OrderBook::Grouping grouping)
{
    m_grouping = grouping;
    reload();
}

void BookStatsModel::reload()
{
    beginResetModel();
    m_figures = m_book->figures(m_grouping);
    m_total = BookFigure{};
    m_total.spent = Money(0, u"GHS"_s);
    for (const BookFigure &f : std::as_const(m_figures)) {
        m_total.bought += f.bought;
        m_total.decided += f.decided;
        m_total.gotCode += f.gotCode;
        m_total.spent = m_total.spent + f.spent;
    }
    endResetModel();
}

QString BookStatsModel::recordText(int gotCode, int decided)
{
    if (decided <= 0)
        return {};
    //: How many of the numbers the user bought brought their code: "4 of 5"
    return tr("%1 of %2").arg(QLocale().toString(gotCode), QLocale().toString(decided));
}

int BookStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int BookStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BookFigure &f = m_figures.at(index.row());
    const double rate = f.decided > 0 ? 100.0 * f.gotCode / f.decided : -1.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return f.name;
        case BoughtColumn:
            return QLocale().toString(f.bought);
        case CodeColumn:
            return recordText(f.gotCode, f.decided);
        case SuccessColumn:
            return rate < 0 ? QString() : QLocale().toString(rate, 'f', 0) + u" %"_s;
        case SpentColumn:
            return formatMoney(f.spent);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return m_grouping == OrderBook::Grouping::Month ? f.key : f.name;
        case BoughtColumn:
            return f.bought;
        case CodeColumn:
            return f.gotCode;
        case SuccessColumn:
            return rate;
        case SpentColumn:
            return f.spent.minorUnits();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CountryCodeRole:
        return f.code;
    default:
        return {};
    }
}

QVariant BookStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        switch (m_grouping) {
        case OrderBook::Grouping::Month:
            return tr("Month");
        case OrderBook::Grouping::Service:
            return tr("Service");
        case OrderBook::Grouping::Country:
            return tr("Country");
        }
        return {};
    case BoughtColumn:
        return tr("Numbers bought");
    case CodeColumn:
        return tr("Got a code");
    case SuccessColumn:
        return tr("Your success");
    case SpentColumn:
        return tr("Spent");
    default:
        return {};
    }
}
