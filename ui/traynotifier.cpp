#include "ui/traynotifier.h"

#include "ui/uistyle.h"

#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activateLastMessage);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::showWindowRequested);
    // The way back, and the way out, when the window is hidden in the tray.
    m_menu = std::make_unique<QMenu>();
    m_showAction = m_menu->addAction(QString(), this, &TrayNotifier::showWindowRequested);
    m_quitAction = m_menu->addAction(QString(), this, &TrayNotifier::quitRequested);
    translateMenu();
    m_tray->setContextMenu(m_menu.get());
    updateIcon();
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::translateMenu()
{
    if (!m_menu)
        return;
    m_showAction->setText(tr("&Show N1SMS"));
    m_quitAction->setText(tr("&Quit"));
}

QString TrayNotifier::toolTip() const
{
    if (m_waiting == 0)
        return tr("N1SMS: no order is waiting");
    return tr("N1SMS: %n order(s) waiting for an SMS", nullptr, m_waiting);
}

void TrayNotifier::setWaitingCount(int count)
{
    if (count == m_waiting)
        return;
    m_waiting = count;
    updateIcon();
}

void TrayNotifier::notifyCode(const Order &order)
{
    if (!m_enabled)
        return;
    m_lastKey = order.smsCode;
    m_lastMessage = tr("%1 code for %2: %3. Click to copy it.")
                        .arg(order.service, order.phoneNumber, order.smsCode);
    show(tr("Your %1 code: %2").arg(order.service, order.smsCode), m_lastMessage, order.smsCode,
         tr("Copy the code"), false);
}

void TrayNotifier::notifyWatch(const Watch &watch, const QString &title, const QString &text)
{
    if (!m_enabled)
        return;
    m_lastKey = u"watch:%1:%2"_s.arg(watch.id).arg(watch.match ? watch.match->countryId : 0);
    m_watchKeys.insert(m_lastKey, watch);
    m_lastMessage = text;
    show(title, text, m_lastKey, tr("Show"), false);
}

void TrayNotifier::notify(const QString &title, const QString &text)
{
    if (!m_enabled)
        return;
    m_lastKey.clear();
    m_lastMessage = text;
    show(title, text, QString(), tr("Show"), true);
}

void TrayNotifier::show(const QString &title, const QString &text, const QString &key,
                        const QString &clickWords, bool warning)
{
    const auto balloon = [tray = QPointer<QSystemTrayIcon>(m_tray), title, text, warning] {
        if (tray)
            tray->showMessage(title, text,
                              warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                              15000);
    };
    if (m_sender)
        m_sender(title, text, key, clickWords, balloon);
    else
        balloon();
}

QRect TrayNotifier::iconGeometry() const
{
    return m_tray ? m_tray->geometry() : QRect();
}

void TrayNotifier::activateLastMessage()
{
    if (m_lastMessage.isEmpty())
        return;
    activate(m_lastKey);
}

void TrayNotifier::activate(const QString &key)
{
    if (const auto it = m_watchKeys.constFind(key); it != m_watchKeys.cend())
        emit watchRowRequested(*it);
    else if (!key.isEmpty())
        emit copyCodeRequested(key);
    emit showWindowRequested();
}

void TrayNotifier::updateIcon()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(toolTip());
    // The app's icon, with the number of waiting orders in a badge.
    QPixmap pixmap = UiStyle::appIcon().pixmap(64, 64);
    if (m_waiting > 0) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.setPen(Qt::NoPen);
        const QRect badge(30, 30, 34, 34);
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(22);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter,
                         m_waiting > 9 ? u"9+"_s : QString::number(m_waiting));
    }
    m_tray->setIcon(QIcon(pixmap));
}
