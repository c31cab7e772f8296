#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

#include <optional>

// Every failure a call to the server can end in, made in one place
// (ApiError::fromHttp / fromNetwork) and told to the user in one sentence.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Network,         // no connection, DNS, refused, reset
        Timeout,         // the server stopped answering
        Cancelled,       // we cancelled it ourselves
        Tls,             // certificate or handshake failure
        InsecureUrl,     // plain http to a non-loopback host
        Unauthenticated, // 401
        Validation,      // 422 with per-field errors
        Refused,         // 4xx business refusal (message, error_code)
        NotFound,        // 404 on a published endpoint
        RateLimited,     // 429
        ServerBusy,      // 503
        ServerError,     // other 5xx
        Unsupported,     // 404/405 on an assumed endpoint
        Redirected,      // an unexpected 3xx
        TooLarge,        // the answer passed our size cap
        Malformed,       // not the JSON we expect
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message;   // the server's own words, when it gave some
    QString errorCode; // e.g. INSUFFICIENT_BALANCE
    QHash<QString, QStringList> fieldErrors;
    // The server's wait, within [minRetryAfter, maxRetryAfter]; none when it
    // named none, or a wait out of reason (0, negative, unreadable).
    std::optional<int> retryAfterSeconds;
    // The request never left this computer (refused, no such host, TLS
    // failed, insecure address): nothing can have happened on the server.
    bool unsent = false;

    static constexpr int minRetryAfter = 1;
    static constexpr int maxRetryAfter = 5 * 60;

    // The questions every caller asks about a failure, answered here, next to
    // the kinds, so that a new kind is thought through once.
    //
    // May a request that ended so be sent again by itself? Only reads
    // (ApiClient checks the method); never a purchase.
    bool mayRetry() const;
    // Did the request end without knowing what the server did? After a
    // purchase, then, an order may exist: the orders must be checked before
    // anything is said or bought again. False when the request was never
    // sent or the server answered with a refusal.
    bool mayBeUnknownOutcome() const;
    // Trouble that may pass by itself (a dropped connection, a busy server):
    // worth a Retry button rather than the user's correction.
    bool mayPass() const;

    // The server's message when it has one, else the sentence for the kind.
    QString userMessage() const;
    static QString sentence(Kind kind);

    // An answer with an HTTP status that is not a success, or a 2xx whose
    // envelope says "success": false.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter,
                             bool assumedEndpoint);
    // A reply that ended without an HTTP answer.
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &detail,
                                bool timedOut);
    static ApiError malformed(const QString &detail);
    static ApiError ofKind(Kind kind, QString message = {});
};
