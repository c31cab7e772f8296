#pragma once

#include "cli/commandline.h"
#include "cli/output.h"
#include "core/api/apierror.h"
#include "core/domain/types.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class Backend;
class QNetworkAccessManager;
class SecretStore;
class Settings;

// One run of n1sms: signs in as the desktop app would (its remembered session,
// or N1SMS_EMAIL and N1SMS_PASSWORD), carries out the command through the
// core's services, prints, and says how it ended. A purchase is sent once and
// never again; its unknown outcome is settled from the order lists, as in the
// app.
class Cli final : public QObject
{
    Q_OBJECT

public:
    // The exit statuses, as the manual page lists them.
    enum Exit
    {
        Done = 0,
        Refused = 1,   // the server refused, or a limit of the user's did
        Usage = 2,     // a usage error, or the confirmation was refused
        Trouble = 3,   // network trouble, or the outcome is unknown
        SignedOut = 4, // not signed in, or the session ended
        GaveUp = 5,    // no code came in time
    };

    // `secrets` may be null (no keychain): then only the environment signs in.
    Cli(const CommandLine &line, SecretStore *secrets, Settings *settings,
        QObject *parent = nullptr);
    ~Cli() override;

    // Starts the command; finished follows, once.
    void start();

    static Exit exitFor(const ApiError &error);

signals:
    void finished(int status);

private:
    void finish(int status);
    void fail(const ApiError &error, const QString &context = {});
    void failWith(int status, const QString &message, const QString &code = {});

    void signInThen(std::function<void()> next);
    void signInFromEnvironment(std::function<void()> next);
    void signInFailed(const QString &email, const ApiError &error);
    void withServices(std::function<void(const QList<Service> &)> next);
    void withPrices(const Service &service, std::function<void(const QList<CountryPrice> &)> next);
    std::optional<Service> findService(const QList<Service> &services, const QString &given);
    std::optional<CountryPrice> findCountry(const QList<CountryPrice> &prices,
                                            const QString &given);

    void login();
    void logout();
    void balance();
    void services();
    void prices();
    void buy();
    void purchase(const Service &service, const CountryPrice &price);
    void orders();
    void waitFor(qint64 orderId, std::optional<int> seconds, const std::optional<Order> &known);
    void cancel();

    void printOrders(const QList<Order> &orders, const QString &footer = {});
    void printOrder(const Order &order);

    CommandLine m_line;
    Output m_out;
    SecretStore *m_secrets;
    Settings *m_settings;
    QUrl m_baseUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Backend *m_backend = nullptr;
    QTimer m_deadline;
    bool m_finished = false;
};
