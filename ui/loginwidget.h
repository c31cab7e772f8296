#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LoginWidget;
}

// Email and password in, loginRequested out.
class LoginWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LoginWidget(QWidget *parent = nullptr);
    ~LoginWidget() override;

    void setBusy(bool busy);
    void showError(const QString &message);
    void clearError();
    // Shows the demo account (demo mode) so a new user can sign in at once.
    void setDemoCredentials(const QString &email, const QString &password);
    void clearPassword();
    void setPassword(const QString &password);
    void focusFirstField();
    // On a short screen the line under the heading goes.
    void setCompact(bool compact);
    // After a refusal: the password again, selected, to be typed over.
    void focusPassword();
    void setEmail(const QString &email);
    void setRemember(bool remember);
    // No keychain to keep the session in (the demo): the box says so.
    void setRememberAvailable(bool available);
    // While a remembered session is checked: the form waits.
    void showRestoring(const QString &email);

    // Good news above the form, e.g. after registering.
    void showNotice(const QString &message);

signals:
    void loginRequested(const QString &email, const QString &password, bool remember);
    void createAccountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();

    std::unique_ptr<Ui::LoginWidget> m_ui;
    QString m_demoEmail;
    QString m_demoPassword;
    bool m_rememberAvailable = true;
};
