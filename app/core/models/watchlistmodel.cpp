#include "core/models/watchlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

WatchListModel::WatchListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WatchListModel::setWatches(const QList<Watch> &watches)
{
    beginResetModel();
    m_watches = watches;
    endResetModel();
}

int WatchListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_watches.size(); ++row) {
        if (m_watches.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

void WatchListModel::put(const Watch &watch)
{
    if (const int row = rowOf(watch.id); row >= 0) {
        m_watches[row] = watch;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_watches.size());
    beginInsertRows({}, row, row);
    m_watches.append(watch);
    endInsertRows();
}

void WatchListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_watches.removeAt(row);
    endRemoveRows();
}

QString WatchListModel::conditionText(const Watch &watch)
{
    QStringList parts;
    if (watch.maxPrice)
        parts.append(tr("at most %1").arg(formatMoney(*watch.maxPrice)));
    if (watch.minSuccessRate)
        parts.append(tr("at least %1 % success").arg(*watch.minSuccessRate));
    if (parts.isEmpty())
        return tr("In stock");
    QString text = parts.join(u", "_s);
    text[0] = text[0].toUpper();
    return text;
}

QString WatchListModel::sentence(const Watch &watch)
{
    const QString where = watch.countryId == 0 ? tr("any country") : watch.countryName;
    if (!watch.maxPrice && !watch.minSuccessRate)
        return tr("%1 in %2, when in stock").arg(watch.serviceName, where);
    return tr("%1 in %2, %3").arg(watch.serviceName, where, conditionText(watch).toLower());
}

int WatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_watches.size());
}

int WatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Watch &w = m_watches.at(index.row());
    if (role == WatchIdRole)
        return w.id;
    if (role == MetRole)
        return w.met;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ServiceColumn:
        return w.serviceName;
    case CountryColumn:
        return w.countryId == 0 ? tr("Any country") : w.countryName;
    case ConditionColumn:
        return conditionText(w);
    case ThenColumn:
        return w.buyWhenMet ? tr("Notify and ask to buy") : tr("Notify");
    case CheckedColumn:
        if (!w.lastCheckedAt.isValid())
            return tr("Not yet");
        return QLocale().toString(w.lastCheckedAt.toLocalTime().time(), QLocale::ShortFormat);
    case StateColumn:
        if (!w.lastCheckedAt.isValid())
            return QString();
        if (w.met && w.match)
            return tr("Met: %1 at %2").arg(w.match->country, formatMoney(w.match->price));
        return tr("Not yet");
    default:
        return {};
    }
}

QVariant WatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case CountryColumn:
        return tr("Country");
    case ConditionColumn:
        return tr("When");
    case ThenColumn:
        return tr("Then");
    case CheckedColumn:
        return tr("Last checked");
    case StateColumn:
        return tr("Now");
    default:
        return {};
    }
}
