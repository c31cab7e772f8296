#pragma once

#include "types.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PriceTableWidget;
}
class CountryPriceModel;
class CountryPriceFilterModel;

// The prices of one service by country, and the Buy button.
class PriceTableWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit PriceTableWidget(QWidget *parent = nullptr);
    ~PriceTableWidget() override;

    void setModel(CountryPriceModel *model);
    void setServiceName(const QString &name);
    void setStatus(const QString &text, bool isError = false);
    // While a purchase is under way, Buy stays disabled: one intent, one request.
    void setBusy(bool busy);
    void focusFilter();
    // Selects a country's row; false when it is not listed.
    bool selectCountry(qint64 countryId);
    // The pricing option: the cheapest number or the best success rate.
    bool bestSuccessRate() const;
    void setBestSuccessRate(bool best);

signals:
    void buyRequested(const CountryPrice &price);
    void pricingOptionChanged(bool bestSuccessRate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBuyButton();
    void selectFirstIfNone();
    void requestBuy();
    std::optional<CountryPrice> selectedPrice() const;

    std::unique_ptr<Ui::PriceTableWidget> m_ui;
    CountryPriceModel *m_model = nullptr;
    CountryPriceFilterModel *m_filter;
    bool m_busy = false;
};
