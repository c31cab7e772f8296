#pragma once

#include "core/domain/types.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PriceTableWidget;
}
class CountryPriceModel;
class CountryPriceFilterModel;
class QHBoxLayout;
class QAction;
class QLabel;
class QToolButton;
class QPushButton;

// The prices of one service by country, and the Buy button.
class PriceTableWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit PriceTableWidget(QWidget *parent = nullptr);
    ~PriceTableWidget() override;

    void setModel(CountryPriceModel *model);
    void setServiceName(const QString &name);
    // Another service: its title, and all its countries (no filter left over).
    void startService(const QString &name);
    // The line under the table; with `offerTopUp`, a Top up button beside it.
    void setStatus(const QString &text, bool isError = false, bool offerTopUp = false);
    // While a purchase is under way, Buy stays disabled: one intent, one request.
    void setBusy(bool busy);
    // A Buy best plan is buying: no second one.
    void setPlanRunning(bool running);
    // Whether Buy may be pressed, as the purchase controller decides, and
    // why not (the button's tooltip).
    void setBuyState(bool enabled, const QString &reason);
    void focusFilter();
    // Column widths for the room there is and the language in use; the
    // least needed columns hide when there is too little.
    void fitColumns();
    // On a short screen the heading gives its row to the table.
    void setCompact(bool compact);
    // Selects a country's row; false when it is not listed.
    bool selectCountry(qint64 countryId);
    // The pricing option: the cheapest number or the best success rate.
    bool bestSuccessRate() const;
    void setBestSuccessRate(bool best);

signals:
    // The country under the selection or the keyboard focus (0: none).
    void countryChosen(qint64 countryId);
    void buyRequested(qint64 countryId);
    void pricingOptionChanged(bool bestSuccessRate);
    void topUpRequested();
    // Watch… (the chosen country, 0 for none) and Buy best….
    void watchRequested(qint64 countryId);
    void buyBestRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateChosenCountry();
    void updatePlanButtons();
    void arrangeFilterRow();
    void arrangeBuyRow();
    void translateMore();
    void updateCount();
    void translateCount();
    void selectFirstIfNone();
    void requestBuy();
    qint64 chosenCountry() const;

    std::unique_ptr<Ui::PriceTableWidget> m_ui;
    CountryPriceModel *m_model = nullptr;
    CountryPriceFilterModel *m_filter;
    QLabel *m_count = nullptr;
    QWidget *m_pricing = nullptr;
    QHBoxLayout *m_secondRow = nullptr;
    QWidget *m_noMatch = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    QPushButton *m_clearFilter = nullptr;
    bool m_busy = false;
    bool m_planRunning = false;
    QToolButton *m_more = nullptr; // Watch… and Buy best…, folded, in a narrow table
    QAction *m_watchAction = nullptr;
    QAction *m_buyBestAction = nullptr;
    qint64 m_chosen = 0;
};
