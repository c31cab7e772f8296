#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ReloginDialog;
}
class QPushButton;

// Asks for the password when the session has ended, over the window as the
// user left it, so that the work goes on where it stopped.
class ReloginDialog final : public QDialog
{
    Q_OBJECT

public:
    ReloginDialog(const QString &email, const QString &reason, QWidget *parent = nullptr);
    ~ReloginDialog() override;

    const QString &email() const { return m_email; }
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void reloginRequested(const QString &email, const QString &password);
    void signOutRequested();

private:
    std::unique_ptr<Ui::ReloginDialog> m_ui;
    QString m_email;
    QPushButton *m_signIn;
};
