#pragma once

#include "core/book/bookentry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <optional>

class QSqlDatabase;

// The order book: every order this app has seen for one account on one
// server, kept in SQLite (Qt SQL's QSQLITE driver) between runs, with what
// the user wrote on it. The server stays the authority: the book records its
// answers and never invents a status; an order it stops listing is marked
// absent, not deleted.
//
// Each write is one transaction, in WAL mode: a crash or a kill at any moment
// leaves a file that opens with every committed order. A file that cannot be
// read is moved aside (and said so), never dropped.
class OrderBook final : public QObject
{
    Q_OBJECT

public:
    explicit OrderBook(QObject *parent = nullptr);
    ~OrderBook() override;

    static constexpr int schemaVersion = 1;
    // The file of one account on one server, inside `folder`.
    static QString fileFor(const QString &folder, const QUrl &server, qint64 userId);

    // Opens (creating, migrating or recovering) the book at `path`; an empty
    // path keeps it in memory only (the demo writes nothing). False when it
    // cannot be used at all: `problem` says why.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_open; }

    // The server's word on these orders, as of `serverNow`.
    void record(const QList<Order> &orders, BookEntry::Origin origin, const QDateTime &serverNow);
    // A list of the newest orders: every order made since the oldest of them
    // (since ever, when `complete`) that it lacks is absent from the server.
    void recordRecent(const QList<Order> &orders, bool complete, const QDateTime &serverNow);
    bool setLabel(qint64 id, const QString &label);
    bool setNote(qint64 id, const QString &note);
    void setFollows(qint64 id, qint64 previous);
    void setLastMessage(qint64 id, const QString &message);

    // What a search or a sort of the book's view can be by.
    enum class SortKey
    {
        Created,
        Service,
        Country,
        Number,
        Label,
        Note,
        Status,
        Code,
        Cost
    };
    int count() const;
    // The ids of the orders whose label, note, number, service, country or
    // order code holds every word of `text` (ignoring case and accents).
    QList<qint64> search(const QString &text, SortKey key = SortKey::Created,
                         Qt::SortOrder order = Qt::DescendingOrder) const;
    // These orders, in this order (unknown ids are skipped).
    QList<BookEntry> entries(const QList<qint64> &ids) const;
    std::optional<BookEntry> entry(qint64 id) const;
    QList<StatusChange> statusHistory(qint64 id) const;
    // The histories of every order, in one read (for an export).
    QHash<qint64, QList<StatusChange>> statusHistories() const;

    enum class Grouping
    {
        Month,
        Service,
        Country
    };
    // Newest month first; services and countries by most bought.
    QList<BookFigure> figures(Grouping grouping) const;
    // For each country of a service: how often a number brought its code.
    QHash<qint64, OwnRecord> ownRecords(qint64 serviceId) const;

signals:
    void opened();
    void closed();
    // These orders were added or changed (by the server or by the user).
    void changed(const QList<qint64> &ids);
    // Something the user should know about the book's file, in a sentence.
    void problem(const QString &text);

private:
    bool openFile(const QString &path, bool *damaged);
    QSqlDatabase db() const;
    void dropConnection();
    bool migrate();
    void moveAside(const QString &path);
    bool writeOrder(const Order &order, BookEntry::Origin origin, const QDateTime &now,
                    bool *changed);
    bool exec(const QString &sql) const;
    // Marks the orders matching `where` absent, a batch now and the rest
    // later, unless the book closed meanwhile.
    void markAbsent(const QString &where, const QVariantList &values, const QString &since,
                    quint64 generation);
    bool update(qint64 id, const QString &column, const QVariant &value);
    // The user's words on an order (either or both), and its search text.
    bool setWords(qint64 id, const std::optional<QString> &label,
                  const std::optional<QString> &note);

    // The connection, by name: Qt SQL stays inside the book's sources.
    QString m_connection;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    bool m_open = false;
    quint64 m_generation = 0;
};
