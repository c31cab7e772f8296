#include "application.h"
#include "core/api/apiclient.h"
#include "core/i18n.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption demo;
    QCommandLineOption baseUrl;
};

Options describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Buy temporary numbers and receive SMS codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(
            u"demo"_s, QCoreApplication::translate(
                           "main", "Run against a built-in sandbox server with a demo account.")),
        QCommandLineOption(u"base-url"_s,
                           QCoreApplication::translate("main", "The N1SMS API to use."), u"url"_s,
                           Preferences::productionUrl().toString())};
    parser.addOptions({options.demo, options.baseUrl});
    return options;
}

// --help and --version print and quit: they need no display, as over SSH.
bool onlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        Settings::nameSharedProfile();
        applyLanguage(localeFor(Settings().preferences().language));
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints, and exits
        return 0;
    }

    QApplication app(argc, argv);
    Settings::nameSharedProfile();
    QApplication::setApplicationDisplayName(u"N1SMS"_s);
    QApplication::setDesktopFileName(u"com.n1sms.Desktop"_s);
    Application::applyLookAndLanguage();
    QCommandLineParser parser;
    const Options given = describe(parser);
    parser.process(app);

    Application::Options options;
    options.demo = parser.isSet(given.demo);
    options.baseUrlGiven = parser.isSet(given.baseUrl);
    options.baseUrl = options.baseUrlGiven ? QUrl::fromUserInput(parser.value(given.baseUrl))
                                           : Settings().preferences().serverUrl;
    if (!options.demo && !ApiClient::isAllowedBaseUrl(options.baseUrl)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "The server address must be an https:// URL (plain "
                                           "http:// only for this computer): %1")
                                   .arg(parser.value(given.baseUrl))
                            << '\n';
        return 2;
    }
    // One app per user and profile: a later start brings the first to the
    // front and ends, sending nothing anywhere.
    const std::unique_ptr<SingleInstance> instance = SingleInstance::forCurrentProfile();
    if (!instance->claim()) {
        const std::optional<QString> refusal =
            instance->handOver({options.demo, options.baseUrlGiven, options.baseUrl});
        if (!refusal) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "N1SMS Desktop is already running but does not "
                                               "answer. Wait a moment and try again, or end the "
                                               "running one first.")
                                << '\n';
            return 1;
        }
        if (!refusal->isEmpty()) {
            QTextStream(stderr) << *refusal << '\n';
            return 1;
        }
        return 0;
    }
    options.instance = instance.get();
    Application application(options);
    application.start();
    return QApplication::exec();
}
