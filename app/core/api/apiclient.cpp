#include "core/api/apiclient.h"

#include "core/api/decoders.h"
#include "core/logging.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <cstring>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A request body that can be read once and never rewound. Qt's HTTP/1.1 code
// resends a request when the server closes the connection before answering,
// POST included; it must rewind the body to do so, which this one refuses, so
// the reply ends in ContentReSendError instead of buying a second number.
class ReadOnceBody final : public QIODevice
{
public:
    ReadOnceBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos; }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash))
{}

QByteArray ApiClient::userAgent()
{
    return "N1SMS-Desktop/" N1SMS_VERSION " Qt/" + QByteArray(qVersion());
}

bool ApiClient::isAllowedBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

void ApiClient::addTrustedAuthorities(const QList<QSslCertificate> &authorities)
{
    m_extraAuthorities += authorities;
}

namespace {

// Time since boot, sleep included; steady whatever the wall clock does.
std::chrono::milliseconds sinceBoot()
{
#ifdef Q_OS_LINUX
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return std::chrono::seconds(now.tv_sec) +
               std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::nanoseconds(now.tv_nsec));
#endif
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace

QDateTime ApiClient::serverNow() const
{
    if (!m_serverDate.isValid())
        return QDateTime::currentDateTimeUtc();
    return m_serverDate.addMSecs((sinceBoot() - m_serverDateAt).count());
}

std::chrono::seconds ApiClient::serverClockOffset() const
{
    return std::chrono::seconds(QDateTime::currentDateTimeUtc().secsTo(serverNow()));
}

void ApiClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    dispatch(request, QPointer<QObject>(context), std::move(callback), 0);
}

void ApiClient::dispatch(const ApiRequest &request, QPointer<QObject> context, Callback callback,
                         int attemptNo)
{
    const RequestBudget::Family family =
        RequestBudget::familyOf(request.method == ApiRequest::Method::Post, request.path);
    const std::chrono::milliseconds wait = m_budget.reserve(family);
    if (wait <= 0ms) {
        m_overBudget.remove(family);
        return attempt(request, context, std::move(callback), attemptNo);
    }
    if (!m_overBudget.contains(family)) {
        m_overBudget.insert(family);
        qCWarning(lcApi).nospace().noquote()
            << "request budget: more than " << m_budget.limit(family) << " "
            << RequestBudget::nameOf(family) << " requests in " << m_budget.window().count()
            << " ms; " << request.path << " waits " << wait.count() << " ms";
        emit budgetExceeded(family, wait);
    }
    QTimer::singleShot(wait, this, [this, request, context, callback, attemptNo] {
        if (context)
            attempt(request, context, callback, attemptNo);
    });
}

void ApiClient::attempt(const ApiRequest &request, QPointer<QObject> context, Callback callback,
                        int attemptNo)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    if (!isAllowedBaseUrl(url)) {
        QTimer::singleShot(0, this, [context, callback] {
            if (context)
                callback(ApiError::ofKind(ApiError::Kind::InsecureUrl));
        });
        return;
    }

    QNetworkRequest nr(url);
    nr.setRawHeader("Accept", "application/json");
    nr.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.authenticated && !m_token.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    // Following a redirect would carry the token to wherever it points.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    if (!m_extraAuthorities.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraAuthorities);
        nr.setSslConfiguration(tls);
    }
    nr.setTransferTimeout(static_cast<int>(request.timeout.value_or(m_defaultTimeout).count()));

    QNetworkReply *reply = nullptr;
    if (request.method == ApiRequest::Method::Post) {
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
        if (request.atMostOnce) {
            nr.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            // Streamed from the device, not copied into a buffer Qt could rewind.
            nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *device = new ReadOnceBody(body, this);
            reply = m_network->post(nr, device);
            device->setParent(reply);
        } else {
            reply = m_network->post(nr, body);
        }
    } else {
        reply = m_network->get(nr);
    }
    qCDebug(lcApi) << (request.method == ApiRequest::Method::Post ? "POST" : "GET") << request.path
                   << "attempt" << attemptNo + 1;

    struct Abort
    {
        bool byUs = false;
        bool tooLarge = false;
        bool pastDeadline = false;
        QString tls; // what was wrong with the certificate, when something was
        QElapsedTimer took;
    };
    auto abort = std::make_shared<Abort>();
    abort->took.start();
    // The reply can outlive this client (the network manager owns it): the
    // lambdas that run on its signals hold no pointer to the client.
    const qint64 limit = request.maxResponseBytes.value_or(m_maxResponseBytes);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, abort] {
        abort->byUs = abort->pastDeadline = true;
        reply->abort();
    });
    deadline->start(request.deadline.value_or(m_defaultDeadline));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, abort, limit](qint64 received) {
        if (received > limit && !abort->tooLarge) {
            abort->byUs = abort->tooLarge = true;
            reply->abort();
        }
    });
    // Never ignored: the reply fails. Only the words are kept for the user.
    connect(reply, &QNetworkReply::sslErrors, reply, [abort](const QList<QSslError> &errors) {
        QStringList words;
        for (const QSslError &e : errors)
            words.append(e.errorString());
        abort->tls = words.join(u"; "_s);
    });
    if (context) {
        connect(context, &QObject::destroyed, reply, [reply, abort] {
            abort->byUs = true;
            reply->abort();
        });
    }
    // Aborting a reply finishes it at once, possibly while this client is
    // being destroyed (a request whose context is the client itself).
    const QPointer<ApiClient> self(this);
    connect(reply, &QNetworkReply::finished, this,
            [self, reply, request, context, callback, attemptNo, abort] {
                if (!self) {
                    reply->deleteLater();
                    return;
                }
                // What a user can send to support: method, path, status, time.
                qCInfo(lcApi).noquote().nospace()
                    << (request.method == ApiRequest::Method::Post ? "POST " : "GET ")
                    << request.path << ' '
                    << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << ' '
                    << abort->took.elapsed() << " ms";
                self->finish(reply, request, context, callback, attemptNo, abort->byUs,
                             abort->tooLarge, abort->pastDeadline, abort->tls);
            });
}

void ApiClient::finish(QNetworkReply *reply, const ApiRequest &request, QPointer<QObject> context,
                       const Callback &callback, int attemptNo, bool abortedByUs, bool tooLarge,
                       bool pastDeadline, const QString &tlsProblem)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QDateTime date = Decode::httpDate(reply->rawHeader("Date")); date.isValid()) {
        // The Date has whole seconds: the server's time lies within the
        // second after it. An estimate inside that second (with a little
        // slack for the trip) is kept, so countdowns never step back.
        const qint64 ahead = m_serverDate.isValid() ? date.msecsTo(serverNow()) : -1;
        if (ahead < 0 || ahead > 1250) {
            m_serverDate = date;
            m_serverDateAt = sinceBoot();
        }
    }

    const QByteArray body = reply->readAll();
    const QVariant declaredLength = reply->header(QNetworkRequest::ContentLengthHeader);
    std::optional<ApiError> error;
    if (tooLarge) {
        error = ApiError::ofKind(ApiError::Kind::TooLarge);
    } else if (pastDeadline) {
        error = ApiError::ofKind(ApiError::Kind::Timeout, u"past the request's deadline"_s);
    } else if (status == 0) {
        // A transfer timeout ends the reply as "cancelled"; only we know
        // whether we cancelled it.
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError && !abortedByUs;
        error = ApiError::fromNetwork(
            reply->error(), tlsProblem.isEmpty() ? reply->errorString() : tlsProblem, timedOut);
    } else if (declaredLength.isValid() && body.size() < declaredLength.toLongLong()) {
        // The connection closed before the whole answer came: Qt hands over
        // what it has as if it were all.
        error = ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, u"truncated answer"_s,
                                      false);
    } else if (status < 200 || status >= 300) {
        error = ApiError::fromHttp(status, status >= 300 && status < 400 ? QByteArray() : body,
                                   reply->rawHeader("Retry-After"), request.assumedEndpoint);
    }

    if (error) {
        qCInfo(lcApi) << request.path << "failed:" << static_cast<int>(error->kind) << "HTTP"
                      << status;
        if (context && shouldRetry(request, *error, attemptNo)) {
            const auto backoff =
                error->retryAfterSeconds
                    ? std::chrono::milliseconds(
                          std::chrono::seconds(qMin(*error->retryAfterSeconds, 60)))
                    : 500ms * (1 << attemptNo) +
                          std::chrono::milliseconds(QRandomGenerator::global()->bounded(250));
            QTimer::singleShot(backoff, this, [this, request, context, callback, attemptNo] {
                if (context)
                    dispatch(request, context, callback, attemptNo + 1);
            });
            return;
        }
        // The caller hears first, so that what it began (a purchase) is
        // ended before the session's end resets everything.
        const QPointer<ApiClient> self(this);
        if (context)
            callback(*error);
        if (self && error->kind == ApiError::Kind::Unauthenticated && request.authenticated)
            emit self->unauthenticated();
        return;
    }
    if (context)
        callback(ApiResponse{status, body});
}

bool ApiClient::shouldRetry(const ApiRequest &request, const ApiError &error, int attemptNo) const
{
    return request.method == ApiRequest::Method::Get && request.retryable &&
           attemptNo < m_maxRetries && error.mayRetry();
}
