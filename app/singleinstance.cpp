#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QString nameFor(const QString &profile)
{
    const QByteArray hash = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1);
    return u"n1sms-desktop-"_s + QString::fromLatin1(hash.toHex().left(12));
}

// One line of JSON each way.
QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString &folder, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_socketPath(folder + u'/' + nameFor(profile) + u".socket"_s)
    , m_lock(folder + u'/' + nameFor(profile) + u".lock"_s)
{
    // Held for as long as the app runs: only a holder that is gone makes the
    // lock stale, never its age.
    m_lock.setStaleLockTime(0);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::hear);
}

SingleInstance::~SingleInstance()
{
    m_server.close();
}

std::unique_ptr<SingleInstance> SingleInstance::forCurrentProfile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return std::make_unique<SingleInstance>(folder, QSettings().fileName());
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock(0))
        return false;
    // The lock is ours: a socket file left beside it is a crashed one's.
    QLocalServer::removeServer(m_socketPath);
    if (!m_server.listen(m_socketPath))
        qWarning("single instance: cannot listen on %s: %s", qPrintable(m_socketPath),
                 qPrintable(m_server.errorString()));
    return true;
}

std::optional<QString> SingleInstance::handOver(const Request &request, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The first may hold the lock and not listen yet: it is starting.
    for (;;) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        if (deadline.hasExpired())
            return std::nullopt;
        QThread::msleep(50);
    }
    socket.write(line({{"demo"_L1, request.demo},
                       {"baseUrlGiven"_L1, request.baseUrlGiven},
                       {"baseUrl"_L1, request.baseUrl.toString()}}));
    socket.waitForBytesWritten(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (deadline.hasExpired() ||
            !socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
        answer += socket.readAll();
    }
    return QJsonDocument::fromJson(answer.left(answer.indexOf('\n')))
        .object()
        .value("refusal"_L1)
        .toString();
}

void SingleInstance::hear()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            // A line at most a few hundred bytes long; more is not ours.
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 4096)
                    socket->abort();
                return;
            }
            const QJsonObject asked = QJsonDocument::fromJson(socket->readLine()).object();
            Request request;
            request.demo = asked.value("demo"_L1).toBool();
            request.baseUrlGiven = asked.value("baseUrlGiven"_L1).toBool();
            request.baseUrl = QUrl(asked.value("baseUrl"_L1).toString());
            const QString refusal = m_answerer ? m_answerer(request) : QString();
            socket->write(line({{"refusal"_L1, refusal}}));
            socket->disconnectFromServer();
        });
    }
}
