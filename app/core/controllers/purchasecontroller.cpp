#include "core/controllers/purchasecontroller.h"

#include "core/controllers/notices.h"
#include "core/controllers/purchaserules.h"
#include "core/models/countrypricemodel.h"
#include "core/models/servicelistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "core/settings/settings.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString servicesTopic = u"services"_s;
const QString pricesTopic = u"prices"_s;
const QString unreadablePricesTopic = u"unreadable-prices"_s;
} // namespace

PurchaseController::PurchaseController(Backend *backend, Settings *settings, Notices *notices,
                                       QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_settings(settings)
    , m_notices(notices)
    , m_services(new ServiceListModel(this))
    , m_prices(new CountryPriceModel(this))
    , m_bestSuccessRate(settings->preferences().bestSuccessRate)
{
    m_services->setRemembered(settings->favouriteServices(), settings->recentServices());
    connect(m_services, &ServiceListModel::rememberedChanged, this, [this] {
        m_settings->setFavouriteServices(m_services->favourites());
        m_settings->setRecentServices(m_services->recent());
    });
    // Buy follows the row under it: its stock and price change as pages come.
    connect(m_prices, &QAbstractItemModel::modelReset, this, &PurchaseController::updateCanBuy);
    connect(m_prices, &QAbstractItemModel::rowsInserted, this, &PurchaseController::updateCanBuy);
    connect(m_prices, &QAbstractItemModel::rowsRemoved, this, &PurchaseController::updateCanBuy);
    connect(m_prices, &QAbstractItemModel::dataChanged, this, &PurchaseController::updateCanBuy);
    // Rows dearer than the balance are marked; the balance is the server's.
    connect(m_backend->account(), &AccountService::dashboardLoaded, this,
            [this](const Dashboard &dashboard) { m_prices->setBalance(dashboard.balance); });
    connectCatalog();
    connectOrders();
}

qint64 PurchaseController::serviceId() const
{
    return m_prices->serviceId();
}

bool PurchaseController::isPurchasing() const
{
    return m_backend->orders()->isPurchasing();
}

void PurchaseController::setStatus(std::function<QString()> words, bool isError, bool offerTopUp)
{
    m_words = std::move(words);
    m_statusIsError = isError;
    m_offerTopUp = offerTopUp;
    m_status = m_words();
    emit statusChanged(m_status, isError, offerTopUp);
}

void PurchaseController::retranslate()
{
    if (m_words)
        setStatus(m_words, m_statusIsError, m_offerTopUp);
}

void PurchaseController::loadServices()
{
    emit servicesStatusChanged(tr("Loading services…"));
    m_backend->catalog()->loadServices();
}

void PurchaseController::connectCatalog()
{
    CatalogService *catalog = m_backend->catalog();
    connect(catalog, &CatalogService::servicesLoaded, this, [this](const QList<Service> &list) {
        m_services->setServices(list);
        emit servicesStatusChanged({});
        m_notices->clear(servicesTopic);
        // Back to the service of last time, prices and all.
        if (serviceId() == 0) {
            if (const qint64 last = m_settings->lastService(); last != 0)
                emit serviceRestored(last);
        }
    });
    connect(catalog, &CatalogService::servicesFailed, this, [this](const ApiError &error) {
        // The server's words once, in the banner; the list says only what failed.
        emit servicesStatusChanged(tr("The services could not be loaded."));
        m_notices->raise(
            servicesTopic,
            [=] {
                return QString(tr("The services could not be loaded: %1").arg(error.userMessage()));
            },
            [this] { loadServices(); });
    });
    connect(catalog, &CatalogService::pricesPageLoaded, this,
            [this](qint64 id, const QList<CountryPrice> &prices, const PageInfo &info) {
                if (id != serviceId())
                    return;
                m_prices->addPrices(prices);
                if (info.hasMore && !m_keepStatus)
                    setStatus([=] {
                        return QString(tr("Loading prices… page %1 of %2")
                                           .arg(info.currentPage)
                                           .arg(info.lastPage));
                    });
            });
    connect(catalog, &CatalogService::pricesLoaded, this, [this, catalog](qint64 id) {
        if (id != serviceId())
            return;
        m_notices->clear(pricesTopic);
        const int unreadable =
            catalog->cachedPrices(id) ? catalog->cachedPrices(id)->unreadable : 0;
        if (unreadable > 0) {
            m_notices->raise(unreadablePricesTopic, [unreadable, service = m_serviceName] {
                return tr("The server sent %n price(s) for %1 that could not be read; those "
                          "countries are not shown.",
                          nullptr, unreadable)
                    .arg(service);
            });
        } else {
            m_notices->clear(unreadablePricesTopic);
        }
        if (const auto fresh = catalog->cachedPrices(id)) {
            QSet<qint64> listed;
            for (const CountryPrice &p : fresh->prices)
                listed.insert(p.countryId);
            m_prices->retainOnly(listed);
        }
        if (m_retry && m_retry->serviceId == id)
            return carryOutRetry();
        if (const qint64 country = std::exchange(m_countryToShow, 0); country != 0)
            emit countryToShow(country);
        if (std::exchange(m_keepStatus, false))
            return; // the purchase's refusal stays readable
        setStatus([=, this] {
            return QString(tr("%n country(s). Double-click a country or press Enter to buy.",
                              nullptr, m_prices->rowCount()));
        });
    });
    connect(catalog, &CatalogService::pricesFailed, this, [this](qint64 id, const ApiError &error) {
        if (id != serviceId())
            return;
        m_retry.reset();
        if (!error.mayPass())
            return setStatus([=] { return QString(error.userMessage()); }, true);
        // The server's words once, in the banner with Retry.
        setStatus([] { return QString(tr("The prices could not be loaded.")); }, true);
        m_notices->raise(
            pricesTopic,
            [=, service = m_serviceName] {
                return QString(tr("The prices for %1 could not be loaded: %2")
                                   .arg(service, error.userMessage()));
            },
            [this] {
                m_prices->reset(serviceId());
                loadPrices();
            });
    });
}

void PurchaseController::selectService(qint64 id, const QString &name)
{
    m_serviceName = name;
    m_settings->setLastService(id);
    m_prices->reset(id);
    m_keepStatus = false;
    emit serviceChanged(id, name);
    // The last prices at once, with their age, while fresh ones load.
    if (const auto cached = m_backend->catalog()->cachedPrices(id)) {
        m_prices->addPrices(cached->prices);
        setStatus([=] {
            return QString(tr("Prices as of %1; refreshing…")
                               .arg(QLocale().toString(cached->fetchedAt.toLocalTime().time(),
                                                       QLocale::ShortFormat)));
        });
        m_backend->catalog()->loadPrices(id);
        return;
    }
    loadPrices();
}

void PurchaseController::loadPrices()
{
    if (!m_keepStatus)
        setStatus([=] { return QString(tr("Loading prices…")); });
    m_backend->catalog()->loadPrices(serviceId());
}

void PurchaseController::reloadPrices()
{
    if (serviceId() == 0)
        return;
    m_prices->reset(serviceId());
    loadPrices();
}

void PurchaseController::orderEnded(const Order &order, const QString &sentence)
{
    if (order.id == m_lastOrderId)
        setStatus([=] { return QString(sentence); });
}

void PurchaseController::retry(const RetryPlan &plan)
{
    if (plan.serviceId == 0 || isPurchasing())
        return;
    m_retry = plan;
    setStatus([=] { return QString(tr("Looking for a %1 number…").arg(plan.serviceName)); });
    // Fresh prices and stock, whichever service is shown now; the picker
    // shows the service when it lists it (and then selects it here).
    const bool shown = serviceId() == plan.serviceId;
    if (!shown)
        emit serviceRestored(plan.serviceId);
    if (shown || serviceId() != plan.serviceId)
        selectService(plan.serviceId, plan.serviceName);
}

void PurchaseController::showCountry(qint64 id, const QString &name, qint64 countryId)
{
    if (id == 0)
        return;
    m_countryToShow = countryId;
    // As for a retry: the picker shows the service, which selects it here.
    const bool shown = serviceId() == id;
    if (!shown)
        emit serviceRestored(id);
    if (shown || serviceId() != id)
        selectService(id, name);
}

void PurchaseController::carryOutRetry()
{
    const RetryPlan plan = *std::exchange(m_retry, std::nullopt);
    qint64 chosen = 0;
    if (plan.country == RetryPlan::Country::Same) {
        chosen = plan.countryId;
        if (m_prices->rowOfCountry(chosen) < 0) {
            return setStatus(
                [=] {
                    return QString(tr("%1 numbers are no longer offered in that country.")
                                       .arg(plan.serviceName));
                },
                true);
        }
    } else {
        QList<CountryPrice> candidates;
        for (int row = 0; row < m_prices->rowCount(); ++row) {
            const CountryPrice &p = m_prices->priceAt(row);
            if (p.countryId != plan.countryId && problemWith(p).isEmpty())
                candidates.append(p);
        }
        const auto own = [this](const CountryPrice &p) { return m_prices->ownRate(p.countryId); };
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](const CountryPrice &a, const CountryPrice &b) {
                             if (plan.country == RetryPlan::Country::BestForYou && own(a) != own(b))
                                 return own(a) > own(b);
                             return a.price.minorUnits() < b.price.minorUnits();
                         });
        if (candidates.isEmpty()) {
            return setStatus(
                [=] {
                    return QString(tr("No other country has %1 numbers in stock right now.")
                                       .arg(plan.serviceName));
                },
                true);
        }
        chosen = candidates.first().countryId;
    }
    emit countryToShow(chosen);
    selectCountry(chosen);
    requestPurchase(chosen, plan.follows);
}

void PurchaseController::reset()
{
    m_retry.reset();
    m_countryToShow = 0;
    m_confirmed.reset();
    m_lastOrderId = 0;
    m_prices->reset(0);
    m_prices->setBalance({});
    m_services->setServices({});
    m_serviceName.clear();
    m_countryId = 0;
    m_keepStatus = false;
    setStatus([] { return QString(); });
    updateCanBuy();
}

void PurchaseController::selectCountry(qint64 countryId)
{
    m_countryId = countryId;
    updateCanBuy();
}

void PurchaseController::setBestSuccessRate(bool best)
{
    if (best == m_bestSuccessRate)
        return;
    m_bestSuccessRate = best;
    m_settings->setBestSuccessRate(best);
    emit bestSuccessRateChanged(best);
}

QString PurchaseController::problemWith(const CountryPrice &price) const
{
    if (const QString problem = PurchaseRules::priceProblem(price); !problem.isEmpty())
        return problem;
    if (price.stock <= 0)
        return tr("No numbers are in stock for %1 right now.").arg(price.country);
    return {};
}

void PurchaseController::updateCanBuy()
{
    const int row = m_countryId != 0 ? m_prices->rowOfCountry(m_countryId) : -1;
    const QString reason = row >= 0 ? problemWith(m_prices->priceAt(row)) : QString();
    const bool canBuy = row >= 0 && reason.isEmpty() && !isPurchasing();
    if (canBuy == m_canBuy && reason == m_cannotBuyReason)
        return;
    m_canBuy = canBuy;
    m_cannotBuyReason = reason;
    emit canBuyChanged(canBuy, reason);
}

void PurchaseController::requestPurchase(qint64 countryId, qint64 follows)
{
    if (isPurchasing())
        return;
    const int row = m_prices->rowOfCountry(countryId);
    if (row < 0)
        return;
    const CountryPrice &price = m_prices->priceAt(row);
    if (const QString problem = problemWith(price); !problem.isEmpty())
        return setStatus([=, this] { return problemWith(price); }, true);

    PurchaseOffer offer;
    offer.serviceId = serviceId();
    offer.serviceName = m_serviceName;
    offer.price = price;
    offer.bestSuccessRate = m_bestSuccessRate;
    offer.follows = follows;
    if (const auto &dashboard = m_backend->account()->dashboard()) {
        // Cedi against cedi only: a balance in another currency says nothing.
        if (dashboard->balance.sameCurrency(price.price)) {
            if (dashboard->balance < price.price) {
                return setStatus(
                    [=] {
                        return QString(
                            tr("Your balance (%1) is not enough for this number (%2). Top "
                               "up your account first.")
                                .arg(formatMoney(dashboard->balance), formatMoney(price.price)));
                    },
                    true, true);
            }
            offer.balanceAfter = dashboard->balance - price.price;
        }
    }
    emit confirmationNeeded(offer);
}

void PurchaseController::confirm(const PurchaseOffer &offer)
{
    PurchaseRequest request;
    request.serviceId = offer.serviceId;
    request.countryId = offer.price.countryId;
    request.pool = offer.price.pool;
    request.bestSuccessRate = offer.bestSuccessRate;
    if (m_backend->orders()->purchase(request)) {
        m_confirmed = offer;
        setStatus([=] {
            return QString(
                tr("Buying a %1 number in %2…").arg(offer.serviceName, offer.price.country));
        });
    }
}

void PurchaseController::connectOrders()
{
    OrderService *orders = m_backend->orders();
    AccountService *account = m_backend->account();
    // Whatever ends a purchase attempt gives Buy back.
    connect(orders, &OrderService::purchasingChanged, this, [this](bool busy) {
        updateCanBuy();
        emit busyChanged(busy);
    });
    connect(orders, &OrderService::purchased, this, [this, account](const Order &order) {
        m_lastOrderId = order.id;
        account->refresh(); // the balance shown is the server's
        // What was charged against what was confirmed, for this very order.
        const std::optional<PurchaseOffer> offer = std::exchange(m_confirmed, std::nullopt);
        if (offer && offer->follows != 0 && offer->serviceId == order.serviceId)
            emit retried(order, offer->follows);
        const bool same = !offer || offer->serviceId != order.serviceId ||
                          offer->price.countryId != order.countryId ||
                          !order.cost.sameCurrency(offer->price.price) ||
                          order.cost == offer->price.price;
        if (same) {
            setStatus([=] {
                return QString(tr("Bought %1 for %2. Waiting for the SMS…")
                                   .arg(order.phoneNumber, order.service));
            });
            emit bought(order);
            return;
        }
        const QString charged =
            (order.cost > offer->price.price ? tr("Charged %1, not the %2 you confirmed.")
                                             : tr("Charged %1, less than the %2 you confirmed."))
                .arg(formatMoney(order.cost), formatMoney(offer->price.price));
        const QString sentence =
            offer->bestSuccessRate && order.cost > offer->price.price
                ? charged + u' ' + tr("The best-success-rate option costs more.")
                : charged;
        setStatus(
            [=] {
                return QString(tr("Bought %1 for %2. %3 Waiting for the SMS…")
                                   .arg(order.phoneNumber, order.service, sentence));
            },
            true);
        emit bought(order);
        emit chargeDiffered(order, offer->price.price, sentence);
    });
    connect(orders, &OrderService::purchaseFailed, this, [this, account](const ApiError &error) {
        if (m_planRunning && !m_confirmed)
            return;
        m_confirmed.reset();
        if (error.kind == ApiError::Kind::Unauthenticated) {
            // Signing in again reloads the prices: these words stay until then.
            m_keepStatus = true;
            setStatus(
                [=] {
                    return QString(
                        tr("Your session ended before the number was bought: it was not bought and "
                           "you "
                           "were not charged. Sign in again, then buy it if you still want it."));
                },
                true);
            return;
        }
        setStatus(
            [=] {
                return QString(error.unsent ? tr("%1 Nothing was bought; you were not charged.")
                                                  .arg(error.userMessage())
                                            : error.userMessage());
            },
            true, error.errorCode == u"INSUFFICIENT_BALANCE");
        account->refresh();
        // The table said there was stock: it is out of date. Fresh prices
        // replace it in place; the server's words stay until they arrive.
        if (error.errorCode == u"OUT_OF_STOCK" || error.errorCode == u"SERVICE_UNAVAILABLE") {
            if (serviceId() != 0) {
                m_keepStatus = true;
                m_backend->catalog()->loadPrices(serviceId());
            }
        }
    });
    connect(orders, &OrderService::purchaseUncertain, this, [this](const ApiError &) {
        if (m_planRunning && !m_confirmed)
            return;
        setStatus([=] {
            return QString(
                tr("No answer came to the purchase. Checking whether the purchase went through…"));
        });
    });
    connect(orders, &OrderService::purchaseNotCreated, this, [this, account] {
        if (m_planRunning && !m_confirmed)
            return;
        m_confirmed.reset();
        setStatus(
            [=] {
                return QString(
                    tr("No order was made: a minute after the purchase, your orders show no new "
                       "number. If one appears later, it will show here."));
            },
            true);
        account->refresh();
    });
    connect(orders, &OrderService::purchaseInterrupted, this, [this] {
        setStatus(
            [=] {
                return QString(
                    tr("The session ended while a number was being bought. Look in Active orders "
                       "before buying it again."));
            },
            true);
    });
    connect(orders, &OrderService::purchaseStillUnknown, this, [this](const ApiError &error) {
        if (m_planRunning && !m_confirmed)
            return;
        setStatus(
            [=] {
                return QString(
                    tr("Could not confirm whether the purchase went through (%1). Check your "
                       "orders before buying again.")
                        .arg(error.userMessage()));
            },
            true);
    });
    connect(orders, &OrderService::codeReceived, this, [this](const Order &order) {
        m_lastOrderId = order.id;
        setStatus([=] {
            return QString(
                tr("%1 code for %2: %3").arg(order.service, order.phoneNumber, order.smsCode));
        });
    });
}
