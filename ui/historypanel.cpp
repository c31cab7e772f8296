#include "ui/historypanel.h"

#include "ui_historypanel.h"

using namespace Qt::StringLiterals;

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPanel>())
{
    m_ui->setupUi(this);
    fillStatuses();
    setPage({}, false, false);
    connect(m_ui->historyStatusCombo, &QComboBox::currentIndexChanged, this,
            [this] { emit statusFilterChanged(statusFilter()); });
    connect(m_ui->historySearchEdit, &QLineEdit::textChanged, m_ui->historyList,
            &OrderListWidget::setSearchText);
    connect(m_ui->previousPageButton, &QPushButton::clicked, this,
            &HistoryPanel::previousRequested);
    connect(m_ui->nextPageButton, &QPushButton::clicked, this, &HistoryPanel::nextRequested);
    connect(m_ui->historyList, &OrderListWidget::refreshRequested, this,
            &HistoryPanel::refreshRequested);
    connect(m_ui->historyList, &OrderListWidget::copyRequested, this, &HistoryPanel::copyRequested);
    connect(m_ui->historyList, &OrderListWidget::buyAgainRequested, this,
            &HistoryPanel::buyAgainRequested);
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setModel(OrderListModel *model)
{
    m_ui->historyList->setModel(model);
}

QString HistoryPanel::statusFilter() const
{
    return m_ui->historyStatusCombo->currentData().toString();
}

void HistoryPanel::setPage(const QString &text, bool hasPrevious, bool hasNext)
{
    m_ui->historyPageLabel->setText(text);
    m_ui->previousPageButton->setEnabled(hasPrevious);
    m_ui->nextPageButton->setEnabled(hasNext);
}

void HistoryPanel::fillStatuses()
{
    QComboBox *combo = m_ui->historyStatusCombo;
    const int current = qMax(0, combo->currentIndex());
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All orders"), u"all"_s);
    combo->addItem(tr("Completed"), u"completed"_s);
    combo->addItem(tr("Cancelled"), u"cancelled"_s);
    combo->addItem(tr("Expired"), u"expired"_s);
    combo->setCurrentIndex(current);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The page line is the controller's words: it stays until the reload.
    const QString page = m_ui->historyPageLabel->text();
    m_ui->retranslateUi(this);
    m_ui->historyPageLabel->setText(page);
    fillStatuses();
}
