#pragma once

#include "core/api/requestbudget.h"
#include "core/api/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

struct ApiRequest
{
    enum class Method
    {
        Get,
        Post
    };

    Method method = Method::Get;
    QString path; // below the base URL, e.g. "/orders"
    QUrlQuery query;
    QJsonObject body;
    bool authenticated = true;
    // Not in the published list: 404/405 then mean "not supported here".
    bool assumedEndpoint = false;
    // Idempotent: may be sent again by us after a network failure or a 5xx.
    bool retryable = true;
    // Spends money: goes over the wire once, even where Qt would quietly
    // resend it after the server closed the connection without an answer.
    bool atMostOnce = false;
    // Inactivity allowed before giving up; the client's default when unset.
    std::optional<std::chrono::milliseconds> timeout;
    // Total time allowed, however the bytes come (a server can trickle one a
    // second forever); the client's default when unset.
    std::optional<std::chrono::milliseconds> deadline;
    // The longest answer taken; the client's default when unset.
    std::optional<qint64> maxResponseBytes;
};

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
};

// Builds and sends every request to the N1SMS API, and turns every way a
// reply can end into either the answer's bytes or one ApiError.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<ApiResponse> &)>;

    ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    const QUrl &baseUrl() const { return m_baseUrl; }
    // Demo mode learns its server's address once the window is up.
    // Another server has another clock: its time is learnt afresh.
    void setBaseUrl(const QUrl &baseUrl)
    {
        m_baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
        m_serverDate = {};
    }
    void setToken(const QString &token) { m_token = token; }
    void clearToken() { m_token.clear(); }
    bool hasToken() const { return !m_token.isEmpty(); }

    // Idempotent GETs retry network failures and 502/503/504 this many times.
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // Test-only: also trust these authorities (a sandbox's own CA). The
    // system's authorities stay trusted; no TLS error is ever ignored.
    void addTrustedAuthorities(const QList<QSslCertificate> &authorities);
    // List endpoints can be slow: the contract asks for at least 15 s.
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    void setDefaultDeadline(std::chrono::milliseconds deadline) { m_defaultDeadline = deadline; }

    // The ceiling on requests per endpoint family (RequestBudget): beyond it
    // requests wait their turn, and a warning is logged.
    RequestBudget &budget() { return m_budget; }

    // The server's clock minus ours, as serverNow() has it.
    std::chrono::seconds serverClockOffset() const;
    // The server's time: the Date of an answer plus the time elapsed since it
    // came, on a clock that neither the user nor a time daemon can move (and
    // that counts a laptop's sleep). Ours until a server has answered.
    QDateTime serverNow() const;

    // The callback runs once, on the GUI thread, unless `context` is gone.
    void send(const ApiRequest &request, QObject *context, Callback callback);

    // http is allowed only for loopback addresses; everything else needs https.
    static bool isAllowedBaseUrl(const QUrl &url);
    static QByteArray userAgent();

signals:
    // Any answer 401: the session is over whatever was asked.
    void unauthenticated();
    // A request had to wait for its family's budget (once per family until
    // the family's requests go at once again).
    void budgetExceeded(RequestBudget::Family family, std::chrono::milliseconds wait);

private:
    // Through the budget: sends now, or when the family's turn comes.
    void dispatch(const ApiRequest &request, QPointer<QObject> context, Callback callback,
                  int attemptNo);
    void attempt(const ApiRequest &request, QPointer<QObject> context, Callback callback,
                 int attemptNo);
    void finish(QNetworkReply *reply, const ApiRequest &request, QPointer<QObject> context,
                const Callback &callback, int attemptNo, bool abortedByUs, bool tooLarge,
                bool pastDeadline, const QString &tlsProblem);
    bool shouldRetry(const ApiRequest &request, const ApiError &error, int attemptNo) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_maxRetries = 2;
    qint64 m_maxResponseBytes = 16 * 1024 * 1024;
    std::chrono::milliseconds m_defaultTimeout{20000};
    std::chrono::milliseconds m_defaultDeadline{60000};
    QList<QSslCertificate> m_extraAuthorities;
    // The server's Date, and when it came (sinceBoot()).
    QDateTime m_serverDate;
    std::chrono::milliseconds m_serverDateAt{0};
    RequestBudget m_budget;
    QSet<RequestBudget::Family> m_overBudget; // warned about, not yet back under
};
