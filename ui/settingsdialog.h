#pragma once

#include "core/settings/settings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// The user's choices. Reads and returns Preferences; applying them is the
// composition root's business. OK stays disabled while the server address is unusable.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The server is fixed for this run (demo mode, --base-url): say why.
    void lockServer(const QString &reason, const QUrl &inUse);
    Preferences preferences() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void validateServer();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Preferences m_initial;
    QString m_lockReason;
};
