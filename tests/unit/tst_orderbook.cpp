// The order book on a real SQLite file: what it keeps, what it counts, what
// it exports, and what it survives (a damaged file, a newer one, a kill).
#include "core/book/bookexport.h"
#include "core/book/orderbook.h"
#include "core/models/bookstatsmodel.h"
#include "core/models/orderbookmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());

Order makeOrder(qint64 id, qint64 serviceId, const QString &service, qint64 countryId,
                const QString &country, const QString &status, qint64 pesewas,
                const QDateTime &created, const QString &code = {})
{
    Order o;
    o.id = id;
    o.orderCode = u"C%1"_s.arg(id);
    o.serviceId = serviceId;
    o.service = service;
    o.countryId = countryId;
    o.country = country;
    o.countryCode = country.left(2).toUpper();
    o.phoneNumber = u"+23324%1"_s.arg(id, 7, 10, QChar(u'0'));
    o.cost = Money(pesewas, u"GHS"_s);
    o.costUsd = Money(pesewas / 15, u"USD"_s);
    o.statusText = status;
    static const QHash<QString, Order::Status> statuses{
        {u"pending"_s, Order::Status::Pending},     {u"received"_s, Order::Status::Received},
        {u"completed"_s, Order::Status::Completed}, {u"cancelled"_s, Order::Status::Cancelled},
        {u"expired"_s, Order::Status::Expired},     {u"refunded"_s, Order::Status::Refunded}};
    o.status = statuses.value(status, Order::Status::Unknown);
    o.smsCode = code;
    o.smsText = code.isEmpty() ? QString() : u"Your code is %1"_s.arg(code);
    o.createdAt = created;
    o.expiresAt = created.addSecs(20 * 60);
    return o;
}

// Local noon of a day: the month the user sees is the month counted.
QDateTime day(int year, int month, int d)
{
    return QDateTime(QDate(year, month, d), QTime(12, 0)).toUTC();
}

// The hand-made history the figures are checked against:
//            WhatsApp (1012)                Telegram (1013)
// Ghana 42   Oct: got 4.20, expired 4.20    Nov: got 3.00
//            Nov: got 4.20, pending 4.20
// Nigeria 43 Nov: cancelled 2.00, got 2.50  Oct: expired 3.10
QList<Order> handHistory()
{
    return {
        makeOrder(1, 1012, u"WhatsApp"_s, 42, u"Ghana"_s, u"completed"_s, 420, day(2026, 10, 3),
                  u"111111"_s),
        makeOrder(2, 1012, u"WhatsApp"_s, 42, u"Ghana"_s, u"expired"_s, 420, day(2026, 10, 5)),
        makeOrder(3, 1012, u"WhatsApp"_s, 42, u"Ghana"_s, u"received"_s, 420, day(2026, 11, 2),
                  u"333333"_s),
        makeOrder(4, 1012, u"WhatsApp"_s, 42, u"Ghana"_s, u"pending"_s, 420, day(2026, 11, 29)),
        makeOrder(5, 1012, u"WhatsApp"_s, 43, u"Nigeria"_s, u"cancelled"_s, 200, day(2026, 11, 10)),
        makeOrder(6, 1012, u"WhatsApp"_s, 43, u"Nigeria"_s, u"completed"_s, 250, day(2026, 11, 11),
                  u"666666"_s),
        makeOrder(7, 1013, u"Telegram"_s, 42, u"Ghana"_s, u"completed"_s, 300, day(2026, 11, 12),
                  u"777777"_s),
        makeOrder(8, 1013, u"Telegram"_s, 43, u"Nigeria"_s, u"expired"_s, 310, day(2026, 10, 20)),
    };
}

struct Expected
{
    QString key;
    int bought, decided, gotCode;
    qint64 spent;
};

} // namespace

class TestOrderBook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void figures_matchHandComputedTable_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QList<Expected>>("expected");
        // Spent: what was charged and not refunded (expired and cancelled
        // orders cost nothing; a waiting one is charged until it ends).
        // Decided: ended with or without a code; a waiting one is not yet.
        QTest::newRow("month") << int(OrderBook::Grouping::Month)
                               << QList<Expected>{{u"2026-11"_s, 5, 4, 3, 420 + 420 + 250 + 300},
                                                  {u"2026-10"_s, 3, 3, 1, 420}};
        QTest::newRow("service") << int(OrderBook::Grouping::Service)
                                 << QList<Expected>{{u"1012"_s, 6, 5, 3, 420 + 420 + 420 + 250},
                                                    {u"1013"_s, 2, 2, 1, 300}};
        QTest::newRow("country") << int(OrderBook::Grouping::Country)
                                 << QList<Expected>{{u"42"_s, 5, 4, 3, 420 + 420 + 420 + 300},
                                                    {u"43"_s, 3, 3, 1, 250}};
    }

    void figures_matchHandComputedTable()
    {
        QFETCH(int, grouping);
        QFETCH(QList<Expected>, expected);
        OrderBook book;
        QVERIFY(book.open(file(u"figures-%1.sqlite"_s.arg(grouping))));
        book.record(handHistory(), BookEntry::Origin::Listed, now);
        const QList<BookFigure> figures = book.figures(static_cast<OrderBook::Grouping>(grouping));
        QCOMPARE(figures.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(figures.at(i).key, expected.at(i).key);
            QCOMPARE(figures.at(i).bought, expected.at(i).bought);
            QCOMPARE(figures.at(i).decided, expected.at(i).decided);
            QCOMPARE(figures.at(i).gotCode, expected.at(i).gotCode);
            QCOMPARE(figures.at(i).spent, Money(expected.at(i).spent, u"GHS"_s));
        }
        // The model adds them up, and says the record as the table does.
        BookStatsModel stats(&book);
        QAbstractItemModelTester tester(&stats,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        stats.setGrouping(static_cast<OrderBook::Grouping>(grouping));
        QCOMPARE(stats.total().bought, 8);
        QCOMPARE(stats.total().gotCode, 4);
        QCOMPARE(stats.total().decided, 7);
        QCOMPARE(stats.total().spent, Money(420 + 420 + 420 + 250 + 300, u"GHS"_s));
        QCOMPARE(stats.index(0, BookStatsModel::CodeColumn).data().toString(),
                 BookStatsModel::recordText(expected.first().gotCode, expected.first().decided));
    }

    void ownRecords_countEndedOrdersPerCountry()
    {
        OrderBook book;
        QVERIFY(book.open(file(u"own.sqlite"_s)));
        book.record(handHistory(), BookEntry::Origin::Listed, now);
        const auto whatsapp = book.ownRecords(1012);
        QCOMPARE(whatsapp.value(42).gotCode, 2); // 1 and 3; 4 still waits
        QCOMPARE(whatsapp.value(42).decided, 3);
        QCOMPARE(whatsapp.value(43).gotCode, 1);
        QCOMPARE(whatsapp.value(43).decided, 2);
        const auto telegram = book.ownRecords(1013);
        QCOMPARE(telegram.value(42).gotCode, 1);
        QCOMPARE(telegram.value(43).gotCode, 0);
        QCOMPARE(telegram.value(43).decided, 1);
        QVERIFY(book.ownRecords(1999).isEmpty());
    }

    void statuses_areKeptWithTheirTimes_andTheServerStaysTheAuthority()
    {
        OrderBook book;
        QVERIFY(book.open(file(u"history.sqlite"_s)));
        QSignalSpy changed(&book, &OrderBook::changed);
        Order o = makeOrder(10, 1012, u"WhatsApp"_s, 42, u"Ghana"_s, u"pending"_s, 420, now);
        book.record({o}, BookEntry::Origin::Bought, now);
        QCOMPARE(changed.size(), 1);
        book.record({o}, BookEntry::Origin::Listed, now.addSecs(5)); // nothing new
        QCOMPARE(changed.size(), 1);
        o.status = Order::Status::Received;
        o.statusText = u"received"_s;
        o.smsCode = u"123456"_s;
        book.record({o}, BookEntry::Origin::Listed, now.addSecs(45));
        QCOMPARE(changed.size(), 2);
        // A later list without the code does not take it away.
        o.status = Order::Status::Completed;
        o.statusText = u"completed"_s;
        o.smsCode.clear();
        book.record({o}, BookEntry::Origin::Listed, now.addSecs(600));
        const auto entry = book.entry(10);
        QVERIFY(entry);
        QCOMPARE(entry->order.smsCode, u"123456"_s);
        QCOMPARE(entry->order.statusText, u"completed"_s);
        QCOMPARE(entry->origin, BookEntry::Origin::Bought);
        const QList<StatusChange> history = book.statusHistory(10);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).status, u"pending"_s);
        QCOMPARE(history.at(0).at, now);
        QCOMPARE(history.at(1).status, u"received"_s);
        QCOMPARE(history.at(1).at, now.addSecs(45));
        QCOMPARE(history.at(2).status, u"completed"_s);
    }

    void anOrderTheServerNoLongerLists_isMarkedAbsent_notDeleted()
    {
        OrderBook book;
        QVERIFY(book.open(file(u"absent.sqlite"_s)));
        const QList<Order> orders = handHistory();
        book.record(orders, BookEntry::Origin::Listed, now.addSecs(-3600));
        // A complete list that lacks order 5.
        QList<Order> listed = orders;
        listed.removeAt(4);
        book.recordRecent(listed, true, now);
        QCOMPARE(book.count(), 8);
        QVERIFY(book.entry(5)->absentSince.isValid());
        QVERIFY(!book.entry(6)->absentSince.isValid());
        // A page of the newest orders proves nothing about older ones.
        book.recordRecent({orders.at(3)}, false, now.addSecs(10));
        QVERIFY(!book.entry(1)->absentSince.isValid());
        // Listed again: present again.
        book.recordRecent(orders, true, now.addSecs(20));
        QVERIFY(!book.entry(5)->absentSince.isValid());
    }

    void labels_areSearched_andSurviveReopening()
    {
        const QString path = file(u"labels.sqlite"_s);
        {
            OrderBook book;
            QVERIFY(book.open(path));
            book.record(handHistory(), BookEntry::Origin::Listed, now);
            QVERIFY(book.setLabel(3, u"Mum's Télégram"_s));
            QVERIFY(book.setNote(6, u"shop account"_s));
        }
        OrderBook book;
        QVERIFY(book.open(path));
        QCOMPARE(book.search(u"mum"_s), QList<qint64>{3});
        QCOMPARE(book.search(u"TELEGRAM mum"_s), QList<qint64>{3}); // accents, case, words
        QCOMPARE(book.search(u"shop"_s), QList<qint64>{6});
        QCOMPARE(book.search(u"+233 24 0000006"_s), QList<qint64>{6}); // a number, as typed
        QCOMPARE(book.search(u"nigeria telegram"_s), QList<qint64>{8});
        QCOMPARE(book.search(QString()).size(), 8);
        QCOMPARE(book.search(QString()).first(), 4); // newest first
        QCOMPARE(book.search(u"whatsapp"_s, OrderBook::SortKey::Cost, Qt::AscendingOrder).first(),
                 5);
    }

    void theModel_readsRowsFromTheBook_andWritesLabelsInPlace()
    {
        OrderBook book;
        QVERIFY(book.open(file(u"model.sqlite"_s)));
        QList<Order> many;
        for (int i = 1; i <= 300; ++i)
            many.append(makeOrder(i, 1012, u"WhatsApp"_s, 42 + i % 3, u"Ghana"_s, u"expired"_s, 420,
                                  now.addSecs(-i * 60)));
        book.record(many, BookEntry::Origin::Listed, now);
        OrderBookModel model(&book);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(299, OrderBookModel::NumberColumn).data().toString(),
                 many.last().phoneNumber);
        QVERIFY(model.index(0, OrderBookModel::DateColumn)
                    .data(OrderBookModel::EndedWithoutCodeRole)
                    .toBool());
        QVERIFY(model.setData(model.index(10, OrderBookModel::LabelColumn), u"Shop WhatsApp"_s));
        QTRY_COMPARE(model.index(10, OrderBookModel::LabelColumn).data().toString(),
                     u"Shop WhatsApp"_s);
        model.setSearchText(u"shop"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(OrderBookModel::OrderIdRole).toLongLong(), 11);
        // A new order that matches comes in as a row of its own.
        Order fresh = makeOrder(1000, 1012, u"WhatsApp"_s, 42, u"Ghana"_s, u"pending"_s, 420, now);
        book.record({fresh}, BookEntry::Origin::Bought, now);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(book.setLabel(1000, u"shop too"_s));
        QTRY_COMPARE(model.rowCount(), 2); // once the burst of changes has settled
        QCOMPARE(model.index(0, 0).data(OrderBookModel::OrderIdRole).toLongLong(), 1000);
        model.sort(OrderBookModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(OrderBookModel::OrderIdRole).toLongLong(), 11);
    }

    void export_isReadBackAsWritten()
    {
        OrderBook book;
        QVERIFY(book.open(file(u"export.sqlite"_s)));
        QList<Order> orders = handHistory();
        orders[0].smsText = u"=HYPERLINK(\"http://evil\"), \"quoted\"\nline two"_s;
        book.record(orders, BookEntry::Origin::Listed, now);
        QVERIFY(book.setLabel(2, u"Shop, WhatsApp"_s));
        const QList<BookEntry> entries = book.entries(book.search(QString()));

        const QByteArray csv = BookExport::csv(entries);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), entries.size() + 1);
        QCOMPARE(rows.first(), BookExport::csvColumns());
        const auto column = [&](const char *name) {
            return int(rows.first().indexOf(QLatin1StringView(name)));
        };
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            const Order &o = entries.at(i).order;
            QCOMPARE(row.at(column("order_id")).toLongLong(), o.id);
            QCOMPARE(row.at(column("number")), o.phoneNumber);
            QCOMPARE(row.at(column("cost_ghs")), o.cost.toDecimal());
            QCOMPARE(QDateTime::fromString(row.at(column("bought_utc")) + u'Z', Qt::ISODate),
                     o.createdAt);
            QCOMPARE(row.at(column("label")), entries.at(i).label);
            if (o.id == 1) // a formula from the server is only text
                QCOMPARE(row.at(column("sms_text")), u'\'' + o.smsText);
        }

        const QJsonArray json = QJsonDocument::fromJson(BookExport::json(entries))
                                    .object()
                                    .value("orders"_L1)
                                    .toArray();
        QCOMPARE(json.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject row = json.at(i).toObject();
            const BookEntry &e = entries.at(i);
            QCOMPARE(row.value("id"_L1).toInteger(), e.order.id);
            QCOMPARE(row.value("cost"_L1).toObject().value("amount"_L1).toString(),
                     e.order.cost.toDecimal());
            QCOMPARE(row.value("cost"_L1).toObject().value("currency"_L1).toString(), u"GHS"_s);
            QCOMPARE(QDateTime::fromString(row.value("created_at"_L1).toString(), Qt::ISODate),
                     e.order.createdAt);
            QCOMPARE(row.value("sms_text"_L1).toString(), e.order.smsText);
            QCOMPARE(row.value("label"_L1).toString(), e.label);
        }
    }

    void aDamagedFile_isMovedAside_withAMessage()
    {
        const QString path = file(u"damaged.sqlite"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        OrderBook book;
        QSignalSpy problem(&book, &OrderBook::problem);
        QVERIFY(book.open(path));
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.first().first().toString().contains(u"moved aside"_s));
        const QStringList aside = QDir(m_dir.path()).entryList({u"damaged.sqlite.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFile(m_dir.filePath(aside.first())).size(), 8192); // kept as it was
        QCOMPARE(book.count(), 0);
    }

    void aBookFromANewerVersion_isLeftAlone()
    {
        const QString path = file(u"newer.sqlite"_s);
        {
            OrderBook book;
            QVERIFY(book.open(path));
            book.record(handHistory(), BookEntry::Origin::Listed, now);
        }
        setUserVersion(path, OrderBook::schemaVersion + 1);
        OrderBook book;
        QSignalSpy problem(&book, &OrderBook::problem);
        QVERIFY(!book.open(path));
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.first().first().toString().contains(u"newer version"_s));
        QVERIFY(QFile::exists(path));
        setUserVersion(path, OrderBook::schemaVersion);
        QVERIFY(book.open(path));
        QCOMPARE(book.count(), 8);
    }

    void aKillWhileWriting_leavesABookWithEveryCommittedOrder()
    {
        const QString path = file(u"killed.sqlite"_s);
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"N1SMS_BOOK_WRITER"_s, path);
        writer.setProcessEnvironment(env);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());
        // It says each batch once committed; it is killed mid-way.
        qint64 committed = 0;
        while (committed < 2000) {
            QVERIFY(writer.waitForReadyRead(10000));
            while (writer.canReadLine())
                committed = qMax(committed, writer.readLine().trimmed().toLongLong());
        }
        writer.kill(); // SIGKILL: no destructor, no commit of what is under way
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        OrderBook book;
        QSignalSpy problem(&book, &OrderBook::problem);
        QVERIFY(book.open(path));
        QCOMPARE(problem.size(), 0);
        QVERIFY(book.count() >= committed);
        for (qint64 id = 1; id <= committed; ++id)
            QVERIFY2(book.entry(id).has_value(), qPrintable(QString::number(id)));
    }

private:
    static void setUserVersion(const QString &path, int version)
    {
        // Through Qt SQL itself, as a later release would.
        const QString name = u"raw"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString cell;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                row.append(std::exchange(cell, {}));
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                row.append(std::exchange(cell, {}));
                rows.append(std::exchange(row, {}));
                ++i;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
};

// The child of the kill test: writes batches of orders for ever, saying the
// highest id committed after each batch.
static int writeUntilKilled(const QString &path)
{
    OrderBook book;
    if (!book.open(path))
        return 1;
    QTextStream out(stdout);
    for (qint64 id = 1;; id += 50) {
        QList<Order> batch;
        for (qint64 i = id; i < id + 50; ++i)
            batch.append(makeOrder(i, 1012, u"WhatsApp"_s, 42, u"Ghana"_s, u"pending"_s, 420,
                                   now.addSecs(i)));
        book.record(batch, BookEntry::Origin::Listed, now);
        out << (id + 49) << '\n';
        out.flush();
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("N1SMS_BOOK_WRITER"); !path.isEmpty())
        return writeUntilKilled(path);
    TestOrderBook test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_orderbook.moc"
