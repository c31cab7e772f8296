#include "core/controllers/purchaserules.h"

bool PurchaseRules::isSanePrice(const Money &price)
{
    return price.isValid() && price.minorUnits() >= 1 && price.minorUnits() <= maxPriceMinorUnits;
}

QString PurchaseRules::priceProblem(const CountryPrice &price)
{
    if (isSanePrice(price.price))
        return {};
    return tr("The server lists %1 at %2, which is not a real price, so this number cannot be "
              "bought. Refresh the prices or choose another country.")
        .arg(price.country, price.price.toDecimal());
}
