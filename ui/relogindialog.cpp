#include "ui/relogindialog.h"

#include "ui/uistyle.h"
#include "ui_relogindialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

ReloginDialog::ReloginDialog(const QString &email, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReloginDialog>())
    , m_email(email)
{
    m_ui->setupUi(this);
    setObjectName(u"reloginDialog"_s);
    m_ui->explanationLabel->setText(
        tr("%1<br>Enter the password for <b>%2</b> to carry on where you were.")
            .arg(reason.toHtmlEscaped(), email.toHtmlEscaped()));
    UiStyle::makeError(m_ui->reloginErrorLabel);
    m_ui->reloginErrorLabel->hide();
    m_signIn = m_ui->buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"reloginButton"_s);
    m_signIn->setDefault(true);
    QPushButton *signOut = m_ui->buttons->addButton(tr("Sign out"), QDialogButtonBox::RejectRole);
    signOut->setObjectName(u"reloginSignOutButton"_s);

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_ui->reloginPasswordEdit->text().isEmpty())
            return showError(tr("Enter your password."));
        emit reloginRequested(m_email, m_ui->reloginPasswordEdit->text());
    });
    connect(signOut, &QPushButton::clicked, this, &ReloginDialog::signOutRequested);
    // Closing the dialog is the same as signing out: the session is over.
    connect(this, &QDialog::rejected, this, &ReloginDialog::signOutRequested);
}

ReloginDialog::~ReloginDialog() = default;

void ReloginDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_ui->reloginPasswordEdit->setEnabled(!busy);
}

void ReloginDialog::showError(const QString &message)
{
    m_ui->reloginErrorLabel->setText(message);
    m_ui->reloginErrorLabel->show();
    m_ui->reloginPasswordEdit->selectAll();
    m_ui->reloginPasswordEdit->setFocus();
}
