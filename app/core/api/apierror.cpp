#include "core/api/apierror.h"

#include "core/api/decoders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> parseRetryAfter(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    qint64 seconds = value.toLongLong(&ok);
    if (!ok) {
        const QDateTime when = Decode::httpDate(value);
        if (!when.isValid())
            return std::nullopt;
        seconds = QDateTime::currentDateTimeUtc().secsTo(when);
    }
    // 0 asks for a request loop and a day for a day of silence: a wait below
    // a second is no wait (the normal back-off applies), a longer one is capped.
    if (seconds < ApiError::minRetryAfter)
        return std::nullopt;
    return static_cast<int>(qMin<qint64>(seconds, ApiError::maxRetryAfter));
}

} // namespace

QString ApiError::sentence(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check your internet connection.");
    case Kind::Timeout:
        return tr("The server took too long to answer.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Tls:
        return tr("The secure connection to the server failed; its certificate is not trusted.");
    case Kind::InsecureUrl:
        return tr("The server address must start with https:// (plain http is allowed only for "
                  "this computer).");
    case Kind::Unauthenticated:
        return tr("Your session has ended. Please sign in again.");
    case Kind::Validation:
        return tr("Some of the details are not valid.");
    case Kind::Refused:
        return tr("The server refused the request.");
    case Kind::NotFound:
        return tr("The server could not find what was asked for.");
    case Kind::RateLimited:
        return tr("Too many requests. Please wait a moment.");
    case Kind::ServerBusy:
        return tr("The server is busy. Please try again in a moment.");
    case Kind::ServerError:
        return tr("The server had an internal error.");
    case Kind::Unsupported:
        return tr("This server does not support that action.");
    case Kind::Redirected:
        return tr("The server answered with an unexpected redirect.");
    case Kind::TooLarge:
        return tr("The server's answer was too large.");
    case Kind::Malformed:
        return tr("The server's answer could not be understood.");
    }
    return {};
}

QString ApiError::userMessage() const
{
    // Server texts for our own transport failures would be misleading.
    // A missing endpoint's text names a route, which says nothing to a user.
    const bool serverSpoke = httpStatus != 0 && kind != Kind::Malformed &&
                             kind != Kind::Redirected && kind != Kind::TooLarge &&
                             kind != Kind::Unsupported;
    // How long to wait says more than Laravel's "Too Many Attempts."
    if (kind == Kind::RateLimited && retryAfterSeconds)
        return tr("Too many requests. Please wait %n second(s).", nullptr, *retryAfterSeconds);
    if (serverSpoke && !message.isEmpty())
        return message;
    // Our own words on an answer we refused (a sign-in token too long).
    if (kind == Kind::TooLarge && httpStatus == 0 && !message.isEmpty())
        return message;
    if (kind == Kind::Tls && !message.isEmpty())
        return sentence(kind) + u' ' + tr("(%1)").arg(message);
    return sentence(kind);
}

ApiError ApiError::ofKind(Kind kind, QString message)
{
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    e.unsent = kind == Kind::InsecureUrl; // refused before anything was sent
    return e;
}

ApiError ApiError::malformed(const QString &detail)
{
    return ofKind(Kind::Malformed, detail);
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &detail,
                               bool timedOut)
{
    ApiError e;
    e.message = detail;
    if (timedOut) {
        e.kind = Kind::Timeout;
        return e;
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        e.kind = Kind::Network;
        e.unsent = true;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Cancelled;
        break;
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        e.unsent = true; // nothing is sent before the handshake succeeds
        break;
    case QNetworkReply::ContentReSendError: // the connection closed before any answer
        e.kind = Kind::Network;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e.kind = Kind::Redirected;
        break;
    default:
        e.kind = Kind::Network;
        break;
    }
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter,
                            bool assumedEndpoint)
{
    ApiError e;
    e.httpStatus = status;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    e.message = Decode::failureMessage(root);
    e.errorCode = Decode::text(root.value("error_code"_L1));
    const QJsonObject errors = root.value("errors"_L1).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        QStringList messages;
        if (it->isArray()) {
            for (const QJsonValue &m : it->toArray())
                messages.append(Decode::text(m));
        } else {
            messages.append(Decode::text(*it));
        }
        messages.removeAll(QString());
        if (!messages.isEmpty())
            e.fieldErrors.insert(it.key(), messages);
    }

    if (status == 401)
        e.kind = Kind::Unauthenticated;
    else if (status == 429)
        e.kind = Kind::RateLimited;
    else if (status == 503)
        e.kind = Kind::ServerBusy;
    // An assumed endpoint that is not there: a 405, or a 404 that is not
    // the endpoint's own answer ("Order not found." in the API's envelope)
    // but a framework's or a proxy's ("The route … could not be found.").
    else if (assumedEndpoint && (status == 405 || (status == 404 && !root.contains("success"_L1))))
        e.kind = Kind::Unsupported;
    else if (status == 404)
        e.kind = Kind::NotFound;
    else if (status == 422 && !e.fieldErrors.isEmpty() && e.errorCode.isEmpty())
        e.kind = Kind::Validation;
    else if (status >= 500)
        e.kind = Kind::ServerError;
    else if (status >= 300 && status < 400)
        e.kind = Kind::Redirected;
    else
        e.kind = Kind::Refused; // 4xx business refusals and 2xx with "success": false
    if (e.kind == Kind::ServerError && e.message == u"Server Error")
        e.message.clear(); // Laravel's generic text says less than our sentence
    if (e.kind == Kind::RateLimited || e.kind == Kind::ServerBusy)
        e.retryAfterSeconds = parseRetryAfter(retryAfter);
    return e;
}

bool ApiError::mayRetry() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::RateLimited:
        return retryAfterSeconds.value_or(0) <= 60;
    case Kind::ServerBusy:
    case Kind::ServerError:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    case Kind::Cancelled:
    case Kind::Tls:
    case Kind::InsecureUrl:
    case Kind::Unauthenticated:
    case Kind::Validation:
    case Kind::Refused:
    case Kind::NotFound:
    case Kind::Unsupported:
    case Kind::Redirected:
    case Kind::TooLarge:
    case Kind::Malformed:
        return false;
    }
    return false;
}

bool ApiError::mayBeUnknownOutcome() const
{
    if (unsent)
        return false;
    switch (kind) {
    case Kind::Validation:
    case Kind::Refused:
    case Kind::Unauthenticated:
    case Kind::RateLimited:
    case Kind::InsecureUrl:
    case Kind::NotFound:
    case Kind::Unsupported:
    case Kind::ServerBusy:
        return false; // the server said no, or it was never asked
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Cancelled:
    case Kind::Tls:
    case Kind::ServerError:
    case Kind::Redirected:
    case Kind::TooLarge:
    case Kind::Malformed:
        return true;
    }
    return true;
}

bool ApiError::mayPass() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerBusy:
    case Kind::ServerError:
    case Kind::RateLimited:
    case Kind::Malformed:
        return true;
    case Kind::Cancelled:
    case Kind::Tls:
    case Kind::InsecureUrl:
    case Kind::Unauthenticated:
    case Kind::Validation:
    case Kind::Refused:
    case Kind::NotFound:
    case Kind::Unsupported:
    case Kind::Redirected:
    case Kind::TooLarge:
        return false;
    }
    return false;
}
