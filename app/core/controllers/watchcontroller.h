#pragma once

#include "core/api/apierror.h"
#include "core/domain/watch.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

class Backend;
class Settings;
class WatchListModel;

// Watches: the app looks at prices for the user and says when what they wait
// for is there. Never a purchase: a watch ticked to buy asks for the usual
// confirmation (watchMet, then the composition root's choice).
//
// Polite to the server: all watches together load a service's price list at
// most once an interval (60 s by default, never under 30 s), use a list the
// table loaded within the interval instead of asking, pause for a 429's
// Retry-After, back off on a busy server or no connection (up to 5 min),
// and ask nothing while signed out.
class WatchController final : public QObject
{
    Q_OBJECT

public:
    WatchController(Backend *backend, Settings *settings, QObject *parent = nullptr);

    WatchListModel *model() const { return m_model; }
    const QList<Watch> &watches() const;
    std::optional<Watch> watch(qint64 id) const;

    // Adds a watch (an id and its time are given to it) and looks soon.
    // Returns its id.
    qint64 addWatch(Watch watch);
    // Changes what a watch asks for; what it saw is forgotten.
    void updateWatch(const Watch &watch);
    void removeWatch(qint64 id);

    // How often a service's prices may be asked for. The settings keep it
    // within [30 s, 1 h]; tests may set less.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // Signed in: the watches of the server in use are read and checked.
    // Signed out: nothing is asked, and what they saw is forgotten.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // While paused (a 429, trouble), when asking starts again; invalid if not.
    QDateTime pausedUntil() const;

    // Whether a country's row meets a watch: in stock, a sane price within
    // the cap, the success rate asked for (a row without one does not meet a
    // watch that asks for one), the watch's country unless it takes any.
    static bool accepts(const Watch &watch, const CountryPrice &price);
    // Of a service's price list, the cheapest row that meets the watch.
    static std::optional<CountryPrice> bestOf(const Watch &watch,
                                              const QList<CountryPrice> &prices);

signals:
    // A watch that was not met is now (also at its first look): `watch.match`
    // is the country. Once per time it becomes true.
    void watchMet(const Watch &watch);
    // Watching paused until `until` for `reason`, or resumed (invalid time).
    void pausedChanged(const QDateTime &until, const QString &reason);
    // The watches were looked at against a fresh list of the service.
    void checked(qint64 serviceId);

private:
    using Clock = std::chrono::steady_clock;

    // Keeps a new or changed watch, unseen, and looks soon.
    void store(Watch watch);
    void tick();
    void updateTimer();
    void evaluate(qint64 serviceId);
    void failed(qint64 serviceId, const ApiError &error);
    void pause(std::chrono::milliseconds wait, const QString &reason);
    void save();

    Backend *m_backend;
    Settings *m_settings;
    WatchListModel *m_model;
    QTimer m_tick;
    std::chrono::milliseconds m_interval{60'000};
    bool m_active = false;
    QHash<qint64, Clock::time_point> m_lastAsked; // by service
    QSet<qint64> m_asking;                        // lists on their way for the watches
    std::optional<Clock::time_point> m_pausedUntil;
    std::chrono::milliseconds m_backoff{0};
};
