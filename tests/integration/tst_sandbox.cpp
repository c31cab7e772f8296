// The sandbox seen from outside: plain HTTP requests, no client code.
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
};

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    Answer call(Sandbox::Server &server, const QByteArray &method, const QString &path,
                const QByteArray &body = {}, const QString &token = {})
    {
        QUrl url = server.baseUrl();
        const qsizetype q = path.indexOf(u'?');
        url.setPath(url.path() + path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.json = QJsonDocument::fromJson(a.raw).object();
        reply->deleteLater();
        return a;
    }

    QString login(Sandbox::Server &server)
    {
        const Answer a = call(server, "POST", u"/auth/login"_s,
                              R"({"email": "demo@n1sms.test", "password": "demo-password"})");
        return a.json.value("data"_L1).toObject().value("token"_L1).toString();
    }

private slots:
    void listensOnLoopbackOnly()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        QCOMPARE(server.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(server.port() != 0);
    }

    void login_answersTheEnvelopeWithAToken()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        const Answer ok = call(server, "POST", u"/auth/login"_s,
                               R"({"email": "demo@n1sms.test", "password": "demo-password"})");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value("success"_L1).toBool(), true);
        QCOMPARE(ok.json.value("message"_L1).toString(), u"Login successful"_s);
        const QJsonObject data = ok.json.value("data"_L1).toObject();
        QVERIFY(data.value("token"_L1).toString().contains(u'|'));
        QCOMPARE(data.value("token_type"_L1).toString(), u"Bearer"_s);

        const Answer wrong = call(server, "POST", u"/auth/login"_s,
                                  R"({"email": "demo@n1sms.test", "password": "nope"})");
        QCOMPARE(wrong.status, 422);
        QVERIFY(wrong.json.value("errors"_L1).toObject().contains("email"_L1));

        const Answer empty = call(server, "POST", u"/auth/login"_s, "{}");
        QCOMPARE(empty.status, 422);
        QCOMPARE(empty.json.value("message"_L1).toString(),
                 u"The email field is required. (and 1 more error)"_s);
    }

    void register_validatesLikeLaravel()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        const Answer bad = call(server, "POST", u"/auth/register"_s,
                                R"({"email": "demo@n1sms.test", "password": "short",
                                    "password_confirmation": "short", "phone": "+233241234567"})");
        QCOMPARE(bad.status, 422);
        const QJsonObject errors = bad.json.value("errors"_L1).toObject();
        QCOMPARE(errors.value("name"_L1).toArray().first().toString(),
                 u"The name field is required."_s);
        QCOMPARE(errors.value("email"_L1).toArray().first().toString(),
                 u"The email has already been taken."_s);
        QCOMPARE(errors.value("password"_L1).toArray().first().toString(),
                 u"The password field must be at least 8 characters."_s);

        const Answer ok =
            call(server, "POST", u"/auth/register"_s,
                 R"({"name": "Ama Mensah", "email": "ama@example.com", "phone": "+233201112223",
                                   "password": "password123", "password_confirmation": "password123"})");
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json.value("data"_L1).toObject().value("requires_verification"_L1).toBool(),
                 true);
        // Not verified yet: no sign-in.
        const Answer login = call(server, "POST", u"/auth/login"_s,
                                  R"({"email": "ama@example.com", "password": "password123"})");
        QCOMPARE(login.status, 403);
    }

    void everyProtectedEndpoint_needsAToken()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        for (const QString &path : {u"/dashboard"_s, u"/dashboard/services"_s,
                                    u"/dashboard/prices?service=1012"_s, u"/orders"_s}) {
            const Answer a = call(server, "GET", path, {}, u"1|forged"_s);
            QCOMPARE(a.status, 401);
            QCOMPARE(a.json.value("message"_L1).toString(), u"Unauthenticated."_s);
            QVERIFY(!a.json.contains("success"_L1));
        }
    }

    void services_includeThePublishedIds()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        const Answer a = call(server, "GET", u"/dashboard/services"_s, {}, login(server));
        QCOMPARE(a.status, 200);
        QSet<qint64> ids;
        for (const QJsonValue &v : a.json.value("data"_L1).toArray())
            ids.insert(v.toObject().value("id"_L1).toInteger());
        for (qint64 id : {1688, 1012, 329, 457, 907, 924, 948, 1227, 395})
            QVERIFY2(ids.contains(id), qPrintable(QString::number(id)));
        QVERIFY(ids.size() >= 100);
    }

    void prices_pageUntilTheLast()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        const QString token = login(server);
        int page = 1;
        int rows = 0;
        int total = -1;
        bool ghana = false;
        forever
        {
            const Answer a =
                call(server, "GET",
                     u"/dashboard/prices?service=1012&per_page=500&page="_s + QString::number(page),
                     {}, token);
            QCOMPARE(a.status, 200);
            const QJsonObject meta = a.json.value("meta"_L1).toObject();
            QCOMPARE(meta.value("per_page"_L1).toInt(), 50); // capped
            total = meta.value("total"_L1).toInt();
            for (const QJsonValue &v : a.json.value("data"_L1).toArray()) {
                const QJsonObject row = v.toObject();
                QVERIFY(row.value("price"_L1).isString());
                QVERIFY(row.value("price"_L1).toString().contains(u'.'));
                ghana |= row.value("country_code"_L1).toString() == u"GH";
                ++rows;
            }
            if (!meta.value("has_more"_L1).toBool())
                break;
            ++page;
            QVERIFY(page < 20);
        }
        QVERIFY(page >= 3);
        QCOMPARE(rows, total);
        QVERIFY(ghana);

        const Answer bad =
            call(server, "GET", u"/dashboard/prices?service=1012&page=-4"_s, {}, token);
        QCOMPARE(bad.status, 422);
        const Answer unknown =
            call(server, "GET", u"/dashboard/prices?service=99999999"_s, {}, token);
        QCOMPARE(unknown.status, 422);
    }

    void order_paysThenReceivesItsSms()
    {
        Sandbox::Config config;
        config.smsDelaySeconds = 1;
        Sandbox::Server server(config);
        QVERIFY(server.listen());
        const QString token = login(server);
        const qint64 before = server.state().balanceOf(config.demoEmail);

        const Answer created =
            call(server, "POST", u"/orders"_s,
                 R"({"country": "42", "service": "1012", "pricing_option": "0"})", token);
        QCOMPARE(created.status, 201);
        const QJsonObject order = created.json.value("data"_L1).toObject();
        QCOMPARE(order.value("status"_L1).toString(), u"pending"_s);
        QCOMPARE(order.value("country_code"_L1).toString(), u"GH"_s);
        QVERIFY(order.value("phone_number"_L1).toString().startsWith(u"+233"_s));
        const qint64 cost = qRound64(order.value("cost"_L1).toString().toDouble() * 100);
        QCOMPARE(server.state().balanceOf(config.demoEmail), before - cost);

        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Answer a = call(server, "GET", u"/orders?status=active"_s, {}, token);
                const QJsonObject o = a.json.value("data"_L1).toArray().first().toObject();
                return o.value("status"_L1).toString() == u"received" &&
                       o.value("sms_text"_L1)
                           .toString()
                           .contains(o.value("sms_code"_L1).toString().left(3));
            }(),
            5000);
    }

    void cancel_refusedEarlyThenRefunds()
    {
        Sandbox::Config config;
        config.timeScale = 240; // two minutes pass in half a second
        config.smsDelaySeconds = 100000;
        Sandbox::Server server(config);
        QVERIFY(server.listen());
        const QString token = login(server);
        const qint64 before = server.state().balanceOf(config.demoEmail);
        const Answer created =
            call(server, "POST", u"/orders"_s, R"({"country": 42, "service": 1012})", token);
        QCOMPARE(created.status, 201);
        const QString id =
            QString::number(created.json.value("data"_L1).toObject().value("id"_L1).toInteger());

        const Answer early = call(server, "POST", u"/orders/%1/cancel"_s.arg(id), {}, token);
        QCOMPARE(early.status, 400);
        QCOMPARE(early.json.value("message"_L1).toString(),
                 u"This order cannot be cancelled yet, please try again later."_s);

        QTRY_VERIFY_WITH_TIMEOUT(call(server, "GET", u"/orders/"_s + id, {}, token)
                                     .json.value("data"_L1)
                                     .toObject()
                                     .value("can_cancel"_L1)
                                     .toBool(),
                                 5000);
        const Answer ok = call(server, "POST", u"/orders/%1/cancel"_s.arg(id), {}, token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value("data"_L1).toObject().value("status"_L1).toString(), u"cancelled"_s);
        QCOMPARE(server.state().balanceOf(config.demoEmail), before);
    }

    void expiry_refundsAnOrderWithoutSms()
    {
        Sandbox::Config config;
        config.timeScale = 1800; // the 20-minute window passes in under a second
        config.smsDelaySeconds = 100000;
        Sandbox::Server server(config);
        QVERIFY(server.listen());
        const QString token = login(server);
        const qint64 before = server.state().balanceOf(config.demoEmail);
        const Answer created =
            call(server, "POST", u"/orders"_s, R"({"country": 42, "service": 1012})", token);
        QCOMPARE(created.status, 201);
        QVERIFY(server.state().balanceOf(config.demoEmail) < before);
        QTRY_VERIFY_WITH_TIMEOUT(call(server, "GET", u"/orders?status=expired"_s, {}, token)
                                         .json.value("data"_L1)
                                         .toArray()
                                         .size() == 1,
                                 5000);
        QCOMPARE(server.state().balanceOf(config.demoEmail), before);
        QCOMPARE(call(server, "GET", u"/orders?status=active"_s, {}, token)
                     .json.value("data"_L1)
                     .toArray()
                     .size(),
                 0);
    }

    void logout_revokesTheToken()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        const QString token = login(server);
        QCOMPARE(call(server, "GET", u"/dashboard"_s, {}, token).status, 200);
        QCOMPARE(call(server, "POST", u"/auth/logout"_s, {}, token).status, 200);
        QCOMPARE(call(server, "GET", u"/dashboard"_s, {}, token).status, 401);
    }

    void garbage_getsA4xxNeverACrash()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        const QString token = login(server);
        QCOMPARE(call(server, "POST", u"/orders"_s, "{not json", token).status, 400);
        QCOMPARE(call(server, "POST", u"/orders"_s, "[1,2,3]", token).status, 400);
        QCOMPARE(
            call(server, "POST", u"/orders"_s, R"({"country": {"a": 1}, "service": []})", token)
                .status,
            422);
        QCOMPARE(call(server, "GET", u"/orders?per_page=abc"_s, {}, token).status, 422);
        QCOMPARE(call(server, "GET", u"/orders?status=%00%FF"_s, {}, token).status, 422);
        QCOMPARE(call(server, "GET", u"/orders/999999999999999999999"_s, {}, token).status, 404);
        QCOMPARE(call(server, "DELETE", u"/orders"_s, {}, token).status, 405);
        QCOMPARE(call(server, "POST", u"/auth/login"_s, QByteArray(2 * 1024 * 1024, 'x')).status,
                 413);
        // Still serving.
        QCOMPARE(call(server, "GET", u"/dashboard"_s, {}, token).status, 200);
    }

    void controlEndpoint_injectsAndClearsFaults()
    {
        Sandbox::Server server;
        QVERIFY(server.listen());
        const QString token = login(server);
        QUrl control = server.baseUrl();
        control.setPath(u"/__sandbox/faults"_s);
        const auto send = [&](const QByteArray &method, const QByteArray &body) {
            QNetworkRequest request(control);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(5000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        const QByteArray nonsense = R"({"kind": "nonsense"})";
        const QByteArray busyTwice =
            R"({"kind": "status", "status": 503, "path": "/dashboard", "count": 2})";
        const QByteArray proxyPage = "{\"kind\": \"html502\", \"method\": \"GET\", "
                                     "\"path\": \"/orders/*\", \"count\": -1}";
        QCOMPARE(send("POST", nonsense), 422);
        QCOMPARE(send("POST", busyTwice), 201);
        const Answer busy = call(server, "GET", u"/dashboard"_s, {}, token);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.json.value("message"_L1).toString(),
                 u"Countries temporarily unavailable. Please try again in a moment."_s);
        QCOMPARE(call(server, "GET", u"/dashboard/services"_s, {}, token).status,
                 200); // other paths
        QCOMPARE(call(server, "GET", u"/dashboard"_s, {}, token).status, 503);
        QCOMPARE(call(server, "GET", u"/dashboard"_s, {}, token).status, 200); // count used up

        QCOMPARE(send("POST", proxyPage), 201);
        const Answer proxy = call(server, "GET", u"/orders/5001"_s, {}, token);
        QCOMPARE(proxy.status, 502);
        QVERIFY(proxy.raw.contains("<html>"));
        QCOMPARE(call(server, "GET", u"/orders"_s, {}, token).status, 200); // the glob stops at '/'
        QCOMPARE(send("DELETE", {}), 200);
        QCOMPARE(call(server, "GET", u"/orders/5001"_s, {}, token).status, 404);
    }

    void faultSpecs_parseLikeTheCommandLine()
    {
        QString error;
        const auto drop =
            Sandbox::Fault::fromSpec(u"kind=drop,method=post,path=/orders,count=1"_s, &error);
        QVERIFY2(drop, qPrintable(error));
        QCOMPARE(drop->kind, Sandbox::Fault::Kind::CommitThenDrop);
        QCOMPARE(drop->method, QByteArray("POST"));
        QVERIFY(drop->matches("POST", u"/orders"_s));
        QVERIFY(!drop->matches("GET", u"/orders"_s));
        QVERIFY(!Sandbox::Fault::fromSpec(u"kind=redirect"_s, &error)); // needs a location
        QVERIFY(!Sandbox::Fault::fromSpec(u"kind=delay,delay_ms=-5"_s, &error));
        QVERIFY(!Sandbox::Fault::fromSpec(u"garbage"_s, &error));
    }

    void catalogue_isLargeAndUnique()
    {
        const Sandbox::Catalogue catalogue(1);
        QSet<qint64> ids;
        QSet<QString> names;
        for (const Sandbox::ServiceInfo &s : catalogue.services()) {
            QVERIFY2(!ids.contains(s.id), qPrintable(QString::number(s.id)));
            QVERIFY2(!names.contains(s.name), qPrintable(s.name));
            ids.insert(s.id);
            names.insert(s.name);
        }
        QVERIFY(ids.size() >= 300);
        QSet<QString> isoCodes;
        for (const Sandbox::Country &c : catalogue.countries())
            isoCodes.insert(c.iso);
        QCOMPARE(isoCodes.size(), catalogue.countries().size());
        QVERIFY(isoCodes.size() >= 150);
        QCOMPARE(catalogue.country(42)->iso, u"GH"_s);
        QVERIFY(catalogue.country(35)->name.contains(u"’"_s)); // Côte d’Ivoire
    }

    void sameSeed_sameCatalogue()
    {
        Sandbox::Server a;
        Sandbox::Server b;
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        const QString path = u"/dashboard/prices?service=907&page=2"_s;
        QCOMPARE(call(a, "GET", path, {}, login(a)).raw, call(b, "GET", path, {}, login(b)).raw);
        QCOMPARE(call(a, "GET", u"/dashboard/services"_s, {}, login(a)).raw,
                 call(b, "GET", u"/dashboard/services"_s, {}, login(b)).raw);
        // Every price of every service, not just one page.
        for (const Sandbox::ServiceInfo &s : a.state().catalogue().services()) {
            const auto pa = a.state().catalogue().offers(s.id);
            const auto pb = b.state().catalogue().offers(s.id);
            QCOMPARE(pa.size(), pb.size());
            for (qsizetype i = 0; i < pa.size(); ++i) {
                QCOMPARE(pa[i].first->name, pb[i].first->name);
                QCOMPARE(pa[i].second.priceUsdCents, pb[i].second.priceUsdCents);
                QCOMPARE(pa[i].second.stock, pb[i].second.stock);
            }
        }
        Sandbox::Config other;
        other.seed = 7;
        Sandbox::Server c(other);
        QVERIFY(c.listen());
        QVERIFY(call(a, "GET", path, {}, login(a)).raw != call(c, "GET", path, {}, login(c)).raw);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
