#include "ui/watchdialog.h"

#include "ui/uistyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString cedi = u"GHS"_s;
} // namespace

WatchDialog::WatchDialog(qint64 serviceId, const QString &serviceName,
                         const std::optional<CountryPrice> &country,
                         const std::optional<Watch> &existing, QWidget *parent)
    : QDialog(parent)
    , m_serviceId(serviceId)
    , m_serviceName(serviceName)
    , m_country(country)
    , m_existing(existing)
{
    setObjectName(u"watchDialog"_s);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(existing ? tr("Change the watch") : tr("Watch %1").arg(serviceName));
    // An existing watch keeps its country: the dialog offers what it can be.
    if (existing && existing->countryId != 0 && !m_country) {
        CountryPrice kept;
        kept.countryId = existing->countryId;
        kept.country = existing->countryName;
        m_country = kept;
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tell me when a %1 number…").arg(serviceName), this);
    UiStyle::makeHeading(intro, 1.1);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    const QString where = m_country ? m_country->country : QString();
    m_inStock = new QRadioButton(tr("in %1 is in stock").arg(where), this);
    m_inStock->setObjectName(u"inStockRadio"_s);
    m_atMost = new QRadioButton(tr("in %1 costs at most").arg(where), this);
    m_atMost->setObjectName(u"atMostRadio"_s);
    m_price = new QLineEdit(this);
    m_price->setObjectName(u"priceEdit"_s);
    m_price->setAccessibleName(tr("Highest price in %1, in cedi").arg(where));
    m_price->setPlaceholderText(u"0.00"_s);
    m_anyCountry = new QRadioButton(tr("in any country costs at most"), this);
    m_anyCountry->setObjectName(u"anyCountryRadio"_s);
    m_anyPrice = new QLineEdit(this);
    m_anyPrice->setObjectName(u"anyPriceEdit"_s);
    m_anyPrice->setAccessibleName(tr("Highest price in any country, in cedi"));
    m_anyPrice->setPlaceholderText(u"0.00"_s);
    auto *withLabel = new QLabel(tr("with a success rate of at least"), this);
    m_success = new QSpinBox(this);
    m_success->setObjectName(u"successSpin"_s);
    m_success->setRange(0, 100);
    m_success->setSuffix(u" %"_s);
    m_success->setValue(80);
    m_success->setAccessibleName(tr("Lowest success rate, in percent"));
    withLabel->setBuddy(m_success);
    const int width = fontMetrics().horizontalAdvance(u"₵00,000.00"_s) + 16;
    m_price->setMaximumWidth(width);
    m_anyPrice->setMaximumWidth(width);
    grid->addWidget(m_inStock, 0, 0, 1, 2);
    grid->addWidget(m_atMost, 1, 0);
    grid->addWidget(m_price, 1, 1);
    grid->addWidget(m_anyCountry, 2, 0);
    grid->addWidget(m_anyPrice, 2, 1);
    grid->addWidget(withLabel, 3, 0, Qt::AlignRight);
    grid->addWidget(m_success, 3, 1);
    layout->addLayout(grid);

    m_buy = new QCheckBox(tr("When it happens, ask me to buy it (the usual confirmation)"), this);
    m_buy->setObjectName(u"buyCheck"_s);
    layout->addWidget(m_buy);
    auto *note = new QLabel(
        tr("While you are signed in, the app looks at the prices now and then (Settings says how "
           "often) and a notification says when. Nothing is bought without your yes."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    UiStyle::makeError(m_problem);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Watch"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"acceptWatchButton"_s);
    layout->addWidget(m_buttons);

    // Without a country chosen, only any country can be watched.
    m_inStock->setVisible(m_country.has_value());
    m_atMost->setVisible(m_country.has_value());
    m_price->setVisible(m_country.has_value());
    if (m_country && m_country->price.isValid())
        m_price->setText(m_country->price.toDecimal());
    if (m_country && m_country->stock <= 0)
        m_inStock->setChecked(true);
    else if (m_country)
        m_atMost->setChecked(true);
    else
        m_anyCountry->setChecked(true);
    if (existing) {
        if (existing->countryId == 0) {
            m_anyCountry->setChecked(true);
            if (existing->maxPrice)
                m_anyPrice->setText(existing->maxPrice->toDecimal());
            m_success->setValue(existing->minSuccessRate.value_or(0));
        } else if (existing->maxPrice) {
            m_atMost->setChecked(true);
            m_price->setText(existing->maxPrice->toDecimal());
        } else {
            m_inStock->setChecked(true);
        }
        m_buy->setChecked(existing->buyWhenMet);
    }

    for (QRadioButton *radio : {m_inStock, m_atMost, m_anyCountry})
        connect(radio, &QRadioButton::toggled, this, &WatchDialog::update);
    for (QLineEdit *edit : {m_price, m_anyPrice})
        connect(edit, &QLineEdit::textChanged, this, &WatchDialog::update);
    // Typing a price chooses what it belongs to.
    connect(m_price, &QLineEdit::textEdited, m_atMost, [this] { m_atMost->setChecked(true); });
    connect(m_anyPrice, &QLineEdit::textEdited, m_anyCountry,
            [this] { m_anyCountry->setChecked(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const auto w = watch()) {
            emit watchAccepted(*w);
            accept();
        }
    });
    update();
}

std::optional<Watch> WatchDialog::watch() const
{
    Watch w = m_existing.value_or(Watch());
    w.serviceId = m_serviceId;
    w.serviceName = m_serviceName;
    w.buyWhenMet = m_buy->isChecked();
    w.maxPrice.reset();
    w.minSuccessRate.reset();
    const auto price = [](const QLineEdit *edit) -> std::optional<Money> {
        const auto money = Money::fromDecimal(edit->text().remove(u'₵').trimmed(), cedi);
        if (!money || money->minorUnits() <= 0)
            return std::nullopt;
        return money;
    };
    if (m_anyCountry->isChecked()) {
        w.countryId = 0;
        w.countryName.clear();
        w.maxPrice = price(m_anyPrice);
        if (!w.maxPrice)
            return std::nullopt;
        if (m_success->value() > 0)
            w.minSuccessRate = m_success->value();
        return w;
    }
    if (!m_country)
        return std::nullopt;
    w.countryId = m_country->countryId;
    w.countryName = m_country->country;
    if (m_atMost->isChecked()) {
        w.maxPrice = price(m_price);
        if (!w.maxPrice)
            return std::nullopt;
    }
    return w;
}

void WatchDialog::update()
{
    m_success->setEnabled(m_anyCountry->isChecked());
    const bool ok = watch().has_value();
    const QLineEdit *edit = m_anyCountry->isChecked() ? m_anyPrice
                            : m_atMost->isChecked()   ? m_price
                                                      : nullptr;
    m_problem->setText(ok || !edit || edit->text().trimmed().isEmpty()
                           ? QString()
                           : tr("Type a price in cedi, such as 4.50."));
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
