#include "core/controllers/buybestcontroller.h"

#include "core/controllers/purchaserules.h"
#include "core/services/accountservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"

#include <algorithm>

using namespace std::chrono_literals;

Money BuyBestPlan::mostAtOnce() const
{
    Money most;
    for (const CountryPrice &c : countries) {
        if (!most.isValid() || c.price > most)
            most = c.price;
    }
    return most;
}

BuyBestController::BuyBestController(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    CatalogService *catalog = backend->catalog();
    connect(catalog, &CatalogService::pricesLoaded, this, [this](qint64 serviceId) {
        if (m_stage == Stage::Prices && serviceId == m_plan.serviceId)
            buy();
    });
    connect(catalog, &CatalogService::pricesFailed, this,
            [this](qint64 serviceId, const ApiError &error) {
                if (m_stage != Stage::Prices || serviceId != m_plan.serviceId)
                    return;
                finish(Outcome::Stopped,
                       tr("The plan stopped: the prices could not be loaded (%1). Nothing more "
                          "was bought.")
                           .arg(error.userMessage()));
            });
    connectOrders();
}

QList<CountryPrice> BuyBestController::rank(const QList<CountryPrice> &prices, const Money &cap,
                                            const QList<BuyBestPlan::Criterion> &ranking,
                                            const std::function<double(qint64)> &ownRate)
{
    QList<CountryPrice> list;
    for (const CountryPrice &p : prices) {
        if (p.stock > 0 && PurchaseRules::isSanePrice(p.price) && p.price <= cap)
            list.append(p);
    }
    const auto compare = [&](const CountryPrice &a, const CountryPrice &b) {
        for (const BuyBestPlan::Criterion c : ranking) {
            switch (c) {
            case BuyBestPlan::Criterion::Price:
                if (a.price.minorUnits() != b.price.minorUnits())
                    return a.price.minorUnits() < b.price.minorUnits();
                break;
            case BuyBestPlan::Criterion::ServerSuccess: {
                const double ra = a.successRate.value_or(-1);
                const double rb = b.successRate.value_or(-1);
                if (ra != rb)
                    return ra > rb;
                break;
            }
            case BuyBestPlan::Criterion::OwnSuccess: {
                const double ra = ownRate ? ownRate(a.countryId) : -1;
                const double rb = ownRate ? ownRate(b.countryId) : -1;
                if (ra != rb)
                    return ra > rb;
                break;
            }
            }
        }
        return a.country.localeAwareCompare(b.country) < 0;
    };
    std::stable_sort(list.begin(), list.end(), compare);
    return list;
}

Money BuyBestController::suggestedCap(const QList<CountryPrice> &prices)
{
    QList<Money> inStock;
    for (const CountryPrice &p : prices) {
        if (p.stock > 0 && PurchaseRules::isSanePrice(p.price))
            inStock.append(p.price);
    }
    if (inStock.isEmpty())
        return {};
    std::sort(inStock.begin(), inStock.end(),
              [](const Money &a, const Money &b) { return a.minorUnits() < b.minorUnits(); });
    return inStock.at(std::min<qsizetype>(4, inStock.size() - 1));
}

bool BuyBestController::start(const BuyBestPlan &plan)
{
    if (m_running || plan.countries.isEmpty() || plan.serviceId == 0 || !plan.cap.isValid())
        return false;
    m_plan = plan;
    m_running = true;
    m_cancelled = false;
    m_index = 0;
    m_order.reset();
    emit runningChanged(true);
    step();
    return true;
}

void BuyBestController::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // A purchase on its way ends as it ends: its outcome decides what is said.
    if (m_stage != Stage::Buying)
        finish(Outcome::Cancelled, m_order ? tr("The plan was stopped. The number bought is kept.")
                                           : tr("The plan was stopped. Nothing was bought."));
}

void BuyBestController::step()
{
    if (m_cancelled)
        return finish(Outcome::Cancelled, tr("The plan was stopped. Nothing was bought."));
    if (m_index >= m_plan.countries.size()) {
        return finish(Outcome::Exhausted,
                      tr("No country of the plan had a %1 number to sell within %2. Nothing was "
                         "bought.")
                          .arg(m_plan.serviceName, formatMoney(m_plan.cap)));
    }
    emit trying(m_index, m_plan.countries.at(m_index));
    // Stock and prices as of now: a list older than half a minute is asked
    // for again (one list, shared with the table and the watches).
    const auto cached = m_backend->catalog()->cachedPrices(m_plan.serviceId);
    if (cached && cached->age() < std::chrono::seconds(freshPricesSeconds))
        return buy();
    m_stage = Stage::Prices;
    m_backend->catalog()->loadPrices(m_plan.serviceId, CatalogService::Purpose::Background);
}

void BuyBestController::buy()
{
    m_stage = Stage::Idle;
    if (m_cancelled)
        return finish(Outcome::Cancelled, tr("The plan was stopped. Nothing was bought."));
    const CountryPrice &planned = m_plan.countries.at(m_index);
    const auto cached = m_backend->catalog()->cachedPrices(m_plan.serviceId);
    std::optional<CountryPrice> now;
    if (cached) {
        for (const CountryPrice &p : cached->prices) {
            if (p.countryId == planned.countryId)
                now = p;
        }
    }
    if (!now || now->stock <= 0)
        return next(tr("%1 has no numbers in stock now.").arg(planned.country));
    if (!PurchaseRules::isSanePrice(now->price) || !(now->price <= m_plan.cap)) {
        return next(tr("%1 now costs %2, above your %3.")
                        .arg(planned.country, formatMoney(now->price), formatMoney(m_plan.cap)));
    }
    PurchaseRequest request;
    request.serviceId = m_plan.serviceId;
    request.countryId = now->countryId;
    request.pool = now->pool;
    request.bestSuccessRate = m_plan.bestSuccessRate;
    OrderService *orders = m_backend->orders();
    if (!orders->purchase(request)) {
        // Another purchase is on its way (nothing of ours was sent): this
        // step is taken when it has ended.
        connect(
            orders, &OrderService::purchasingChanged, this,
            [this](bool busy) {
                if (!busy && m_running && m_stage == Stage::Idle)
                    buy();
            },
            Qt::SingleShotConnection);
        return;
    }
    m_stage = Stage::Buying;
}

void BuyBestController::next(const QString &reason)
{
    emit skipped(m_index, reason);
    ++m_index;
    m_order.reset();
    step();
}

void BuyBestController::finish(Outcome outcome, const QString &sentence)
{
    m_stage = Stage::Idle;
    m_running = false;
    emit finished(outcome, sentence);
    emit runningChanged(false);
}

void BuyBestController::connectOrders()
{
    OrderService *orders = m_backend->orders();
    connect(orders, &OrderService::purchased, this, [this](const Order &order) {
        if (m_stage != Stage::Buying)
            return;
        m_order = order;
        m_backend->account()->refresh(); // the balance shown is the server's
        emit bought(m_index, order);
        QString charged;
        if (order.cost.sameCurrency(m_plan.cap) && order.cost > m_plan.cap)
            charged = u' ' + tr("It was charged %1, above your %2: the price changed as it was "
                                "bought.")
                                 .arg(formatMoney(order.cost), formatMoney(m_plan.cap));
        if (m_plan.continueOnExpiry && !m_cancelled) {
            m_stage = Stage::Waiting;
            return;
        }
        finish(Outcome::Bought,
               tr("Bought %1 in %2 for %3.")
                       .arg(order.phoneNumber, order.country, formatMoney(order.cost)) +
                   charged);
    });
    connect(orders, &OrderService::purchaseFailed, this, [this](const ApiError &error) {
        if (m_stage != Stage::Buying)
            return;
        m_stage = Stage::Idle;
        const QString country = m_plan.countries.at(m_index).country;
        if (error.errorCode == u"OUT_OF_STOCK" || error.errorCode == u"SERVICE_UNAVAILABLE") {
            if (m_cancelled)
                return finish(Outcome::Cancelled, tr("The plan was stopped. Nothing was bought."));
            return next(error.userMessage());
        }
        if (error.errorCode == u"INSUFFICIENT_BALANCE") {
            m_backend->account()->refresh();
            return finish(Outcome::Stopped,
                          tr("The plan stopped: your balance is too low for a number in %1. Top "
                             "up, then try again.")
                              .arg(country));
        }
        finish(Outcome::Stopped, tr("The plan stopped at %1: %2 Nothing more was bought.")
                                     .arg(country, error.userMessage()));
    });
    connect(orders, &OrderService::purchaseNotCreated, this, [this] {
        if (m_stage != Stage::Buying)
            return;
        m_stage = Stage::Idle;
        // Known now: nothing was bought there.
        if (m_cancelled)
            return finish(Outcome::Cancelled, tr("The plan was stopped. Nothing was bought."));
        next(tr("No answer came from %1, and your orders show nothing was bought there.")
                 .arg(m_plan.countries.at(m_index).country));
    });
    connect(orders, &OrderService::purchaseStillUnknown, this, [this](const ApiError &error) {
        if (m_stage != Stage::Buying)
            return;
        finish(Outcome::Stopped,
               tr("The plan stopped: whether a number was bought in %1 could not be learned (%2). "
                  "Check your orders before buying again.")
                   .arg(m_plan.countries.at(m_index).country, error.userMessage()));
    });
    connect(orders, &OrderService::purchaseInterrupted, this, [this] {
        if (m_stage != Stage::Buying && m_stage != Stage::Waiting)
            return;
        finish(Outcome::Stopped,
               tr("The plan stopped: the session ended. Look in Active orders before buying "
                  "again."));
    });
    // Continuing on expiry: the number's code, or its end without one.
    connect(orders, &OrderService::codeReceived, this, [this](const Order &order) {
        if (m_stage != Stage::Waiting || !m_order || order.id != m_order->id)
            return;
        finish(Outcome::Bought,
               tr("Bought %1 in %2 for %3; its code came: %4.")
                   .arg(order.phoneNumber, order.country, formatMoney(order.cost), order.smsCode));
    });
    connect(orders, &OrderService::ordersUpdated, this, [this](const QList<Order> &list) {
        if (m_stage != Stage::Waiting || !m_order)
            return;
        for (const Order &order : list) {
            if (order.id != m_order->id || !order.smsCode.isEmpty())
                continue;
            if (order.status == Order::Status::Expired ||
                order.status == Order::Status::Cancelled ||
                order.status == Order::Status::Refunded) {
                m_stage = Stage::Idle;
                return next(
                    tr("The number in %1 ended without a code (refunded).").arg(order.country));
            }
        }
    });
}
