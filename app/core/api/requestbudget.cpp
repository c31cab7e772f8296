#include "core/api/requestbudget.h"

using namespace Qt::StringLiterals;

RequestBudget::RequestBudget()
{
    // Generous for any person: polling every 3 s is 20 order lists a minute,
    // a price table of 250 countries is 5 pages; far below a loop's rate.
    m_limits = {{Family::SignIn, 10},  {Family::Catalogue, 120}, {Family::OrderList, 40},
                {Family::Order, 60},   {Family::Purchase, 12},   {Family::Cancel, 30},
                {Family::Account, 30}, {Family::Other, 30}};
}

RequestBudget::Family RequestBudget::familyOf(bool post, const QString &path)
{
    if (path.startsWith(u"/auth/"))
        return Family::SignIn;
    if (path == u"/orders")
        return post ? Family::Purchase : Family::OrderList;
    if (path.startsWith(u"/orders/"))
        return path.endsWith(u"/cancel") ? Family::Cancel : Family::Order;
    if (path.startsWith(u"/dashboard/services") || path.startsWith(u"/dashboard/prices"))
        return Family::Catalogue;
    if (path == u"/dashboard")
        return Family::Account;
    return Family::Other;
}

QString RequestBudget::nameOf(Family family)
{
    switch (family) {
    case Family::SignIn:
        return u"sign-in"_s;
    case Family::Catalogue:
        return u"catalogue"_s;
    case Family::OrderList:
        return u"order lists"_s;
    case Family::Order:
        return u"single orders"_s;
    case Family::Purchase:
        return u"purchases"_s;
    case Family::Cancel:
        return u"cancels"_s;
    case Family::Account:
        return u"account"_s;
    case Family::Other:
        break;
    }
    return u"other"_s;
}

void RequestBudget::setLimit(Family family, int perWindow)
{
    m_limits.insert(family, qMax(1, perWindow));
}

std::chrono::milliseconds RequestBudget::reserve(Family family, Clock::time_point now)
{
    QList<Clock::time_point> &sent = m_sent[family];
    while (!sent.isEmpty() && sent.first() <= now - m_window)
        sent.removeFirst();
    const qsizetype limit = m_limits.value(family, 30);
    // Slots already promised lie ahead of now: the next one opens a window
    // after the limit-th last of them.
    Clock::time_point at = now;
    if (sent.size() >= limit)
        at = std::max(now, sent.at(sent.size() - limit) + m_window);
    sent.append(at);
    return std::chrono::ceil<std::chrono::milliseconds>(at - now);
}
