// The benchmark's copy of n1sms-desktop: the same composition root, with a
// probe that measures and quits. `--probe first-frame` prints once the window
// has painted; `--probe session` signs in to the demo, shows WhatsApp's whole
// price table, buys 50 numbers and prints the peak memory. With `--server URL
// --ca FILE` instead of `--demo`, the same session goes to a server in another
// process over https, as production's does: TLS and no server in this process.
#include "application.h"
#include "core/api/apiclient.h"
#include "core/book/orderbook.h"
#include "core/core.h"
#include "core/services/backend.h"
#include "probe.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"n1sms-bench-app"_s);
    QApplication::setOrganizationName(u"N1SMS"_s);
    QApplication::setOrganizationDomain(u"n1sms.com"_s);
    Application::applyLookAndLanguage();

    QCommandLineParser parser;
    const QCommandLineOption demoOption(u"demo"_s, u"the built-in sandbox"_s);
    const QCommandLineOption probeOption(u"probe"_s, u"first-frame, session or book-session"_s,
                                         u"what"_s);
    const QCommandLineOption bookOption(u"book"_s, u"the order book to start with"_s, u"file"_s);
    const QCommandLineOption serverOption(u"server"_s, u"a server in another process"_s, u"url"_s);
    const QCommandLineOption caOption(u"ca"_s, u"the authority that server's certificate is from"_s,
                                      u"file"_s);
    parser.addOptions({demoOption, probeOption, bookOption, serverOption, caOption});
    parser.process(app);
    const QString probe = parser.value(probeOption);

    Application::Options options;
    options.demo = parser.isSet(demoOption);
    options.restoreSession = false;
    options.secrets = Application::Options::Secrets::None;
    // The same session with 10,000 orders in the book, kept in a file.
    QTemporaryDir books;
    const bool withBook = probe == u"book-session";
    if (probe == u"session" || withBook) {
        options.demoConfig.demoBalancePesewas = 10'000'000; // fifty orders' worth
        options.demoConfig.requestsPerMinute = 0;
    }
    const bool remote = parser.isSet(serverOption);
    if (remote) {
        options.baseUrl = QUrl(parser.value(serverOption));
        options.baseUrlGiven = true;
    }
    if (withBook || remote)
        options.bookFolder = books.path();
    Application application(options);
    if (remote)
        application.core()->backend()->api()->addTrustedAuthorities(
            QSslCertificate::fromPath(parser.value(caOption)));
    if (probe == u"first-frame")
        new FirstFrameProbe(application.window());
    if (probe == u"session" || withBook) {
        auto begin = [&](const QString &email, const QString &password) {
            // The benchmark's book becomes the account's (the server's first
            // user): filled elsewhere, so that filling it costs this process
            // nothing.
            const QString book =
                withBook ? OrderBook::fileFor(books.path(),
                                              application.core()->backend()->api()->baseUrl(), 1)
                         : QString();
            if (withBook)
                QFile::copy(parser.value(bookOption), book);
            (new SessionProbe(application.core(), application.window(), email, password, book))
                ->start();
        };
        if (remote) {
            const Sandbox::Config account;
            QTimer::singleShot(0, &application,
                               [=] { begin(account.demoEmail, account.demoPassword); });
        } else {
            QObject::connect(&application, &Application::demoReady, &application, begin);
        }
    }
    application.start();
    return QApplication::exec();
}
