#pragma once

#include "core/domain/types.h"
#include "core/domain/watch.h"

#include <QHash>
#include <QObject>
#include <QRect>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray icon: how many orders wait for their SMS, and a notification
// carrying each code as it arrives (clicking it copies the code). Where the
// desktop has no tray, it keeps the same state and shows nothing.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;
    // The tray menu's words, again after a change of language.
    void translateMenu();

    void setWaitingCount(int count);
    // Off: a code arriving shows nothing in the tray (the window still does).
    void setNotificationsEnabled(bool enabled) { m_enabled = enabled; }
    void notifyCode(const Order &order);
    // A watch is met: clicking it shows that country's row.
    void notifyWatch(const Watch &watch, const QString &title, const QString &text);
    // Anything else about money or an order that the user must not miss;
    // clicking it brings the window back.
    void notify(const QString &title, const QString &text);
    // Where notifications go first (the desktop's notification server): it
    // gets the title, the text, the key a click hands back to activate() and
    // the words for that click, and calls `fallback` when it could not show
    // it; the tray's balloon then.
    using Sender =
        std::function<void(const QString &title, const QString &text, const QString &key,
                           const QString &clickWords, const std::function<void()> &fallback)>;
    void setSender(Sender sender) { m_sender = std::move(sender); }
    // Where the icon sits on the screen (empty without a tray).
    QRect iconGeometry() const;

    int waitingCount() const { return m_waiting; }
    QString toolTip() const;
    const QString &lastMessage() const { return m_lastMessage; }
    bool hasTray() const { return m_tray != nullptr; }

public slots:
    // What clicking the last notification does: ask to copy its code.
    void activateLastMessage();
    // A notification was clicked (its key): a code is copied, a watch's row
    // shown, and the window brought back.
    void activate(const QString &key);

signals:
    void copyCodeRequested(const QString &code);
    void watchRowRequested(const Watch &watch);
    void showWindowRequested();
    void quitRequested();

private:
    void updateIcon();
    void show(const QString &title, const QString &text, const QString &key,
              const QString &clickWords, bool warning);

    QSystemTrayIcon *m_tray = nullptr; // a child; none without a tray
    std::unique_ptr<QMenu> m_menu;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    int m_waiting = 0;
    bool m_enabled = true;
    QString m_lastMessage;
    QString m_lastKey;                 // what clicking the last one does
    QHash<QString, Watch> m_watchKeys; // the watches notified, by key
    Sender m_sender;
};
