#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"n1sms-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(N1SMS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local N1SMS-compatible server for development and tests (loopback only)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1 (0 picks a free one)."_s,
                                        u"port"_s, u"8080"_s);
    const QCommandLineOption scaleOption(u"time-scale"_s, u"Simulated seconds per real second."_s,
                                         u"factor"_s, u"1"_s);
    const QCommandLineOption smsOption(u"sms-delay"_s, u"Simulated seconds from purchase to SMS."_s,
                                       u"seconds"_s, u"45"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Catalogue seed."_s, u"number"_s,
                                        u"20261127"_s);
    const QCommandLineOption noSmsOption(
        u"no-sms-every"_s, u"One order in N never receives an SMS (0: all do)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption rateOption(u"rate-limit"_s,
                                        u"Requests a minute per token before 429 (0: no limit)."_s,
                                        u"N"_s, u"60"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        u"Misbehave for matching requests, e.g. \"kind=drop,method=POST,path=/orders,count=1\". "
        "Kinds: status, delay, html502, malformed, truncated, reset, ratelimit, redirect, drop, "
        "late, trickle. "
        "Repeatable; also POST /__sandbox/faults with the same keys as JSON."_s,
        u"spec"_s);
    const QCommandLineOption hostileOption(
        u"hostile"_s,
        u"Hostile answers: \"prices\" (negative, zero, tiny and huge prices), \"text\" "
        "(bidirectional controls in names, codes and numbers). Repeatable."_s,
        u"shape"_s);
    const QCommandLineOption tokenOption(
        u"token-bytes"_s, u"Sign-in tokens this many bytes long (0: a normal token)."_s, u"bytes"_s,
        u"0"_s);
    const QCommandLineOption premiumOption(
        u"best-rate-premium"_s,
        u"Percent the best-success-rate option costs above the listed price."_s, u"percent"_s,
        u"0"_s);
    const QCommandLineOption publishedOption(
        u"published-only"_s,
        u"Only the published endpoints: cancelling, reading one order and signing out answer 404 "
        "as a server without those routes does."_s);
    const QCommandLineOption marketOption(
        u"market-minutes"_s,
        u"Every this many simulated minutes, some offers run out until the next period and "
        "prices move within 10 % (0: a still market)."_s,
        u"minutes"_s, u"0"_s);
    const QCommandLineOption balanceOption(
        u"balance"_s, u"The demo account's starting balance, in pesewas."_s, u"pesewas"_s,
        QString::number(Sandbox::Config{}.demoBalancePesewas));
    const QCommandLineOption certificateOption(
        u"tls-certificate"_s,
        u"Serve https with this PEM certificate (with --tls-key), e.g. the tests' "
        "tests/data/tls/server.pem."_s,
        u"file"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, u"The certificate's PEM RSA key."_s,
                                       u"file"_s);
    parser.addOptions({portOption, scaleOption, smsOption, seedOption, noSmsOption, rateOption,
                       faultOption, hostileOption, tokenOption, premiumOption, publishedOption,
                       marketOption, balanceOption, certificateOption, keyOption});
    parser.process(app);

    Sandbox::Config config;
    bool ok = true;
    bool allOk = true;
    const uint port = parser.value(portOption).toUInt(&ok);
    allOk &= ok && port <= 65535;
    config.timeScale = parser.value(scaleOption).toDouble(&ok);
    allOk &= ok && config.timeScale > 0 && config.timeScale <= 3600;
    config.smsDelaySeconds = parser.value(smsOption).toInt(&ok);
    allOk &= ok && config.smsDelaySeconds >= 0;
    config.seed = parser.value(seedOption).toULongLong(&ok);
    allOk &= ok;
    config.noSmsEvery = parser.value(noSmsOption).toInt(&ok);
    allOk &= ok && config.noSmsEvery >= 0;
    config.requestsPerMinute = parser.value(rateOption).toInt(&ok);
    allOk &= ok && config.requestsPerMinute >= 0;
    config.tokenBytes = parser.value(tokenOption).toLongLong(&ok);
    allOk &= ok && config.tokenBytes >= 0 && config.tokenBytes <= 64 * 1024 * 1024;
    config.publishedOnly = parser.isSet(publishedOption);
    config.marketMinutes = parser.value(marketOption).toInt(&ok);
    allOk &= ok && config.marketMinutes >= 0 && config.marketMinutes <= 24 * 60;
    config.demoBalancePesewas = parser.value(balanceOption).toLongLong(&ok);
    allOk &= ok && config.demoBalancePesewas >= 0;
    allOk &= parser.isSet(certificateOption) == parser.isSet(keyOption);
    config.bestRatePremiumPercent = parser.value(premiumOption).toInt(&ok);
    allOk &= ok && config.bestRatePremiumPercent >= 0 && config.bestRatePremiumPercent <= 1000;
    for (const QString &shape : parser.values(hostileOption)) {
        config.hostilePrices |= shape == u"prices";
        config.hostileText |= shape == u"text";
        allOk &= shape == u"prices" || shape == u"text";
    }
    QTextStream err(stderr);
    if (!allOk) {
        err << "n1sms-sandbox: invalid option value; see --help\n";
        return 2;
    }

    Sandbox::Server server(config);
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        const auto fault = Sandbox::Fault::fromSpec(spec, &error);
        if (!fault) {
            err << "n1sms-sandbox: --fault " << spec << ": " << error << '\n';
            return 2;
        }
        server.addFault(*fault);
    }
    if (parser.isSet(certificateOption) &&
        !server.useTlsFiles(parser.value(certificateOption), parser.value(keyOption))) {
        err << "n1sms-sandbox: cannot read the TLS certificate or key\n";
        return 2;
    }
    if (!server.listen(static_cast<quint16>(port))) {
        err << "n1sms-sandbox: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "N1SMS sandbox serving " << server.baseUrl().toString() << '\n'
        << "Demo account: " << config.demoEmail << " / " << config.demoPassword << '\n'
        << "Run the app against it: n1sms-desktop --base-url " << server.baseUrl().toString()
        << '\n';
    out.flush();
    return app.exec();
}
