#pragma once

#include "core/domain/types.h"

#include <QFrame>
#include <QLabel>

#include <memory>
#include <optional>

namespace Ui {
class AccountBar;
}

// Above the work: who is signed in, their orders and balance, Top up and
// Sign out.
// Keeps what it shows, so that a change of language redraws it.
class AccountBar final : public QFrame
{
    Q_OBJECT

public:
    explicit AccountBar(QWidget *parent = nullptr);
    ~AccountBar() override;

    void showUser(const User &user);
    void showDashboard(const Dashboard &dashboard);
    void clear();

signals:
    void signOutRequested();
    void topUpRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    // Who is signed in, and the order figures, as fully as the width allows.
    void fit();

    std::unique_ptr<Ui::AccountBar> m_ui;
    std::optional<User> m_user;
    std::optional<Dashboard> m_dashboard;
    QLabel m_measure; // never shown: measures a text as the bar's labels would
};
