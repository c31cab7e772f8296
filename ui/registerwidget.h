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
    // Field names as the API has them: name, email, phone, password, referral_code.
    void showFieldErrors(const QHash<QString, QStringList> &errors);
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
    QLabel *errorLabelFor(const QString &field) const;

    std::unique_ptr<Ui::RegisterWidget> m_ui;
};
