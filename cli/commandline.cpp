#include "cli/commandline.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Spec
{
    QString name;
    int minArguments;
    int maxArguments;
    QStringList valued; // options that take a value
    QStringList flags;  // options that take none
};

const QList<Spec> &specs()
{
    static const QList<Spec> all{
        {u"login"_s, 0, 0, {u"email"_s}, {u"password-stdin"_s}},
        {u"logout"_s, 0, 0, {}, {}},
        {u"balance"_s, 0, 0, {}, {}},
        {u"services"_s, 0, 1, {}, {}},
        {u"prices"_s, 1, 1, {u"country"_s, u"sort"_s}, {u"in-stock"_s}},
        {u"buy"_s, 2, 2, {u"max-price"_s, u"pricing"_s}, {u"yes"_s, u"wait"_s}},
        {u"orders"_s, 0, 0, {u"status"_s, u"page"_s}, {}},
        {u"wait"_s, 1, 1, {u"timeout"_s}, {}},
        {u"cancel"_s, 1, 1, {}, {}},
        {u"help"_s, 0, 1, {}, {}},
    };
    return all;
}

const QStringList globalValued{u"base-url"_s};
const QStringList globalFlags{u"json"_s, u"quiet"_s, u"help"_s, u"version"_s};

const Spec *specOf(const QString &name)
{
    for (const Spec &spec : specs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

bool isNumber(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
    return digits.match(text).hasMatch();
}

} // namespace

CommandLine CommandLine::parse(const QStringList &args)
{
    CommandLine line;
    const auto fail = [&line](const QString &error) {
        if (line.error.isEmpty())
            line.error = error;
    };
    QStringList options; // as given, to check once the command is known
    QList<QString> optionValues;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--") {
            for (++i; i < args.size(); ++i)
                (line.command.isEmpty() ? line.command : line.arguments.emplace_back()) =
                    args.at(i);
            break;
        }
        if (arg == u"-h")
            line.flags.insert(u"help"_s);
        else if (arg == u"-y")
            line.flags.insert(u"yes"_s);
        else if (arg == u"-q")
            line.flags.insert(u"quiet"_s);
        else if (arg.startsWith(u"--")) {
            QString name = arg.mid(2);
            std::optional<QString> given;
            if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
                given = name.mid(eq + 1);
                name.truncate(eq);
            }
            if (name == u"password" || name.startsWith(u"password=")) {
                fail(tr("A password is never taken on the command line, where other users and "
                        "the shell's history could see it: use --password-stdin, or the "
                        "N1SMS_PASSWORD variable."));
                continue;
            }
            if (name == u"wait") {
                // An optional value: --wait, --wait=120 or --wait 120.
                if (!given && i + 1 < args.size() && isNumber(args.at(i + 1)))
                    given = args.at(++i);
                if (given && !isNumber(*given))
                    fail(tr("--wait takes a number of seconds, not \"%1\".").arg(*given));
                else if (given)
                    line.waitSeconds = given->toInt();
                line.flags.insert(name);
                options.append(name);
                continue;
            }
            const bool valued = globalValued.contains(name) || [&name] {
                for (const Spec &spec : specs()) {
                    if (spec.valued.contains(name))
                        return true;
                }
                return false;
            }();
            if (valued) {
                if (!given) {
                    if (i + 1 >= args.size()) {
                        fail(tr("--%1 needs a value.").arg(name));
                        continue;
                    }
                    given = args.at(++i);
                }
                line.values.insert(name, *given);
            } else {
                if (given)
                    fail(tr("--%1 takes no value.").arg(name));
                line.flags.insert(name);
            }
            options.append(name);
        } else if (arg.startsWith(u'-') && arg.size() > 1 && !isNumber(arg.mid(1))) {
            fail(tr("Unknown option: %1").arg(arg));
        } else if (line.command.isEmpty()) {
            line.command = arg;
        } else {
            line.arguments.append(arg);
        }
    }
    if (!line.error.isEmpty())
        return line;
    if (line.command.isEmpty()) {
        if (!line.flags.contains(u"help"_s) && !line.flags.contains(u"version"_s))
            fail(tr("No command given."));
        return line;
    }
    const Spec *spec = specOf(line.command);
    if (!spec) {
        fail(tr("Unknown command: %1").arg(line.command));
        return line;
    }
    for (const QString &name : std::as_const(options)) {
        if (!globalValued.contains(name) && !globalFlags.contains(name) &&
            !spec->valued.contains(name) && !spec->flags.contains(name))
            fail(tr("%1 does not take --%2.").arg(line.command, name));
    }
    if (line.flags.contains(u"help"_s))
        return line;
    if (line.arguments.size() < spec->minArguments)
        fail(tr("%1: an argument is missing.").arg(line.command));
    else if (line.arguments.size() > spec->maxArguments)
        fail(tr("%1: too many arguments (%2).").arg(line.command, line.arguments.join(u' ')));

    const auto oneOf = [&](const QString &option, const QStringList &allowed) {
        if (line.values.contains(option) && !allowed.contains(line.values.value(option)))
            fail(tr("--%1 takes one of: %2.").arg(option, allowed.join(u", "_s)));
    };
    oneOf(u"sort"_s, {u"price"_s, u"success"_s, u"stock"_s});
    oneOf(u"pricing"_s, {u"cheapest"_s, u"best"_s});
    oneOf(u"status"_s, {u"active"_s, u"completed"_s, u"cancelled"_s, u"expired"_s, u"all"_s});
    if (line.values.contains(u"max-price"_s) && line.values.value(u"pricing"_s) == u"best")
        fail(tr("--max-price cannot be kept with --pricing best: the server may charge more than "
                "the listed price for it."));
    for (const QString &option : {u"timeout"_s, u"page"_s}) {
        if (line.values.contains(option) &&
            (!isNumber(line.values.value(option)) || line.values.value(option).toInt() < 1))
            fail(tr("--%1 takes a whole number above zero.").arg(option));
    }
    if (line.command == u"wait" || line.command == u"cancel") {
        if (!isNumber(line.arguments.value(0)) || line.arguments.value(0).toLongLong() < 1)
            fail(tr("%1 takes an order's number, such as 5008.").arg(line.command));
    }
    return line;
}

QStringList CommandLine::commands()
{
    QStringList names;
    for (const Spec &spec : specs())
        names.append(spec.name);
    return names;
}

QString CommandLine::usageOf(const QString &command)
{
    if (command == u"login")
        return tr("n1sms login [--email EMAIL] [--password-stdin]\n"
                  "  Signs in and keeps the session in the system keychain, shared with the\n"
                  "  desktop app's \"Remember me\" for the same server. The password is asked\n"
                  "  for without echo on a terminal, or read from standard input.");
    if (command == u"logout")
        return tr("n1sms logout\n"
                  "  Signs out on the server and forgets the session kept in the keychain.");
    if (command == u"balance")
        return tr("n1sms balance\n  The account's balance, in cedi and in dollars.");
    if (command == u"services")
        return tr("n1sms services [SEARCH]\n"
                  "  The services numbers are sold for, or those whose name contains SEARCH.");
    if (command == u"prices")
        return tr("n1sms prices SERVICE [--country COUNTRY] [--in-stock]\n"
                  "             [--sort price|success|stock]\n"
                  "  The price, stock and success rate of SERVICE in each country.");
    if (command == u"buy")
        return tr("n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]\n"
                  "          [--yes] [--wait [SECONDS]]\n"
                  "  Buys one number, after a confirmation (--yes: none). Refused, with\n"
                  "  nothing sent, when the listed price is above --max-price. With --wait,\n"
                  "  waits for the SMS code (at most SECONDS) and prints it.");
    if (command == u"orders")
        return tr("n1sms orders [--status active|completed|cancelled|expired|all] [--page N]\n"
                  "  Your orders: the active ones, or a page of the past ones.");
    if (command == u"wait")
        return tr("n1sms wait ORDER_ID [--timeout SECONDS]\n"
                  "  Waits for the SMS code of an order and prints it.");
    if (command == u"cancel")
        return tr("n1sms cancel ORDER_ID\n"
                  "  Cancels an order that has no code yet; its price is refunded.");
    if (command == u"help")
        return tr("n1sms help [COMMAND]\n  What n1sms does, or what COMMAND does.");
    return {};
}

QString CommandLine::usage()
{
    QString text = tr("Usage: n1sms [--base-url URL] [--json] [--quiet] COMMAND [ARGUMENTS]\n\n"
                      "Buy temporary numbers and receive SMS codes from the command line.\n\n"
                      "Commands:\n");
    for (const QString &command : commands())
        text += u"  "_s + usageOf(command).section(u'\n', 0, 0).mid(6) + u'\n';
    text += tr("\nOptions for every command:\n"
               "  --base-url URL  the N1SMS API (or N1SMS_BASE_URL); https, or http on this "
               "computer\n"
               "  --json          one JSON document on standard output\n"
               "  -q, --quiet     no progress messages\n"
               "  -h, --help      this help, or a command's (n1sms buy --help)\n"
               "  --version       the version\n\n"
               "SERVICE is an id or a name (case and accents do not matter); COUNTRY is an id,\n"
               "an ISO code (GH) or a name. Credentials: the session kept by \"n1sms login\" or\n"
               "the desktop app, else N1SMS_EMAIL and N1SMS_PASSWORD.\n\n"
               "Exit status: 0 done; 1 the server refused; 2 usage error or confirmation\n"
               "refused; 3 network trouble or unknown outcome; 4 not signed in or session\n"
               "ended; 5 gave up waiting for a code.\n");
    return text;
}
