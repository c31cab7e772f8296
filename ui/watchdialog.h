#pragma once

#include "core/domain/watch.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// "Tell me when…": a watch on a service, in the country chosen in the table
// (in stock, or at most a price) or in any country (at most a price, with a
// success rate). Also edits a watch. Opened window-modal (open()).
class WatchDialog final : public QDialog
{
    Q_OBJECT

public:
    // `country`: the row chosen in the table, if any; `existing`: the watch
    // to change (its service and country are kept).
    WatchDialog(qint64 serviceId, const QString &serviceName,
                const std::optional<CountryPrice> &country, const std::optional<Watch> &existing,
                QWidget *parent = nullptr);

    // What the dialog says now, when it reads as a watch.
    std::optional<Watch> watch() const;

signals:
    void watchAccepted(const Watch &watch);

private:
    void update();

    qint64 m_serviceId;
    QString m_serviceName;
    std::optional<CountryPrice> m_country;
    std::optional<Watch> m_existing;
    QRadioButton *m_inStock = nullptr;
    QRadioButton *m_atMost = nullptr;
    QRadioButton *m_anyCountry = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_anyPrice = nullptr;
    QSpinBox *m_success = nullptr;
    QCheckBox *m_buy = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
