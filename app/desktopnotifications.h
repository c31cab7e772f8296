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
class DesktopNotifications final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Whether a session bus is there to ask at all.
    bool isAvailable() const;
    // Sends one (each its own: two codes are two notifications). `code`, when
    // given, is what activating it copies. `failed` runs if the server does
    // not take it.
    void send(const QString &title, const QString &text, const QString &code,
              const std::function<void()> &failed);

signals:
    // The user clicked it (its default action): `code` is the one it carried,
    // or empty.
    void activated(const QString &code);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<uint, QString> m_codes; // shown, by id
};
