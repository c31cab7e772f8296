#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class Backend;

// What the user confirms once for Buy best: one number of a service, at most
// a price, from these countries in this order.
struct BuyBestPlan
{
    enum class Criterion
    {
        Price,         // the cheapest first
        ServerSuccess, // the server's success rate, highest first
        OwnSuccess     // the user's own record there, best first
    };
    qint64 serviceId = 0;
    QString serviceName;
    Money cap; // no country dearer than this is tried
    QList<Criterion> ranking{Criterion::Price, Criterion::ServerSuccess, Criterion::OwnSuccess};
    // When the number bought expires without its code, the next country is
    // tried (each number that expires is refunded by the server).
    bool continueOnExpiry = false;
    bool bestSuccessRate = false;  // the pricing option, as for any purchase
    QList<CountryPrice> countries; // in the order they are tried

    // The most the plan can have spent at once: its dearest country (one
    // number at a time, whatever happens).
    Money mostAtOnce() const;
};

// Buy best: after one confirmation, buys down the plan's list until a number
// is bought (or, if asked, until one gets its code). Each step sends at most
// one POST /orders, never again by itself: a country out of stock, or now
// dearer than the cap, is skipped for the next; a balance too low stops the
// plan; an unknown outcome is reconciled (the order lists) before anything
// else, and one that stays unknown stops the plan.
class BuyBestController final : public QObject
{
    Q_OBJECT

public:
    // `ownRate` gives the user's own success rate in a country (0 to 1, or
    // below 0 when unknown) for the plan's service.
    explicit BuyBestController(Backend *backend, QObject *parent = nullptr);

    // The countries of `prices` that a plan may try, in its order: in stock,
    // a sane price within the cap, ranked by the criteria in turn.
    static QList<CountryPrice> rank(const QList<CountryPrice> &prices, const Money &cap,
                                    const QList<BuyBestPlan::Criterion> &ranking,
                                    const std::function<double(qint64)> &ownRate);

    // Where the cap starts, before the user types one: the fifth cheapest
    // price in stock (a plan of a few countries), or the dearest if fewer.
    static Money suggestedCap(const QList<CountryPrice> &prices);

    // Runs a confirmed plan. False if one is already running or the plan is empty.
    bool start(const BuyBestPlan &plan);
    // Stops before the next step. A purchase already sent ends as it ends
    // (a number it bought is kept and shown).
    void cancel();
    bool isRunning() const { return m_running; }
    const BuyBestPlan &plan() const { return m_plan; }
    // A list this recent is used as it is before a step; an older one is
    // loaded again first.
    static constexpr int freshPricesSeconds = 30;

    enum class Outcome
    {
        Bought,    // a number is bought (and, continuing on expiry, got its code)
        Exhausted, // no country of the list could be bought
        Stopped,   // a balance too low, a session ended, an outcome unknown
        Cancelled, // the user stopped it
    };
    Q_ENUM(Outcome)

signals:
    void runningChanged(bool running);
    // Step `index` of the plan: its country is being tried.
    void trying(int index, const CountryPrice &country);
    // Step `index` was passed over, and why, in a sentence.
    void skipped(int index, const QString &reason);
    // The step's number is bought; with continueOnExpiry, its code is awaited.
    void bought(int index, const Order &order);
    void finished(BuyBestController::Outcome outcome, const QString &sentence);

private:
    enum class Stage
    {
        Idle,
        Prices,  // waiting for a fresh price list
        Buying,  // the POST is out, or its outcome is being reconciled
        Waiting, // the number is bought; waiting for its code (continueOnExpiry)
    };
    void step();
    void buy();
    void next(const QString &reason);
    void finish(Outcome outcome, const QString &sentence);
    void connectOrders();

    Backend *m_backend;
    BuyBestPlan m_plan;
    bool m_running = false;
    bool m_cancelled = false;
    Stage m_stage = Stage::Idle;
    int m_index = 0;
    std::optional<Order> m_order; // the number bought at the current step
};
