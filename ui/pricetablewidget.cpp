#include "ui/pricetablewidget.h"

#include "core/models/bookstatsmodel.h"
#include "core/models/countrypricemodel.h"
#include "ui/uistyle.h"
#include "ui_pricetablewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Rows with nothing in stock are drawn as unavailable; countries have flags.
class StockDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == CountryPriceModel::CountryColumn) {
            UiStyle::addFlag(option, index.data(CountryPriceModel::CountryCodeRole).toString());
        }
        if (!index.data(CountryPriceModel::InStockRole).toBool()) {
            option->palette.setBrush(QPalette::Text,
                                     option->palette.brush(QPalette::Disabled, QPalette::Text));
        } else if (index.column() == CountryPriceModel::PriceColumn &&
                   !index.data(CountryPriceModel::AffordableRole).toBool()) {
            // More than the balance: the price in the error colour, and the
            // tooltip says so in words.
            option->palette.setColor(QPalette::Text, UiStyle::errorColor(option->widget));
        }
    }
};

} // namespace

PriceTableWidget::PriceTableWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PriceTableWidget>())
    , m_filter(new CountryPriceFilterModel(this))
{
    m_ui->setupUi(this);
    m_more = new QToolButton(this);
    m_more->setObjectName(u"moreButton"_s);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_more);
    m_watchAction =
        menu->addAction(QString(), this, [this] { emit watchRequested(chosenCountry()); });
    m_buyBestAction = menu->addAction(QString(), this, &PriceTableWidget::buyBestRequested);
    m_more->setMenu(menu);
    m_more->hide();
    m_ui->buyLayout->insertWidget(m_ui->buyLayout->indexOf(m_ui->buyButton), m_more);
    translateMore();
    m_ui->buyButton->setEnabled(false); // until the purchase controller allows it
    // Two lines at least: the splitter above does not grow a row for a
    // wrapped sentence.
    m_ui->priceStatusLabel->setMinimumHeight(2 * fontMetrics().lineSpacing() + 2);
    UiStyle::makeHeading(m_ui->priceTitleLabel, 1.25);
    m_ui->priceTable->setModel(m_filter);
    m_ui->priceTable->setItemDelegate(new StockDelegate(m_ui->priceTable));
    // Rows of one height: the header need not measure 100,000 of them.
    m_ui->priceTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->priceTable->verticalHeader()->setDefaultSectionSize(
        m_ui->priceTable->fontMetrics().height() + 10);

    // The country takes what the figures leave; see fitColumns().
    m_ui->priceTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->priceTable->viewport()->installEventFilter(this);
    m_ui->priceTable->sortByColumn(CountryPriceModel::PriceColumn, Qt::AscendingOrder);

    // How many countries show of how many, beside the filter; and when none
    // matches, a line that says so and a way back.
    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    m_ui->filterLayout->insertWidget(1, m_count);
    // "Get the [cheapest number]" stays on the filter's row where there is
    // room, and goes under it where there is not (see arrangeFilterRow).
    m_pricing = new QWidget(this);
    m_pricing->setObjectName(u"pricing"_s);
    auto *pricing = new QHBoxLayout(m_pricing);
    pricing->setContentsMargins(0, 0, 0, 0);
    m_ui->filterLayout->removeWidget(m_ui->pricingLabel);
    m_ui->filterLayout->removeWidget(m_ui->pricingCombo);
    pricing->addWidget(m_ui->pricingLabel);
    pricing->addWidget(m_ui->pricingCombo);
    m_ui->filterLayout->addWidget(m_pricing);
    m_secondRow = new QHBoxLayout;
    m_ui->layout->insertLayout(m_ui->layout->indexOf(m_ui->filterLayout) + 1, m_secondRow);
    m_ui->filterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    m_noMatch = new QWidget(this);
    m_noMatch->setObjectName(u"noMatch"_s);
    auto *noMatchLayout = new QHBoxLayout(m_noMatch);
    noMatchLayout->setContentsMargins(0, 0, 0, 0);
    m_noMatchLabel = new QLabel(m_noMatch);
    m_noMatchLabel->setObjectName(u"noMatchLabel"_s);
    m_noMatchLabel->setWordWrap(true);
    m_clearFilter = new QPushButton(m_noMatch);
    m_clearFilter->setObjectName(u"clearFilterButton"_s);
    noMatchLayout->addWidget(m_noMatchLabel, 1);
    noMatchLayout->addWidget(m_clearFilter);
    m_noMatch->hide();
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->priceTable), m_noMatch);
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_ui->filterEdit->clear();
        m_ui->inStockCheck->setChecked(false);
        m_ui->filterEdit->setFocus();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PriceTableWidget::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PriceTableWidget::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PriceTableWidget::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PriceTableWidget::updateCount);
    translateCount();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        selectFirstIfNone();
        updateCount();
    });
    // Enter in the filter moves to the table, with the first match chosen;
    // Enter there asks to buy it.
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] {
        selectFirstIfNone();
        m_ui->priceTable->setFocus();
    });
    connect(m_ui->inStockCheck, &QCheckBox::toggled, this, [this](bool inStockOnly) {
        m_filter->setInStockOnly(inStockOnly);
        updateCount();
    });
    connect(m_ui->pricingCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit pricingOptionChanged(index == 1); });
    connect(m_ui->buyButton, &QPushButton::clicked, this, &PriceTableWidget::requestBuy);
    connect(m_ui->watchButton, &QPushButton::clicked, this,
            [this] { emit watchRequested(chosenCountry()); });
    connect(m_ui->buyBestButton, &QPushButton::clicked, this, &PriceTableWidget::buyBestRequested);
    connect(m_ui->topUpButton, &QPushButton::clicked, this, &PriceTableWidget::topUpRequested);
    // Double-click or Enter on a row buys it, after the same confirmation.
    connect(m_ui->priceTable, &QTableView::activated, this, &PriceTableWidget::requestBuy);
    connect(m_ui->priceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PriceTableWidget::updateChosenCountry);
    connect(m_ui->priceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PriceTableWidget::updateChosenCountry);
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            &PriceTableWidget::updateChosenCountry);
    connect(m_filter, &QAbstractItemModel::dataChanged, this,
            &PriceTableWidget::updateChosenCountry);
}

PriceTableWidget::~PriceTableWidget() = default;

void PriceTableWidget::setModel(CountryPriceModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    // The total changes with rows the filter may hide.
    connect(model, &QAbstractItemModel::rowsInserted, this, &PriceTableWidget::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PriceTableWidget::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &PriceTableWidget::updateCount);
    // Two countries at the least, whatever the window's size.
    m_ui->priceTable->setMinimumHeight(
        m_ui->priceTable->horizontalHeader()->sizeHint().height() +
        2 * m_ui->priceTable->verticalHeader()->defaultSectionSize() +
        2 * m_ui->priceTable->frameWidth());
    fitColumns();
}

void PriceTableWidget::fitColumns()
{
    QHeaderView *header = m_ui->priceTable->horizontalHeader();
    if (!m_model || header->count() != CountryPriceModel::ColumnCount)
        return;
    const auto need = [this](int column, const QString &widest) {
        return UiStyle::columnNeed(m_ui->priceTable, m_model, column, widest);
    };
    using M = CountryPriceModel;
    const int flag = 28;
    const std::pair<int, int> widths[] = {
        {M::DialCodeColumn, need(M::DialCodeColumn, u"+1 684"_s)},
        {M::PriceColumn, need(M::PriceColumn, formatMoney(Money(99'999, u"GHS"_s)))},
        {M::PriceUsdColumn, need(M::PriceUsdColumn, formatMoney(Money(9'999, u"USD"_s)))},
        {M::StockColumn, need(M::StockColumn, CountryPriceModel::tr("Out of stock"))},
        {M::SuccessRateColumn,
         need(M::SuccessRateColumn, QLocale().toString(100.0, 'f', 1) + u" %"_s)},
        {M::OwnRecordColumn, need(M::OwnRecordColumn, BookStatsModel::recordText(88, 99))},
    };
    const int country = need(M::CountryColumn, u"Dominican Republic"_s) + flag;
    header->setSectionResizeMode(M::CountryColumn, QHeaderView::Stretch);
    for (const auto &[column, width] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
    }
    // What matters least gives way first (dollars, then the dialling code,
    // then the server's success rate, then the user's own record); the
    // country's name takes the rest, and is elided only when nothing else can
    // give.
    UiStyle::giveWay(
        header, {M::PriceUsdColumn, M::DialCodeColumn, M::SuccessRateColumn, M::OwnRecordColumn},
        m_ui->priceTable->viewport()->width(), M::CountryColumn, country);
    header->setMinimumSectionSize(qMin(country, 60));
}

bool PriceTableWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->priceTable->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void PriceTableWidget::startService(const QString &name)
{
    // Each service starts with all its countries: a filter typed for the
    // last one would open this one half empty.
    m_ui->filterEdit->clear();
    m_ui->inStockCheck->setChecked(false);
    setServiceName(name);
}

void PriceTableWidget::translateCount()
{
    m_clearFilter->setText(tr("Show all countries"));
    updateCount();
}

void PriceTableWidget::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    updatePlanButtons();
    const int shown = m_filter->rowCount();
    const bool filtering =
        !m_ui->filterEdit->text().trimmed().isEmpty() || m_ui->inStockCheck->isChecked();
    m_count->setText(total == 0  ? QString()
                     : filtering ? tr("%1 of %n country(s)", nullptr, total).arg(shown)
                                 : tr("%n country(s)", nullptr, total));
    const bool none = filtering && total > 0 && shown == 0;
    if (none) {
        const QString text = m_ui->filterEdit->text().trimmed();
        m_noMatchLabel->setText(text.isEmpty()
                                    ? tr("No country has numbers in stock.")
                                    : tr("No country matches “%1”.").arg(text.toHtmlEscaped()));
    }
    m_noMatch->setVisible(none);
    arrangeFilterRow(); // the count's words changed width
}

void PriceTableWidget::setServiceName(const QString &name)
{
    m_ui->priceTitleLabel->setText(tr("%1 numbers by country").arg(name));
}

void PriceTableWidget::setStatus(const QString &text, bool isError, bool offerTopUp)
{
    m_ui->priceStatusLabel->setText(text);
    UiStyle::makeError(m_ui->priceStatusLabel, isError);
    m_ui->topUpButton->setVisible(offerTopUp);
    arrangeBuyRow();
}

void PriceTableWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buyButton->setText(busy ? tr("Buying…") : tr("&Buy number"));
    updatePlanButtons();
}

void PriceTableWidget::setPlanRunning(bool running)
{
    m_planRunning = running;
    updatePlanButtons();
}

void PriceTableWidget::updatePlanButtons()
{
    const bool listed = m_model && m_model->rowCount() > 0;
    m_ui->watchButton->setEnabled(listed);
    m_ui->buyBestButton->setEnabled(listed && !m_busy && !m_planRunning);
    m_watchAction->setEnabled(m_ui->watchButton->isEnabled());
    m_buyBestAction->setEnabled(m_ui->buyBestButton->isEnabled());
    m_more->setEnabled(listed);
}

void PriceTableWidget::arrangeFilterRow()
{
    const int spacing = qMax(0, m_ui->filterLayout->spacing());
    const int firstRow = m_ui->filterEdit->minimumWidth() + m_count->sizeHint().width() +
                         m_ui->inStockCheck->sizeHint().width() + 2 * spacing;
    const int pricing =
        m_ui->pricingLabel->sizeHint().width() + spacing + m_ui->pricingCombo->sizeHint().width();
    const bool oneRow = width() >= firstRow + spacing + pricing;
    if (oneRow && m_pricing->parentWidget() && m_secondRow->indexOf(m_pricing) >= 0) {
        m_secondRow->removeWidget(m_pricing);
        m_ui->filterLayout->addWidget(m_pricing);
    } else if (!oneRow && m_ui->filterLayout->indexOf(m_pricing) >= 0) {
        m_ui->filterLayout->removeWidget(m_pricing);
        m_secondRow->addWidget(m_pricing);
        m_secondRow->addStretch();
    }
    if (oneRow) {
        while (QLayoutItem *item = m_secondRow->takeAt(0))
            delete item; // the stretch
    }
    // The least width is that of two rows: one then becomes two, not cut.
    setMinimumWidth(qMax(firstRow, pricing));
}

void PriceTableWidget::translateMore()
{
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("Watch… and Buy best…"));
    m_watchAction->setText(tr("Watch…"));
    m_buyBestAction->setText(tr("Buy best…"));
}

void PriceTableWidget::arrangeBuyRow()
{
    // Watch… and Buy best… side by side where the status line keeps room for
    // a sentence of some forty characters; folded into one More menu where
    // not, so that the line keeps its width and the table its height.
    QHBoxLayout *row = m_ui->buyLayout;
    const int spacing = qMax(0, row->spacing());
    const auto widthOf = [spacing](const QWidget *w) { return w->sizeHint().width() + spacing; };
    const int always =
        (m_ui->topUpButton->isHidden() ? 0 : widthOf(m_ui->topUpButton)) + widthOf(m_ui->buyButton);
    const int both = widthOf(m_ui->watchButton) + widthOf(m_ui->buyBestButton);
    const int sentence = fontMetrics().averageCharWidth() * 40;
    const bool unfolded = width() >= always + both + sentence;
    m_ui->watchButton->setVisible(unfolded);
    m_ui->buyBestButton->setVisible(unfolded);
    m_more->setVisible(!unfolded);
}

void PriceTableWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFilterRow();
    arrangeBuyRow();
}

void PriceTableWidget::setCompact(bool compact)
{
    m_ui->priceTitleLabel->setVisible(!compact);
}

void PriceTableWidget::focusFilter()
{
    m_ui->filterEdit->setFocus();
    m_ui->filterEdit->selectAll();
}

bool PriceTableWidget::selectCountry(qint64 countryId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOfCountry(countryId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->priceTable->selectRow(index.row());
    m_ui->priceTable->scrollTo(index);
    return true;
}

bool PriceTableWidget::bestSuccessRate() const
{
    return m_ui->pricingCombo->currentIndex() == 1;
}

void PriceTableWidget::setBestSuccessRate(bool best)
{
    m_ui->pricingCombo->setCurrentIndex(best ? 1 : 0);
}

void PriceTableWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // Only what the .ui file sets: the title and status lines are the window's.
    const QString title = m_ui->priceTitleLabel->text();
    const QString status = m_ui->priceStatusLabel->text();
    const int pricing = m_ui->pricingCombo->currentIndex();
    m_ui->retranslateUi(this);
    translateMore();
    m_ui->pricingCombo->setCurrentIndex(pricing);
    m_ui->priceTitleLabel->setText(title);
    m_ui->priceStatusLabel->setText(status);
    setBusy(m_busy);
    translateCount();
    fitColumns();
    // Once the new words have their sizes.
    QMetaObject::invokeMethod(this, &PriceTableWidget::arrangeFilterRow, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &PriceTableWidget::arrangeBuyRow, Qt::QueuedConnection);
}

void PriceTableWidget::selectFirstIfNone()
{
    auto *selection = m_ui->priceTable->selectionModel();
    if (m_filter->rowCount() > 0 && !selection->hasSelection())
        m_ui->priceTable->selectRow(0);
}

qint64 PriceTableWidget::chosenCountry() const
{
    if (!m_model)
        return 0;
    // The selected row, or the focused one for keyboard users.
    const QModelIndexList rows = m_ui->priceTable->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? m_ui->priceTable->currentIndex() : rows.first();
    if (!index.isValid())
        return 0;
    return m_model->priceAt(m_filter->mapToSource(index).row()).countryId;
}

void PriceTableWidget::updateChosenCountry()
{
    const qint64 chosen = chosenCountry();
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    emit countryChosen(chosen);
}

void PriceTableWidget::setBuyState(bool enabled, const QString &reason)
{
    m_ui->buyButton->setEnabled(enabled);
    m_ui->buyButton->setToolTip(reason);
}

void PriceTableWidget::requestBuy()
{
    if (m_busy)
        return;
    if (const qint64 country = chosenCountry(); country != 0)
        emit buyRequested(country);
}
