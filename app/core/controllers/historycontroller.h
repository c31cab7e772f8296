#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QObject>

class OrderListModel;
class OrderService;

// The server's paged history of orders: one page at a time, of one status
// ("all", "completed", "cancelled", "expired"), loaded when looked at.
class HistoryController final : public QObject
{
    Q_OBJECT

public:
    explicit HistoryController(OrderService *orders, QObject *parent = nullptr);

    OrderListModel *model() const { return m_model; }

    void load(const QString &status, int page = 1);
    void reload() { load(m_status, m_page.currentPage); }
    void next() { load(m_status, m_page.currentPage + 1); }
    void previous() { load(m_status, m_page.currentPage - 1); }
    void reset();

signals:
    // What the page line says, and where the user may go from it.
    void pageChanged(const QString &text, bool hasPrevious, bool hasNext);

private:
    OrderService *m_orders;
    OrderListModel *m_model;
    QString m_status = QStringLiteral("all");
    PageInfo m_page;
};
