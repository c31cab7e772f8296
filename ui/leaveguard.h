#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QMessageBox;
class OrdersController;

// Paid numbers are never left unwatched by surprise. Signing out or quiting
// while an order waits for its code asks first, naming the orders; with a
// system tray, closing the window keeps watching from the tray instead.
class LeaveGuard final : public QObject
{
    Q_OBJECT

public:
    LeaveGuard(QMainWindow *window, OrdersController *orders);

    // Whether a tray icon can keep the app running without its window.
    void setTrayAvailable(bool available) { m_tray = available; }

    // Runs `signOut` at once when nothing waits, else after the user's yes.
    void signOut(const std::function<void()> &signOut);
    // For the window's closeEvent: true when it may close now. Otherwise the
    // window is hidden to the tray, or the user is asked and the window
    // closes again on their yes.
    bool mayClose();
    // Quit, not only close the window (File > Quit, the tray's Quit).
    void quit();

signals:
    // The window went to the tray with orders still waiting.
    void keptInTray(int waiting);

private:
    void ask(const QString &question, const QString &leave, const std::function<void()> &onYes);

    QMainWindow *m_window;
    OrdersController *m_orders;
    QPointer<QMessageBox> m_question;
    bool m_tray = false;
    bool m_confirmed = false;
    bool m_quitting = false;
};
