#include "ui/settingsdialog.h"

#include "core/api/apiclient.h"
#include "core/i18n.h"
#include "ui/uistyle.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const Preferences &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_initial(settings)
{
    m_ui->setupUi(this);
    fillChoices();
    m_ui->serverEdit->setText(settings.serverUrl.toString());
    m_ui->notificationsCheck->setChecked(settings.notifications);
    m_ui->autoCopyCheck->setChecked(settings.autoCopyNumber);
    m_ui->refreshSpin->setRange(Preferences::minRefreshSeconds, Preferences::maxRefreshSeconds);
    m_ui->refreshSpin->setValue(settings.refreshSeconds);
    m_ui->watchSpin->setRange(Preferences::minWatchSeconds, Preferences::maxWatchSeconds);
    m_ui->watchSpin->setValue(settings.watchSeconds);

    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &SettingsDialog::validateServer);
    connect(m_ui->defaultServerButton, &QPushButton::clicked, this,
            [this] { m_ui->serverEdit->setText(Preferences::productionUrl().toString()); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validateServer();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillChoices()
{
    // Kept across a change of language: the choices are read back by data.
    const QString language = m_ui->languageCombo->count() > 0
                                 ? m_ui->languageCombo->currentData().toString()
                                 : m_initial.language;
    const int theme = m_ui->themeCombo->count() > 0 ? m_ui->themeCombo->currentIndex()
                                                    : static_cast<int>(m_initial.theme);
    const int clear = m_ui->clipboardCombo->count() > 0
                          ? m_ui->clipboardCombo->currentData().toInt()
                          : m_initial.clipboardClearSeconds;

    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("The system's language"), QString());
    // Each language in its own name: whoever needs it can read it.
    for (const auto &[code, name] : availableLanguages())
        m_ui->languageCombo->addItem(name, code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(language)));

    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("The system's"));
    m_ui->themeCombo->addItem(tr("Light"));
    m_ui->themeCombo->addItem(tr("Dark"));
    m_ui->themeCombo->setCurrentIndex(theme);

    m_ui->clipboardCombo->clear();
    m_ui->clipboardCombo->addItem(tr("Never"), 0);
    for (const int seconds : {30, 60, 120, 300}) {
        m_ui->clipboardCombo->addItem(seconds < 60
                                          ? tr("After %n second(s)", nullptr, seconds)
                                          : tr("After %n minute(s)", nullptr, seconds / 60),
                                      seconds);
    }
    int clearIndex = m_ui->clipboardCombo->findData(clear);
    if (clearIndex < 0) { // a value set elsewhere: keep it, listed as it is
        m_ui->clipboardCombo->addItem(tr("After %n second(s)", nullptr, clear), clear);
        clearIndex = m_ui->clipboardCombo->count() - 1;
    }
    m_ui->clipboardCombo->setCurrentIndex(clearIndex);
    m_ui->refreshSpin->setSuffix(tr(" s"));
    m_ui->watchSpin->setSuffix(tr(" s"));
}

void SettingsDialog::lockServer(const QString &reason, const QUrl &inUse)
{
    m_lockReason = reason;
    // The server this run speaks to, not the one kept for other runs (which
    // is what OK keeps).
    m_ui->serverEdit->setText(inUse.toString());
    m_ui->serverEdit->setEnabled(false);
    m_ui->defaultServerButton->setEnabled(false);
    validateServer();
}

void SettingsDialog::validateServer()
{
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    if (!m_lockReason.isEmpty()) {
        m_ui->serverStatusLabel->setText(m_lockReason);
        UiStyle::makeError(m_ui->serverStatusLabel, false);
        ok->setEnabled(true);
        return;
    }
    const QString text = m_ui->serverEdit->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool valid = !text.isEmpty() && ApiClient::isAllowedBaseUrl(url);
    m_ui->defaultServerButton->setEnabled(url != Preferences::productionUrl());
    ok->setEnabled(valid);
    if (valid) {
        m_ui->serverStatusLabel->setText(
            url == m_initial.serverUrl ? QString() : tr("Changing the server signs you out."));
        UiStyle::makeError(m_ui->serverStatusLabel, false);
    } else {
        m_ui->serverStatusLabel->setText(
            tr("Enter an address that starts with https:// (plain http:// only for this "
               "computer), such as %1.")
                .arg(Preferences::productionUrl().toString()));
        UiStyle::makeError(m_ui->serverStatusLabel, true);
    }
}

Preferences SettingsDialog::preferences() const
{
    Preferences s = m_initial;
    if (m_lockReason.isEmpty())
        s.serverUrl = QUrl(m_ui->serverEdit->text().trimmed(), QUrl::StrictMode);
    s.language = m_ui->languageCombo->currentData().toString();
    s.theme = static_cast<Preferences::Theme>(m_ui->themeCombo->currentIndex());
    s.notifications = m_ui->notificationsCheck->isChecked();
    s.autoCopyNumber = m_ui->autoCopyCheck->isChecked();
    s.clipboardClearSeconds = m_ui->clipboardCombo->currentData().toInt();
    s.refreshSeconds = m_ui->refreshSpin->value();
    s.watchSeconds = m_ui->watchSpin->value();
    return s;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        validateServer();
    }
}
