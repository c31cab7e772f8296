#include "core/controllers/orderscontroller.h"

#include "core/api/apiclient.h"
#include "core/controllers/notices.h"
#include "core/models/orderlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"
#include "core/services/serverfeatures.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
const QString ordersTopic = u"orders"_s;
const QString unreadableOrdersTopic = u"unreadable-orders"_s;
} // namespace

OrdersController::OrdersController(Backend *backend, Notices *notices, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_notices(notices)
    , m_model(new OrderListModel(this))
{
    ApiClient *api = backend->api();
    m_model->setClock([api] { return api->serverNow(); });
    // As many ended orders as the recent list holds: days open stay small.
    m_model->setEndedRowsKept(OrderService::recentOrdersCount);
    OrderService *orders = backend->orders();
    AccountService *account = backend->account();
    connect(orders, &OrderService::ordersUpdated, this, &OrdersController::absorb);
    connect(orders, &OrderService::ordersFailed, this, [this](const ApiError &error) {
        emit message(tr("Could not refresh the orders: %1").arg(error.userMessage()), 8000);
    });
    connect(
        orders, &OrderService::pollTrouble, this,
        [this, orders](const ApiError &error, const QDateTime &nextTry) {
            // To the second, without the long format's time zone.
            QString format = QLocale().timeFormat(QLocale::LongFormat);
            format.remove(u't');
            m_notices->raise(
                ordersTopic,
                [=] {
                    return QString(
                        tr("Your waiting orders could not be checked twice in a row: %1 Next try "
                           "at %2.")
                            .arg(error.userMessage(),
                                 QLocale().toString(nextTry.time(), format.trimmed())));
                },
                [orders] { orders->reload(); });
        });
    connect(orders, &OrderService::pollRecovered, this, [this] { m_notices->clear(ordersTopic); });
    // An order the server sent that cannot be read is money out of sight:
    // said, until a list comes whose every order reads.
    connect(orders, &OrderService::unreadableOrders, this, [this](int count) {
        if (count <= 0)
            return m_notices->clear(unreadableOrdersTopic);
        m_notices->raise(unreadableOrdersTopic, [count] {
            return tr("The server sent %n order(s) that could not be read (a number beyond "
                      "reason, or a part missing); they are not shown. Check your orders on the "
                      "N1SMS website before buying again.",
                      nullptr, count);
        });
    });
    connect(orders, &OrderService::ordersEnded, account, &AccountService::refresh);
    connect(orders, &OrderService::ordersAppeared, account, &AccountService::refresh);
    connect(orders, &OrderService::codeReceived, this, [this, account](const Order &order) {
        m_model->setFreshCode(order.id, true);
        account->refresh();
        emit codeArrived(order);
    });
    connect(orders, &OrderService::cancelled, this, [this, account](const Order &order) {
        emit cancelBusyChanged(false);
        emit message(
            tr("Order %1 cancelled; %2 refunded.").arg(order.phoneNumber, formatMoney(order.cost)),
            8000);
        account->refresh();
    });
    // A server without cancelling: the button says why, and nothing asks it.
    ServerFeatures *features = backend->features();
    const auto offerCancel = [this, features] {
        m_model->setCancelUnavailable(
            features->offers(ServerFeatures::Feature::Cancel)
                ? QString()
                : ServerFeatures::reason(ServerFeatures::Feature::Cancel));
    };
    connect(features, &ServerFeatures::changed, this, offerCancel);
    offerCancel();
    connect(orders, &OrderService::cancelFailed, this, [this](qint64 id, const ApiError &error) {
        m_cancelledHere.remove(id);
        if (error.kind == ApiError::Kind::Unsupported) {
            emit cancelBusyChanged(false);
            return emit message(ServerFeatures::reason(ServerFeatures::Feature::Cancel), 8000);
        }
        // The row says why, and the order's true state comes back with it.
        m_model->setCancelRefusal(id, error.userMessage());
        refresh();
        emit cancelBusyChanged(false);
        emit message(error.userMessage(), 8000);
    });
}

void OrdersController::absorb(const QList<Order> &orders)
{
    // An order that was waiting and has ended without its code: its money
    // came back, and the user hears of it once (a cancel made here is told
    // by its own answer).
    QList<Order> ended;
    for (const Order &o : orders) {
        const int row = m_model->rowOfOrder(o.id);
        if (row >= 0 && m_model->orderAt(row).isWaiting() && !o.isActive() &&
            !m_cancelledHere.contains(o.id))
            ended.append(o);
    }
    m_model->upsert(orders);
    countWaiting();
    for (const Order &o : std::as_const(ended))
        emit orderEnded(o);
}

void OrdersController::noteConfirmedPrice(qint64 orderId, const Money &price)
{
    m_model->setConfirmedPrice(orderId, price);
}

QString OrdersController::waitingSentence() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const Order &o = m_model->orderAt(row); o.isWaiting())
            names.append(o.service + u' ' + o.phoneNumber);
    }
    if (names.isEmpty())
        return {};
    return tr("%n number(s) still waiting for a code: %1.", nullptr, int(names.size()))
        .arg(QLocale().createSeparatedList(names));
}

QString OrdersController::endSentence(const Order &order)
{
    switch (order.status) {
    case Order::Status::Expired:
        return tr("The %1 number %2 expired without a code; %3 was refunded.")
            .arg(order.service, order.phoneNumber, formatMoney(order.cost));
    case Order::Status::Cancelled:
    case Order::Status::Refunded:
        return tr("The %1 number %2 was cancelled; %3 was refunded.")
            .arg(order.service, order.phoneNumber, formatMoney(order.cost));
    default:
        return tr("The %1 number %2 is no longer waiting (%3).")
            .arg(order.service, order.phoneNumber, OrderListModel::statusText(order));
    }
}

void OrdersController::countWaiting()
{
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        waiting += m_model->orderAt(row).isWaiting() ? 1 : 0;
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    emit waitingCountChanged(waiting);
}

void OrdersController::refresh()
{
    m_backend->orders()->reload();
}

void OrdersController::cancel(qint64 orderId)
{
    emit cancelBusyChanged(true);
    m_cancelledHere.insert(orderId); // its end is told by the cancel's own answer
    m_backend->orders()->cancel(orderId);
}

std::optional<Order> OrdersController::takeLatestCode()
{
    const Order *latest = m_model->latestWithCode();
    if (!latest)
        return std::nullopt;
    Order order = *latest;
    m_model->setFreshCode(order.id, false);
    return order;
}

void OrdersController::reset()
{
    m_backend->orders()->reset();
    m_model->clear();
    m_cancelledHere.clear();
    m_notices->clear(ordersTopic);
    countWaiting();
}
