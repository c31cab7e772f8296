#pragma once

#include <QList>
#include <QString>

#include <utility>

class QLocale;

// The languages N1SMS speaks, each as a locale name and its own name for
// itself ("fr", "Français").
QList<std::pair<QString, QString>> availableLanguages();

// The locale for a language setting: empty means the system's.
QLocale localeFor(const QString &language);

// Makes `locale` the application's: Qt's own translations and ours (embedded
// under :/i18n) replace those installed before, and QLocale's default, used
// for money and dates, follows. Widgets hear of it as QEvent::LanguageChange.
// English plural forms come from n1sms_en, so "1 country" reads right too.
void applyLanguage(const QLocale &locale);
