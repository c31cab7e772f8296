#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(app);
    if (ours->load(locale, u"n1sms"_s, u"_"_s, u":/i18n"_s) ||
        ours->load(u"n1sms_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}
