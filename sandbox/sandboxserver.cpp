#include "sandboxserver.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>

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
    const auto handler = [this](const QHttpServerRequest &request,
                                QHttpServerResponder &&responder) { serve(request, responder); };
    const auto handler1 = [this](const QString &, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) { serve(request, responder); };
    const auto handler2 = [this](const QString &, const QString &,
                                 const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) { serve(request, responder); };
    // QHttpServer matches one path segment per <arg>; the routing proper is
    // State::handle's, so every shape of path below the prefix comes to it.
    m_http->route(prefix + "/<arg>"_L1, handler1);
    m_http->route(prefix + "/<arg>/<arg>"_L1, handler2);
    m_http->route(prefix + "/<arg>/<arg>/<arg>"_L1,
                  [this](const QString &, const QString &, const QString &,
                         const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) { serve(request, responder); });
    m_http->route(prefix, handler);
}

Server::~Server() = default;

bool Server::listen(quint16 port)
{
    // Never on any other interface: this server knows the demo password.
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(prefix);
    return url;
}

int Server::requestCount(const QString &path) const
{
    if (!path.isEmpty())
        return m_counts.value(path);
    int total = 0;
    for (int n : m_counts)
        total += n;
    return total;
}

void Server::serve(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path().mid(prefix.size());
    r.query = request.query();
    r.body = request.body();
    for (const auto &[key, value] : request.headers()) {
        if (key.compare("Authorization", Qt::CaseInsensitive) == 0)
            r.authorization = value;
    }
    m_counts[r.path] += 1;

    const Response response = m_state->handle(r);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Date", httpDate(m_state->now()));
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    emit requestServed(QString::fromLatin1(r.method), r.path, response.status);
}

} // namespace Sandbox
