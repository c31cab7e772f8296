#include "ui/registerwidget.h"

#include "ui/uistyle.h"
#include "ui_registerwidget.h"

#include <algorithm>

using namespace Qt::StringLiterals;

RegisterWidget::RegisterWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RegisterWidget>())
{
    m_ui->setupUi(this);
    UiStyle::makeHeading(m_ui->registerTitleLabel, 1.6);
    for (QLabel *label : errorLabels()) {
        UiStyle::makeError(label);
        label->setWordWrap(true);
        label->hide();
    }
    connect(m_ui->registerButton, &QPushButton::clicked, this, &RegisterWidget::submit);
    connect(m_ui->backToSignInButton, &QPushButton::clicked, this,
            &RegisterWidget::backToSignInRequested);
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->registerPasswordEdit->setEchoMode(mode);
        m_ui->confirmationEdit->setEchoMode(mode);
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->registerEmailEdit, m_ui->phoneEdit,
                            m_ui->registerPasswordEdit, m_ui->confirmationEdit, m_ui->referralEdit})
        connect(edit, &QLineEdit::returnPressed, this, &RegisterWidget::submit);
}

RegisterWidget::~RegisterWidget() = default;

QList<QLabel *> RegisterWidget::errorLabels() const
{
    return {m_ui->nameError,         m_ui->emailError,        m_ui->phoneError,
            m_ui->passwordError,     m_ui->confirmationError, m_ui->referralError,
            m_ui->registerErrorLabel};
}

void RegisterWidget::submit()
{
    clearErrors();
    // What can be told here is told at once; the server judges the rest.
    if (m_ui->registerPasswordEdit->text().size() < minimumPasswordLength) {
        showFieldErrors(
            {{u"password"_s, {tr("Use at least %1 characters.").arg(minimumPasswordLength)}}});
        return;
    }
    if (m_ui->registerPasswordEdit->text() != m_ui->confirmationEdit->text()) {
        showFieldErrors(
            {{u"password_confirmation"_s, {tr("The two passwords are not the same.")}}});
        return;
    }
    Registration r;
    r.name = m_ui->nameEdit->text().trimmed();
    r.email = m_ui->registerEmailEdit->text().trimmed();
    r.phone = m_ui->phoneEdit->text().remove(u' ').remove(u'-');
    r.password = m_ui->registerPasswordEdit->text();
    r.passwordConfirmation = m_ui->confirmationEdit->text();
    r.referralCode = m_ui->referralEdit->text().trimmed();
    emit registerRequested(r);
}

QList<RegisterWidget::Field> RegisterWidget::fields() const
{
    // In the order of the form: the first at fault takes the focus.
    return {{u"name"_s, m_ui->nameEdit, m_ui->nameError},
            {u"email"_s, m_ui->registerEmailEdit, m_ui->emailError},
            {u"phone"_s, m_ui->phoneEdit, m_ui->phoneError},
            {u"password"_s, m_ui->registerPasswordEdit, m_ui->passwordError},
            {u"password_confirmation"_s, m_ui->confirmationEdit, m_ui->confirmationError},
            {u"referral_code"_s, m_ui->referralEdit, m_ui->referralError}};
}

void RegisterWidget::showFieldErrors(const QHash<QString, QStringList> &errors)
{
    QStringList elsewhere;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QList<Field> all = fields();
        const auto field = std::find_if(all.cbegin(), all.cend(),
                                        [&](const Field &f) { return f.name == it.key(); });
        if (field == all.cend()) {
            elsewhere += it.value();
            continue;
        }
        field->error->setText(it.value().join(u' '));
        field->error->show();
    }
    if (!elsewhere.isEmpty())
        showError(elsewhere.join(u' '));
    for (const Field &field : fields()) {
        if (errors.contains(field.name)) {
            field.edit->setFocus();
            field.edit->selectAll();
            break;
        }
    }
}

QString RegisterWidget::password() const
{
    return m_ui->registerPasswordEdit->text();
}

void RegisterWidget::showError(const QString &message)
{
    m_ui->registerErrorLabel->setText(message);
    m_ui->registerErrorLabel->show();
}

void RegisterWidget::clearErrors()
{
    for (QLabel *label : errorLabels()) {
        label->clear();
        label->hide();
    }
}

void RegisterWidget::clear()
{
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->registerEmailEdit, m_ui->phoneEdit,
                            m_ui->registerPasswordEdit, m_ui->confirmationEdit, m_ui->referralEdit})
        edit->clear();
    clearErrors();
}

void RegisterWidget::setBusy(bool busy)
{
    m_ui->registerCard->setEnabled(!busy);
    m_ui->registerButton->setText(busy ? tr("Creating your account…") : tr("Create &account"));
}

void RegisterWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    setBusy(!m_ui->registerCard->isEnabled());
}

void RegisterWidget::focusFirstField()
{
    m_ui->nameEdit->setFocus();
}
