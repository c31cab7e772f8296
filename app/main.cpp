#include "apiclient.h"
#include "backend.h"
#include "i18n.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "probe.h"
#include "sandboxserver.h"
#include "settings.h"
#include "uistyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <memory>

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
    const Settings settings = Settings::load();
    applyLanguage(localeFor(settings.language));
    if (settings.theme != Settings::Theme::System)
        UiStyle::applyTheme(settings.theme);

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
                                           u"url"_s, Settings::productionUrl().toString());
    // For the benchmark suite (tests/bench): measure, print, quit.
    QCommandLineOption probeOption(u"probe"_s, u"first-frame or session"_s, u"what"_s);
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, baseUrlOption, probeOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    const QString probe = parser.value(probeOption);
    const bool urlGiven = parser.isSet(baseUrlOption);
    const QUrl baseUrl =
        urlGiven ? QUrl::fromUserInput(parser.value(baseUrlOption)) : settings.serverUrl;
    if (!demo && !ApiClient::isAllowedBaseUrl(baseUrl)) {
        QTextStream(stderr) << QApplication::translate(
                                   "main", "The server address must be an https:// URL (plain "
                                           "http:// only for this computer): %1")
                                   .arg(parser.value(baseUrlOption))
                            << '\n';
        return 2;
    }

    QNetworkAccessManager network;
    KeychainStore keychain;
    Backend backend(&network, baseUrl, &keychain);
    MainWindow window(&backend);
    if (demo)
        window.lockServer(QApplication::translate("main", "The demo uses its built-in server."));
    else if (urlGiven)
        window.lockServer(
            QApplication::translate("main", "Set for this run by --base-url on the command line."));
    if (probe == u"first-frame")
        new FirstFrameProbe(&window);

    // Nothing but the window before the first frame: the demo server, the
    // keychain and the network all wait for it.
    std::unique_ptr<Sandbox::Server> sandbox;
    QObject::connect(&window, &MainWindow::firstFramePainted, &window, [&] {
        if (!demo) {
            if (probe.isEmpty())
                window.restoreSession();
            return;
        }
        Sandbox::Config config;
        config.smsDelaySeconds = 12; // long enough to watch it wait, short enough to stay
        if (probe == u"session") {
            config.demoBalancePesewas = 10'000'000; // fifty orders' worth
            config.requestsPerMinute = 0;
        }
        sandbox = std::make_unique<Sandbox::Server>(config);
        if (!sandbox->listen(0)) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "Could not start the demo server.")
                                << '\n';
            QApplication::exit(1);
            return;
        }
        backend.api()->setBaseUrl(sandbox->baseUrl());
        window.setDemoCredentials(config.demoEmail, config.demoPassword);
        if (probe == u"session")
            (new SessionProbe(&backend, &window, config.demoEmail, config.demoPassword))->start();
    });
    window.show();
    return QApplication::exec();
}
