#pragma once

#include "core/book/bookentry.h"
#include "core/controllers/purchasecontroller.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class Backend;
class BookStatsModel;
class Notices;
class OrderBook;
class OrderBookModel;

// The order book of the signed-in account: opened once the window has
// painted and someone is signed in, fed with every order the server shows,
// and the way to what it offers (labels, figures, export, another try).
class BookController final : public QObject
{
    Q_OBJECT

public:
    BookController(Backend *backend, PurchaseController *purchase, Notices *notices,
                   QObject *parent = nullptr);

    OrderBook *book() const { return m_book; }
    OrderBookModel *model() const { return m_model; }
    BookStatsModel *stats() const { return m_stats; }

    // Where each account's book is kept; empty (the demo): in memory only,
    // nothing written.
    void setFolder(const QString &folder) { m_folder = folder; }
    // The window has painted: the book may open now (it waits for that so
    // that opening it never delays the first frame).
    void start();
    // Signed in as this user, or signed out (0).
    void setAccount(qint64 userId, const QString &email);

    // Another try at an order that ended without a code: the same country
    // (Buy again), or another one chosen as `how` says.
    void buyAgain(qint64 orderId);
    void tryAnotherCountry(qint64 orderId, RetryPlan::Country how);
    // Everything support needs about an order, as plain text (no secret),
    // to be copied (copyRequested).
    void copyDetails(qint64 orderId);
    // Writes these orders (the book's view, or all of it) to `path` as CSV
    // or JSON, and says how it went (message).
    void exportOrders(const QString &path, bool json, const QList<qint64> &ids);

signals:
    // A sentence for the status bar (0: until the next one).
    void message(const QString &text, int timeoutMs);
    // Text for the clipboard, and what to say once it is there.
    void copyRequested(const QString &text, const QString &confirmation);

private:
    void openBook();
    void record(const QList<Order> &orders, BookEntry::Origin origin);
    void updateOwnRecords();
    QString supportDetails(qint64 orderId) const;

    Backend *m_backend;
    PurchaseController *m_purchase;
    Notices *m_notices;
    OrderBook *m_book;
    OrderBookModel *m_model;
    BookStatsModel *m_stats;
    QString m_folder;
    bool m_started = false;
    qint64 m_userId = 0;
    QString m_email;
    // Orders seen before the book opened, written once it is.
    QHash<qint64, std::pair<Order, BookEntry::Origin>> m_early;
    QSet<qint64> m_reconciled;
    QTimer m_ownRecordsDue;
};
