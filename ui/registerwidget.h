#pragma once

#include "core/domain/types.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class RegisterWidget;
}
class QLabel;
class QLineEdit;

// The registration form: registerRequested out; the server's per-field
// errors shown beside their fields.
class RegisterWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RegisterWidget(QWidget *parent = nullptr);
    ~RegisterWidget() override;

    void setBusy(bool busy);
    void showError(const QString &message);
    // Field names as the API has them: name, email, phone, password,
    // password_confirmation, referral_code. Each shows under its own field,
    // and the first field at fault takes the focus.
    void showFieldErrors(const QHash<QString, QStringList> &errors);
    // What was typed as the password, for the sign-in form after registering.
    QString password() const;
    // The shortest password the form accepts, as it announces (the sandbox
    // and Laravel's usual rule agree).
    static constexpr int minimumPasswordLength = 8;
    void clearErrors();
    void clear();
    void focusFirstField();

signals:
    void registerRequested(const Registration &registration);
    void backToSignInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    struct Field
    {
        QString name;
        QLineEdit *edit;
        QLabel *error;
    };
    QList<Field> fields() const;
    QList<QLabel *> errorLabels() const;

    std::unique_ptr<Ui::RegisterWidget> m_ui;
};
