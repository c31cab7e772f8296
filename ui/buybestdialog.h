#pragma once

#include "core/controllers/buybestcontroller.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;
class QPushButton;
class QSpinBox;

// Buy best: the user sets a price cap and what matters most, sees the
// countries that will be tried in order and what the plan may spend, and
// says yes once. The dialog then shows the plan's progress (which country is
// tried, why one was passed over) with a way to stop it. Window-modal while
// asking, modeless while the plan runs.
class BuyBestDialog final : public QDialog
{
    Q_OBJECT

public:
    // `prices`: the service's list as the table has it; `ownRate`: the user's
    // own success rate in a country (0 to 1, below 0 unknown); `suggestedCap`:
    // where the cap starts.
    BuyBestDialog(qint64 serviceId, const QString &serviceName, const QList<CountryPrice> &prices,
                  std::function<double(qint64)> ownRate, const Money &suggestedCap,
                  bool bestSuccessRate, QWidget *parent = nullptr);

    // The plan as the dialog shows it now.
    BuyBestPlan plan() const;

    // The plan's progress, as BuyBestController tells it.
    void showTrying(int index);
    void showSkipped(int index, const QString &reason);
    void showBought(int index, const Order &order);
    void showFinished(BuyBestController::Outcome outcome, const QString &sentence);

signals:
    // The one yes for the whole plan.
    void planConfirmed(const BuyBestPlan &plan);
    void stopRequested();

private:
    void rebuild();
    QString rowText(int index, const CountryPrice &country) const;

    qint64 m_serviceId;
    QString m_serviceName;
    QList<CountryPrice> m_prices;
    std::function<double(qint64)> m_ownRate;
    bool m_bestSuccessRate;
    BuyBestPlan m_running; // the plan confirmed, once it runs
    bool m_started = false;
    QLineEdit *m_cap;
    QComboBox *m_first;
    QComboBox *m_second;
    QComboBox *m_third;
    QSpinBox *m_count;
    QCheckBox *m_continue;
    QListView *m_list;
    QStandardItemModel *m_rows; // the countries, in order, and how each went
    QLabel *m_summary;
    QLabel *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_close;
    QWidget *m_settings;
};
