#pragma once

#include <QHash>
#include <QWidget>

class Notices;
class QFrame;
class QLabel;
class QTimer;

// The notices as banners, stacked in the lower right corner of `host`, over
// its content rather than in its layout: one coming or going never moves
// what is under the mouse. Each has Dismiss, and Retry when it can.
class NoticeStack final : public QWidget
{
    Q_OBJECT

public:
    NoticeStack(Notices *notices, QWidget *host);

    // A passing message where there is no status bar (a short screen): at
    // the bottom of the stack, gone after `timeoutMs` (0: 6 s) or the next.
    void showMessage(const QString &text, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void update();
    void place();
    QFrame *makeBanner(const QString &topic);
    void translateBanner(QFrame *banner);

    Notices *m_notices;
    QLabel *m_message = nullptr;
    QTimer *m_messageTimer = nullptr;
    QHash<QString, QFrame *> m_banners; // by topic
};
