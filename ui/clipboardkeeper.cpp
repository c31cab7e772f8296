#include "ui/clipboardkeeper.h"

#include <QClipboard>
#include <QGuiApplication>

ClipboardKeeper::ClipboardKeeper(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardKeeper::clearIfStillOurs);
}

void ClipboardKeeper::setClearAfter(int seconds)
{
    m_seconds = qMax(0, seconds);
    if (m_seconds == 0)
        m_timer.stop();
    else if (m_timer.isActive())
        m_timer.start(m_seconds * 1000);
}

void ClipboardKeeper::copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    m_copied = text;
    if (m_seconds > 0)
        m_timer.start(m_seconds * 1000);
}

void ClipboardKeeper::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // What the user copied since is theirs to keep.
    if (clipboard->text() != m_copied)
        return;
    clipboard->clear();
    m_copied.clear();
    emit cleared();
}
