#include "ui/accountbar.h"

#include "ui_accountbar.h"

#include <QBoxLayout>

using namespace Qt::StringLiterals;

AccountBar::AccountBar(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::AccountBar>())
{
    m_ui->setupUi(this);
    QFont balanceFont = m_ui->balanceLabel->font();
    balanceFont.setBold(true);
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.2);
    m_ui->balanceLabel->setFont(balanceFont);
    // These two give way when the bar is narrow (fit() says how); the
    // layout need not keep room for them.
    m_ui->userLabel->setMinimumWidth(1);
    m_ui->statsLabel->setMinimumWidth(1);
    static_cast<QBoxLayout *>(layout())->setStretchFactor(m_ui->userLabel, 1);
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
    if (!m_dashboard) {
        m_ui->balanceLabel->clear();
        m_ui->statsLabel->clear();
        m_ui->balanceLabel->setToolTip({});
        fit();
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
    fit();
}

void AccountBar::fit()
{
    // Who is signed in says less as the bar narrows; the balance and the
    // buttons always show. Each text shows whole or not at all.
    const QString name = m_user ? m_user->name.toHtmlEscaped() : QString();
    const QStringList userTexts = m_user
                                      ? QStringList{tr("Signed in as <b>%1</b> (%2)")
                                                        .arg(name, m_user->email.toHtmlEscaped()),
                                                    tr("Signed in as <b>%1</b>").arg(name),
                                                    u"<b>%1</b>"_s.arg(name), QString()}
                                      : QStringList{QString()};
    const QMargins margins = layout()->contentsMargins();
    const int spacing = layout()->spacing();
    const int room = contentsRect().width();
    int fixed = margins.left() + margins.right();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->balanceLabel), static_cast<QWidget *>(m_ui->topUpButton),
          static_cast<QWidget *>(m_ui->logoutButton)})
        fixed += w->sizeHint().width() + spacing;
    const auto widthOf = [this](const QString &text) {
        m_measure.setText(text);
        return text.isEmpty() ? 0 : m_measure.sizeHint().width();
    };
    m_measure.setFont(m_ui->statsLabel->font());
    const int stats = widthOf(m_ui->statsLabel->text()) + spacing;
    m_measure.setFont(m_ui->userLabel->font());
    for (const bool withStats : {true, false}) {
        for (const QString &text : userTexts) {
            const int needed = fixed + widthOf(text) + spacing + (withStats ? stats : 0);
            if (needed <= room || text.isEmpty()) {
                m_ui->userLabel->setText(text);
                m_ui->userLabel->setVisible(!text.isEmpty());
                m_ui->statsLabel->setVisible(withStats && !m_ui->statsLabel->text().isEmpty());
                if (needed <= room)
                    return;
            }
        }
    }
}

void AccountBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fit();
}

void AccountBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    render();
}
