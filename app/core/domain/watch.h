#pragma once

#include "core/domain/money.h"
#include "core/domain/types.h"

#include <QDateTime>
#include <QString>

#include <optional>

// "Tell me when…": a service in one country (or in any), in stock, at most a
// price, at least a success rate. Kept between runs, per server; what it last
// saw is the app's, not kept.
struct Watch
{
    qint64 id = 0; // the app's own, unique among the watches of a server
    qint64 serviceId = 0;
    QString serviceName;
    qint64 countryId = 0; // 0: any country
    QString countryName;
    std::optional<Money> maxPrice;     // in the listed currency (cedi)
    std::optional<int> minSuccessRate; // whole percent, from the server's figure
    // When met: the usual confirmation comes up by itself (never a purchase
    // without it). Ticked when the watch was made, or not at all.
    bool buyWhenMet = false;
    QDateTime createdAt; // UTC

    // What the last check saw (not kept between runs).
    QDateTime lastCheckedAt; // UTC; invalid: not checked yet
    bool met = false;
    std::optional<CountryPrice> match; // the best country that meets it

    friend bool operator==(const Watch &a, const Watch &b)
    {
        return a.id == b.id && a.serviceId == b.serviceId && a.countryId == b.countryId &&
               a.maxPrice == b.maxPrice && a.minSuccessRate == b.minSuccessRate &&
               a.buyWhenMet == b.buyWhenMet && a.serviceName == b.serviceName &&
               a.countryName == b.countryName && a.createdAt == b.createdAt;
    }
};
