#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

// A reset (RST), not an orderly close: a lingering time of zero makes close()
// drop the connection at once.
void resetConnection(QTcpSocket *socket)
{
    const linger hard{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                 sizeof hard);
    socket->abort();
}

// What the real service answers with each status when nothing more is said.
Response defaultFailure(int status)
{
    switch (status) {
    case 401:
        return json(401, {{"message"_L1, u"Unauthenticated."_s}});
    case 429:
        return json(429, {{"message"_L1, u"Too Many Attempts."_s}});
    case 500:
        return json(500, {{"message"_L1, u"Server Error"_s}});
    case 503:
        return failure(503, u"Countries temporarily unavailable. Please try again in a moment."_s);
    default:
        return failure(status, u"The request failed."_s);
    }
}

// QHttpServer's debug output prints every request with its headers, the
// bearer token included. In demo mode the sandbox runs inside the app, whose
// log must never hold a token, whatever logging rules the user sets.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void silenceRequestDumps(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

Server::Server(const Config &config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>(config))
    , m_http(std::make_unique<QHttpServer>())
{
    static const bool filtered = [] {
        g_previousFilter = QLoggingCategory::installFilter(silenceRequestDumps);
        return true;
    }();
    Q_UNUSED(filtered)
    // QHttpServer matches one path segment per <arg>; the routing proper is
    // State::handle's, so every shape of path below the prefix comes to it.
    m_http->route(prefix, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        serve(request, std::move(r));
    });
    m_http->route(prefix + "/<arg>"_L1,
                  [this](const QString &, const QHttpServerRequest &request,
                         QHttpServerResponder &&r) { serve(request, std::move(r)); });
    m_http->route(prefix + "/<arg>/<arg>"_L1,
                  [this](const QString &, const QString &, const QHttpServerRequest &request,
                         QHttpServerResponder &&r) { serve(request, std::move(r)); });
    m_http->route(prefix + "/<arg>/<arg>/<arg>"_L1,
                  [this](const QString &, const QString &, const QString &,
                         const QHttpServerRequest &request,
                         QHttpServerResponder &&r) { serve(request, std::move(r)); });
    // The service's website, as far as the app needs it: a page where
    // deposits are made (Top up opens it), here make-believe ones.
    m_http->route(u"/"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        website(request, std::move(r));
    });
    m_http->route(u"/__sandbox/deposit"_s,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                      website(request, std::move(r));
                  });
    m_http->route(u"/__sandbox/faults"_s,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                      control(request, std::move(r));
                  });
}

Server::~Server() = default;

bool Server::listen(quint16 port)
{
    // Never on any other interface: this server knows the demo password.
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

bool Server::useTls(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return false;
    m_http->sslSetup(certificate, key);
    m_tls = true;
    return true;
}

bool Server::useTlsFiles(const QString &certificateFile, const QString &keyFile)
{
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    return useTls(read(certificateFile), read(keyFile));
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(prefix);
    return url;
}

int Server::requestCount(const QString &what) const
{
    return m_counts.value(what);
}

std::optional<Fault> Server::takeFault(const QByteArray &method, const QString &path)
{
    for (Fault &f : m_faults) {
        if (!f.matches(method, path))
            continue;
        if (f.count > 0)
            --f.count;
        return f;
    }
    return std::nullopt;
}

void Server::write(QHttpServerResponder &responder, const Response &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Date", httpDate(m_state->now()));
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void Server::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path().mid(prefix.size());
    r.query = request.query();
    r.body = request.body();
    m_lastHeaders.clear();
    for (const auto &[key, value] : request.headers()) {
        m_lastHeaders.insert(key.toLower(), value);
        if (key.compare("Authorization", Qt::CaseInsensitive) == 0)
            r.authorization = value;
    }
    m_counts[r.path] += 1;
    m_counts[QString::fromLatin1(r.method) + u' ' + r.path] += 1;
    m_lastBodies.insert(QString::fromLatin1(r.method) + u' ' + r.path, r.body);
    m_counts[QString()] += 1;
    // A list's first page: how many lists were asked for.
    if (const QString page = r.query.queryItemValue(u"page"_s); !page.isEmpty())
        m_counts[r.path + u"?page="_s + page] += 1;

    const std::optional<Fault> fault = takeFault(r.method, r.path);
    if (!fault) {
        write(responder, m_state->handle(r));
        return;
    }
    QTcpSocket *socket = responder.socket();
    switch (fault->kind) {
    case Fault::Kind::Status: {
        Response response = defaultFailure(fault->status);
        if (!fault->body.isEmpty())
            response.body = fault->body;
        write(responder, response);
        return;
    }
    case Fault::Kind::Html502: {
        Response response;
        response.status = 502;
        response.body =
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n";
        response.headers.emplace_back("Content-Type", "text/html");
        write(responder, response);
        return;
    }
    case Fault::Kind::MalformedJson: {
        Response response;
        response.body = R"({"success": true, "message": "OK", "data": [{"id": 1,, "name": )";
        response.headers.emplace_back("Content-Type", "application/json");
        write(responder, response);
        return;
    }
    case Fault::Kind::RateLimited: {
        Response response = json(429, {{"message"_L1, u"Too Many Attempts."_s}});
        response.headers.emplace_back("Retry-After", QByteArray::number(fault->retryAfter));
        write(responder, response);
        return;
    }
    case Fault::Kind::Redirect: {
        Response response;
        response.status = 302;
        response.headers.emplace_back("Location", fault->location.toEncoded());
        write(responder, response);
        return;
    }
    case Fault::Kind::Truncated: {
        const Response full = m_state->handle(r);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(full.status));
        for (const auto &[key, value] : full.headers)
            responder.writeHeader(key, value);
        responder.writeHeader("Content-Length", QByteArray::number(full.body.size()));
        responder.writeBody(full.body.left(full.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    case Fault::Kind::Reset:
        resetConnection(socket);
        return;
    case Fault::Kind::CommitThenDrop:
        m_state->handle(r); // the order is made and paid for; the answer is lost
        socket->disconnectFromHost();
        return;
    case Fault::Kind::Delay:
    case Fault::Kind::LateCommit: {
        const bool late = fault->kind == Fault::Kind::LateCommit;
        auto response = std::make_shared<Response>();
        if (!late)
            *response = m_state->handle(r);
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(fault->delayMs, this, [this, held, alive, response, late, r] {
            // A slow server commits whether or not the client still waits.
            if (late)
                *response = m_state->handle(r);
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                write(*held, *response);
        });
        return;
    }
    case Fault::Kind::Trickle: {
        Response response = m_state->handle(r);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto &[key, value] : response.headers)
            responder.writeHeader(key, value);
        responder.writeHeader("Date", httpDate(m_state->now()));
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [held, timer, sent, body = response.body] {
            if (*sent >= body.size()) {
                timer->deleteLater();
                return;
            }
            held->writeBody(body.constData() + *sent, 1);
            ++*sent;
        });
        timer->start(fault->delayMs);
        return;
    }
    }
}

void Server::website(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto page = [&](int status, const QString &news) {
        const QString html =
            u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>N1SMS sandbox</title></head><body><h1>N1SMS sandbox</h1>"
            "<p>This is not the N1SMS service: nothing here is real, money included.</p>"
            "<p>%1</p><h2>Add to a balance</h2>"
            "<form method=\"post\" action=\"/__sandbox/deposit\">"
            "<label>Email <input name=\"email\" value=\"%2\"></label> "
            "<label>Amount in cedi <input name=\"amount\" value=\"50\" size=\"6\"></label> "
            "<button type=\"submit\">Deposit</button></form></body></html>"_s.arg(
                news.toHtmlEscaped(), m_state->config().demoEmail.toHtmlEscaped());
        Response response;
        response.status = status;
        response.headers.append(
            std::pair<QByteArray, QByteArray>("Content-Type", "text/html; charset=utf-8"));
        response.body = html.toUtf8();
        write(responder, response);
    };
    if (!request.remoteAddress().isLoopback())
        return write(responder, failure(403, u"The sandbox answers loopback only."_s));
    if (request.method() == QHttpServerRequest::Method::Get && request.url().path() == u"/")
        return page(200, u"Deposits made here reach the app on its next refresh (F5)."_s);
    if (request.method() != QHttpServerRequest::Method::Post)
        return write(responder, failure(405, u"Method not allowed."_s));
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    const QString email = form.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed().toLower();
    bool ok = false;
    const qint64 cedi = form.queryItemValue(u"amount"_s).toLongLong(&ok);
    const qint64 balance = m_state->balanceOf(email);
    if (!ok || cedi < 1 || cedi > 10'000)
        return page(422, u"Choose an amount from 1 to 10,000 cedi."_s);
    if (balance < 0)
        return page(422, u"No account has that email address."_s);
    m_state->setBalance(email, balance + cedi * 100);
    page(200, u"Added ₵%1.00 to %2: the balance is ₵%3.%4 now."_s.arg(cedi)
                  .arg(email)
                  .arg((balance + cedi * 100) / 100)
                  .arg((balance + cedi * 100) % 100, 2, 10, QChar(u'0')));
}

void Server::control(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!request.remoteAddress().isLoopback()) {
        write(responder, failure(403, u"The control endpoint answers loopback only."_s));
        return;
    }
    if (request.method() == QHttpServerRequest::Method::Delete) {
        clearFaults();
        write(responder, json(200, {{"success"_L1, true}, {"message"_L1, u"Faults cleared"_s}}));
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        write(responder, failure(405, u"Method not allowed."_s));
        return;
    }
    QString error;
    const QVariantMap map = QJsonDocument::fromJson(request.body()).object().toVariantMap();
    const auto fault = Fault::fromMap(map, &error);
    if (!fault) {
        write(responder, failure(422, error));
        return;
    }
    addFault(*fault);
    write(responder, json(201, {{"success"_L1, true}, {"message"_L1, u"Fault added"_s}}));
}

} // namespace Sandbox
