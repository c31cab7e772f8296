#pragma once

#include "core/domain/types.h"

#include <QCoreApplication>
#include <QString>

// What may be bought, decided without a window: the same answer for the Buy
// button, Enter on a row and the confirmation.
class PurchaseRules final
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseRules)

public:
    // ₵1,000,000.00: no number costs more; a price above it is a server's error.
    static constexpr qint64 maxPriceMinorUnits = 100'000'000;

    // At least one pesewa and at most the ceiling: zero, negative, sub-pesewa
    // ("0.000000001" reads as 0) and absurd prices are a server's error.
    static bool isSanePrice(const Money &price);
    // Why this row cannot be bought for its price, in a sentence; empty when
    // its price is sane.
    static QString priceProblem(const CountryPrice &price);
};
