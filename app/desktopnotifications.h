#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Notifications through the desktop's own notification server
// (org.freedesktop.Notifications on the session bus: GNOME Shell, Plasma,
// dunst, xfce4-notifyd…), which shows them where the user looks, keeps them
// in its history and lets them be clicked. Without a session bus or a server
// that answers, send() says so and the tray's balloon is used instead.
//
// The bus is first asked for when the first notification is sent: until then
// nothing of Qt D-Bus runs (its thread, the connection, libdbus), which an
// app that never notifies, or not yet, does not pay for.
class DesktopNotifications final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Sends one (each its own: two codes are two notifications). `key` is
    // handed back when it is clicked (its default action, `clickWords`).
    // `failed` runs if the server does not take it.
    void send(const QString &title, const QString &text, const QString &key,
              const QString &clickWords, const std::function<void()> &failed);

signals:
    // The user clicked it: `key` is the one it carried, or empty.
    void activated(const QString &key);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    // Connects to the session bus and its signals, the first time only.
    bool connectOnce();

    QHash<uint, QString> m_keys; // shown, by id
    bool m_asked = false;
    bool m_connected = false;
};
