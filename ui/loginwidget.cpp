#include "ui/loginwidget.h"

#include "ui/gridflowlayout.h"
#include "ui/uistyle.h"
#include "ui_loginwidget.h"

using namespace Qt::StringLiterals;

LoginWidget::LoginWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginWidget>())
{
    m_ui->setupUi(this);
    // The two options side by side where they fit, one above the other
    // where the language makes them long.
    auto *options = new QWidget(m_ui->card);
    options->setObjectName(u"options"_s);
    auto *flow = new GridFlowLayout(options, 2);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->setSpacing(6);
    const int at = m_ui->cardLayout->indexOf(m_ui->optionsLayout);
    m_ui->cardLayout->removeItem(m_ui->optionsLayout);
    flow->addWidget(m_ui->rememberCheck);
    flow->addWidget(m_ui->showLoginPasswordCheck);
    delete std::exchange(m_ui->optionsLayout, nullptr);
    m_ui->cardLayout->insertWidget(at, options);
    UiStyle::makeHeading(m_ui->loginTitleLabel, 1.6);
    m_ui->subloginTitleLabel->setForegroundRole(QPalette::PlaceholderText);
    UiStyle::makeError(m_ui->loginErrorLabel);
    m_ui->loginErrorLabel->hide();
    m_ui->demoFrame->hide();
    UiStyle::makeNotice(m_ui->noticeLabel);
    m_ui->noticeLabel->hide();
    connect(m_ui->showLoginPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->passwordEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->createAccountButton, &QPushButton::clicked, this,
            &LoginWidget::createAccountRequested);
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginWidget::submit);
    connect(m_ui->emailEdit, &QLineEdit::returnPressed, this,
            [this] { m_ui->passwordEdit->setFocus(); });
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginWidget::submit);
    connect(m_ui->useDemoButton, &QPushButton::clicked, this, [this] {
        m_ui->emailEdit->setText(m_demoEmail);
        m_ui->passwordEdit->setText(m_demoPassword);
        m_ui->loginButton->setFocus();
    });
}

LoginWidget::~LoginWidget() = default;

void LoginWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    const bool busy = !m_ui->loginButton->isEnabled();
    m_ui->retranslateUi(this);
    if (busy)
        m_ui->loginButton->setText(tr("Signing in…"));
    if (!m_demoEmail.isEmpty())
        setDemoCredentials(m_demoEmail, m_demoPassword);
    if (!m_rememberAvailable)
        setRememberAvailable(false);
}

void LoginWidget::submit()
{
    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (email.isEmpty() || !email.contains(u'@')) {
        showError(tr("Enter the email address of your N1SMS account."));
        m_ui->emailEdit->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showError(tr("Enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    clearError();
    showNotice({});
    emit loginRequested(email, password, m_ui->rememberCheck->isChecked());
}

void LoginWidget::setBusy(bool busy)
{
    m_ui->emailEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->loginButton->setEnabled(!busy);
    m_ui->useDemoButton->setEnabled(!busy);
    m_ui->rememberCheck->setEnabled(!busy && m_rememberAvailable);
    m_ui->loginButton->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginWidget::showError(const QString &message)
{
    m_ui->loginErrorLabel->setText(message);
    m_ui->loginErrorLabel->show();
}

void LoginWidget::showNotice(const QString &message)
{
    m_ui->noticeLabel->setText(message);
    m_ui->noticeLabel->setVisible(!message.isEmpty());
}

void LoginWidget::clearError()
{
    m_ui->loginErrorLabel->clear();
    m_ui->loginErrorLabel->hide();
}

void LoginWidget::setDemoCredentials(const QString &email, const QString &password)
{
    m_demoEmail = email;
    m_demoPassword = password;
    m_ui->demoLabel->setText(tr("<b>Demo mode.</b> Nothing here is real and no money is spent.<br>"
                                "Email: <b>%1</b><br>Password: <b>%2</b>")
                                 .arg(email.toHtmlEscaped(), password.toHtmlEscaped()));
    m_ui->demoFrame->setVisible(!email.isEmpty());
}

void LoginWidget::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
}

void LoginWidget::setRememberAvailable(bool available)
{
    m_rememberAvailable = available;
    m_ui->rememberCheck->setEnabled(available);
    if (!available)
        m_ui->rememberCheck->setChecked(false);
    m_ui->rememberCheck->setToolTip(
        available ? QString() : tr("This session ends when N1SMS closes: nothing is kept."));
}

void LoginWidget::setRemember(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

void LoginWidget::showRestoring(const QString &email)
{
    setEmail(email);
    setBusy(true);
    m_ui->loginButton->setText(tr("Signing in as %1…").arg(email));
}

void LoginWidget::clearPassword()
{
    m_ui->passwordEdit->clear();
}

void LoginWidget::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

void LoginWidget::focusPassword()
{
    m_ui->passwordEdit->setFocus();
    m_ui->passwordEdit->selectAll();
}

void LoginWidget::setCompact(bool compact)
{
    m_ui->subloginTitleLabel->setVisible(!compact);
}

void LoginWidget::focusFirstField()
{
    if (m_ui->emailEdit->text().isEmpty())
        m_ui->emailEdit->setFocus();
    else if (m_ui->passwordEdit->text().isEmpty())
        m_ui->passwordEdit->setFocus();
    else
        m_ui->loginButton->setFocus();
}
