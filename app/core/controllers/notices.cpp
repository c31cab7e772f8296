#include "core/controllers/notices.h"

#include <utility>

void Notices::raise(const QString &topic, const QString &text, std::function<void()> retry)
{
    m_topic = topic;
    m_text = text;
    m_retry = std::move(retry);
    emit changed();
}

void Notices::clear(const QString &topic)
{
    if (topic == m_topic && !m_text.isEmpty())
        clearAll();
}

void Notices::clearAll()
{
    if (m_text.isEmpty() && !m_retry)
        return;
    m_topic.clear();
    m_text.clear();
    m_retry = {};
    emit changed();
}

void Notices::retry()
{
    const auto retry = std::exchange(m_retry, {});
    clearAll();
    if (retry)
        retry();
}
