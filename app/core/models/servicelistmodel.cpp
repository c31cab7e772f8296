#include "core/models/servicelistmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString ServiceListModel::searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing ||
            c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        key.append(c.toCaseFolded());
    }
    return key;
}

void ServiceListModel::setServices(const QList<Service> &services)
{
    beginResetModel();
    m_services = services;
    m_keys.clear();
    m_keys.reserve(m_services.size());
    for (const Service &s : std::as_const(m_services))
        m_keys.append(searchKey(s.name));
    endResetModel();
}

void ServiceListModel::setFavourite(qint64 serviceId, bool favourite)
{
    if (favourite == m_favourites.contains(serviceId))
        return;
    if (favourite)
        m_favourites.insert(serviceId);
    else
        m_favourites.remove(serviceId);
    changedPreferences();
}

void ServiceListModel::markUsed(qint64 serviceId)
{
    if (!m_recent.isEmpty() && m_recent.first() == serviceId)
        return;
    m_recent.removeAll(serviceId);
    m_recent.prepend(serviceId);
    while (m_recent.size() > recentCount)
        m_recent.removeLast();
    changedPreferences();
}

void ServiceListModel::setRemembered(const QList<qint64> &favourites, const QList<qint64> &recent)
{
    m_favourites = QSet<qint64>(favourites.cbegin(), favourites.cend());
    m_recent = recent.mid(0, recentCount);
    if (!m_services.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, FavouriteRole, RecentRankRole});
}

QList<qint64> ServiceListModel::favourites() const
{
    QList<qint64> ids(m_favourites.cbegin(), m_favourites.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ServiceListModel::changedPreferences()
{
    emit rememberedChanged();
    if (!m_services.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, FavouriteRole, RecentRankRole});
}

int ServiceListModel::rowOf(qint64 serviceId) const
{
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services[i].id == serviceId)
            return i;
    }
    return -1;
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &s = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_favourites.contains(s.id) ? u"★ "_s + s.name : s.name;
    case Qt::AccessibleTextRole:
        return m_favourites.contains(s.id) ? tr("%1, favourite").arg(s.name) : s.name;
    case FavouriteRole:
        return m_favourites.contains(s.id);
    case NameRole:
        return s.name;
    case RecentRankRole:
        return static_cast<int>(m_recent.indexOf(s.id));
    case Qt::ToolTipRole:
        return tr("%1 (service %2)").arg(s.name).arg(s.id);
    case IdRole:
        return s.id;
    case PopularRole:
        return s.popular;
    case SearchKeyRole:
        return m_keys.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "serviceId");
    names.insert(PopularRole, "popular");
    return names;
}

ServiceFilterModel::ServiceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

bool ServiceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto rank = [](const QModelIndex &i) {
        if (i.data(ServiceListModel::FavouriteRole).toBool())
            return 0;
        const int recent = i.data(ServiceListModel::RecentRankRole).toInt();
        return recent >= 0 ? 1 + recent : 1 + ServiceListModel::recentCount;
    };
    const int l = rank(left), r = rank(right);
    return l != r ? l < r : left.row() < right.row();
}

void ServiceFilterModel::setSearchText(const QString &text)
{
    const QString key = ServiceListModel::searchKey(text.trimmed());
    if (key == m_key)
        return;
    m_key = key;
    invalidateRowsFilter();
}

bool ServiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_key.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ServiceListModel::SearchKeyRole).toString().contains(m_key);
}
