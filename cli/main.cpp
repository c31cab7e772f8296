// n1sms: buy temporary numbers and receive SMS codes from the command line,
// on the same core as the desktop app.
#include "cli/cli.h"
#include "cli/commandline.h"
#include "core/i18n.h"
#include "core/settings/settings.h"
#include "keychain/keychainstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // What the core logs is for the desktop app's diagnostics: here the
    // messages say it. QT_LOGGING_RULES=n1sms.*=true shows it again.
    QLoggingCategory::setFilterRules(u"n1sms.*=false"_s);
    // The desktop app's profile: its settings, its kept sessions, its language.
    Settings::nameSharedProfile();
    Settings settings;
    applyLanguage(localeFor(settings.preferences().language));

    const CommandLine line = CommandLine::parse(QCoreApplication::arguments().mid(1));
    Output out(line.has(u"json"_s), line.has(u"quiet"_s));
    if (line.has(u"version"_s) && line.command.isEmpty()) {
        out.line(u"n1sms "_s + QCoreApplication::applicationVersion());
        return Cli::Done;
    }
    if (line.command == u"help" || (line.has(u"help"_s) && line.error.isEmpty())) {
        const QString topic = line.command == u"help" ? line.arguments.value(0) : line.command;
        const QString text = CommandLine::usageOf(topic);
        out.line(text.isEmpty() ? CommandLine::usage() : QString(text + u'\n'));
        return Cli::Done;
    }
    if (!line.error.isEmpty()) {
        out.message(u"n1sms: "_s + line.error);
        out.message(QCoreApplication::translate("CommandLine", "Try \"n1sms --help\"."));
        if (out.isJson()) {
            out.json(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, line.error},
                                                          {u"code"_s, u"USAGE"_s},
                                                          {u"exit_status"_s, int(Cli::Usage)}}}});
        }
        return Cli::Usage;
    }

    KeychainStore keychain;
    Cli cli(line, &keychain, &settings);
    QObject::connect(&cli, &Cli::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    QTimer::singleShot(0, &cli, &Cli::start);
    return QCoreApplication::exec();
}
