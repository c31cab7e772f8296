#pragma once

#include "sandbox/fault.h"
#include "sandbox/sandboxstate.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Sandbox {

// The N1SMS API over real HTTP, on loopback only.
class Server final : public QObject
{
    Q_OBJECT

public:
    explicit Server(const Config &config = {}, QObject *parent = nullptr);
    ~Server() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    // Serves https with this certificate and key (PEM), from the next listen().
    bool useTls(const QByteArray &certificatePem, const QByteArray &keyPem);
    // The same from two PEM files; false if either cannot be read.
    bool useTlsFiles(const QString &certificateFile, const QString &keyFile);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/api/mobile; the website (a deposit page) is at /.
    QUrl baseUrl() const;

    State &state() { return *m_state; }

    // The next matching requests misbehave; see Fault. The same can be done
    // over HTTP: POST /__sandbox/faults with the fault as JSON, DELETE to clear.
    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    // How many requests reached a path below /api/mobile ("/orders"), or a
    // method and path ("POST /orders"), or a path's page of a list
    // ("/dashboard/prices?page=1": the lists begun), or anything at all (empty).
    int requestCount(const QString &what = {}) const;
    // The headers of the last request (names in lower case), for tests of
    // what the client sends.
    const QHash<QByteArray, QByteArray> &lastHeaders() const { return m_lastHeaders; }
    // The body of the last request to "METHOD /path", such as "POST /orders".
    QByteArray lastBody(const QString &what) const { return m_lastBodies.value(what); }

    static constexpr QLatin1StringView prefix{"/api/mobile"};

private:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void control(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void website(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void write(QHttpServerResponder &responder, const Response &response);
    std::optional<Fault> takeFault(const QByteArray &method, const QString &path);

    std::unique_ptr<State> m_state;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    bool m_tls = false;
    QHash<QString, int> m_counts;
    QList<Fault> m_faults;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    QHash<QString, QByteArray> m_lastBodies;
};

} // namespace Sandbox
