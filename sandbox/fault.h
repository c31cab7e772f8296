#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace Sandbox {

// A way for the sandbox to misbehave, as real servers and the proxies in
// front of them do, for the next `count` requests that match.
struct Fault
{
    enum class Kind
    {
        Status,         // answer `status` with `body` instead of serving
        Delay,          // serve, but answer after `delayMs`
        Html502,        // a reverse proxy's HTML "Bad Gateway" page
        MalformedJson,  // 200 with a body that is not JSON
        Truncated,      // serve, send half the body, close the connection
        Reset,          // reset the connection before answering
        RateLimited,    // 429 with Retry-After: `retryAfter`
        Redirect,       // 302 to `location` (another origin)
        CommitThenDrop, // serve (an order is created and paid), then close with no answer
        LateCommit,     // wait `delayMs`, then serve (an order is made then) and answer
        Trickle,        // serve, then send the answer one byte every `delayMs` (1 s if 0)
    };

    Kind kind = Kind::Status;
    QByteArray method; // empty: any
    QString path;      // a glob below /api/mobile: "/orders", "/orders/*/cancel"
    int count = 1;     // how many requests it applies to; -1: all of them
    int status = 500;
    QByteArray body;
    int delayMs = 0;
    int retryAfter = 30;
    QUrl location;

    bool matches(const QByteArray &requestMethod, const QString &requestPath) const;

    // For tests: `kind` on the next `count` requests of `method` to `path`.
    static Fault of(Kind kind, const QByteArray &method, const QString &path, int count = 1)
    {
        Fault f;
        f.kind = kind;
        f.method = method;
        f.path = path;
        f.count = count;
        return f;
    }

    // From the control endpoint's JSON or the --fault option's key=value list:
    // kind (status, delay, html502, malformed, truncated, reset, ratelimit,
    // redirect, drop, late, trickle), method, path, count, status, body, delay_ms,
    // retry_after, location. Also late, trickle. Empty on an unknown kind or a bad value.
    static std::optional<Fault> fromMap(const QVariantMap &map, QString *error);
    // "kind=drop,method=POST,path=/orders,count=1"
    static std::optional<Fault> fromSpec(const QString &spec, QString *error);
};

} // namespace Sandbox
