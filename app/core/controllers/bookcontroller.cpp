#include "core/controllers/bookcontroller.h"

#include "core/api/apiclient.h"
#include "core/book/bookexport.h"
#include "core/book/orderbook.h"
#include "core/controllers/notices.h"
#include "core/models/bookstatsmodel.h"
#include "core/models/countrypricemodel.h"
#include "core/models/orderbookmodel.h"
#include "core/models/orderlistmodel.h"
#include "core/services/backend.h"
#include "core/services/orderservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
const QString bookTopic = u"book"_s;
constexpr int earlyLimit = 500;
} // namespace

BookController::BookController(Backend *backend, PurchaseController *purchase, Notices *notices,
                               QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_purchase(purchase)
    , m_notices(notices)
    , m_book(new OrderBook(this))
    , m_model(new OrderBookModel(m_book, this))
    , m_stats(new BookStatsModel(m_book, this))
{
    m_model->setLive(false); // until a view shows it
    OrderService *orders = backend->orders();
    connect(orders, &OrderService::ordersUpdated, this,
            [this](const QList<Order> &list) { record(list, BookEntry::Origin::Listed); });
    connect(orders, &OrderService::ordersListed, this,
            [this](const QList<Order> &list, bool complete) {
                m_book->recordRecent(list, complete, m_backend->api()->serverNow());
            });
    connect(orders, &OrderService::historyLoaded, this,
            [this](const QString &, const QList<Order> &list, const PageInfo &) {
                record(list, BookEntry::Origin::Listed);
            });
    connect(orders, &OrderService::reconciled, this,
            [this](const Order &order) { m_reconciled.insert(order.id); });
    connect(orders, &OrderService::purchased, this, [this](const Order &order) {
        record({order}, m_reconciled.contains(order.id) ? BookEntry::Origin::Reconciled
                                                        : BookEntry::Origin::Bought);
    });
    connect(orders, &OrderService::cancelFailed, this, [this](qint64 id, const ApiError &error) {
        m_book->setLastMessage(id, error.userMessage());
    });
    connect(purchase, &PurchaseController::retried, this,
            [this](const Order &order, qint64 follows) { m_book->setFollows(order.id, follows); });
    // The user's own record beside the server's figures, for the service shown.
    connect(purchase, &PurchaseController::serviceChanged, this, &BookController::updateOwnRecords);
    // Once per burst of changes.
    m_ownRecordsDue.setSingleShot(true);
    m_ownRecordsDue.setInterval(OrderBookModel::settleTime);
    connect(&m_ownRecordsDue, &QTimer::timeout, this, &BookController::updateOwnRecords);
    connect(m_book, &OrderBook::changed, this, [this] {
        if (!m_ownRecordsDue.isActive())
            m_ownRecordsDue.start();
    });
    connect(m_book, &OrderBook::opened, this, &BookController::updateOwnRecords);
    connect(m_book, &OrderBook::closed, this, &BookController::updateOwnRecords);
    connect(m_book, &OrderBook::problem, this,
            [this](const QString &text) { m_notices->raise(bookTopic, [text] { return text; }); });
}

void BookController::start()
{
    m_started = true;
    openBook();
}

void BookController::setAccount(qint64 userId, const QString &email)
{
    if (userId == m_userId && email == m_email && (m_book->isOpen() || !m_started))
        return;
    m_userId = userId;
    m_email = email;
    m_book->close();
    m_early.clear();
    m_reconciled.clear();
    openBook();
}

void BookController::openBook()
{
    if (!m_started || (m_userId == 0 && m_email.isEmpty()) || m_book->isOpen())
        return;
    QString path;
    if (!m_folder.isEmpty()) {
        // An account without an id from the server is known by its email.
        const qint64 account = m_userId != 0
                                   ? m_userId
                                   : qAbs(QCryptographicHash::hash(m_email.toCaseFolded().toUtf8(),
                                                                   QCryptographicHash::Sha256)
                                              .left(6)
                                              .toHex()
                                              .toLongLong(nullptr, 16));
        path = OrderBook::fileFor(m_folder, m_backend->api()->baseUrl(), account);
    }
    if (!m_book->open(path))
        return;
    QList<Order> bought, listed, reconciled;
    for (const auto &[order, origin] : std::as_const(m_early)) {
        (origin == BookEntry::Origin::Bought       ? bought
         : origin == BookEntry::Origin::Reconciled ? reconciled
                                                   : listed)
            .append(order);
    }
    m_early.clear();
    const QDateTime now = m_backend->api()->serverNow();
    m_book->record(bought, BookEntry::Origin::Bought, now);
    m_book->record(reconciled, BookEntry::Origin::Reconciled, now);
    m_book->record(listed, BookEntry::Origin::Listed, now);
}

void BookController::record(const QList<Order> &orders, BookEntry::Origin origin)
{
    if (m_book->isOpen())
        return m_book->record(orders, origin, m_backend->api()->serverNow());
    if (m_userId == 0 && m_email.isEmpty())
        return;
    // Kept until the book opens; the newest state of each order wins.
    for (const Order &o : orders) {
        if (m_early.size() >= earlyLimit && !m_early.contains(o.id))
            continue;
        auto it = m_early.find(o.id);
        if (it == m_early.end())
            m_early.insert(o.id, {o, origin});
        else
            *it = {o, qMin(it->second, origin)};
    }
}

void BookController::updateOwnRecords()
{
    CountryPriceModel *prices = m_purchase->prices();
    prices->setOwnRecords(prices->serviceId() != 0 ? m_book->ownRecords(prices->serviceId())
                                                   : QHash<qint64, OwnRecord>());
}

void BookController::buyAgain(qint64 orderId)
{
    tryAnotherCountry(orderId, RetryPlan::Country::Same);
}

void BookController::tryAnotherCountry(qint64 orderId, RetryPlan::Country how)
{
    const auto e = m_book->entry(orderId);
    if (!e)
        return;
    m_purchase->retry({orderId, e->order.serviceId, e->order.service, e->order.countryId, how});
}

QString BookController::supportDetails(qint64 orderId) const
{
    const auto e = m_book->entry(orderId);
    if (!e)
        return {};
    const Order &o = e->order;
    const auto time = [](const QDateTime &t) -> QString {
        return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : tr("unknown");
    };
    QStringList lines{
        tr("Order: %1 (%2)")
            .arg(o.id)
            .arg(o.orderCode.isEmpty() ? tr("no order code") : o.orderCode),
        tr("Number: %1").arg(o.phoneNumber),
        tr("Service: %1 (id %2)").arg(o.service).arg(o.serviceId),
        tr("Country: %1 (%2, id %3)").arg(o.country, o.countryCode).arg(o.countryId),
        tr("Bought: %1").arg(time(o.createdAt)),
        tr("Expires: %1").arg(time(o.expiresAt)),
        tr("Cost: %1").arg(o.cost.isValid() ? formatMoney(o.cost) : tr("unknown")) +
            (o.costUsd.isValid() ? u" ("_s + formatMoney(o.costUsd) + u')' : QString()),
        tr("Status: %1 (the server says \"%2\")").arg(OrderListModel::statusText(o), o.statusText),
        tr("Code: %1").arg(o.smsCode.isEmpty() ? tr("none") : o.smsCode),
    };
    if (!o.smsText.isEmpty())
        lines.append(tr("SMS: %1").arg(o.smsText));
    if (e->absentSince.isValid())
        lines.append(tr("No longer listed by the server since %1").arg(time(e->absentSince)));
    if (e->follows != 0)
        lines.append(tr("Another try after order %1").arg(e->follows));
    lines.append(tr("Status history:"));
    for (const StatusChange &c : m_book->statusHistory(orderId))
        lines.append(u"  "_s + time(c.at) + u"  "_s + c.status);
    if (!e->lastMessage.isEmpty())
        lines.append(tr("Last message from the server: %1").arg(e->lastMessage));
    lines.append(tr("Server: %1").arg(m_backend->api()->baseUrl().toString()));
    return lines.join(u'\n') + u'\n';
}

void BookController::copyDetails(qint64 orderId)
{
    const QString details = supportDetails(orderId);
    if (!details.isEmpty())
        emit copyRequested(details, tr("Copied the details of order %1 for support.").arg(orderId));
}

void BookController::exportOrders(const QString &path, bool json, const QList<qint64> &ids)
{
    const QList<BookEntry> entries = m_book->entries(ids);
    const QByteArray data =
        json ? BookExport::json(entries, m_book->statusHistories()) : BookExport::csv(entries);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit()) {
        emit message(tr("Exported %n order(s) to %1.", nullptr, int(ids.size()))
                         .arg(QDir::toNativeSeparators(path)),
                     8000);
    } else {
        emit message(tr("The orders could not be exported to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     0);
    }
}
