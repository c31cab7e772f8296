#include "desktopnotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{}

bool DesktopNotifications::connectOnce()
{
    if (m_asked)
        return m_connected;
    m_asked = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    bus.connect(service, path, interface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(service, path, interface, u"NotificationClosed"_s, this,
                SLOT(onClosed(uint, uint)));
    m_connected = true;
    return true;
}

void DesktopNotifications::send(const QString &title, const QString &text, const QString &key,
                                const QString &clickWords, const std::function<void()> &failed)
{
    if (!connectOnce())
        return failed();
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    // The default action is what a click on the notification does.
    const QStringList actions{u"default"_s, clickWords};
    const QVariantMap hints{{u"desktop-entry"_s, u"com.n1sms.Desktop"_s},
                            {u"urgency"_s, QVariant::fromValue<uchar>(1)}};
    call << tr("N1SMS") << 0u << u"com.n1sms.Desktop"_s << title << text << actions << hints
         << 15000;
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, key, failed](QDBusPendingCallWatcher *) {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError())
                    return failed();
                m_keys.insert(reply.value(), key);
            });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.cend() || action != u"default")
        return;
    emit activated(*it);
}

void DesktopNotifications::onClosed(uint id, uint)
{
    m_keys.remove(id);
}
