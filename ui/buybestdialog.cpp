#include "ui/buybestdialog.h"

#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Criterion = BuyBestPlan::Criterion;

QComboBox *criterionBox(QWidget *parent, Criterion chosen, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(BuyBestDialog::tr("the lowest price"), int(Criterion::Price));
    box->addItem(BuyBestDialog::tr("the server's success rate"), int(Criterion::ServerSuccess));
    box->addItem(BuyBestDialog::tr("your own record there"), int(Criterion::OwnSuccess));
    box->setCurrentIndex(box->findData(int(chosen)));
    return box;
}

} // namespace

BuyBestDialog::BuyBestDialog(qint64 serviceId, const QString &serviceName,
                             const QList<CountryPrice> &prices,
                             std::function<double(qint64)> ownRate, const Money &suggestedCap,
                             bool bestSuccessRate, QWidget *parent)
    : QDialog(parent)
    , m_serviceId(serviceId)
    , m_serviceName(serviceName)
    , m_prices(prices)
    , m_ownRate(std::move(ownRate))
    , m_bestSuccessRate(bestSuccessRate)
{
    setObjectName(u"buyBestDialog"_s);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Buy the best %1 number").arg(serviceName));
    auto *layout = new QVBoxLayout(this);

    m_settings = new QWidget(this);
    auto *form = new QFormLayout(m_settings);
    form->setContentsMargins(0, 0, 0, 0);
    m_cap = new QLineEdit(suggestedCap.isValid() ? suggestedCap.toDecimal() : QString(), this);
    m_cap->setObjectName(u"capEdit"_s);
    m_cap->setMaximumWidth(fontMetrics().horizontalAdvance(u"₵00,000.00"_s) + 16);
    form->addRow(tr("Pay at &most (₵):"), m_cap);
    auto *ranking = new QHBoxLayout;
    m_first = criterionBox(this, Criterion::Price, u"firstCriterion"_s);
    m_second = criterionBox(this, Criterion::ServerSuccess, u"secondCriterion"_s);
    m_third = criterionBox(this, Criterion::OwnSuccess, u"thirdCriterion"_s);
    m_first->setAccessibleName(tr("First by"));
    m_second->setAccessibleName(tr("Then by"));
    m_third->setAccessibleName(tr("Then by, last"));
    ranking->addWidget(m_first);
    ranking->addWidget(new QLabel(tr("then"), this));
    ranking->addWidget(m_second);
    ranking->addWidget(new QLabel(tr("then"), this));
    ranking->addWidget(m_third);
    ranking->addStretch();
    auto *rankLabel = new QLabel(tr("Rank &first by:"), this);
    rankLabel->setBuddy(m_first);
    form->addRow(rankLabel, ranking);
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"countSpin"_s);
    m_count->setRange(1, 10);
    m_count->setValue(3);
    form->addRow(tr("&Countries to try:"), m_count);
    m_continue = new QCheckBox(
        tr("If the number expires without its code, buy in the next country (each number that "
           "expires is refunded)"),
        this);
    m_continue->setObjectName(u"continueCheck"_s);
    form->addRow(m_continue);
    layout->addWidget(m_settings);

    m_list = new QListView(this);
    m_rows = new QStandardItemModel(this);
    m_list->setModel(m_rows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setObjectName(u"planList"_s);
    m_list->setAccessibleName(tr("The countries to try, in order"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"progressLabel"_s);
    m_progress->setWordWrap(true);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(u"closeButton"_s);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(u"confirmPlanButton"_s);
    m_confirm->setDefault(true);
    buttons->addWidget(m_close);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);

    connect(m_cap, &QLineEdit::textChanged, this, &BuyBestDialog::rebuild);
    for (QComboBox *box : {m_first, m_second, m_third})
        connect(box, &QComboBox::currentIndexChanged, this, &BuyBestDialog::rebuild);
    connect(m_count, &QSpinBox::valueChanged, this, &BuyBestDialog::rebuild);
    connect(m_continue, &QCheckBox::toggled, this, &BuyBestDialog::rebuild);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_started) {
            m_confirm->setEnabled(false);
            emit stopRequested();
            return;
        }
        const BuyBestPlan p = plan();
        if (p.countries.isEmpty())
            return;
        m_running = p;
        m_started = true;
        // From now on, the plan's progress; the window stays usable.
        m_settings->setEnabled(false);
        setWindowModality(Qt::NonModal);
        m_confirm->setText(tr("&Stop the plan"));
        m_close->setText(tr("Hide"));
        m_progress->show();
        emit planConfirmed(p);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    rebuild();
}

BuyBestPlan BuyBestDialog::plan() const
{
    BuyBestPlan p;
    p.serviceId = m_serviceId;
    p.serviceName = m_serviceName;
    p.bestSuccessRate = m_bestSuccessRate;
    p.continueOnExpiry = m_continue->isChecked();
    p.ranking.clear();
    for (const QComboBox *box : {m_first, m_second, m_third}) {
        const auto c = Criterion(box->currentData().toInt());
        if (!p.ranking.contains(c))
            p.ranking.append(c);
    }
    const auto cap = Money::fromDecimal(m_cap->text().remove(u'₵').trimmed(), u"GHS"_s);
    if (!cap || cap->minorUnits() <= 0)
        return p;
    p.cap = *cap;
    p.countries =
        BuyBestController::rank(m_prices, p.cap, p.ranking, m_ownRate).mid(0, m_count->value());
    return p;
}

QString BuyBestDialog::rowText(int index, const CountryPrice &c) const
{
    QStringList parts{formatMoney(c.price)};
    if (c.successRate)
        parts.append(tr("%1 % success").arg(QLocale().toString(*c.successRate, 'f', 1)));
    if (m_ownRate) {
        if (const double own = m_ownRate(c.countryId); own >= 0)
            parts.append(tr("yours: %1 %").arg(qRound(own * 100)));
    }
    return tr("%1. %2 — %3").arg(index + 1).arg(c.country, parts.join(u" · "_s));
}

void BuyBestDialog::rebuild()
{
    if (m_started)
        return;
    const BuyBestPlan p = plan();
    m_rows->clear();
    for (qsizetype i = 0; i < p.countries.size(); ++i) {
        auto *item = new QStandardItem(UiStyle::flag(p.countries.at(i).countryCode),
                                       rowText(int(i), p.countries.at(i)));
        item->setEditable(false);
        m_rows->appendRow(item);
    }
    QStringList names;
    for (const CountryPrice &c : p.countries)
        names.append(c.country);
    if (!p.cap.isValid()) {
        m_summary->setText(tr("Type the most you will pay for the number, in cedi."));
    } else if (p.countries.isEmpty()) {
        m_summary->setText(tr("No country has a %1 number in stock at %2 or less.")
                               .arg(m_serviceName, formatMoney(p.cap)));
    } else {
        QString text = tr("Up to 1 number, at most %1, trying %2 in that order.")
                           .arg(formatMoney(p.cap), QLocale().createSeparatedList(names));
        text += u' ' + (p.continueOnExpiry
                            ? tr("If a number expires without its code, it is refunded and the "
                                 "next country is tried: at most %1 is spent at a time.")
                                  .arg(formatMoney(p.mostAtOnce()))
                            : tr("At most %1 is spent.").arg(formatMoney(p.mostAtOnce())));
        m_summary->setText(text);
    }
    m_confirm->setText(tr("&Buy best"));
    m_confirm->setEnabled(!p.countries.isEmpty());
}

void BuyBestDialog::showTrying(int index)
{
    if (index < 0 || index >= m_rows->rowCount())
        return;
    m_rows->item(index)->setText(rowText(index, m_running.countries.at(index)) + u"  ← "_s +
                                 tr("trying now"));
    m_progress->setText(tr("Trying %1 (%2 of %3)…")
                            .arg(m_running.countries.at(index).country)
                            .arg(index + 1)
                            .arg(m_running.countries.size()));
}

void BuyBestDialog::showSkipped(int index, const QString &reason)
{
    if (index < 0 || index >= m_rows->rowCount())
        return;
    m_rows->item(index)->setText(rowText(index, m_running.countries.at(index)) + u"\n    ✗ "_s +
                                 reason);
}

void BuyBestDialog::showBought(int index, const Order &order)
{
    if (index < 0 || index >= m_rows->rowCount())
        return;
    m_rows->item(index)->setText(
        rowText(index, m_running.countries.at(index)) + u"\n    ✓ "_s +
        tr("bought %1 for %2").arg(order.phoneNumber, formatMoney(order.cost)));
    if (m_running.continueOnExpiry)
        m_progress->setText(tr("Bought %1. Waiting for its code…").arg(order.phoneNumber));
}

void BuyBestDialog::showFinished(BuyBestController::Outcome outcome, const QString &sentence)
{
    m_progress->setText(sentence);
    UiStyle::makeError(m_progress, outcome == BuyBestController::Outcome::Stopped ||
                                       outcome == BuyBestController::Outcome::Exhausted);
    m_confirm->hide();
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
}
