#include "ui/accountbar.h"

#include "ui_accountbar.h"

AccountBar::AccountBar(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::AccountBar>())
{
    m_ui->setupUi(this);
    QFont balanceFont = m_ui->balanceLabel->font();
    balanceFont.setBold(true);
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.2);
    m_ui->balanceLabel->setFont(balanceFont);
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &AccountBar::signOutRequested);
    connect(m_ui->topUpButton, &QPushButton::clicked, this, &AccountBar::topUpRequested);
}

AccountBar::~AccountBar() = default;

void AccountBar::showUser(const User &user)
{
    m_user = user;
    render();
}

void AccountBar::showDashboard(const Dashboard &dashboard)
{
    m_dashboard = dashboard;
    render();
}

void AccountBar::clear()
{
    m_user.reset();
    m_dashboard.reset();
    render();
}

void AccountBar::render()
{
    m_ui->userLabel->setText(
        m_user ? tr("Signed in as <b>%1</b> (%2)")
                     .arg(m_user->name.toHtmlEscaped(), m_user->email.toHtmlEscaped())
               : QString());
    if (!m_dashboard) {
        m_ui->balanceLabel->clear();
        m_ui->statsLabel->clear();
        m_ui->balanceLabel->setToolTip({});
        return;
    }
    const Dashboard &d = *m_dashboard;
    m_ui->balanceLabel->setText(tr("Balance: %1").arg(formatMoney(d.balance)));
    m_ui->statsLabel->setText(tr("Orders: %L1 · active: %L2 · spent: %3")
                                  .arg(d.stats.totalOrders)
                                  .arg(d.stats.activeOrders)
                                  .arg(formatMoney(d.stats.totalSpent)));
    m_ui->balanceLabel->setToolTip(
        d.balanceUsd.isValid() ? tr("About %1").arg(formatMoney(d.balanceUsd)) : QString());
}

void AccountBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    render();
}
