#include "ui/orderlistwidget.h"

#include "core/models/orderlistmodel.h"
#include "core/models/servicelistmodel.h"
#include "ui/uistyle.h"
#include "ui_orderlistwidget.h"

#include <QApplication>
#include <QColor>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {

// The colours of a status badge: background, then text (4.5:1 or better).
std::pair<QColor, QColor> badgeColours(Order::Status status)
{
    switch (status) {
    case Order::Status::Pending:
        return {QColor(0xff, 0xd5, 0x4f), QColor(0x21, 0x21, 0x21)};
    case Order::Status::Received:
        return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    case Order::Status::Completed:
        return {QColor(0x15, 0x65, 0xc0), Qt::white};
    case Order::Status::Cancelled:
        return {QColor(0x61, 0x61, 0x61), Qt::white};
    case Order::Status::Expired:
        return {QColor(0xb7, 0x1c, 0x1c), Qt::white};
    case Order::Status::Refunded:
        return {QColor(0x6a, 0x1b, 0x9a), Qt::white};
    case Order::Status::Unknown:
        break;
    }
    return {QColor(0x45, 0x5a, 0x64), Qt::white};
}

// A row whose code has just arrived stands out until it is looked at; the
// code itself, what the user came for, is large and bold; the status is a
// coloured badge; the country has its flag.
class OrderDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() != OrderListModel::StatusColumn)
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        const QString text = background.text;
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const auto [fill, ink] = badgeColours(
            static_cast<Order::Status>(index.data(OrderListModel::StatusRole).toInt()));
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 6;
        const int width = qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 16);
        const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width,
                          height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setFont(font);
        painter->setPen(ink);
        painter->drawText(badge.adjusted(8, 0, -8, 0), Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, badge.width() - 16));
        painter->restore();
    }

    // The badge whole: its text in bold, its padding and margins.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != OrderListModel::StatusColumn)
            return size;
        QFont font = option.font;
        font.setBold(true);
        const int badge = QFontMetrics(font).horizontalAdvance(index.data().toString()) + 16;
        size.setWidth(badge + 8 + 4);
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == OrderListModel::CountryColumn) {
            UiStyle::addFlag(option, index.data(OrderListModel::CountryCodeRole).toString());
        }
        if (index.data(OrderListModel::FreshCodeRole).toBool()) {
            // Amber whether selected or not: the selection must not hide it.
            option->backgroundBrush = QColor(0xff, 0xf1, 0x76);
            option->palette.setColor(QPalette::Text, QColor(0x21, 0x21, 0x21));
            option->palette.setColor(QPalette::Highlight, QColor(0xff, 0xca, 0x28));
            option->palette.setColor(QPalette::HighlightedText, QColor(0x21, 0x21, 0x21));
        }
        if (index.column() == OrderListModel::CodeColumn) {
            option->font.setBold(true);
            option->font.setPointSizeF(option->font.pointSizeF() * 1.3);
            option->font.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
        }
    }
};

} // namespace

class OrderListWidget::StatusFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setActiveOnly(bool activeOnly)
    {
        m_activeOnly = activeOnly;
        invalidateRowsFilter();
    }
    void setSearchText(const QString &text)
    {
        m_words = ServiceListModel::searchKey(text).split(u' ', Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(sourceRow, 0, parent);
        if (m_activeOnly && !i.data(OrderListModel::ActiveRole).toBool())
            return false;
        if (m_words.isEmpty())
            return true;
        const auto *model = static_cast<const OrderListModel *>(sourceModel());
        const Order &o = model->orderAt(sourceRow);
        const QString key = ServiceListModel::searchKey(
            QStringList{o.service, o.country, o.countryCode, o.phoneNumber, o.smsCode,
                        OrderListModel::statusText(o)}
                .join(u' '));
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&](const QString &word) { return key.contains(word); });
    }

private:
    bool m_activeOnly = false;
    QStringList m_words;
};

OrderListWidget::OrderListWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderListWidget>())
    , m_filter(new StatusFilter(this))
{
    m_ui->setupUi(this);
    m_ui->orderTable->setItemDelegate(new OrderDelegate(m_ui->orderTable));
    m_ui->orderTable->verticalHeader()->setDefaultSectionSize(
        m_ui->orderTable->fontMetrics().height() + 14);
    m_ui->orderTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->orderTable->viewport()->installEventFilter(this);

    connect(m_ui->copyCodeButton, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const Order &o = m_model->orderAt(row);
        m_model->setFreshCode(o.id, false);
        emit copyRequested(o.smsCode, tr("Copied the code %1.").arg(o.smsCode));
    });
    connect(m_ui->copyNumberButton, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const QString number = m_model->orderAt(row).phoneNumber;
        emit copyRequested(number, tr("Copied the number %1.").arg(number));
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &OrderListWidget::askToCancel);
    connect(m_ui->againButton, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            emit buyAgainRequested(m_model->orderAt(row).id);
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OrderListWidget::refreshRequested);
}

OrderListWidget::~OrderListWidget() = default;

void OrderListWidget::setModel(OrderListModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    m_filter->setDynamicSortFilter(true);
    // Whichever cells change (a countdown's tick included), the row is
    // checked again: an ended order leaves once its time in sight is over.
    m_filter->setFilterKeyColumn(-1);
    m_ui->orderTable->setModel(m_filter);
    // Room for the headings and one order at least, and no more: a small
    // screen keeps its height for the rest.
    m_ui->orderTable->setMinimumHeight(m_ui->orderTable->horizontalHeader()->sizeHint().height() +
                                       m_ui->orderTable->verticalHeader()->defaultSectionSize() +
                                       2 * m_ui->orderTable->frameWidth());
    arrangeColumns();
    fitColumns();
    connect(m_ui->orderTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrderListWidget::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &OrderListWidget::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OrderListWidget::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &OrderListWidget::updateButtons);
    connect(m_filter, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (from.column() <= OrderListModel::TimeLeftColumn &&
                    to.column() >= OrderListModel::StatusColumn)
                    fitGrowingColumns(from.row(), to.row());
            });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitGrowingColumns(first, last); });
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            &OrderListWidget::fitGrowingColumnsEverywhere);
}

void OrderListWidget::selectOrder(qint64 orderId)
{
    if (!m_model)
        return;
    const QModelIndex index =
        m_filter->mapFromSource(m_model->index(m_model->rowOfOrder(orderId), 0));
    if (index.isValid()) {
        m_ui->orderTable->selectRow(index.row());
        m_ui->orderTable->scrollTo(index);
    }
}

void OrderListWidget::setCancelBusy(bool busy)
{
    m_cancelBusy = busy;
    updateButtons();
}

void OrderListWidget::setActiveOnly(bool activeOnly)
{
    m_activeOnly = activeOnly;
    m_filter->setActiveOnly(activeOnly);
    arrangeColumns();
}

void OrderListWidget::setSearchText(const QString &text)
{
    m_filter->setSearchText(text);
}

void OrderListWidget::arrangeColumns()
{
    if (!m_model)
        return;
    // Active: the countdown, no date. History: date and time first, and no
    // countdown, which is over for every order there.
    QHeaderView *header = m_ui->orderTable->horizontalHeader();
    header->setSectionHidden(OrderListModel::TimeLeftColumn, !m_activeOnly);
    header->setSectionHidden(OrderListModel::DateColumn, m_activeOnly);
    header->setSectionHidden(OrderListModel::TimeColumn, m_activeOnly);
    if (!m_activeOnly) {
        header->moveSection(header->visualIndex(OrderListModel::DateColumn), 0);
        header->moveSection(header->visualIndex(OrderListModel::TimeColumn), 1);
    }
    // No sideways scrolling: in a narrow window what the row can do without
    // gives way (the service, then the country; in History the time too;
    // at the narrowest, the cost, which History and the tooltip keep),
    // never the number, its state, its code or its time left.
    using M = OrderListModel;
    const QList<int> givesWay = m_activeOnly
                                    ? QList<int>{M::ServiceColumn, M::CountryColumn, M::CostColumn}
                                    : QList<int>{M::TimeColumn, M::ServiceColumn, M::CountryColumn};
    // The cost, last, takes the rest: room for it when it shows.
    UiStyle::giveWay(header, givesWay, m_ui->orderTable->viewport()->width(), M::CostColumn, 90);
}

bool OrderListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->orderTable->viewport() && event->type() == QEvent::Resize)
        arrangeColumns();
    return QWidget::eventFilter(watched, event);
}

int OrderListWidget::selectedRow() const
{
    if (!m_model)
        return -1;
    const QModelIndexList rows = m_ui->orderTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_filter->mapToSource(rows.first()).row();
}

void OrderListWidget::fitGrowingColumns(int first, int last)
{
    // Every badge and every time whole, in any language: these columns grow
    // to their widest cell. Only the rows that changed are measured: a
    // countdown's tick must stay cheap.
    QTableView *table = m_ui->orderTable;
    QStyleOptionViewItem option;
    option.initFrom(table);
    auto *header = table->horizontalHeader();
    last = qMin(last, m_filter->rowCount() - 1);
    bool grew = false;
    for (const int column :
         {int(OrderListModel::StatusColumn), int(OrderListModel::TimeLeftColumn)}) {
        int needed = 0;
        for (int row = qMax(0, first); row <= last; ++row) {
            const QModelIndex index = m_filter->index(row, column);
            needed = qMax(needed, table->itemDelegate()->sizeHint(option, index).width() + 8);
        }
        if (needed > header->sectionSize(column)) {
            header->resizeSection(column, needed);
            grew = true;
        }
    }
    if (grew)
        arrangeColumns(); // less room left: something may give way
}

void OrderListWidget::fitGrowingColumnsEverywhere()
{
    fitGrowingColumns(0, m_filter->rowCount() - 1);
}

void OrderListWidget::fitColumns()
{
    // Wide enough for the content, and for the heading in any language.
    auto *header = m_ui->orderTable->horizontalHeader();
    QFont font = header->font();
    font.setBold(true); // as Fusion draws headings
    const QFontMetrics metrics(font);
    // A date and a time as this language writes them, the widest of a year.
    const QFontMetrics cell(m_ui->orderTable->font());
    const QLocale locale;
    const int date =
        cell.horizontalAdvance(locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 16;
    const int time =
        cell.horizontalAdvance(locale.toString(QTime(23, 58), QLocale::ShortFormat)) + 16;
    // A long international number whole; a code in its large bold type.
    const int number = cell.horizontalAdvance(u"+000 0000000000"_s) + 16;
    QFont large = m_ui->orderTable->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.3);
    large.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
    const int code = QFontMetrics(large).horizontalAdvance(u"00000000"_s) + 16;
    const std::pair<int, int> widths[] = {
        {OrderListModel::ServiceColumn, 120},   {OrderListModel::CountryColumn, 140},
        {OrderListModel::NumberColumn, number}, {OrderListModel::StatusColumn, 130},
        {OrderListModel::CodeColumn, code},     {OrderListModel::TimeLeftColumn, 80},
        {OrderListModel::DateColumn, date},     {OrderListModel::TimeColumn, time}};
    for (const auto &[column, least] : widths) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(least, metrics.horizontalAdvance(title) + 24));
    }
    fitGrowingColumnsEverywhere();
}

void OrderListWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    if (m_model)
        fitColumns();
    updateButtons();
}

void OrderListWidget::askToCancel()
{
    const int row = selectedRow();
    if (row < 0 || m_cancelQuestion)
        return;
    const Order &o = m_model->orderAt(row);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel the order"),
        tr("Cancel the %1 number %2? %3 goes back to your balance; the number cannot be used "
           "again.")
            .arg(o.service, o.phoneNumber, formatMoney(o.cost)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"cancelQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Cancel the order"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmCancelButton"_s);
    box->setDefaultButton(box->addButton(tr("Keep it"), QMessageBox::RejectRole));
    const qint64 id = o.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *clicked) {
        if (clicked == yes)
            emit cancelRequested(id);
    });
    m_cancelQuestion = box;
    box->open();
}

void OrderListWidget::updateButtons()
{
    const int row = selectedRow();
    if (row < 0) {
        m_ui->copyCodeButton->setEnabled(false);
        m_ui->copyNumberButton->setEnabled(false);
        m_ui->cancelButton->setEnabled(false);
        m_ui->cancelButton->setToolTip({});
        m_ui->againButton->hide();
        return;
    }
    const Order &o = m_model->orderAt(row);
    // Offered where an order is seen to end without its code.
    m_ui->againButton->setVisible(o.endedWithoutCode());
    m_ui->copyCodeButton->setEnabled(!o.smsCode.isEmpty());
    m_ui->copyNumberButton->setEnabled(!o.phoneNumber.isEmpty());
    m_ui->cancelButton->setEnabled(m_model->mayCancel(o) && !m_cancelBusy);
    // When it becomes possible, or why it is not: the model says.
    m_ui->cancelButton->setToolTip(m_model->index(row, OrderListModel::StatusColumn)
                                       .data(OrderListModel::CancelHintRole)
                                       .toString());
}
