#include "ui/servicepickerwidget.h"

#include "core/models/servicelistmodel.h"
#include "ui/gridflowlayout.h"
#include "ui/uistyle.h"
#include "ui_servicepickerwidget.h"

#include <QAction>
#include <QStyledItemDelegate>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// The nine services the contract publishes, as one-click shortcuts.
constexpr qint64 publishedServices[] = {1012, 907, 395, 329, 457, 924, 948, 1227, 1688};

// Every service wears its letter badge.
class AvatarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->icon = UiStyle::letterAvatar(index.data(ServiceListModel::NameRole).toString());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(20, 20);
    }
};

} // namespace

ServicePickerWidget::ServicePickerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServicePickerWidget>())
    , m_filter(new ServiceFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->serviceList->setModel(m_filter);
    m_ui->serviceList->setItemDelegate(new AvatarDelegate(m_ui->serviceList));
    m_ui->serviceStatusLabel->hide();
    auto *shortcuts = new GridFlowLayout(m_ui->shortcuts);
    shortcuts->setContentsMargins(0, 0, 0, 0);
    shortcuts->setSpacing(4);
    m_ui->shortcuts->hide();
    m_ui->serviceList->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *favouriteAction = new QAction(tr("Favourite"), m_ui->serviceList);
    favouriteAction->setObjectName(u"favouriteAction"_s);
    favouriteAction->setShortcut(QKeySequence(u"Ctrl+D"_s));
    favouriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->serviceList->addAction(favouriteAction);
    addAction(favouriteAction);
    connect(favouriteAction, &QAction::triggered, this, &ServicePickerWidget::toggleFavourite);
    connect(m_ui->favouriteButton, &QToolButton::clicked, this,
            &ServicePickerWidget::toggleFavourite);
    m_ui->favouriteButton->setEnabled(false);

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
    connect(model, &QAbstractItemModel::modelReset, this, &ServicePickerWidget::buildShortcuts);
    connect(model, &QAbstractItemModel::dataChanged, this,
            &ServicePickerWidget::updateFavouriteButton);
}

void ServicePickerWidget::buildShortcuts()
{
    // A new list (another sign-in): nothing is chosen in it yet.
    m_current = 0;
    updateFavouriteButton();
    for (QToolButton *old : m_ui->shortcuts->findChildren<QToolButton *>())
        delete old;
    int placed = 0;
    for (const qint64 id : publishedServices) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QString name = m_model->services().at(row).name;
        auto *button = new QToolButton(m_ui->shortcuts);
        button->setObjectName(u"shortcut%1"_s.arg(id));
        button->setText(name);
        button->setIcon(UiStyle::letterAvatar(name));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAutoRaise(true);
        // Like a toolbar's buttons, out of the Tab chain: the search (Ctrl+F)
        // reaches every service from the keyboard, these included.
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tr("Show the prices for %1").arg(name));
        button->setAccessibleName(name);
        connect(button, &QToolButton::clicked, this, [this, id] { selectService(id); });
        m_ui->shortcuts->layout()->addWidget(button);
        ++placed;
    }
    m_ui->shortcuts->setVisible(placed > 0 && !m_compact);
}

void ServicePickerWidget::setCompact(bool compact)
{
    m_compact = compact;
    m_ui->shortcuts->setVisible(!compact &&
                                !m_ui->shortcuts->findChildren<QToolButton *>().isEmpty());
}

void ServicePickerWidget::toggleFavourite()
{
    if (!m_model || m_current == 0)
        return;
    m_model->setFavourite(m_current, !m_model->isFavourite(m_current));
    updateFavouriteButton();
}

void ServicePickerWidget::updateFavouriteButton()
{
    const bool favourite = m_model && m_current != 0 && m_model->isFavourite(m_current);
    m_ui->favouriteButton->setEnabled(m_current != 0);
    m_ui->favouriteButton->setChecked(favourite);
    m_ui->favouriteButton->setText(favourite ? u"★"_s : u"☆"_s);
    m_ui->favouriteButton->setToolTip(favourite ? tr("Remove from your favourites (Ctrl+D)")
                                                : tr("Add to your favourites (Ctrl+D)"));
}

void ServicePickerWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    const QString status = m_ui->serviceStatusLabel->text();
    m_ui->retranslateUi(this);
    m_ui->serviceStatusLabel->setText(status);
    if (auto *action = findChild<QAction *>(u"favouriteAction"_s))
        action->setText(tr("Favourite"));
    for (QToolButton *button : m_ui->shortcuts->findChildren<QToolButton *>())
        button->setToolTip(tr("Show the prices for %1").arg(button->text()));
    updateFavouriteButton();
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
    m_model->markUsed(id);
    updateFavouriteButton();
    emit serviceSelected(id, m_model->services().at(m_model->rowOf(id)).name);
}
