// The log a user can send: what it masks, how it rotates, what it keeps.
#include "core/logfile.h"
#include "core/logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LogFile::uninstall(); }

    void mask_keepsNoNumberCodeOrToken()
    {
        QCOMPARE(LogFile::mask(u"bought +233241234567 for order 5008"_s),
                 u"bought +*********567 for order 5008"_s);
        QCOMPARE(LogFile::mask(u"code 482913 arrived"_s), u"code ***913 arrived"_s);
        QCOMPARE(LogFile::mask(u"Authorization: Bearer 12|abcDEF"_s),
                 u"Authorization: Bearer [hidden]"_s);
        QCOMPARE(LogFile::mask(u"token 17|Xk29sLmQpRt7vWz1Yb3Nc5Hd8"_s), u"token [hidden]"_s);
        // Inside words too, in any case, and several on a line.
        QCOMPARE(LogFile::mask(u"xBEARER\tabc, bearer def"_s),
                 u"xBEARER\t[hidden] bearer [hidden]"_s);
        QCOMPARE(LogFile::mask(u"Bearer"_s), u"Bearer"_s);
        QCOMPARE(LogFile::mask(u"order12345678 and 1234"_s), u"order*****678 and 1234"_s);
        QCOMPARE(LogFile::mask(u"a=Xk29sLmQpRt7vWz1Yb3Nc5H; b=42"_s), u"[hidden]; b=42"_s);
        // What support needs stays: methods, paths, statuses, timings.
        QCOMPARE(LogFile::mask(u"POST /orders/5008/cancel 400 123 ms"_s),
                 u"POST /orders/5008/cancel 400 123 ms"_s);
    }

    void messages_areKept_masked_inAFileThatRotates()
    {
        QTemporaryDir dir;
        LogFile::install(dir.path(), 4096);
        QCOMPARE(LogFile::path(), dir.filePath(u"n1sms.log"_s));
        for (int i = 0; i < 300; ++i)
            qCInfo(lcApi) << "GET /orders 200" << i << "ms for +233241234567";
        const QStringList last = LogFile::lastLines(200);
        QCOMPARE(last.size(), 200);
        QVERIFY2(last.last().contains(u"I n1sms.api: GET /orders 200 299 ms for +*********567"_s),
                 qPrintable(last.last()));
        QVERIFY(last.first().contains(u" 100 ms"_s));
        // Capped: the file and the one before it, never more.
        QVERIFY(QFile::exists(dir.filePath(u"n1sms.log.1"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"n1sms.log.2"_s)));
        QFile current(dir.filePath(u"n1sms.log"_s));
        QVERIFY(current.size() <= 4096 + 200);
        QVERIFY(current.open(QIODevice::ReadOnly));
        const QByteArray content = current.readAll();
        QVERIFY(content.contains("299 ms"));
        QVERIFY(!content.contains("233241234567"));
        // Only its owner may read it.
        QCOMPARE(current.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void withoutAFolder_linesStayInMemory()
    {
        LogFile::install(QString());
        qCWarning(lcOrders) << "purchase outcome unknown";
        QVERIFY(LogFile::path().isEmpty());
        QVERIFY(
            LogFile::lastLines(5).last().contains(u"W n1sms.orders: purchase outcome unknown"_s));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
