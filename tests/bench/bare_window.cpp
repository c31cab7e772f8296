// The floor to measure against: a bare Qt Widgets window with a 200-row table
// and nothing else. "--probe first-frame" prints once it has painted and quits;
// "--probe memory" prints its peak resident memory after the first frame.
#include "processinfo.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *w, bool memory)
        : QObject(w)
        , m_memory(memory)
    {
        w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(m_memory ? 500 : 0, this, [this] {
                QTextStream out(stdout);
                if (m_memory)
                    out << "peak-rss-kb " << peakResidentKiB() << '\n';
                else
                    out << "first-frame\n";
                out.flush();
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_memory;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool memory = QCoreApplication::arguments().contains(u"memory"_s);
    QStandardItemModel model(200, 6);
    for (int row = 0; row < 200; ++row) {
        model.setItem(row, 0, new QStandardItem(u"Country %1"_s.arg(row)));
        model.setItem(row, 1, new QStandardItem(u"+%1"_s.arg(200 + row)));
        model.setItem(
            row, 2,
            new QStandardItem(u"₵%1.%2"_s.arg(row % 40).arg(row % 100, 2, 10, QLatin1Char('0'))));
        model.setItem(row, 3,
                      new QStandardItem(u"$0.%1"_s.arg(row % 100, 2, 10, QLatin1Char('0'))));
        model.setItem(row, 4, new QStandardItem(QString::number(row * 7 % 900)));
        model.setItem(row, 5, new QStandardItem(u"%1 %"_s.arg(50 + row % 50)));
    }
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.resize(1180, 760);
    view.setWindowTitle(u"Bare"_s);
    new FirstPaint(&view, memory);
    view.show();
    return QApplication::exec();
}
