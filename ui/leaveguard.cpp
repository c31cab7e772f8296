#include "ui/leaveguard.h"

#include "core/controllers/orderscontroller.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

LeaveGuard::LeaveGuard(QMainWindow *window, OrdersController *orders)
    : QObject(window)
    , m_window(window)
    , m_orders(orders)
{}

void LeaveGuard::signOut(const std::function<void()> &signOut)
{
    const QString waiting = m_orders->waitingSentence();
    if (waiting.isEmpty())
        return signOut();
    ask(waiting + u' ' +
            tr("If you sign out, N1SMS stops watching them; they stay on your account, and one "
               "that expires without a code is refunded."),
        tr("Sign out anyway"), signOut);
}

void LeaveGuard::quit()
{
    if (!m_window->isVisible()) {
        m_window->showNormal(); // from the tray: a question needs the window
        m_window->raise();
    }
    m_quitting = true;
    m_window->close();
    m_quitting = false;
}

bool LeaveGuard::mayClose()
{
    if (std::exchange(m_confirmed, false))
        return true;
    const QString waiting = m_orders->waitingSentence();
    if (waiting.isEmpty())
        return true;
    if (m_tray && !m_quitting) {
        // The tray keeps watching: a code still arrives as a notification.
        m_window->hide();
        emit keptInTray(m_orders->waitingCount());
        return false;
    }
    ask(waiting + u' ' +
            tr("If you quit, nobody watches them: a code that arrives shows only the next time "
               "you open N1SMS, and one that expires without a code is refunded."),
        tr("Quit anyway"), [this] {
            m_confirmed = true;
            m_window->close();
        });
    return false;
}

void LeaveGuard::ask(const QString &question, const QString &leave,
                     const std::function<void()> &onYes)
{
    if (m_question) {
        m_question->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Numbers still waiting"), question,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(u"leaveQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(leave, QMessageBox::DestructiveRole);
    yes->setObjectName(u"leaveAnywayButton"_s);
    QPushButton *stay = box->addButton(tr("Stay"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    connect(box, &QMessageBox::buttonClicked, this, [yes, onYes](QAbstractButton *clicked) {
        if (clicked == yes)
            onYes();
    });
    m_question = box;
    box->open();
}
