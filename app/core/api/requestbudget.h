#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

// A hard ceiling on how often each family of endpoints is asked, whatever
// asks: no bug in a caller and no server's answer can make the app send a
// flood. Within the ceiling requests go at once; beyond it they wait, in
// order, for a slot of the sliding window.
class RequestBudget final
{
public:
    using Clock = std::chrono::steady_clock;

    enum class Family
    {
        SignIn,    // /auth/*
        Catalogue, // the services and their prices
        OrderList, // GET /orders
        Order,     // GET /orders/{id}
        Purchase,  // POST /orders
        Cancel,    // POST /orders/{id}/cancel
        Account,   // the dashboard
        Other,
    };

    RequestBudget();

    static Family familyOf(bool post, const QString &path);
    static QString nameOf(Family family);

    // Requests a family may send in any window (a minute by default).
    void setLimit(Family family, int perWindow);
    int limit(Family family) const { return m_limits.value(family); }
    void setWindow(std::chrono::milliseconds window) { m_window = window; }
    std::chrono::milliseconds window() const { return m_window; }

    // Takes a slot for a request of `family`: how long it must wait from
    // `now` before it may go (zero: at once).
    std::chrono::milliseconds reserve(Family family, Clock::time_point now = Clock::now());

private:
    QHash<Family, int> m_limits;
    QHash<Family, QList<Clock::time_point>> m_sent; // in order, the last window's
    std::chrono::milliseconds m_window{60000};
};
