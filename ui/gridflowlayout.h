#pragma once

#include <QLayout>
#include <QList>

// Items of one width in as many columns as fit (at most `maxColumns`), in
// rows: three across in a wide pane, one in a narrow one. Its height follows
// its width, so that a narrow window still shows every item whole.
class GridFlowLayout final : public QLayout
{
public:
    explicit GridFlowLayout(QWidget *parent = nullptr, int maxColumns = 3);
    ~GridFlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    QSize cell() const; // the widest and tallest item
    int columnsFor(int width) const;
    int place(const QRect &rect, bool apply) const; // the height used

    QList<QLayoutItem *> m_items;
    int m_maxColumns;
};
