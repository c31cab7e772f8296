#include "ui/purchaseconfirmation.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

PurchaseConfirmation::PurchaseConfirmation(const PurchaseOffer &offer, QWidget *parent)
    : QMessageBox(parent)
{
    const CountryPrice &price = offer.price;
    setObjectName(u"buyConfirmation"_s);
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Buy a number"));
    setText(tr("Buy a %1 number in %2 (%3) for %4?")
                .arg(offer.serviceName, price.country, price.dialCode, formatMoney(price.price)));
    // What the server is asked to pick goes with the price: it is part of the deal.
    // The best success rate may cost more than listed: said before the click.
    QString details =
        offer.bestSuccessRate
            ? tr("The server picks the number with the best success rate. It may cost more "
                 "than the listed price; you will be told what it cost.")
            : tr("The server picks the cheapest number.");
    if (offer.balanceAfter)
        details = (offer.bestSuccessRate ? tr("Balance after purchase at the listed price: %1")
                                         : tr("Balance after purchase: %1"))
                      .arg(formatMoney(*offer.balanceAfter)) +
                  u'\n' + details;
    setInformativeText(details);
    QPushButton *buy =
        addButton(tr("Buy for %1").arg(formatMoney(price.price)), QMessageBox::AcceptRole);
    buy->setObjectName(u"confirmBuyButton"_s);
    addButton(QMessageBox::Cancel);
    setDefaultButton(buy);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QMessageBox::buttonClicked, this, [this, buy, offer](QAbstractButton *clicked) {
        if (clicked == buy)
            emit confirmed(offer);
    });
}
