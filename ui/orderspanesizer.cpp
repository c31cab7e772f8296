#include "ui/orderspanesizer.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>

namespace {

constexpr int emptyRows = 2;    // room for the headings and a line of nothing
constexpr int ordersRows = 6;   // at least this much once orders are there
constexpr int historyRows = 12; // more than five, as a list to read needs

} // namespace

OrdersPaneSizer::OrdersPaneSizer(QSplitter *splitter, QTabWidget *tabs, QTableView *active,
                                 QTableView *history, QObject *parent)
    : QObject(parent)
    , m_splitter(splitter)
    , m_tabs(tabs)
    , m_active(active)
    , m_history(history)
{
    m_splitter->installEventFilter(this);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OrdersPaneSizer::update);
    QAbstractItemModel *rows = m_active->model();
    connect(rows, &QAbstractItemModel::rowsInserted, this, &OrdersPaneSizer::update);
    connect(rows, &QAbstractItemModel::rowsRemoved, this, &OrdersPaneSizer::update);
    connect(rows, &QAbstractItemModel::modelReset, this, &OrdersPaneSizer::update);
    connect(rows, &QAbstractItemModel::layoutChanged, this, &OrdersPaneSizer::update);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_applying && m_mode == Mode::Orders)
            m_ordersHeight = m_splitter->sizes().value(1);
    });
}

int OrdersPaneSizer::heightFor(const QTableView *table, int rows) const
{
    // The pane around the table (tab bar, buttons, margins) as it is now,
    // plus the table's heading and rows.
    const int around = m_tabs->height() - table->height();
    const int frame = 2 * table->frameWidth();
    const int scrollBar =
        table->horizontalScrollBar()->isVisible() ? table->horizontalScrollBar()->height() : 0;
    return around + frame + scrollBar + table->horizontalHeader()->height() +
           rows * table->verticalHeader()->defaultSectionSize();
}

OrdersPaneSizer::Mode OrdersPaneSizer::currentMode() const
{
    if (m_tabs->currentWidget()->isAncestorOf(m_history))
        return Mode::History;
    return m_active->model()->rowCount() == 0 ? Mode::Empty : Mode::Orders;
}

void OrdersPaneSizer::update()
{
    if (!m_splitter->isVisible() || m_splitter->height() <= 0)
        return; // again on the first show
    const Mode mode = currentMode();
    if (mode == m_mode)
        return; // a drag within one kind of content is the user's to keep
    // Leaving Active with orders, or starting: the height to come back to.
    if (m_mode == Mode::Orders || m_mode == Mode::Unknown)
        m_ordersHeight = m_splitter->sizes().value(1);
    m_mode = mode;
    apply();
}

void OrdersPaneSizer::apply()
{
    const int orders = qMax(m_ordersHeight, heightFor(m_active, ordersRows));
    switch (m_mode) {
    case Mode::Empty:
        setPaneHeight(heightFor(m_active, emptyRows));
        break;
    case Mode::Orders:
        setPaneHeight(orders);
        break;
    case Mode::History:
        setPaneHeight(qMax(orders, heightFor(m_history, historyRows)));
        break;
    case Mode::Unknown:
        break;
    }
}

void OrdersPaneSizer::setPaneHeight(int height)
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    // The price area keeps what it needs to be used.
    const int above = m_splitter->widget(0)->minimumSizeHint().height();
    const int least = m_tabs->minimumSizeHint().height();
    const int pane = qBound(least, height, qMax(least, total - above));
    m_applying = true;
    m_splitter->setSizes({total - pane, pane});
    m_applying = false;
}

bool OrdersPaneSizer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Show)
        QMetaObject::invokeMethod(this, &OrdersPaneSizer::update, Qt::QueuedConnection);
    if (watched == m_splitter && event->type() == QEvent::Resize) {
        // A taller window gives the room to the price table, not to an
        // empty pane; once the splitter has laid itself out again.
        if (m_mode == Mode::Empty || m_mode == Mode::History)
            QMetaObject::invokeMethod(this, &OrdersPaneSizer::apply, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(this, &OrdersPaneSizer::update, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
