#include "core/controllers/notices.h"

#include <algorithm>
#include <utility>

void Notices::raise(const QString &topic, std::function<QString()> words,
                    std::function<void()> retry)
{
    const QString text = words();
    const auto same = std::find_if(m_notices.begin(), m_notices.end(),
                                   [&](const Notice &n) { return n.topic == topic; });
    if (same != m_notices.end()) {
        const bool unchanged = same->text == text && bool(same->retry) == bool(retry);
        same->text = text;
        same->retry = std::move(retry);
        same->words = std::move(words);
        if (!unchanged)
            emit changed();
        return;
    }
    // Words another topic already shows are not said twice.
    if (std::any_of(m_notices.cbegin(), m_notices.cend(),
                    [&](const Notice &n) { return n.text == text; }))
        return;
    m_notices.append({topic, text, std::move(retry), std::move(words)});
    emit changed();
}

void Notices::retranslate()
{
    bool any = false;
    for (Notice &notice : m_notices) {
        if (const QString text = notice.words(); text != notice.text) {
            notice.text = text;
            any = true;
        }
    }
    if (any)
        emit changed();
}

void Notices::clear(const QString &topic)
{
    if (m_notices.removeIf([&](const Notice &n) { return n.topic == topic; }) > 0)
        emit changed();
}

void Notices::clearAll()
{
    if (m_notices.isEmpty())
        return;
    m_notices.clear();
    emit changed();
}

const Notice *Notices::find(const QString &topic) const
{
    const auto it = std::find_if(m_notices.cbegin(), m_notices.cend(),
                                 [&](const Notice &n) { return n.topic == topic; });
    return it == m_notices.cend() ? nullptr : &*it;
}

void Notices::retry(const QString &topic)
{
    const Notice *notice = find(topic);
    if (!notice)
        return;
    const std::function<void()> again = notice->retry;
    clear(topic);
    if (again)
        again();
}
