#include "application.h"
#include "core/api/apiclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"n1sms-desktop"_s);
    QApplication::setApplicationDisplayName(u"N1SMS"_s);
    QApplication::setOrganizationDomain(u"n1sms.com"_s);
    QApplication::setOrganizationName(u"N1SMS"_s);
    QApplication::setApplicationVersion(QStringLiteral(N1SMS_VERSION));
    QApplication::setDesktopFileName(u"com.n1sms.Desktop"_s);
    Application::applyLookAndLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Buy temporary numbers and receive SMS codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate(
                       "main", "Run against a built-in sandbox server with a demo account."));
    const QCommandLineOption baseUrlOption(u"base-url"_s,
                                           QApplication::translate("main", "The N1SMS API to use."),
                                           u"url"_s, Preferences::productionUrl().toString());
    parser.addOptions({demoOption, baseUrlOption});
    parser.process(app);

    Application::Options options;
    options.demo = parser.isSet(demoOption);
    options.baseUrlGiven = parser.isSet(baseUrlOption);
    options.baseUrl = options.baseUrlGiven ? QUrl::fromUserInput(parser.value(baseUrlOption))
                                           : Settings().preferences().serverUrl;
    if (!options.demo && !ApiClient::isAllowedBaseUrl(options.baseUrl)) {
        QTextStream(stderr) << QApplication::translate(
                                   "main", "The server address must be an https:// URL (plain "
                                           "http:// only for this computer): %1")
                                   .arg(parser.value(baseUrlOption))
                            << '\n';
        return 2;
    }
    Application application(options);
    application.start();
    return QApplication::exec();
}
