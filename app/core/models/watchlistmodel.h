#pragma once

#include "core/domain/watch.h"

#include <QAbstractTableModel>

// The watches, as the Watches tab lists them: what each waits for and what
// its last look at the prices saw.
class WatchListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        CountryColumn,
        ConditionColumn,
        ThenColumn,    // "Notify" or "Notify and ask to buy"
        CheckedColumn, // when it last looked
        StateColumn,   // "Met: Ghana at ₵4.20" / "Not yet"
        ColumnCount
    };
    enum Role
    {
        WatchIdRole = Qt::UserRole + 1,
        MetRole,
    };

    explicit WatchListModel(QObject *parent = nullptr);

    void setWatches(const QList<Watch> &watches);
    // Adds it, or replaces the one with its id.
    void put(const Watch &watch);
    void remove(qint64 id);
    const QList<Watch> &watches() const { return m_watches; }
    int rowOf(qint64 id) const;

    // "In stock", "At most ₵5.00", "At most ₵3.00, at least 80 % success".
    static QString conditionText(const Watch &watch);
    // "WhatsApp in Ghana when in stock": the whole watch in a line.
    static QString sentence(const Watch &watch);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Watch> m_watches;
};
