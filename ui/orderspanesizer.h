#pragma once

#include <QObject>

class QSplitter;
class QTabWidget;
class QTableView;

// The orders pane's height follows what it shows: an empty Active tab takes
// little room from the price table, History takes room for a dozen rows, and
// Active with orders has the height the user last gave it. A drag of the
// splitter is kept until the pane's content changes kind.
class OrdersPaneSizer final : public QObject
{
    Q_OBJECT

public:
    // `splitter` holds the price area above and `tabs` below; `active` is
    // the Active tab's table, `history` the History tab's.
    OrdersPaneSizer(QSplitter *splitter, QTabWidget *tabs, QTableView *active, QTableView *history,
                    QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode
    {
        Unknown,
        Empty,  // Active, nothing in it
        Orders, // Active with orders
        History
    };
    Mode currentMode() const;
    // The height the pane needs to show `rows` rows of `table`.
    int heightFor(const QTableView *table, int rows) const;
    void update();
    void apply(); // the height the current kind of content takes
    void setPaneHeight(int height);

    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QTableView *m_active;
    QTableView *m_history;
    Mode m_mode = Mode::Unknown;
    int m_ordersHeight = 0; // what the user gave Active with orders
    bool m_applying = false;
};
