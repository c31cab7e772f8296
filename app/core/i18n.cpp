#include "core/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QPointer<QTranslator> qtTranslator;
QPointer<QTranslator> ourTranslator;

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QList<std::pair<QString, QString>> availableLanguages()
{
    return {{u"en"_s, u"English"_s},
            {u"fr"_s, u"Français"_s},
            {u"es"_s, u"Español"_s},
            {u"pt_BR"_s, u"Português (Brasil)"_s}};
}

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void applyLanguage(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();

    auto *qt = new QTranslator(app);
    if (!qt->load(locale, u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(qtTranslator, qt);

    auto *ours = new QTranslator(app);
    if (!ours->load(locale, u"n1sms"_s, u"_"_s, u":/i18n"_s) &&
        !ours->load(u"n1sms_en"_s, u":/i18n"_s)) {
        delete ours;
        ours = nullptr;
    }
    replace(ourTranslator, ours);
}
