#pragma once

#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QObject>

#include <functional>
#include <optional>

class Backend;
class CountryPriceModel;
class Notices;
class ServiceListModel;
class Settings;

// What the user is asked to confirm: everything the purchase will be, and
// nothing the controller will change after the yes.
struct PurchaseOffer
{
    qint64 serviceId = 0;
    QString serviceName;
    CountryPrice price;
    std::optional<Money> balanceAfter; // none while the balance is unknown
    bool bestSuccessRate = false;
    qint64 follows = 0; // Buy again, Try another country: the order tried again
};

// Another try at an order that ended without its code: the same country
// again, or the next one in stock (the cheapest, or the one with the user's
// best record).
struct RetryPlan
{
    enum class Country
    {
        Same,
        Cheapest,
        BestForYou
    };
    qint64 follows = 0;
    qint64 serviceId = 0;
    QString serviceName;
    qint64 countryId = 0; // the country of the order tried again
    Country country = Country::Same;
};

// The catalogue and the purchase, decided without a window: which service and
// country are chosen, their prices (cached ones at once, fresh ones as they
// come), whether Buy may be pressed and why not, the checks before the
// confirmation, the one request after it, and what each outcome means for
// the table and the status line under it.
class PurchaseController final : public QObject
{
    Q_OBJECT

public:
    PurchaseController(Backend *backend, Settings *settings, Notices *notices,
                       QObject *parent = nullptr);

    ServiceListModel *services() const { return m_services; }
    CountryPriceModel *prices() const { return m_prices; }

    qint64 serviceId() const;
    const QString &serviceName() const { return m_serviceName; }
    bool bestSuccessRate() const { return m_bestSuccessRate; }
    const QString &status() const { return m_status; }
    bool statusIsError() const { return m_statusIsError; }
    // Whether the status line speaks of a balance too low: Top up then helps.
    bool statusOffersTopUp() const { return m_offerTopUp; }

    // Whether Buy may be pressed for the chosen country, and if not, why
    // (empty when there is nothing to say, as with no country chosen).
    bool canBuy() const { return m_canBuy; }
    const QString &cannotBuyReason() const { return m_cannotBuyReason; }
    bool isPurchasing() const;

    // Loads the services; once they are here the one of last time is chosen.
    void loadServices();
    void selectService(qint64 serviceId, const QString &name);
    // The row the user is on (0: none).
    void selectCountry(qint64 countryId);
    void setBestSuccessRate(bool best);

    // Buy, Enter or a double-click on a country: the checks, then
    // confirmationNeeded, or the reason in the status line.
    // `follows`: the order this purchase tries again (Buy again…), 0 for none.
    void requestPurchase(qint64 countryId, qint64 follows = 0);
    // Buy again or elsewhere: the service's prices afresh, then the country
    // shown and asked about like any Buy (the plan's order is recorded as
    // following the old one).
    void retry(const RetryPlan &plan);
    // A watch's notification was clicked: the service's prices, fresh, with
    // the country's row shown (and nothing bought).
    void showCountry(qint64 serviceId, const QString &serviceName, qint64 countryId);
    // The user's yes: exactly one POST /orders.
    void confirm(const PurchaseOffer &offer);

    // An order ended without its code: if it is the one the status line
    // speaks of, the line says how it ended instead.
    void orderEnded(const Order &order, const QString &sentence);

    // A Buy best plan is buying: the outcomes of its purchases are its own
    // to tell (a refusal it passes over is not an error of the table's).
    void setPlanRunning(bool running) { m_planRunning = running; }

    // After signing in again: fresh prices for the chosen service.
    void reloadPrices();
    // The language changed: the status line again, in the new one.
    void retranslate();
    // Nothing chosen, nothing listed: the session or the server is gone.
    void reset();

signals:
    void servicesStatusChanged(const QString &text);
    // A service to show as chosen (the one of last time, once loaded).
    void serviceRestored(qint64 serviceId);
    void serviceChanged(qint64 serviceId, const QString &name);
    void statusChanged(const QString &text, bool isError, bool offerTopUp);
    void canBuyChanged(bool canBuy, const QString &reason);
    void busyChanged(bool busy);
    void bestSuccessRateChanged(bool best);
    void confirmationNeeded(const PurchaseOffer &offer);
    // An order was made: select it where it shows.
    void bought(const Order &order);
    // It was bought as another try at `follows`.
    void retried(const Order &order, qint64 follows);
    // The table should show this country as the chosen one (a retry chose it).
    void countryToShow(qint64 countryId);
    // The server charged another amount than the one confirmed.
    void chargeDiffered(const Order &order, const Money &confirmed, const QString &sentence);

private:
    void connectCatalog();
    void connectOrders();
    // The words are kept as a way to say them, so that a change of
    // language says them again in the new one.
    void setStatus(std::function<QString()> words, bool isError = false, bool offerTopUp = false);
    void updateCanBuy();
    // Why `price` cannot be bought now, in a sentence; empty when it can.
    QString problemWith(const CountryPrice &price) const;
    void loadPrices();
    // A retry waiting for its service's prices: the country, and the question.
    void carryOutRetry();

    Backend *m_backend;
    Settings *m_settings;
    Notices *m_notices;
    ServiceListModel *m_services;
    CountryPriceModel *m_prices;
    QString m_serviceName;
    qint64 m_countryId = 0;
    bool m_bestSuccessRate = false;
    QString m_status;
    std::function<QString()> m_words;
    bool m_statusIsError = false;
    bool m_offerTopUp = false;
    bool m_canBuy = false;
    QString m_cannotBuyReason;
    // A refusal's words outlive the price reload it caused.
    bool m_keepStatus = false;
    // What the user said yes to, until the purchase's outcome is known.
    std::optional<PurchaseOffer> m_confirmed;
    qint64 m_lastOrderId = 0; // the order the status line speaks of
    std::optional<RetryPlan> m_retry;
    qint64 m_countryToShow = 0; // showCountry(): shown once the prices are here
    bool m_planRunning = false;
};
