#include "ui/orderbookpanel.h"

#include "core/models/bookstatsmodel.h"
#include "core/models/orderbookmodel.h"
#include "ui/uistyle.h"
#include "ui_orderbookpanel.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {

// Countries have their flags; an order the server stopped listing is grey.
class BookDelegate final : public QStyledItemDelegate
{
public:
    BookDelegate(int flagColumn, int countryCodeRole, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_flagColumn(flagColumn)
        , m_role(countryCodeRole)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == m_flagColumn)
            UiStyle::addFlag(option, index.data(m_role).toString());
        if (index.data(OrderBookModel::AbsentRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
    }

private:
    int m_flagColumn;
    int m_role;
};

} // namespace

OrderBookPanel::OrderBookPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderBookPanel>())
{
    m_ui->setupUi(this);
    auto *menu = new QMenu(this);
    m_cheapest = menu->addAction(QString());
    m_bestForYou = menu->addAction(QString());
    m_ui->tryElsewhereButton->setMenu(menu);
    connect(m_ui->tryElsewhereButton, &QToolButton::clicked, this, [this] {
        if (const qint64 id = currentOrder())
            emit tryAnotherCountryRequested(id, RetryPlan::Country::Cheapest);
    });
    connect(m_cheapest, &QAction::triggered, this, [this] {
        if (const qint64 id = currentOrder())
            emit tryAnotherCountryRequested(id, RetryPlan::Country::Cheapest);
    });
    connect(m_bestForYou, &QAction::triggered, this, [this] {
        if (const qint64 id = currentOrder())
            emit tryAnotherCountryRequested(id, RetryPlan::Country::BestForYou);
    });
    connect(m_ui->buyAgainButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentOrder())
            emit buyAgainRequested(id);
    });
    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentOrder())
            emit copyDetailsRequested(id);
    });
    connect(m_ui->statsButton, &QPushButton::toggled, this, &OrderBookPanel::showStats);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &OrderBookPanel::chooseExportFile);
    m_ui->statsGroupingCombo->setVisible(false);
    m_ui->bookTable->verticalHeader()->hide();
    m_ui->statsTable->verticalHeader()->hide();
    retranslate();
}

OrderBookPanel::~OrderBookPanel() = default;

void OrderBookPanel::setModels(OrderBookModel *orders, BookStatsModel *stats)
{
    m_orders = orders;
    m_stats = stats;
    orders->setLive(true); // read from the book from now on
    QTableView *table = m_ui->bookTable;
    table->setModel(orders);
    table->setItemDelegate(
        new BookDelegate(OrderBookModel::CountryColumn, OrderBookModel::CountryCodeRole, table));
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrderBookModel::LabelColumn, QHeaderView::Stretch);
    header->setSortIndicator(OrderBookModel::DateColumn, Qt::DescendingOrder);
    table->viewport()->installEventFilter(this);
    fitColumns();

    m_statsSort = new QSortFilterProxyModel(this);
    m_statsSort->setSourceModel(stats);
    m_statsSort->setSortRole(BookStatsModel::SortRole);
    m_ui->statsTable->setModel(m_statsSort);
    m_ui->statsTable->setItemDelegate(new BookDelegate(
        BookStatsModel::NameColumn, BookStatsModel::CountryCodeRole, m_ui->statsTable));
    m_ui->statsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->statsTable->horizontalHeader()->setSectionResizeMode(BookStatsModel::NameColumn,
                                                               QHeaderView::Stretch);
    m_ui->statsTable->horizontalHeader()->setSortIndicatorShown(false);

    connect(m_ui->bookSearchEdit, &QLineEdit::textChanged, orders, &OrderBookModel::setSearchText);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderBookPanel::updateActions);
    const auto refresh = [this] {
        updateCount();
        updateActions();
    };
    connect(orders, &QAbstractItemModel::modelReset, this, refresh);
    connect(orders, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(orders, &QAbstractItemModel::rowsInserted, this, &OrderBookPanel::updateCount);
    connect(orders, &QAbstractItemModel::rowsRemoved, this, &OrderBookPanel::updateCount);
    connect(orders, &QAbstractItemModel::dataChanged, this, &OrderBookPanel::updateActions);
    connect(stats, &QAbstractItemModel::modelReset, this, [this] {
        const BookFigure &t = m_stats->total();
        const QString record = BookStatsModel::recordText(t.gotCode, t.decided);
        m_ui->statsTotalLabel->setText(
            record.isEmpty() ? tr("In all: %n number(s) bought, %1 spent.", nullptr, t.bought)
                                   .arg(formatMoney(t.spent))
                             : tr("In all: %n number(s) bought, %1 spent; %2 brought their code.",
                                  nullptr, t.bought)
                                   .arg(formatMoney(t.spent), record));
    });
    connect(m_ui->statsGroupingCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_stats->setGrouping(static_cast<OrderBook::Grouping>(
                m_ui->statsGroupingCombo->itemData(index).toInt()));
    });
    updateCount();
    updateActions();
}

void OrderBookPanel::fitColumns()
{
    QTableView *table = m_ui->bookTable;
    if (!m_orders)
        return;
    QHeaderView *header = table->horizontalHeader();
    const auto need = [this, table](int column, const QString &widest) {
        return UiStyle::columnNeed(table, m_orders, column, widest);
    };
    using M = OrderBookModel;
    const QLocale locale;
    const std::pair<int, int> widths[] = {
        {M::DateColumn,
         need(M::DateColumn, locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                             QLocale::ShortFormat))},
        {M::ServiceColumn, need(M::ServiceColumn, u"WhatsApp Business"_s)},
        {M::CountryColumn, need(M::CountryColumn, u"Dominican Rep."_s) + 28},
        {M::NumberColumn, need(M::NumberColumn, u"+000 0000000000"_s)},
        {M::NoteColumn, need(M::NoteColumn, u"a note of some length"_s)},
        {M::StatusColumn, need(M::StatusColumn, u"Code received"_s)},
        {M::CodeColumn, need(M::CodeColumn, u"00000000"_s)},
        {M::CostColumn,
         need(M::CostColumn,
              OrderBookModel::tr("%1 refunded").arg(formatMoney(Money(99'999, u"GHS"_s))))},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // No sideways scrolling: the note, the code, the service, the status,
    // the cost and the country give way, in that order; the date, the number
    // and the label (the user's own words, taking the rest) stay.
    UiStyle::giveWay(header,
                     {M::NoteColumn, M::CodeColumn, M::ServiceColumn, M::StatusColumn,
                      M::CostColumn, M::CountryColumn},
                     table->viewport()->width(), M::LabelColumn,
                     need(M::LabelColumn, u"Mum's Telegram"_s));
}

bool OrderBookPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->bookTable->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void OrderBookPanel::setBusy(bool purchasing)
{
    m_busy = purchasing;
    updateActions();
}

void OrderBookPanel::selectOrder(qint64 orderId)
{
    if (!m_orders)
        return;
    const int row = m_orders->rowOfOrder(orderId);
    if (row < 0)
        return;
    m_ui->bookTable->selectRow(row);
    m_ui->bookTable->scrollTo(m_orders->index(row, 0));
}

void OrderBookPanel::focusSearch()
{
    m_ui->bookSearchEdit->setFocus();
    m_ui->bookSearchEdit->selectAll();
}

qint64 OrderBookPanel::currentOrder() const
{
    const QModelIndex current = m_ui->bookTable->currentIndex();
    return current.isValid() ? current.data(OrderBookModel::OrderIdRole).toLongLong() : 0;
}

void OrderBookPanel::updateActions()
{
    const QModelIndex current = m_ui->bookTable->currentIndex();
    const bool ended =
        current.isValid() && current.data(OrderBookModel::EndedWithoutCodeRole).toBool();
    m_ui->copyDetailsButton->setEnabled(current.isValid());
    m_ui->buyAgainButton->setEnabled(ended && !m_busy);
    m_ui->tryElsewhereButton->setEnabled(ended && !m_busy);
    QString hint;
    if (!current.isValid())
        hint = m_orders && m_orders->rowCount() > 0
                   ? tr("Choose an order to copy its details or try it again.")
                   : QString();
    else if (!ended)
        hint = tr("Buy again and Try another country are for orders that ended without a code.");
    else if (m_busy)
        hint = tr("A purchase is under way.");
    m_ui->bookHintLabel->setText(hint);
}

void OrderBookPanel::updateCount()
{
    if (!m_orders)
        return;
    m_ui->bookCountLabel->setText(tr("%n order(s)", nullptr, m_orders->rowCount()));
    m_ui->exportButton->setEnabled(m_orders->rowCount() > 0);
}

void OrderBookPanel::showStats(bool shown)
{
    // Read when shown: the figures of 10,000 orders are not kept up to date
    // while nobody looks.
    if (shown && m_stats)
        m_stats->reload();
    m_ui->bookPages->setCurrentWidget(shown ? m_ui->bookStatsPage : m_ui->bookListPage);
    m_ui->bookSearchEdit->setVisible(!shown);
    m_ui->bookCountLabel->setVisible(!shown);
    m_ui->statsGroupingCombo->setVisible(shown);
    m_ui->exportButton->setVisible(!shown);
}

void OrderBookPanel::fillGroupings()
{
    QComboBox *combo = m_ui->statsGroupingCombo;
    const int current = qMax(0, combo->currentIndex());
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("By month"), int(OrderBook::Grouping::Month));
    combo->addItem(tr("By service"), int(OrderBook::Grouping::Service));
    combo->addItem(tr("By country"), int(OrderBook::Grouping::Country));
    combo->setCurrentIndex(current);
}

void OrderBookPanel::chooseExportFile()
{
    if (!m_orders || m_orders->rowCount() == 0)
        return;
    const QList<qint64> ids = m_orders->ids();
    auto *dialog =
        new QFileDialog(this, tr("Export %n order(s)", nullptr, int(ids.size())),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("CSV for spreadsheets (*.csv)") + u";;"_s + tr("JSON (*.json)"));
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(u"n1sms-orders-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.json"_s) ? u"json"_s : u"csv"_s);
    });
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, ids](const QString &path) {
        const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive) ||
                          (!path.endsWith(u".csv"_s, Qt::CaseInsensitive) &&
                           dialog->selectedNameFilter().contains(u"*.json"_s));
        emit exportRequested(path, json, ids);
    });
    dialog->open();
}

void OrderBookPanel::retranslate()
{
    m_cheapest->setText(tr("The cheapest country in stock"));
    m_bestForYou->setText(tr("The country that worked best for you"));
    m_ui->tryElsewhereButton->setToolTip(
        tr("The same service in the next country in stock: the cheapest, or (from the menu) the "
           "one where your numbers brought their code most often"));
    m_ui->buyAgainButton->setToolTip(tr("The same service in the same country, asked first"));
    fillGroupings();
    fitColumns();
    updateCount();
    updateActions();
}

void OrderBookPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
