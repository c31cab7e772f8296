// The benchmark's copy of n1sms-desktop: the same composition root, with a
// probe that measures and quits. `--probe first-frame` prints once the window
// has painted; `--probe session` signs in to the demo, shows WhatsApp's whole
// price table, buys 50 numbers and prints the peak memory.
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
#include <QTemporaryDir>

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
    parser.addOptions({demoOption, probeOption, bookOption});
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
    if (withBook)
        options.bookFolder = books.path();
    Application application(options);
    if (probe == u"first-frame")
        new FirstFrameProbe(application.window());
    if (probe == u"session" || withBook) {
        QObject::connect(
            &application, &Application::demoReady, &application,
            [&](const QString &email, const QString &password) {
                // The benchmark's book becomes the demo account's (the
                // sandbox's first user): filled elsewhere, so that filling it
                // costs this process nothing.
                const QString book =
                    withBook ? OrderBook::fileFor(
                                   books.path(), application.core()->backend()->api()->baseUrl(), 1)
                             : QString();
                if (withBook)
                    QFile::copy(parser.value(bookOption), book);
                (new SessionProbe(application.core(), application.window(), email, password, book))
                    ->start();
            });
    }
    application.start();
    return QApplication::exec();
}
