#include "core/controllers/historycontroller.h"

#include "core/models/orderlistmodel.h"
#include "core/services/orderservice.h"

HistoryController::HistoryController(OrderService *orders, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_model(new OrderListModel(this))
{
    connect(orders, &OrderService::historyLoaded, this,
            [this](const QString &status, const QList<Order> &list, const PageInfo &info) {
                if (status != m_status)
                    return; // an answer for a choice since changed
                m_page = info;
                m_model->clear();
                m_model->upsert(list);
                emit pageChanged(list.isEmpty() && info.currentPage == 1
                                     ? tr("No orders of this kind yet")
                                     : tr("Page %1 of %2").arg(info.currentPage).arg(info.lastPage),
                                 info.currentPage > 1, info.hasMore);
            });
    connect(orders, &OrderService::historyFailed, this,
            [this](const ApiError &error) { emit pageChanged(error.userMessage(), false, false); });
}

void HistoryController::load(const QString &status, int page)
{
    m_status = status;
    emit pageChanged(tr("Loading…"), false, false);
    m_orders->loadHistory(status, qMax(1, page));
}

void HistoryController::reset()
{
    m_model->clear();
    m_page = {};
    emit pageChanged({}, false, false);
}
