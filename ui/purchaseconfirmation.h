#pragma once

#include "core/controllers/purchasecontroller.h"

#include <QMessageBox>

// The one question before money is spent: what, where, for how much, the
// balance after it, and what the server is asked to pick. Opened window-modal
// (open(), never exec()), so that the window keeps painting and polling.
class PurchaseConfirmation final : public QMessageBox
{
    Q_OBJECT

public:
    PurchaseConfirmation(const PurchaseOffer &offer, QWidget *parent = nullptr);

signals:
    // The Buy button: once, with the offer as it was shown.
    void confirmed(const PurchaseOffer &offer);
};
