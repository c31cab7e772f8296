#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// One piece of trouble: what it is about, what to say, and what Retry runs.
struct Notice
{
    QString topic;
    QString text;
    std::function<void()> retry;    // none: nothing to try again
    std::function<QString()> words; // says `text` again, in the language of now
};

// Trouble the user should know of that belongs to no single view (a failed
// load, polls that keep failing, a keychain that cannot keep the sign-in):
// the window shows each as a banner, with Retry when there is something to
// try again. Each has a topic: several topics show at once, oldest first; a
// topic raised again replaces its own notice, and a later success of the
// same thing takes it away without touching the others. The same words are
// never shown twice.
class Notices final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Shows what `words` say for `topic`, in place of what that topic said
    // before; they are kept as a way to say it, so that a change of language
    // says it again. With `retry`, the user may run it.
    void raise(const QString &topic, std::function<QString()> words,
               std::function<void()> retry = {});
    // The language changed: every notice in the new one.
    void retranslate();
    // Takes the topic's notice away (a success, or the user's Dismiss).
    void clear(const QString &topic);
    void clearAll();

    const QList<Notice> &all() const { return m_notices; }
    // The topic's notice, or null.
    const Notice *find(const QString &topic) const;

    // The user's Retry: takes the topic's notice away and tries again.
    void retry(const QString &topic);

signals:
    void changed();

private:
    QList<Notice> m_notices;
};
