#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Trouble the user should know of that belongs to no single view (a failed
// load, polls that keep failing, a keychain that cannot keep the sign-in):
// the window shows it as a banner, with Retry when there is something to try
// again. Each has a topic, so that a later success of the same thing takes it
// away and a different topic's success does not.
class Notices final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Replaces the notice shown. With `retry`, the user may run it.
    void raise(const QString &topic, const QString &text, std::function<void()> retry = {});
    // Takes the notice away if it is about `topic`.
    void clear(const QString &topic);
    void clearAll();

    const QString &text() const { return m_text; }
    const QString &topic() const { return m_topic; }
    bool canRetry() const { return bool(m_retry); }

    // The user's Retry: takes the notice away and tries again.
    void retry();

signals:
    void changed();

private:
    QString m_topic;
    QString m_text;
    std::function<void()> m_retry;
};
