#include "ui/gridflowlayout.h"

#include <QWidget>

GridFlowLayout::GridFlowLayout(QWidget *parent, int maxColumns)
    : QLayout(parent)
    , m_maxColumns(qMax(1, maxColumns))
{}

GridFlowLayout::~GridFlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void GridFlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int GridFlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *GridFlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *GridFlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize GridFlowLayout::cell() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->sizeHint());
    }
    return size;
}

int GridFlowLayout::columnsFor(int width) const
{
    const int w = cell().width();
    if (w <= 0)
        return 1;
    return qBound(1, (width + spacing()) / (w + spacing()), m_maxColumns);
}

int GridFlowLayout::place(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int columns = columnsFor(area.width());
    const int width = (area.width() - (columns - 1) * spacing()) / columns;
    const int height = cell().height();
    int shown = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int row = shown / columns, column = shown % columns;
        if (apply) {
            item->setGeometry(QRect(area.x() + column * (width + spacing()),
                                    area.y() + row * (height + spacing()), width, height));
        }
        ++shown;
    }
    const int rows = (shown + columns - 1) / columns;
    const QMargins m = contentsMargins();
    return rows == 0 ? 0 : rows * height + (rows - 1) * spacing() + m.top() + m.bottom();
}

int GridFlowLayout::heightForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false);
}

QSize GridFlowLayout::minimumSize() const
{
    const QMargins m = contentsMargins();
    const QSize c = cell();
    return {c.width() + m.left() + m.right(), c.height() + m.top() + m.bottom()};
}

QSize GridFlowLayout::sizeHint() const
{
    const QMargins m = contentsMargins();
    const int width =
        m_maxColumns * cell().width() + (m_maxColumns - 1) * spacing() + m.left() + m.right();
    return {width, heightForWidth(width)};
}

void GridFlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}
