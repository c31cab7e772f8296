#pragma once

#include "settings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// The user's choices. Reads and returns a Settings; applying them is the
// window's business. OK stays disabled while the server address is unusable.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The server is fixed for this run (demo mode, --base-url): say why.
    void lockServer(const QString &reason);
    Settings settings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void validateServer();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings m_initial;
    QString m_lockReason;
};
