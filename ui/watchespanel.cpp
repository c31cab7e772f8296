#include "ui/watchespanel.h"

#include "core/models/watchlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WatchesPanel::WatchesPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_line(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_show(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(u"watchesView"_s);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(u"watchesEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    auto *row = new QHBoxLayout;
    m_line->setObjectName(u"watchesLine"_s);
    m_line->setWordWrap(true);
    row->addWidget(m_line, 1);
    m_show->setObjectName(u"showWatchButton"_s);
    m_edit->setObjectName(u"editWatchButton"_s);
    m_remove->setObjectName(u"removeWatchButton"_s);
    row->addWidget(m_show);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    layout->addLayout(row);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chosenWatch())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chosenWatch())
            emit removeRequested(id);
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chosenWatch())
            emit showRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = chosenWatch())
            emit editRequested(id);
    });
    translate();
}

void WatchesPanel::setModel(WatchListModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->horizontalHeader()->setSectionResizeMode(WatchListModel::ServiceColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WatchListModel::CountryColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WatchListModel::ConditionColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WatchListModel::ThenColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WatchListModel::CheckedColumn,
                                                     QHeaderView::ResizeToContents);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &WatchesPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &WatchesPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WatchesPanel::updateButtons);
    updateButtons();
}

void WatchesPanel::setInterval(int seconds)
{
    m_interval = seconds;
    translate();
}

void WatchesPanel::setPaused(const QDateTime &until, const QString &reason)
{
    m_pausedUntil = until;
    m_pauseReason = reason;
    translate();
}

qint64 WatchesPanel::chosenWatch() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_model || !index.isValid() || !m_view->selectionModel()->isRowSelected(index.row()))
        return 0;
    return index.data(WatchListModel::WatchIdRole).toLongLong();
}

void WatchesPanel::updateButtons()
{
    const bool any = m_model && m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    if (any && !m_view->selectionModel()->hasSelection())
        m_view->selectRow(0);
    const bool chosen = chosenWatch() != 0;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_show->setEnabled(chosen);
}

void WatchesPanel::translate()
{
    m_edit->setText(tr("&Change…"));
    m_remove->setText(tr("&Remove"));
    m_show->setText(tr("Show &prices"));
    m_empty->setText(tr("No watch yet. Choose a service and a country, then Watch… to be told "
                        "when it is in stock or costs less."));
    if (m_pausedUntil.isValid()) {
        m_line->setText(
            tr("Paused until %1: %2")
                .arg(QLocale().toString(m_pausedUntil.toLocalTime().time(), QLocale::ShortFormat),
                     m_pauseReason));
    } else {
        m_line->setText(tr("The prices are looked at every %n second(s) while you are signed in.",
                           nullptr, m_interval));
    }
}

void WatchesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translate();
    QWidget::changeEvent(event);
}
