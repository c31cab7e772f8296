#include "servicelistmodel.h"

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
    case Qt::AccessibleTextRole:
        return s.name;
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
