#include "core/api/apierror.h"
#include "core/api/decoders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDecoders final : public QObject
{
    Q_OBJECT

    // A fixed server time: decoders never read a clock.
    static QDateTime now() { return QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC); }

private slots:
    // Beyond 64 bits (ids, stock) or beyond reason (amounts): the row is left
    // out and counted, never shown with a made-up value (an order at ₵0.00).
    void rowsBeyond64Bits_areCounted_notShown()
    {
        const auto prices = Decode::prices(
            R"({"success":true,"data":[
                {"country":"Ghana","country_id":42,"price":"8.85","stock":152},
                {"country":"Nowhere","country_id":123456789012345678901234567890,"price":"1.00"},
                {"country":"Dearland","country_id":7,"price":"99999999999999999999999999.00"}],
                "meta":{"current_page":1,"last_page":1}})");
        QVERIFY(prices);
        QCOMPARE(prices->items.size(), 1);
        QCOMPARE(prices->unreadable, 2);
        const auto orders = Decode::orders(
            R"({"success":true,"data":[
                {"id":184467440737095516150,"phone_number":"+233241234567","cost":"8.85"},
                {"id":5008,"phone_number":"+233241234567","cost":"99999999999999999999999.00"},
                {"id":5009,"phone_number":"+233241234568","cost":"4.20"}],
                "meta":{"current_page":1,"last_page":1}})",
            QDateTime::currentDateTimeUtc());
        QVERIFY(orders);
        QCOMPARE(orders->items.size(), 1);
        QCOMPARE(orders->items.first().id, 5009);
        QCOMPARE(orders->unreadable, 2);
    }

    void integer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        QTest::newRow("number") << QByteArray("1012") << true << qint64(1012);
        QTest::newRow("string") << QByteArray("\"1012\"") << true << qint64(1012);
        QTest::newRow("padded string") << QByteArray("\" 42 \"") << true << qint64(42);
        QTest::newRow("fraction") << QByteArray("4.5") << false << qint64(0);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
        QTest::newRow("word") << QByteArray("\"abc\"") << false << qint64(0);
        QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
        QTest::newRow("huge") << QByteArray("1e300") << false << qint64(0);
    }

    void integer()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const QJsonValue v = QJsonDocument::fromJson("[" + json + "]").array().first();
        const auto n = Decode::integer(v);
        QCOMPARE(n.has_value(), valid);
        if (valid)
            QCOMPARE(*n, value);
    }

    void money_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("minor"); // -1: invalid
        QTest::newRow("string") << QByteArray("\"4.20\"") << qint64(420);
        QTest::newRow("number") << QByteArray("4.2") << qint64(420);
        QTest::newRow("integer") << QByteArray("4") << qint64(400);
        QTest::newRow("float noise") << QByteArray("0.30000000000000004") << qint64(30);
        QTest::newRow("null") << QByteArray("null") << qint64(-1);
        QTest::newRow("object") << QByteArray("{}") << qint64(-1);
    }

    void money()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, minor);
        const QJsonValue v = QJsonDocument::fromJson("[" + json + "]").array().first();
        const auto m = Decode::money(v, u"GHS"_s);
        QCOMPARE(m.has_value(), minor >= 0);
        if (m)
            QCOMPARE(m->minorUnits(), minor);
    }

    void timestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
        QTest::newRow("laravel micro") << u"2026-11-27T10:00:00.000000Z"_s << t;
        QTest::newRow("millis") << u"2026-11-27T10:00:00.250Z"_s << t.addMSecs(250);
        QTest::newRow("no fraction") << u"2026-11-27T10:00:00Z"_s << t;
        QTest::newRow("offset") << u"2026-11-27T11:00:00+01:00"_s << t;
        QTest::newRow("offset no colon") << u"2026-11-27T05:00:00-0500"_s << t;
        QTest::newRow("no zone is utc") << u"2026-11-27 10:00:00"_s << t;
        QTest::newRow("unix seconds") << QString::number(t.toSecsSinceEpoch()) << t;
        QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
        QTest::newRow("bad month") << u"2026-13-27T10:00:00Z"_s << QDateTime();
        QTest::newRow("no seconds") << u"2026-11-27T10:00Z"_s << t;
        QTest::newRow("lower case, spaces around") << u"  2026-11-27t10:00:00z \n"_s << t;
        QTest::newRow("comma fraction, zone after a space")
            << u"2026-11-27 11:00:00,5 +01:00"_s << t.addMSecs(500);
        QTest::newRow("something after") << u"2026-11-27T10:00:00Z!"_s << QDateTime();
        QTest::newRow("offset without minutes") << u"2026-11-27T10:00:00+01"_s << QDateTime();
        QTest::newRow("point without digits") << u"2026-11-27T10:00:00.Z"_s << QDateTime();
        QTest::newRow("fraction without seconds") << u"2026-11-27T10:00.5Z"_s << QDateTime();
        QTest::newRow("short year") << u"26-11-27T10:00:00Z"_s << QDateTime();
        QTest::newRow("date alone") << u"2026-11-27"_s << QDateTime();
    }

    void timestamp()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime got = Decode::timestamp(QJsonValue(text));
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void codeFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("dashed") << u"Your WhatsApp code is 482-913"_s << u"482913"_s;
        QTest::newRow("spaced") << u"Your code: 482 913."_s << u"482913"_s;
        QTest::newRow("plain six") << u"<#> Telegram code: 48291"_s << u"48291"_s;
        QTest::newRow("google") << u"G-482913 is your Google verification code."_s << u"482913"_s;
        QTest::newRow("four") << u"Code 1234 expires in 5 minutes"_s << u"1234"_s;
        QTest::newRow("phone number is not a code")
            << u"Call +233241234567 for help"_s << QString();
        QTest::newRow("none") << u"Welcome to the service!"_s << QString();
        QTest::newRow("nine digits are not a code") << u"Ref 123456789"_s << QString();
        QTest::newRow("eight inside letters") << u"a12345678b"_s << u"12345678"_s;
        QTest::newRow("three then four: the four") << u"code 123-4567"_s << u"4567"_s;
        QTest::newRow("the first from the left") << u"482913, not 1234"_s << u"482913"_s;
        QTest::newRow("a plus's digits are skipped, the next groups are not")
            << u"+233 241 234"_s << u"241234"_s;
    }

    void codeFromText()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(Decode::codeFromText(text), code);
    }

    void prices_readsBothPaginationShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("lastPage");
        QTest::addColumn<bool>("hasMore");
        const QByteArray row = R"({"country_id": 42, "country": "Ghana", "country_code": "gh",
            "dial_code": "233", "price": "4.20", "price_usd": 0.28, "stock": "152",
            "success_rate": null, "pool": null, "extra": {"unknown": 1}})";
        QTest::newRow("meta beside")
            << QByteArray(R"({"success": true, "message": "OK", "data": [)" + row +
                          R"(], "meta": {"current_page": 1, "last_page": 4,
                                                   "per_page": 50, "total": 163, "has_more": true}})")
            << 1 << 4 << true;
        QTest::newRow("laravel paginator")
            << QByteArray(R"({"success": true, "data": {"current_page": "2", "data": [)" + row +
                          "," + row + R"(], "last_page": 2, "per_page": 50, "total": 52,
                          "next_page_url": null}})")
            << 2 << 2 << false;
        QTest::newRow("bare list") << QByteArray(R"({"data": [)" + row + "]}") << 1 << 1 << false;
        QTest::newRow("rows without id are skipped")
            << QByteArray(R"({"data": [{"country": "Nowhere", "price": "1.00"}, )" + row + "]}")
            << 1 << 1 << false;
        QTest::newRow("null data")
            << QByteArray(R"({"success": true, "data": null})") << 0 << 1 << false;
    }

    void prices_readsBothPaginationShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, rows);
        QFETCH(int, lastPage);
        QFETCH(bool, hasMore);
        const auto page = Decode::prices(body);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->items.size(), rows);
        QCOMPARE(page->info.lastPage, lastPage);
        QCOMPARE(page->info.hasMore, hasMore);
        if (rows > 0) {
            const CountryPrice &p = page->items.first();
            QCOMPARE(p.countryId, 42);
            QCOMPARE(p.countryCode, u"GH"_s);
            QCOMPARE(p.dialCode, u"+233"_s);
            QCOMPARE(p.price, Money(420, u"GHS"_s));
            QCOMPARE(p.priceUsd, Money(28, u"USD"_s));
            QCOMPARE(p.stock, 152);
            QVERIFY(!p.successRate.has_value());
        }
    }

    void envelope_failures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("success false") << QByteArray(R"({"success": false, "message": "Nope"})")
                                       << int(ApiError::Kind::Refused) << u"Nope"_s;
        QTest::newRow("success false as string")
            << QByteArray(R"({"success": "false", "errors": {"x": ["First"]}})")
            << int(ApiError::Kind::Refused) << u"First"_s;
        QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>")
                              << int(ApiError::Kind::Malformed) << QString();
        QTest::newRow("truncated") << QByteArray(R"({"success": true, "data": [)")
                                   << int(ApiError::Kind::Malformed) << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << int(ApiError::Kind::Malformed)
                               << QString();
        QTest::newRow("empty") << QByteArray() << int(ApiError::Kind::Malformed) << QString();
    }

    void envelope_failures()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const auto result = Decode::orders(body, now());
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        if (!message.isEmpty())
            QCOMPARE(result.error().userMessage(), message);
    }

    void order_keepsUnknownStatusAndFindsCode()
    {
        const QByteArray body =
            R"({"success": true, "data": {"id": "5012", "order_code": "K7Q2M9XP",
            "service_id": "1012", "service": "WhatsApp", "country_id": 42, "country": "Ghana",
            "phone_number": "+233241234567", "cost": 4.2, "cost_usd": "0.28",
            "status": "on_hold", "sms_code": null, "sms_text": "Your WhatsApp code is 482-913",
            "created_at": "2026-11-27T10:00:00.000000Z", "expires_at": "2026-11-27T10:20:00Z",
            "can_cancel": "1"}})";
        const auto order = Decode::order(body, now());
        QVERIFY(order.ok());
        QCOMPARE(order->id, 5012);
        QCOMPARE(order->serviceId, 1012);
        QCOMPARE(order->status, Order::Status::Unknown);
        QCOMPARE(order->statusText, u"on_hold"_s);
        QCOMPARE(order->smsCode, u"482913"_s);
        QCOMPARE(order->cost, Money(420, u"GHS"_s));
        QVERIFY(order->canCancel);
        QCOMPARE(order->createdAt.secsTo(order->expiresAt), 1200);
    }

    // time_left counts from the server's time, given to the decoder: the
    // countdown runs on the server's clock too, so both must agree however
    // wrong this computer's clock is.
    void order_timeLeft_countsFromTheServersTime()
    {
        const QDateTime server = now().addYears(-3); // this computer is far off
        const auto order = Decode::order(
            R"({"success": true, "data": {"id": 7, "status": "pending",
            "created_at": "2023-11-27T10:00:00Z", "time_left": 600}})",
            server);
        QVERIFY(order.ok());
        QCOMPARE(order->expiresAt, server.addSecs(600));
        // Without created_at there is nothing to count from either.
        const auto bare = Decode::orderFrom({{"id"_L1, 8}, {"time_left"_L1, 600}}, server);
        QVERIFY(bare);
        QVERIFY(!bare->expiresAt.isValid());
    }

    void login_needsAToken()
    {
        QVERIFY(!Decode::login(R"({"success": true, "data": {"token": null}})").ok());
        const auto s = Decode::login(R"({"success": true, "message": "Login successful",
            "data": {"token": "1|abc", "token_type": "Bearer", "expires_at": "2026-02-14T00:00:00.000000Z",
            "user": {"id": "1", "name": "John Doe", "email": "john@example.com"}}})");
        QVERIFY(s.ok());
        QCOMPARE(s->token, u"1|abc"_s);
        QCOMPARE(s->user.id, 1);
        QVERIFY(s->expiresAt.isValid());
    }

    void dashboard_readsMoneyExactly()
    {
        const auto d =
            Decode::dashboard(R"({"success": true, "data": {"user": {"id": 1, "name": "J"},
            "balance": "125.40", "balance_usd": "8.36", "stats": {"total_orders": "12",
            "total_spent": "84.10"}, "recent_orders": [{"id": 1, "status": "pending"}, {"bad": true}]}})",
                              now());
        QVERIFY(d.ok());
        QCOMPARE(d->balance, Money(12540, u"GHS"_s));
        QCOMPARE(d->balanceUsd, Money(836, u"USD"_s));
        QCOMPARE(d->stats.totalOrders, 12);
        QCOMPARE(d->stats.totalSpent, Money(8410, u"GHS"_s));
        QCOMPARE(d->recentOrders.size(), 1);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("assumed");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << QByteArray(R"({"message": "Unauthenticated."})")
                             << QByteArray() << false << int(ApiError::Kind::Unauthenticated);
        QTest::newRow("422 fields")
            << 422 << QByteArray(R"({"success": false, "message": "The email field is required.",
                                       "errors": {"email": ["The email field is required."]}})")
            << QByteArray() << false << int(ApiError::Kind::Validation);
        QTest::newRow("422 business")
            << 422 << QByteArray(R"({"success": false, "message": "Insufficient balance",
                                         "error_code": "INSUFFICIENT_BALANCE"})")
            << QByteArray() << false << int(ApiError::Kind::Refused);
        QTest::newRow("404 published") << 404 << QByteArray(R"({"message": "Order not found."})")
                                       << QByteArray() << false << int(ApiError::Kind::NotFound);
        QTest::newRow("404 assumed")
            << 404 << QByteArray() << QByteArray() << true << int(ApiError::Kind::Unsupported);
        QTest::newRow("405 assumed")
            << 405 << QByteArray() << QByteArray() << true << int(ApiError::Kind::Unsupported);
        QTest::newRow("429") << 429 << QByteArray(R"({"message": "Too Many Attempts."})")
                             << QByteArray("17") << false << int(ApiError::Kind::RateLimited);
        QTest::newRow("503")
            << 503
            << QByteArray(R"({"success": false, "message": "Countries temporarily unavailable."})")
            << QByteArray() << false << int(ApiError::Kind::ServerBusy);
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << QByteArray()
                                  << false << int(ApiError::Kind::ServerError);
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, assumed);
        QFETCH(int, kind);
        const ApiError e = ApiError::fromHttp(status, body, retryAfter, assumed);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.userMessage().isEmpty());
        if (status == 429)
            QCOMPARE(e.retryAfterSeconds.value_or(-1), 17);
        if (status == 422 && e.kind == ApiError::Kind::Validation)
            QCOMPARE(e.fieldErrors.value(u"email"_s).first(), u"The email field is required."_s);
        if (status == 422 && e.kind == ApiError::Kind::Refused)
            QCOMPARE(e.errorCode, u"INSUFFICIENT_BALANCE"_s);
        if (status == 503)
            QCOMPARE(e.userMessage(), u"Countries temporarily unavailable."_s);
        if (status == 502)
            QVERIFY(!e.userMessage().contains(u"<html>"_s));
    }

    void retryAfter_acceptsAnHttpDate()
    {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray header =
            QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        const ApiError e = ApiError::fromHttp(429, {}, header, false);
        QVERIFY(e.retryAfterSeconds.has_value());
        QVERIFY2(*e.retryAfterSeconds >= 28 && *e.retryAfterSeconds <= 30,
                 qPrintable(QString::number(*e.retryAfterSeconds)));
    }

    // 0 would be a request loop, a day a day of silence: honoured from 1 s
    // to 5 min, capped above, none below (the normal back-off applies).
    void retryAfter_isBounded_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("zero") << QByteArray("0") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("one") << QByteArray("1") << 1;
        QTest::newRow("five minutes") << QByteArray("300") << 300;
        QTest::newRow("a day") << QByteArray("86400") << 300;
        QTest::newRow("past date") << QByteArray("Mon, 01 Jan 2001 00:00:00 GMT") << -1;
        QTest::newRow("huge") << QByteArray("99999999999") << 300;
    }

    void retryAfter_isBounded()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        const ApiError e = ApiError::fromHttp(429, {}, header, false);
        QCOMPARE(e.retryAfterSeconds.value_or(-1), expected);
        QVERIFY(!e.userMessage().contains(u" 0 second"_s));
    }

    // Text from the server is inert: no bidirectional control or invisible
    // formatting survives; codes are letters and digits, numbers + and digits.
    void serverText_isInert_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("shown");
        QTest::newRow("RLO country") << u"country"_s << u"\u202EaissuR"_s << u"aissuR"_s;
        QTest::newRow("isolates") << u"service"_s << u"\u2066What\u2069sApp\u200F"_s
                                  << u"WhatsApp"_s;
        QTest::newRow("ALM and zero width")
            << u"country"_s << u"Gh\u061Ca\u200Bna\uFEFF"_s << u"Ghana"_s;
        QTest::newRow("controls") << u"sms_text"_s << u"code\u0007 123\u0000456"_s
                                  << u"code 123456"_s;
        QTest::newRow("RLO code") << u"sms_code"_s << u"\u202E123456"_s << u"123456"_s;
        QTest::newRow("spaced code") << u"sms_code"_s << u" 482-913 "_s << u"482913"_s;
        QTest::newRow("letters in a code") << u"sms_code"_s << u"G-4829"_s << u"G4829"_s;
        QTest::newRow("Arabic-Indic digits")
            << u"sms_code"_s << u"\u0664\u0668\u0662\u0669"_s << u"4829"_s;
        QTest::newRow("wrapped number")
            << u"phone_number"_s << u"\u2066+233 24 123 4567\u2069"_s << u"+233241234567"_s;
        QTest::newRow("number with LRM")
            << u"phone_number"_s << u"+\u200E1-555-0100"_s << u"+15550100"_s;
    }

    void serverText_isInert()
    {
        QFETCH(QString, field);
        QFETCH(QString, sent);
        QFETCH(QString, shown);
        QJsonObject row{{"id"_L1, 1}, {"status"_L1, u"received"_s}};
        row.insert(field, sent);
        const auto order = Decode::orderFrom(row, now());
        QVERIFY(order);
        const QHash<QString, QString> got{{u"country"_s, order->country},
                                          {u"service"_s, order->service},
                                          {u"sms_text"_s, order->smsText},
                                          {u"sms_code"_s, order->smsCode},
                                          {u"phone_number"_s, order->phoneNumber}};
        QCOMPARE(got.value(field), shown);
    }

    void serverText_isBounded()
    {
        const QString huge(Decode::maxTextLength * 3, u'a');
        const auto order = Decode::orderFrom({{"id"_L1, 1}, {"sms_text"_L1, huge}}, now());
        QVERIFY(order);
        QCOMPARE(order->smsText.size(), Decode::maxTextLength + 1);
    }

    void signInToken_tooLong_isRefusedInPlainWords()
    {
        const auto answer = [](qsizetype tokenBytes) {
            const QJsonObject data{{"token"_L1, QString(tokenBytes, u'x')},
                                   {"user"_L1, QJsonObject{{"id"_L1, 1}}}};
            return QJsonDocument(QJsonObject{{"success"_L1, true}, {"data"_L1, data}}).toJson();
        };
        const auto session = Decode::login(answer(Decode::maxTokenBytes + 1));
        QVERIFY(!session);
        QCOMPARE(session.error().kind, ApiError::Kind::TooLarge);
        QVERIFY2(session.error().userMessage().contains(u"too long"_s),
                 qPrintable(session.error().userMessage()));
        QVERIFY(Decode::login(answer(Decode::maxTokenBytes)));
    }
};

QTEST_APPLESS_MAIN(TestDecoders)
#include "tst_decoders.moc"
