#include "core/book/orderbook.h"

#include "core/logging.h"
#include "core/models/servicelistmodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Times are kept as ISO 8601 UTC text with milliseconds: they sort as text.
QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// What a search looks in: folded words, and the number as digits alone so
// that "0241" finds "+233 24 1…".
QString haystack(const QString &label, const QString &note, const QString &service,
                 const QString &country, const QString &countryCode, const QString &phone,
                 const QString &orderCode)
{
    return ServiceListModel::searchKey(
               QStringList{label, note, service, country, countryCode, orderCode}.join(u' ')) +
           u' ' + digitsOf(phone);
}

const char *const columns =
    "id, order_code, service_id, service, country_id, country, country_code, phone, "
    "cost_minor, cost_currency, cost_usd_minor, status, status_text, sms_code, sms_text, "
    "created_at, expires_at, origin, first_seen, updated_at, absent_since, label, note, "
    "follows, last_message";

BookEntry readEntry(const QSqlQuery &q)
{
    BookEntry e;
    Order &o = e.order;
    o.id = q.value(0).toLongLong();
    o.orderCode = q.value(1).toString();
    o.serviceId = q.value(2).toLongLong();
    o.service = q.value(3).toString();
    o.countryId = q.value(4).toLongLong();
    o.country = q.value(5).toString();
    o.countryCode = q.value(6).toString();
    o.phoneNumber = q.value(7).toString();
    const QString currency = q.value(9).toString();
    if (!currency.isEmpty())
        o.cost = Money(q.value(8).toLongLong(), currency);
    if (!q.value(10).isNull())
        o.costUsd = Money(q.value(10).toLongLong(), u"USD"_s);
    o.status =
        static_cast<Order::Status>(qBound(0, q.value(11).toInt(), int(Order::Status::Unknown)));
    o.statusText = q.value(12).toString();
    o.smsCode = q.value(13).toString();
    o.smsText = q.value(14).toString();
    o.createdAt = fromIso(q.value(15));
    o.expiresAt = fromIso(q.value(16));
    e.origin = static_cast<BookEntry::Origin>(qBound(0, q.value(17).toInt(), 2));
    e.firstSeen = fromIso(q.value(18));
    e.updatedAt = fromIso(q.value(19));
    e.absentSince = fromIso(q.value(20));
    e.label = q.value(21).toString();
    e.note = q.value(22).toString();
    e.follows = q.value(23).toLongLong();
    e.lastMessage = q.value(24).toString();
    return e;
}

// What the statistics count, as SQL over one row.
const char *const gotCodeSql = "(sms_code <> '' OR status IN (1, 2))";
const char *const decidedSql = "(sms_code <> '' OR status IN (1, 2, 3, 4, 5))";
// Charged and not given back: every order but the refunded ones.
const char *const spentSql = "(CASE WHEN status IN (3, 4, 5) THEN 0 ELSE cost_minor END)";

QString sortExpression(OrderBook::SortKey key)
{
    switch (key) {
    case OrderBook::SortKey::Created:
        break;
    case OrderBook::SortKey::Service:
        return u"service COLLATE NOCASE"_s;
    case OrderBook::SortKey::Country:
        return u"country COLLATE NOCASE"_s;
    case OrderBook::SortKey::Number:
        return u"phone"_s;
    case OrderBook::SortKey::Label:
        return u"label COLLATE NOCASE"_s;
    case OrderBook::SortKey::Note:
        return u"note COLLATE NOCASE"_s;
    case OrderBook::SortKey::Status:
        return u"status"_s;
    case OrderBook::SortKey::Code:
        return u"sms_code"_s;
    case OrderBook::SortKey::Cost:
        return u"cost_minor"_s;
    }
    return u"created_at"_s;
}

} // namespace

// The statements every poll runs, prepared once per opening: parsing them for
// each of fifty orders cost more than running them.
struct OrderBook::Statements
{
    explicit Statements(const QSqlDatabase &db);
    QSqlQuery known;
    QSqlQuery upsert;
    QSqlQuery history;
};

OrderBook::Statements::Statements(const QSqlDatabase &db)
    : known(db)
    , upsert(db)
    , history(db)
{
    known.prepare(u"SELECT status_text, sms_code, absent_since IS NOT NULL, origin, label, note "
                  "FROM orders WHERE id = ?"_s);
    upsert.prepare(
        u"INSERT INTO orders (id, order_code, service_id, service, country_id, country, "
        "country_code, phone, cost_minor, cost_currency, cost_usd_minor, status, "
        "status_text, sms_code, sms_text, created_at, expires_at, origin, first_seen, "
        "updated_at, haystack, month) VALUES (?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, "
        "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, "
        "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), "
        "COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), COALESCE(?, '')) ON CONFLICT (id) DO "
        "UPDATE SET order_code = excluded.order_code, "
        "service_id = excluded.service_id, service = excluded.service, "
        "country_id = excluded.country_id, country = excluded.country, "
        "country_code = excluded.country_code, phone = excluded.phone, "
        "cost_minor = excluded.cost_minor, cost_currency = excluded.cost_currency, "
        "cost_usd_minor = excluded.cost_usd_minor, status = excluded.status, "
        "status_text = excluded.status_text, "
        "sms_code = CASE WHEN excluded.sms_code <> '' THEN excluded.sms_code "
        "ELSE sms_code END, "
        "sms_text = CASE WHEN excluded.sms_text <> '' THEN excluded.sms_text "
        "ELSE sms_text END, "
        "created_at = excluded.created_at, expires_at = excluded.expires_at, "
        "origin = MIN(origin, excluded.origin), updated_at = excluded.updated_at, "
        "absent_since = NULL, haystack = excluded.haystack, month = excluded.month"_s);
    history.prepare(
        u"INSERT OR IGNORE INTO status_history (order_id, status, at) VALUES (?, ?, ?)"_s);
}

OrderBook::OrderBook(QObject *parent)
    : QObject(parent)
    , m_connection(u"n1sms-book-%1"_s.arg(quintptr(this), 0, 16))
{}

OrderBook::~OrderBook()
{
    close();
}

QString OrderBook::fileFor(const QString &folder, const QUrl &server, qint64 userId)
{
    // Readable enough to find by hand, and one per server and account.
    const QString where = server.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                              .toString(QUrl::FullyEncoded);
    const QByteArray hash =
        QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString host = server.host();
    host.replace(QRegularExpression(u"[^A-Za-z0-9.-]"_s), u"_"_s);
    return QDir(folder).filePath(
        u"%1-%2-user%3.sqlite"_s.arg(host, QString::fromLatin1(hash)).arg(userId));
}

bool OrderBook::open(const QString &path)
{
    close();
    bool damaged = false;
    bool ok = openFile(path, &damaged);
    if (!ok && damaged && !path.isEmpty()) {
        moveAside(path);
        ok = openFile(path, &damaged);
    }
    if (!ok)
        return false;
    m_open = true;
    qCInfo(lcBook) << "order book open:" << (path.isEmpty() ? u"in memory"_s : path) << count()
                   << "orders";
    emit opened();
    return true;
}

bool OrderBook::openFile(const QString &path, bool *damaged)
{
    *damaged = false;
    if (!path.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());
    QString openError;
    bool readable = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
        if (db.open()) {
            QSqlQuery check(db);
            // A file that is not a database, or one whose schema is damaged,
            // fails here. (A whole quick_check reads every page: a stall at
            // sign-in for a large book.)
            readable = check.exec(u"SELECT COUNT(*) FROM sqlite_master"_s) && check.next();
        } else {
            openError = db.lastError().text();
        }
    }
    if (!openError.isEmpty()) {
        dropConnection();
        emit problem(tr("The order book could not be opened: %1").arg(openError));
        return false;
    }
    if (!readable) {
        *damaged = true;
        dropConnection();
        return false;
    }
    // WAL: a commit is one append, and a crashed process loses nothing
    // committed. A small cache keeps the app's memory where it was.
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=NORMAL"_s);
    exec(u"PRAGMA cache_size=-64"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    if (!migrate()) {
        dropConnection();
        emit problem(tr("The order book %1 was written by a newer version of N1SMS Desktop; it "
                        "is left as it is and not used in this run.")
                         .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

QSqlDatabase OrderBook::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void OrderBook::dropConnection()
{
    m_statements.reset();
    {
        QSqlDatabase connection = db();
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool OrderBook::migrate()
{
    QSqlQuery q(db());
    q.exec(u"PRAGMA user_version"_s);
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > schemaVersion)
        return false;
    if (version == schemaVersion)
        return true;
    // One step per version, each in its own transaction: a file stopped
    // half-way is at a version it fully has.
    static const QList<QStringList> steps{
        {u"CREATE TABLE orders (id INTEGER PRIMARY KEY, order_code TEXT NOT NULL DEFAULT '', "
         "service_id INTEGER NOT NULL, service TEXT NOT NULL DEFAULT '', "
         "country_id INTEGER NOT NULL, country TEXT NOT NULL DEFAULT '', "
         "country_code TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
         "cost_minor INTEGER NOT NULL DEFAULT 0, cost_currency TEXT NOT NULL DEFAULT '', "
         "cost_usd_minor INTEGER, status INTEGER NOT NULL, status_text TEXT NOT NULL, "
         "sms_code TEXT NOT NULL DEFAULT '', sms_text TEXT NOT NULL DEFAULT '', "
         "created_at TEXT NOT NULL DEFAULT '', expires_at TEXT NOT NULL DEFAULT '', "
         "origin INTEGER NOT NULL, first_seen TEXT NOT NULL, updated_at TEXT NOT NULL, "
         "absent_since TEXT, label TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
         "follows INTEGER, last_message TEXT NOT NULL DEFAULT '', "
         "haystack TEXT NOT NULL DEFAULT '', month TEXT NOT NULL DEFAULT '')"_s,
         u"CREATE INDEX orders_created ON orders (created_at)"_s,
         // The figures read these indexes alone, never the rows.
         u"CREATE INDEX orders_service ON orders (service_id, country_id, status, sms_code, "
         "cost_minor)"_s,
         u"CREATE INDEX orders_country ON orders (country_id, status, sms_code, cost_minor)"_s,
         u"CREATE INDEX orders_month ON orders (month, status, sms_code, cost_minor)"_s,
         u"CREATE TABLE status_history (order_id INTEGER NOT NULL REFERENCES orders (id), "
         "status TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (order_id, status))"_s},
    };
    for (int v = version; v < schemaVersion; ++v) {
        db().transaction();
        bool ok = true;
        for (const QString &sql : steps.at(v))
            ok = ok && exec(sql);
        ok = ok && exec(u"PRAGMA user_version=%1"_s.arg(v + 1));
        if (!ok) {
            db().rollback();
            return false;
        }
        db().commit();
    }
    return true;
}

void OrderBook::moveAside(const QString &path)
{
    const QString aside = u"%1.damaged-%2"_s.arg(
        path, QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
    QFile::rename(path, aside);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1StringView(suffix), aside + QLatin1StringView(suffix));
    qCWarning(lcBook) << "order book unreadable, moved aside to" << aside;
    emit problem(tr("The order book could not be read. It was moved aside to %1 and a new one "
                    "started; nothing in it was deleted.")
                     .arg(QDir::toNativeSeparators(aside)));
}

void OrderBook::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    dropConnection();
    const bool wasOpen = std::exchange(m_open, false);
    ++m_generation;
    if (wasOpen)
        emit closed();
}

bool OrderBook::exec(const QString &sql) const
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    qCWarning(lcBook) << "order book:" << q.lastError().text();
    return false;
}

bool OrderBook::writeOrder(const Order &o, BookEntry::Origin origin, const QDateTime &now,
                           bool *changed)
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(db());
    QSqlQuery &old = m_statements->known;
    old.addBindValue(o.id);
    if (!old.exec())
        return false;
    const bool known = old.next();
    const QString label = known ? old.value(4).toString() : QString();
    const QString note = known ? old.value(5).toString() : QString();
    *changed = !known || old.value(0).toString() != o.statusText ||
               (!o.smsCode.isEmpty() && old.value(1).toString() != o.smsCode) ||
               old.value(2).toBool() || old.value(3).toInt() > int(origin);
    old.finish();
    if (!*changed)
        return true;

    QSqlQuery &q = m_statements->upsert;
    const QString nowText = isoTime(now);
    q.addBindValue(o.id);
    q.addBindValue(o.orderCode);
    q.addBindValue(o.serviceId);
    q.addBindValue(o.service);
    q.addBindValue(o.countryId);
    q.addBindValue(o.country);
    q.addBindValue(o.countryCode);
    q.addBindValue(o.phoneNumber);
    q.addBindValue(o.cost.minorUnits());
    q.addBindValue(o.cost.currency());
    q.addBindValue(o.costUsd.isValid() ? QVariant(o.costUsd.minorUnits())
                                       : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(int(o.status));
    q.addBindValue(o.statusText);
    q.addBindValue(o.smsCode);
    q.addBindValue(o.smsText);
    q.addBindValue(isoTime(o.createdAt));
    q.addBindValue(isoTime(o.expiresAt));
    q.addBindValue(int(origin));
    q.addBindValue(nowText);
    q.addBindValue(nowText);
    q.addBindValue(
        haystack(label, note, o.service, o.country, o.countryCode, o.phoneNumber, o.orderCode));
    // The month the user bought it in, in the user's own time.
    q.addBindValue(o.createdAt.isValid() ? o.createdAt.toLocalTime().toString(u"yyyy-MM"_s)
                                         : QString());
    if (!q.exec()) {
        qCWarning(lcBook) << "order book:" << q.lastError().text();
        return false;
    }
    // Each status once, when it was first seen: a waiting order since it
    // was made, the others when the server first said so.
    QSqlQuery &h = m_statements->history;
    h.addBindValue(o.id);
    h.addBindValue(o.statusText);
    h.addBindValue(o.status == Order::Status::Pending && o.createdAt.isValid()
                       ? isoTime(o.createdAt)
                       : nowText);
    return h.exec();
}

void OrderBook::record(const QList<Order> &orders, BookEntry::Origin origin,
                       const QDateTime &serverNow)
{
    if (!m_open || orders.isEmpty())
        return;
    QList<qint64> changedIds;
    db().transaction();
    for (const Order &o : orders) {
        bool changed = false;
        if (o.id <= 0 || !writeOrder(o, origin, serverNow, &changed)) {
            if (o.id > 0) {
                db().rollback();
                return;
            }
            continue;
        }
        if (changed)
            changedIds.append(o.id);
    }
    if (!db().commit()) {
        qCWarning(lcBook) << "order book: commit failed:" << db().lastError().text();
        return;
    }
    if (!changedIds.isEmpty())
        emit changed(changedIds);
}

void OrderBook::recordRecent(const QList<Order> &orders, bool complete, const QDateTime &serverNow)
{
    if (!m_open)
        return;
    record(orders, BookEntry::Origin::Listed, serverNow);
    QDateTime since;
    QStringList listed;
    for (const Order &o : orders) {
        listed.append(QString::number(o.id));
        if (o.createdAt.isValid() && (!since.isValid() || o.createdAt < since))
            since = o.createdAt;
    }
    if (!complete && !since.isValid())
        return; // a list that does not say how far back it goes proves nothing
    // An order seen only a moment ago may be newer than the list's answer.
    QString where = u"absent_since IS NULL AND first_seen < ?"_s;
    QVariantList values{isoTime(serverNow.addSecs(-120))};
    if (!complete) {
        where += u" AND created_at >= ?"_s;
        values.append(isoTime(since));
    }
    if (!listed.isEmpty())
        where += u" AND id NOT IN (%1)"_s.arg(listed.join(u',')); // integers only
    markAbsent(where, values, isoTime(serverNow), m_generation);
}

void OrderBook::markAbsent(const QString &where, const QVariantList &values, const QString &since,
                           quint64 generation)
{
    if (!m_open || generation != m_generation)
        return;
    // A few hundred at a time: a server that lost thousands of orders
    // never stalls the window.
    constexpr int batch = 500;
    QList<qint64> absent;
    db().transaction();
    {
        QSqlQuery q(db());
        q.prepare(u"UPDATE orders SET absent_since = ? WHERE id IN (SELECT id FROM orders WHERE %1 "
                  "LIMIT %2) RETURNING id"_s.arg(where)
                      .arg(batch));
        q.addBindValue(since);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next())
                absent.append(q.value(0).toLongLong());
        }
    }
    db().commit();
    if (absent.isEmpty())
        return;
    emit changed(absent);
    if (absent.size() == batch) {
        QTimer::singleShot(20, this, [=, this] { markAbsent(where, values, since, generation); });
    }
}

bool OrderBook::update(qint64 id, const QString &column, const QVariant &value)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE orders SET %1 = ? WHERE id = ?"_s.arg(column)); // our own column names
    // A null text is an empty one: the columns hold no NULL but absent_since.
    q.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull()
                       ? QVariant(QString(u""_s))
                       : value);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool OrderBook::setLabel(qint64 id, const QString &label)
{
    return setWords(id, label, {});
}

bool OrderBook::setNote(qint64 id, const QString &note)
{
    return setWords(id, {}, note);
}

bool OrderBook::setWords(qint64 id, const std::optional<QString> &label,
                         const std::optional<QString> &note)
{
    const auto e = entry(id);
    if (!e)
        return false;
    BookEntry changedEntry = *e;
    if (label)
        changedEntry.label = label->trimmed();
    if (note)
        changedEntry.note = note->trimmed();
    const Order &o = changedEntry.order;
    db().transaction();
    const bool ok = update(id, u"label"_s, changedEntry.label) &&
                    update(id, u"note"_s, changedEntry.note) &&
                    update(id, u"haystack"_s,
                           haystack(changedEntry.label, changedEntry.note, o.service, o.country,
                                    o.countryCode, o.phoneNumber, o.orderCode));
    if (!ok || !db().commit()) {
        db().rollback();
        return false;
    }
    emit changed({id});
    return true;
}

void OrderBook::setFollows(qint64 id, qint64 previous)
{
    if (m_open && id != previous && update(id, u"follows"_s, previous))
        emit changed({id});
}

void OrderBook::setLastMessage(qint64 id, const QString &message)
{
    if (m_open && update(id, u"last_message"_s, message))
        emit changed({id});
}

int OrderBook::count() const
{
    if (!m_open)
        return 0;
    QSqlQuery q(db());
    return q.exec(u"SELECT COUNT(*) FROM orders"_s) && q.next() ? q.value(0).toInt() : 0;
}

QList<qint64> OrderBook::search(const QString &text, SortKey key, Qt::SortOrder order) const
{
    QList<qint64> ids;
    if (!m_open)
        return ids;
    QStringList words;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        // A number is looked for as its digits: "+233 24" finds "+23324…".
        const QString digits = digitsOf(word);
        const bool numeric = !digits.isEmpty() && digits.size() + 1 >= word.size();
        words.append(numeric ? digits : ServiceListModel::searchKey(word));
    }
    // The ids come back as one text: a row per order costs more in Qt SQL
    // than the search itself.
    QString sql = u"SELECT id FROM orders"_s;
    for (qsizetype i = 0; i < words.size(); ++i)
        sql += (i == 0 ? u" WHERE"_s : u" AND"_s) + u" instr(haystack, ?) > 0"_s;
    const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    sql += u" ORDER BY %1 %2, created_at DESC, id DESC"_s.arg(sortExpression(key), direction);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // As bytes: read as text, 10,000 ids were copied twice more, in UTF-16.
    q.prepare(u"SELECT CAST(group_concat(id) AS BLOB) FROM (%1)"_s.arg(sql));
    for (const QString &w : std::as_const(words))
        q.addBindValue(w);
    if (!q.exec() || !q.next())
        return ids;
    const QByteArray all = q.value(0).toByteArray();
    ids.reserve(all.count(',') + 1);
    qint64 n = 0;
    for (const char c : all) {
        if (c >= '0' && c <= '9') {
            n = n * 10 + (c - '0');
        } else {
            if (n > 0)
                ids.append(n);
            n = 0;
        }
    }
    if (n > 0)
        ids.append(n);
    return ids;
}

QList<BookEntry> OrderBook::entries(const QList<qint64> &ids) const
{
    QList<BookEntry> found;
    if (!m_open || ids.isEmpty())
        return found;
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM orders WHERE id IN (%2)"_s.arg(QLatin1StringView(columns),
                                                                list.join(u','))))
        return found;
    QHash<qint64, BookEntry> byId;
    while (q.next()) {
        BookEntry e = readEntry(q);
        byId.insert(e.order.id, std::move(e));
    }
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            found.append(*it);
    }
    return found;
}

std::optional<BookEntry> OrderBook::entry(qint64 id) const
{
    const QList<BookEntry> one = entries({id});
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

QList<StatusChange> OrderBook::statusHistory(qint64 id) const
{
    QList<StatusChange> changes;
    if (!m_open)
        return changes;
    QSqlQuery q(db());
    q.prepare(u"SELECT status, at FROM status_history WHERE order_id = ? ORDER BY at, rowid"_s);
    q.addBindValue(id);
    if (!q.exec())
        return changes;
    while (q.next())
        changes.append({q.value(0).toString(), fromIso(q.value(1))});
    return changes;
}

QHash<qint64, QList<StatusChange>> OrderBook::statusHistories() const
{
    QHash<qint64, QList<StatusChange>> all;
    if (!m_open)
        return all;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT order_id, status, at FROM status_history ORDER BY order_id, at, rowid"_s))
        return all;
    while (q.next())
        all[q.value(0).toLongLong()].append({q.value(1).toString(), fromIso(q.value(2))});
    return all;
}

QList<BookFigure> OrderBook::figures(Grouping grouping) const
{
    QList<BookFigure> figures;
    if (!m_open)
        return figures;
    // Counted from an index alone; the few names are read afterwards.
    const QString key = grouping == Grouping::Month     ? u"month"_s
                        : grouping == Grouping::Service ? u"service_id"_s
                                                        : u"country_id"_s;
    const QString sql =
        u"SELECT %1, COUNT(*) AS bought, SUM(%2), SUM(%3), SUM(%4) FROM orders INDEXED BY %5 "
        "WHERE %1 <> '' GROUP BY %1"_s.arg(key, QLatin1StringView(decidedSql),
                                           QLatin1StringView(gotCodeSql),
                                           QLatin1StringView(spentSql),
                                           grouping == Grouping::Month     ? u"orders_month"_s
                                           : grouping == Grouping::Service ? u"orders_service"_s
                                                                           : u"orders_country"_s);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        qCWarning(lcBook) << "order book:" << q.lastError().text();
        return figures;
    }
    while (q.next()) {
        BookFigure f;
        f.key = q.value(0).toString();
        f.bought = q.value(1).toInt();
        f.decided = q.value(2).toInt();
        f.gotCode = q.value(3).toInt();
        f.spent = Money(q.value(4).toLongLong(), u"GHS"_s);
        figures.append(f);
    }
    q = QSqlQuery(db());
    if (grouping != Grouping::Month) {
        q.prepare(grouping == Grouping::Service
                      ? u"SELECT service, '' FROM orders WHERE service_id = ? LIMIT 1"_s
                      : u"SELECT country, country_code FROM orders WHERE country_id = ? LIMIT 1"_s);
    }
    for (BookFigure &f : figures) {
        if (grouping == Grouping::Month) {
            const QDate month = QDate::fromString(f.key + u"-01"_s, Qt::ISODate);
            f.name =
                QLocale().standaloneMonthName(month.month()) + u' ' + QString::number(month.year());
            continue;
        }
        q.addBindValue(f.key.toLongLong());
        if (q.exec() && q.next()) {
            f.name = q.value(0).toString();
            f.code = q.value(1).toString();
        }
    }
    std::sort(figures.begin(), figures.end(), [grouping](const BookFigure &a, const BookFigure &b) {
        if (grouping == Grouping::Month)
            return a.key > b.key; // newest first
        if (a.bought != b.bought)
            return a.bought > b.bought;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return figures;
}

QHash<qint64, OwnRecord> OrderBook::ownRecords(qint64 serviceId) const
{
    QHash<qint64, OwnRecord> records;
    if (!m_open)
        return records;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT country_id, SUM(%1), SUM(%2) FROM orders INDEXED BY orders_service "
              "WHERE service_id = ? GROUP BY country_id"_s.arg(QLatin1StringView(gotCodeSql),
                                                               QLatin1StringView(decidedSql)));
    q.addBindValue(serviceId);
    if (!q.exec())
        return records;
    while (q.next()) {
        const OwnRecord r{q.value(1).toInt(), q.value(2).toInt()};
        if (r.decided > 0)
            records.insert(q.value(0).toLongLong(), r);
    }
    return records;
}
