#pragma once

class QCoreApplication;
class QLocale;

// Loads Qt's own translations and ours (embedded under :/i18n) for a locale.
// English plural forms come from n1sms_en, so "1 country" reads right too.
void installTranslations(QCoreApplication *app, const QLocale &locale);
