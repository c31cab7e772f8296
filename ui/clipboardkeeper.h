#pragma once

#include <QObject>
#include <QTimer>

// Puts numbers and codes on the clipboard and, when asked to, takes them off
// again after a delay, unless the user has copied something else since.
class ClipboardKeeper final : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardKeeper(QObject *parent = nullptr);

    // 0 seconds: never clear.
    void setClearAfter(int seconds);
    int clearAfter() const { return m_seconds; }
    void copy(const QString &text);
    bool clearPending() const { return m_timer.isActive(); }

signals:
    void cleared();

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QString m_copied;
    int m_seconds = 0;
};
