#include "cli/cli.h"

#include "cli/terminal.h"
#include "core/api/apiclient.h"
#include "core/controllers/purchaserules.h"
#include "core/domain/money.h"
#include "core/models/servicelistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/services/catalogservice.h"
#include "core/services/orderservice.h"
#include "core/settings/settings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace {

// The connections of one step: deleting it ends them all, so that of two
// answers (done, failed) only the first is heard.
QObject *newStep(QObject *parent)
{
    return new QObject(parent);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate, 'f', 0) + u" %"_s : u"–"_s;
}

// Those of `items` whose name, case and accents aside, is `given`; else those
// whose name begins with it; else, with `orContaining`, those holding it.
template <typename T, typename NameOf>
QList<T> byName(const QList<T> &items, const QString &given, NameOf nameOf, bool orContaining)
{
    const QString key = ServiceListModel::searchKey(given.trimmed());
    QList<T> exact, starting, containing;
    if (key.isEmpty())
        return exact;
    for (const T &item : items) {
        const QString name = ServiceListModel::searchKey(nameOf(item));
        if (name == key)
            exact.append(item);
        else if (name.startsWith(key))
            starting.append(item);
        else if (orContaining && name.contains(key))
            containing.append(item);
    }
    return !exact.isEmpty() ? exact : (!starting.isEmpty() ? starting : containing);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

Cli::Cli(const CommandLine &line, SecretStore *secrets, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_line(line)
    , m_out(line.has(u"json"_s), line.has(u"quiet"_s))
    , m_secrets(secrets)
    , m_settings(settings)
{
    m_deadline.setSingleShot(true);
}

Cli::~Cli() = default;

Cli::Exit Cli::exitFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Unauthenticated:
        return SignedOut;
    case ApiError::Kind::Refused:
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Unsupported:
        return Refused;
    case ApiError::Kind::InsecureUrl:
        return Usage;
    default:
        return Trouble;
    }
}

void Cli::start()
{
    const QString given = m_line.values.contains(u"base-url"_s)
                              ? m_line.value(u"base-url"_s)
                              : qEnvironmentVariable("N1SMS_BASE_URL");
    m_baseUrl = given.isEmpty() ? Preferences::productionUrl() : QUrl::fromUserInput(given);
    if (!ApiClient::isAllowedBaseUrl(m_baseUrl)) {
        return failWith(Usage, tr("The server address must be an https:// URL (plain http:// only "
                                  "for this computer): %1")
                                   .arg(given));
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_backend = new Backend(m_network.get(), m_baseUrl, m_secrets, m_settings, this);
    m_backend->orders()->setPollInterval(
        std::chrono::seconds(m_settings->preferences().refreshSeconds));
    connect(m_backend->auth(), &AuthService::sessionEnded, this, [this] {
        failWith(SignedOut,
                 tr("The session ended. Sign in again (n1sms login), then run this again."));
    });

    const QString &command = m_line.command;
    if (command == u"login")
        return login();
    if (command == u"logout")
        return logout();
    if (command == u"balance")
        return signInThen([this] { balance(); });
    if (command == u"services")
        return signInThen([this] { services(); });
    if (command == u"prices")
        return signInThen([this] { prices(); });
    if (command == u"buy")
        return signInThen([this] { buy(); });
    if (command == u"orders")
        return signInThen([this] { orders(); });
    if (command == u"wait") {
        return signInThen([this] {
            const std::optional<int> seconds =
                m_line.values.contains(u"timeout"_s)
                    ? std::optional<int>(m_line.value(u"timeout"_s).toInt())
                    : std::nullopt;
            waitFor(m_line.arguments.at(0).toLongLong(), seconds, std::nullopt);
        });
    }
    if (command == u"cancel")
        return signInThen([this] { cancel(); });
    failWith(Usage, tr("Unknown command: %1").arg(command));
}

void Cli::finish(int status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    emit finished(status);
}

void Cli::fail(const ApiError &error, const QString &context)
{
    const QString message = error.userMessage();
    failWith(exitFor(error), context.isEmpty() ? message : context + u' ' + message,
             error.errorCode);
}

void Cli::failWith(int status, const QString &message, const QString &code)
{
    if (m_finished)
        return;
    m_out.message(message);
    if (m_out.isJson()) {
        m_out.json(QJsonObject{
            {u"error"_s, QJsonObject{{u"message"_s, message},
                                     {u"code"_s, code.isEmpty() ? QJsonValue() : QJsonValue(code)},
                                     {u"exit_status"_s, status}}}});
    }
    finish(status);
}

// ---- Signing in

void Cli::signInThen(std::function<void()> next)
{
    AuthService *auth = m_backend->auth();
    const QString email = auth->rememberedEmail();
    if (email.isEmpty())
        return signInFromEnvironment(std::move(next));
    m_out.progress(tr("Signing in as %1 (the session kept in the keychain)…").arg(email));
    QObject *step = newStep(this);
    connect(auth, &AuthService::loggedIn, step, [step, next] {
        delete step;
        next();
    });
    connect(auth, &AuthService::restoreFailed, step, [this, step, next](const ApiError &error) {
        delete step;
        // The kept session is no good (ended, or no keychain): the
        // environment's credentials, if any, sign in instead.
        if (error.kind == ApiError::Kind::Unauthenticated)
            return signInFromEnvironment(next);
        fail(error, tr("Could not sign in:"));
    });
    auth->restore();
}

void Cli::signInFromEnvironment(std::function<void()> next)
{
    const QString email = qEnvironmentVariable("N1SMS_EMAIL");
    const QString password = qEnvironmentVariable("N1SMS_PASSWORD");
    if (email.isEmpty() || password.isEmpty()) {
        return failWith(SignedOut,
                        tr("Not signed in. Run \"n1sms login\", or set N1SMS_EMAIL and "
                           "N1SMS_PASSWORD."),
                        u"NOT_SIGNED_IN"_s);
    }
    AuthService *auth = m_backend->auth();
    // Credentials from the environment: nothing is kept, and nothing kept is
    // forgotten either.
    auth->setSecretStore(nullptr, nullptr);
    m_out.progress(tr("Signing in as %1…").arg(email));
    QObject *step = newStep(this);
    connect(auth, &AuthService::loggedIn, step, [step, next] {
        delete step;
        next();
    });
    connect(auth, &AuthService::loginFailed, step, [this, step, email](const ApiError &error) {
        delete step;
        signInFailed(email, error);
    });
    auth->login(email, password, false);
}

void Cli::signInFailed(const QString &email, const ApiError &error)
{
    // A wrong password or an unknown account: not signed in. Anything else
    // (no network, a server error) is trouble on the way.
    if (exitFor(error) == Refused || error.kind == ApiError::Kind::Unauthenticated) {
        return failWith(SignedOut,
                        tr("Could not sign in as %1: %2").arg(email, error.userMessage()),
                        error.errorCode);
    }
    fail(error, tr("Could not sign in:"));
}

void Cli::login()
{
    QString email = m_line.values.contains(u"email"_s) ? m_line.value(u"email"_s)
                                                       : qEnvironmentVariable("N1SMS_EMAIL");
    if (email.isEmpty()) {
        if (!Terminal::stdinIsTerminal())
            return failWith(Usage, tr("Which account? Give --email, or set N1SMS_EMAIL."));
        m_out.prompt(tr("Email:"));
        email = Terminal::readLine().value_or(QString()).trimmed();
    }
    QString password;
    if (m_line.has(u"password-stdin"_s)) {
        password = Terminal::readLine(false).value_or(QString());
    } else if (qEnvironmentVariableIsSet("N1SMS_PASSWORD")) {
        password = qEnvironmentVariable("N1SMS_PASSWORD");
    } else if (Terminal::stdinIsTerminal()) {
        m_out.prompt(tr("Password for %1:").arg(email));
        password = Terminal::readLine(false).value_or(QString());
    } else {
        return failWith(Usage, tr("No terminal to ask for the password on: use --password-stdin "
                                  "(or N1SMS_PASSWORD)."));
    }
    if (email.isEmpty() || password.isEmpty())
        return failWith(Usage, tr("An email and a password are needed to sign in."));

    AuthService *auth = m_backend->auth();
    m_out.progress(tr("Signing in as %1…").arg(email));
    QObject *step = newStep(this);
    connect(auth, &AuthService::remembered, step, [this, step](const QString &who) {
        delete step;
        if (m_out.isJson())
            m_out.json(QJsonObject{
                {u"signed_in"_s, true}, {u"email"_s, who}, {u"kept_in_keychain"_s, true}});
        else
            m_out.line(tr("Signed in as %1. The session is kept in the system keychain.").arg(who));
        finish(Done);
    });
    connect(auth, &AuthService::rememberUnavailable, step,
            [this, auth, step](AuthService::RememberProblem why) {
                delete step;
                // A session nothing keeps is of no use: it ends on the server too.
                const QString message =
                    tr("Signed in, but the session could not be kept: %1 Nothing was stored.")
                        .arg(AuthService::describe(why));
                connect(auth, &AuthService::logoutSettled, this,
                        [this, message] { failWith(Trouble, message, u"NO_KEYCHAIN"_s); });
                auth->logout();
            });
    connect(auth, &AuthService::loginFailed, step, [this, step, email](const ApiError &error) {
        delete step;
        signInFailed(email, error);
    });
    auth->login(email, password, true);
}

void Cli::logout()
{
    AuthService *auth = m_backend->auth();
    const QString email = auth->rememberedEmail();
    const auto done = [this](const QString &who, bool wasKept) {
        if (m_out.isJson())
            m_out.json(QJsonObject{{u"signed_out"_s, wasKept}, {u"email"_s, who}});
        else if (wasKept)
            m_out.line(tr("Signed out: %1's session is forgotten.").arg(who));
        else
            m_out.line(tr("No session is kept for %1.").arg(m_baseUrl.toDisplayString()));
        finish(Done);
    };
    if (email.isEmpty())
        return done(QString(), false);
    QObject *step = newStep(this);
    connect(auth, &AuthService::loggedIn, step, [auth, step] {
        delete step;
        auth->logout();
    });
    connect(auth, &AuthService::logoutSettled, this, [done, email] { done(email, true); });
    connect(auth, &AuthService::restoreFailed, step,
            [this, auth, step, email, done](const ApiError &error) {
                delete step;
                // An ended session is forgotten by the attempt itself.
                if (auth->rememberedEmail().isEmpty())
                    return done(email, true);
                fail(error, tr("Could not sign out:"));
            });
    auth->restore();
}

// ---- The catalogue

void Cli::withServices(std::function<void(const QList<Service> &)> next)
{
    CatalogService *catalog = m_backend->catalog();
    QObject *step = newStep(this);
    connect(catalog, &CatalogService::servicesLoaded, step,
            [step, next](const QList<Service> &services) {
                delete step;
                next(services);
            });
    connect(catalog, &CatalogService::servicesFailed, step, [this, step](const ApiError &error) {
        delete step;
        fail(error, tr("Could not load the services:"));
    });
    catalog->loadServices();
}

void Cli::withPrices(const Service &service, std::function<void(const QList<CountryPrice> &)> next)
{
    CatalogService *catalog = m_backend->catalog();
    QObject *step = newStep(this);
    const qint64 id = service.id;
    connect(catalog, &CatalogService::pricesLoaded, step, [catalog, step, id, next](qint64 which) {
        if (which != id)
            return;
        delete step;
        const auto cached = catalog->cachedPrices(id);
        next(cached ? cached->prices : QList<CountryPrice>());
    });
    connect(catalog, &CatalogService::pricesFailed, step,
            [this, step, id](qint64 which, const ApiError &error) {
                if (which != id)
                    return;
                delete step;
                fail(error, tr("Could not load the prices:"));
            });
    catalog->loadPrices(id);
}

std::optional<Service> Cli::findService(const QList<Service> &services, const QString &given)
{
    bool numeric = false;
    const qint64 id = given.toLongLong(&numeric);
    if (numeric) {
        for (const Service &s : services) {
            if (s.id == id)
                return s;
        }
        failWith(Usage, tr("No service has the id %1. n1sms services lists them.").arg(given),
                 u"NO_SUCH_SERVICE"_s);
        return std::nullopt;
    }
    const QList<Service> found = byName(
        services, given, [](const Service &s) { return s.name; }, true);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        failWith(Usage, tr("No service is called \"%1\". n1sms services lists them.").arg(given),
                 u"NO_SUCH_SERVICE"_s);
        return std::nullopt;
    }
    QStringList names;
    for (const Service &s : found.mid(0, 8))
        names.append(u"%1 (%2)"_s.arg(s.name).arg(s.id));
    failWith(
        Usage,
        tr("\"%1\" could be %2. Say which, by its name or id.").arg(given, names.join(u", "_s)),
        u"AMBIGUOUS"_s);
    return std::nullopt;
}

std::optional<CountryPrice> Cli::findCountry(const QList<CountryPrice> &prices,
                                             const QString &given)
{
    const QString text = given.trimmed();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    QList<CountryPrice> found;
    if (numeric) {
        for (const CountryPrice &p : prices) {
            if (p.countryId == id)
                found.append(p);
        }
    } else if (text.startsWith(u'+')) {
        for (const CountryPrice &p : prices) {
            if (p.dialCode == text || u'+' + p.dialCode == text)
                found.append(p);
        }
    } else if (text.size() == 2) {
        for (const CountryPrice &p : prices) {
            if (p.countryCode.compare(text, Qt::CaseInsensitive) == 0)
                found.append(p);
        }
    }
    if (found.isEmpty() && !numeric)
        found = byName(
            prices, text, [](const CountryPrice &p) { return p.country; }, false);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        failWith(Usage,
                 tr("No country \"%1\" in this service's price list. n1sms prices lists "
                    "them.")
                     .arg(given),
                 u"NO_SUCH_COUNTRY"_s);
        return std::nullopt;
    }
    QStringList names;
    for (const CountryPrice &p : found.mid(0, 8))
        names.append(u"%1 (%2)"_s.arg(p.country, p.countryCode));
    failWith(Usage,
             tr("\"%1\" could be %2. Say which, by its name, ISO code or id.")
                 .arg(given, names.join(u", "_s)),
             u"AMBIGUOUS"_s);
    return std::nullopt;
}

// ---- The commands

void Cli::balance()
{
    AccountService *account = m_backend->account();
    QObject *step = newStep(this);
    connect(
        account, &AccountService::dashboardLoaded, step, [this, step](const Dashboard &dashboard) {
            delete step;
            if (m_out.isJson()) {
                m_out.json(QJsonObject{{u"email"_s, dashboard.user.email},
                                       {u"balance"_s, Output::money(dashboard.balance)},
                                       {u"balance_usd"_s, Output::money(dashboard.balanceUsd)}});
            } else {
                m_out.line(dashboard.balanceUsd.isValid()
                               ? tr("Balance: %1 (%2)")
                                     .arg(formatMoney(dashboard.balance),
                                          formatMoney(dashboard.balanceUsd))
                               : tr("Balance: %1").arg(formatMoney(dashboard.balance)));
            }
            finish(Done);
        });
    connect(account, &AccountService::dashboardFailed, step, [this, step](const ApiError &error) {
        delete step;
        fail(error, tr("Could not load the balance:"));
    });
    account->refresh();
}

void Cli::services()
{
    withServices([this](const QList<Service> &all) {
        const QString key = ServiceListModel::searchKey(m_line.arguments.value(0).trimmed());
        QList<Service> shown;
        for (const Service &s : all) {
            if (key.isEmpty() || ServiceListModel::searchKey(s.name).contains(key) ||
                QString::number(s.id) == key)
                shown.append(s);
        }
        if (m_out.isJson()) {
            QJsonArray list;
            for (const Service &s : std::as_const(shown))
                list.append(Output::service(s));
            m_out.json(list);
        } else if (shown.isEmpty()) {
            m_out.message(tr("No service matches \"%1\".").arg(m_line.arguments.value(0)));
        } else {
            QList<QStringList> rows;
            for (const Service &s : std::as_const(shown))
                rows.append({QString::number(s.id), s.name, s.popular ? tr("popular") : QString()});
            m_out.table({tr("ID"), tr("SERVICE"), QString()}, rows, {0});
        }
        finish(Done);
    });
}

void Cli::prices()
{
    withServices([this](const QList<Service> &all) {
        const std::optional<Service> service = findService(all, m_line.arguments.at(0));
        if (!service)
            return;
        withPrices(*service, [this, service](const QList<CountryPrice> &prices) {
            QList<CountryPrice> shown;
            if (m_line.values.contains(u"country"_s)) {
                const auto one = findCountry(prices, m_line.value(u"country"_s));
                if (!one)
                    return;
                shown.append(*one);
            } else {
                shown = prices;
            }
            if (m_line.has(u"in-stock"_s))
                shown.removeIf([](const CountryPrice &p) { return p.stock <= 0; });
            const QString sort = m_line.value(u"sort"_s);
            std::stable_sort(shown.begin(), shown.end(),
                             [&sort](const CountryPrice &a, const CountryPrice &b) {
                                 if (sort == u"success")
                                     return a.successRate.value_or(-1) > b.successRate.value_or(-1);
                                 if (sort == u"stock")
                                     return a.stock > b.stock;
                                 return a.price.minorUnits() < b.price.minorUnits();
                             });
            if (m_out.isJson()) {
                QJsonArray list;
                for (const CountryPrice &p : std::as_const(shown))
                    list.append(Output::price(p));
                m_out.json(
                    QJsonObject{{u"service"_s, Output::service(*service)}, {u"prices"_s, list}});
            } else {
                QList<QStringList> rows;
                for (const CountryPrice &p : std::as_const(shown)) {
                    rows.append({p.country, p.countryCode, formatMoney(p.price),
                                 p.priceUsd.isValid() ? formatMoney(p.priceUsd) : QString(),
                                 QLocale().toString(p.stock), percent(p.successRate),
                                 QString::number(p.countryId)});
                }
                m_out.table({tr("COUNTRY"), tr("CODE"), tr("PRICE"), tr("USD"), tr("IN STOCK"),
                             tr("SUCCESS"), tr("ID")},
                            rows, {2, 3, 4, 5, 6});
                if (shown.isEmpty())
                    m_out.message(tr("No country to show."));
            }
            finish(Done);
        });
    });
}

void Cli::buy()
{
    withServices([this](const QList<Service> &all) {
        const std::optional<Service> service = findService(all, m_line.arguments.at(0));
        if (!service)
            return;
        withPrices(*service, [this, service](const QList<CountryPrice> &prices) {
            const std::optional<CountryPrice> price = findCountry(prices, m_line.arguments.at(1));
            if (!price)
                return;
            if (const QString problem = PurchaseRules::priceProblem(*price); !problem.isEmpty())
                return failWith(Refused, problem, u"BAD_PRICE"_s);
            if (price->stock <= 0) {
                return failWith(Refused,
                                tr("%1 numbers in %2 are out of stock. Nothing was bought.")
                                    .arg(service->name, price->country),
                                u"OUT_OF_STOCK"_s);
            }
            if (m_line.values.contains(u"max-price"_s)) {
                const auto most =
                    Money::fromDecimal(m_line.value(u"max-price"_s), price->price.currency());
                if (!most || most->minorUnits() <= 0) {
                    return failWith(Usage, tr("--max-price takes an amount in cedi, such as "
                                              "5.00, not \"%1\".")
                                               .arg(m_line.value(u"max-price"_s)));
                }
                if (price->price > *most) {
                    return failWith(Refused,
                                    tr("%1 in %2 costs %3, above your --max-price of %4. Nothing "
                                       "was bought.")
                                        .arg(service->name, price->country,
                                             formatMoney(price->price), formatMoney(*most)),
                                    u"ABOVE_MAX_PRICE"_s);
                }
            }
            if (!m_line.has(u"yes"_s)) {
                if (!Terminal::stdinIsTerminal()) {
                    return failWith(Usage,
                                    tr("Not bought: nothing confirmed it. Add --yes, or "
                                       "run n1sms on a terminal to be asked."),
                                    u"NOT_CONFIRMED"_s);
                }
                m_out.prompt(tr("Buy a %1 number in %2 for %3? [y/N]")
                                 .arg(service->name, price->country, formatMoney(price->price)));
                const QString answer = Terminal::readLine().value_or(QString()).trimmed().toLower();
                const QStringList yes{u"y"_s, u"yes"_s, tr("y"), tr("yes")};
                if (!yes.contains(answer))
                    return failWith(Usage, tr("Not bought."), u"NOT_CONFIRMED"_s);
            }
            purchase(*service, *price);
        });
    });
}

void Cli::purchase(const Service &service, const CountryPrice &price)
{
    OrderService *orders = m_backend->orders();
    QObject *step = newStep(this);
    connect(orders, &OrderService::purchased, step, [this, step, price](const Order &order) {
        delete step;
        if (order.cost.isValid() && order.cost.sameCurrency(price.price) &&
            order.cost != price.price) {
            m_out.message(tr("Charged %1, not the %2 listed.")
                              .arg(formatMoney(order.cost), formatMoney(price.price)));
        }
        if (!m_line.has(u"wait"_s)) {
            printOrder(order);
            return finish(Done);
        }
        if (!m_out.isJson())
            printOrder(order);
        waitFor(order.id, m_line.waitSeconds, order);
    });
    connect(orders, &OrderService::purchaseFailed, step, [this, step](const ApiError &error) {
        delete step;
        fail(error, error.unsent ? tr("Not bought (nothing was charged):") : tr("Not bought:"));
    });
    connect(orders, &OrderService::purchaseUncertain, step, [this](const ApiError &error) {
        m_out.progress(tr("No answer came to the purchase (%1). Checking your orders to learn "
                          "whether it went through; it is not sent again…")
                           .arg(error.userMessage()));
    });
    connect(orders, &OrderService::purchaseNotCreated, step, [this, step] {
        delete step;
        failWith(Trouble,
                 tr("No number was bought: for a minute your orders showed no new one. If one "
                    "appears later, n1sms orders will show it."),
                 u"NOT_CREATED"_s);
    });
    connect(orders, &OrderService::purchaseStillUnknown, step, [this, step](const ApiError &error) {
        delete step;
        failWith(Trouble,
                 tr("Could not learn whether the number was bought (%1). Check with \"n1sms "
                    "orders\" before buying again.")
                     .arg(error.userMessage()),
                 u"OUTCOME_UNKNOWN"_s);
    });
    connect(orders, &OrderService::purchaseInterrupted, step, [this, step] {
        delete step;
        failWith(Trouble,
                 tr("The session ended while the number was being bought. Check with \"n1sms "
                    "orders\" before buying again."),
                 u"OUTCOME_UNKNOWN"_s);
    });
    m_out.progress(tr("Buying a %1 number in %2…").arg(service.name, price.country));
    PurchaseRequest request;
    request.serviceId = service.id;
    request.countryId = price.countryId;
    request.pool = price.pool;
    request.bestSuccessRate = m_line.value(u"pricing"_s) == u"best";
    orders->purchase(request);
}

void Cli::waitFor(qint64 orderId, std::optional<int> seconds, const std::optional<Order> &known)
{
    OrderService *orders = m_backend->orders();
    QObject *step = newStep(this);
    const auto examine = [this, step, orderId](const Order &order) {
        if (order.id != orderId || m_finished)
            return;
        if (!order.smsCode.isEmpty()) {
            delete step;
            if (m_out.isJson()) {
                m_out.json(Output::order(order));
            } else if (m_line.command == u"buy") {
                m_out.line(tr("Code: %1").arg(order.smsCode));
            } else {
                // The code alone, for code=$(n1sms wait 5008); the SMS beside it.
                if (!order.smsText.isEmpty())
                    m_out.progress(order.smsText);
                m_out.line(order.smsCode);
            }
            return finish(Done);
        }
        if (!order.isActive()) {
            delete step;
            failWith(
                GaveUp,
                order.endedWithoutCode()
                    ? tr("Order %1 ended without a code (%2); its price is refunded.")
                          .arg(orderId)
                          .arg(Output::statusWord(order.status))
                    : tr("Order %1 ended without a code (%2).").arg(orderId).arg(order.statusText),
                u"ENDED_WITHOUT_CODE"_s);
        }
    };
    const auto examineAll = [examine](const QList<Order> &list) {
        for (const Order &order : list)
            examine(order);
    };
    connect(orders, &OrderService::ordersUpdated, step, examineAll);
    connect(orders, &OrderService::pollTrouble, step,
            [this](const ApiError &error, const QDateTime &next) {
                m_out.progress(
                    tr("Could not check the orders (%1); trying again at %2.")
                        .arg(error.userMessage(), next.toLocalTime().toString(u"HH:mm:ss"_s)));
            });
    if (seconds) {
        connect(&m_deadline, &QTimer::timeout, step, [this, step, orderId, seconds] {
            delete step;
            failWith(GaveUp,
                     tr("No code came for order %1 within %2 s. It may still come: n1sms wait %1 "
                        "waits again.")
                         .arg(orderId)
                         .arg(*seconds),
                     u"TIMEOUT"_s);
        });
        m_deadline.start(std::chrono::seconds(*seconds));
    }
    if (known) {
        m_out.progress(tr("Waiting for the SMS code…"));
        return examine(*known);
    }
    // The order as the server has it now: among the recent ones.
    connect(
        orders, &OrderService::ordersListed, step,
        [this, step, orderId, examine](const QList<Order> &list) {
            const auto it = std::find_if(list.cbegin(), list.cend(),
                                         [orderId](const Order &o) { return o.id == orderId; });
            if (it == list.cend()) {
                delete step;
                return failWith(Refused,
                                tr("No order %1 among your %2 most recent orders.")
                                    .arg(orderId)
                                    .arg(OrderService::recentOrdersCount),
                                u"NO_SUCH_ORDER"_s);
            }
            if (it->smsCode.isEmpty() && it->isActive())
                m_out.progress(tr("Waiting for the SMS code of order %1…").arg(orderId));
            examine(*it);
        },
        Qt::SingleShotConnection);
    connect(orders, &OrderService::ordersFailed, step, [this, step](const ApiError &error) {
        delete step;
        fail(error, tr("Could not load your orders:"));
    });
    orders->reload();
}

void Cli::orders()
{
    OrderService *service = m_backend->orders();
    const QString status = m_line.values.value(u"status"_s, u"active"_s);
    QObject *step = newStep(this);
    if (status == u"active") {
        connect(service, &OrderService::ordersListed, step, [this, step](const QList<Order> &list) {
            delete step;
            QList<Order> active;
            for (const Order &o : list) {
                if (o.isActive())
                    active.append(o);
            }
            printOrders(active);
            finish(Done);
        });
        connect(service, &OrderService::ordersFailed, step, [this, step](const ApiError &error) {
            delete step;
            fail(error, tr("Could not load your orders:"));
        });
        return service->reload();
    }
    connect(service, &OrderService::historyLoaded, step,
            [this, step](const QString &, const QList<Order> &list, const PageInfo &info) {
                delete step;
                if (m_out.isJson()) {
                    QJsonArray items;
                    for (const Order &o : list)
                        items.append(Output::order(o));
                    m_out.json(QJsonObject{{u"orders"_s, items},
                                           {u"page"_s, info.currentPage},
                                           {u"last_page"_s, info.lastPage},
                                           {u"total"_s, info.total}});
                } else {
                    printOrders(list,
                                info.lastPage > 1
                                    ? tr("Page %1 of %2.").arg(info.currentPage).arg(info.lastPage)
                                    : QString());
                }
                finish(Done);
            });
    connect(service, &OrderService::historyFailed, step, [this, step](const ApiError &error) {
        delete step;
        fail(error, tr("Could not load your orders:"));
    });
    service->loadHistory(status, m_line.values.value(u"page"_s, u"1"_s).toInt());
}

void Cli::cancel()
{
    OrderService *orders = m_backend->orders();
    const qint64 id = m_line.arguments.at(0).toLongLong();
    QObject *step = newStep(this);
    connect(orders, &OrderService::cancelled, step, [this, step, id](const Order &order) {
        if (order.id != id)
            return;
        delete step;
        if (m_out.isJson())
            m_out.json(Output::order(order));
        else
            m_out.line(
                tr("Order %1 cancelled; %2 is refunded.").arg(id).arg(formatMoney(order.cost)));
        finish(Done);
    });
    connect(orders, &OrderService::cancelFailed, step,
            [this, step, id](qint64 which, const ApiError &error) {
                if (which != id)
                    return;
                delete step;
                if (error.kind == ApiError::Kind::Unsupported) {
                    return failWith(Refused,
                                    tr("This server does not offer cancelling; an order without "
                                       "a code is refunded when its time runs out."),
                                    u"UNSUPPORTED"_s);
                }
                fail(error, tr("Order %1 was not cancelled:").arg(id));
            });
    orders->cancel(id);
}

// ---- Printing orders

void Cli::printOrders(const QList<Order> &list, const QString &footer)
{
    if (m_out.isJson()) {
        QJsonArray items;
        for (const Order &o : list)
            items.append(Output::order(o));
        m_out.json(QJsonObject{{u"orders"_s, items}});
        return;
    }
    if (list.isEmpty()) {
        m_out.message(tr("No orders to show."));
        return;
    }
    QList<QStringList> rows;
    for (const Order &o : list) {
        rows.append({QString::number(o.id), o.service, o.country, o.phoneNumber,
                     Output::statusWord(o.status), o.smsCode, formatMoney(o.cost),
                     localTime(o.createdAt)});
    }
    m_out.table({tr("ID"), tr("SERVICE"), tr("COUNTRY"), tr("NUMBER"), tr("STATUS"), tr("CODE"),
                 tr("COST"), tr("BOUGHT")},
                rows, {0, 6});
    if (!footer.isEmpty())
        m_out.message(footer);
}

void Cli::printOrder(const Order &order)
{
    if (m_out.isJson())
        return m_out.json(Output::order(order));
    QList<QStringList> rows{
        {tr("Order"), QString::number(order.id)}, {tr("Number"), order.phoneNumber},
        {tr("Service"), order.service},           {tr("Country"), order.country},
        {tr("Cost"), formatMoney(order.cost)},    {tr("Status"), Output::statusWord(order.status)}};
    if (order.expiresAt.isValid())
        rows.append({tr("Expires"), localTime(order.expiresAt)});
    if (!order.smsCode.isEmpty())
        rows.append({tr("Code"), order.smsCode});
    // A table without its heading row: label and value.
    QStringList first = rows.takeFirst();
    m_out.table(first, rows);
}
