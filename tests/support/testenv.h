#pragma once

// What every test that runs the app's parts starts from: settings of its own
// (QStandardPaths' test mode, never the user's), none left from an earlier
// test, and the app in American English, whatever the machine's language.
#include "core/i18n.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

inline void useTestSettingsInEnglish()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    applyLanguage(QLocale());
}
