#include "servicepickerwidget.h"

#include "servicelistmodel.h"
#include "ui_servicepickerwidget.h"

#include <QKeyEvent>

ServicePickerWidget::ServicePickerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServicePickerWidget>())
    , m_filter(new ServiceFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->serviceList->setModel(m_filter);
    m_ui->serviceStatusLabel->hide();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (m_filter->rowCount() > 0)
            m_ui->serviceList->setCurrentIndex(m_filter->index(0, 0));
    });
    // Enter in the search box takes the first match.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_ui->serviceList->currentIndex();
        pick(current.isValid() ? current : m_filter->index(0, 0));
    });
    connect(m_ui->serviceList, &QListView::activated, this, &ServicePickerWidget::pick);
    connect(m_ui->serviceList, &QListView::clicked, this, &ServicePickerWidget::pick);
}

ServicePickerWidget::~ServicePickerWidget() = default;

void ServicePickerWidget::setModel(ServiceListModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
}

void ServicePickerWidget::setStatus(const QString &text)
{
    m_ui->serviceStatusLabel->setText(text);
    m_ui->serviceStatusLabel->setVisible(!text.isEmpty());
}

bool ServicePickerWidget::selectService(qint64 serviceId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(serviceId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    pick(index);
    return true;
}

void ServicePickerWidget::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void ServicePickerWidget::pick(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_ui->serviceList->setCurrentIndex(proxyIndex);
    const qint64 id = proxyIndex.data(ServiceListModel::IdRole).toLongLong();
    if (id == m_current)
        return;
    m_current = id;
    emit serviceSelected(id, proxyIndex.data(Qt::DisplayRole).toString());
}
