#pragma once

#include "sandbox/catalogue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace Sandbox {

struct Config
{
    quint64 seed = 20261127;
    // Simulated seconds per real second: 60 makes a minute last a second.
    double timeScale = 1.0;
    // Simulated seconds from purchase to SMS.
    int smsDelaySeconds = 45;
    // One order in this many never gets an SMS (0: all do). A user's first
    // order always gets one, so a demo shows the whole path.
    int noSmsEvery = 0;
    // Per token (or per client without one) and real minute; 0: no limit.
    int requestsPerMinute = 60;
    QString demoName = QStringLiteral("Demo User");
    QString demoEmail = QStringLiteral("demo@n1sms.test");
    QString demoPassword = QStringLiteral("demo-password");
    qint64 demoBalancePesewas = 25000; // ₵250.00
    // How far the server's clock is ahead of ours (seconds; negative: behind).
    qint64 clockSkewSeconds = 0;
    // How long a token lives (simulated seconds).
    qint64 tokenLifetimeSeconds = 30 * 24 * 3600;
    // Services beyond the catalogue's 320, for tests of long lists.
    int extraServices = 0;
    // Pesewas per US dollar: the operator's rate.
    qint64 ghsPerUsdPesewas = 1500;
    // Answers a careless or hostile server gives. Prices: Ghana's listed at
    // -4.20, Nigeria's at 0, India's at 0.000000001 and the USA's at
    // 2000000.00 (orders are still charged the real price).
    bool hostilePrices = false;
    // Text: Ghana named "\u202EaissuR" (shows as "Russia"), codes and SMS
    // texts behind U+202E, numbers wrapped in U+2066...U+2069.
    bool hostileText = false;
    // What the best-success-rate option (pricing_option 1) costs above the
    // listed price, in percent: the contract does not promise the listed one.
    int bestRatePremiumPercent = 0;
    // Orders say how long they have left (`time_left`) but not when they
    // expire (`expires_at`), as the contract allows.
    bool timeLeftOnly = false;
    // Sign-in tokens this many bytes long (0: a normal token).
    qint64 tokenBytes = 0;
    // Only the published endpoints: cancelling, reading one order and
    // signing out answer as a Laravel app without those routes does (404,
    // "The route … could not be found.").
    bool publishedOnly = false;
    // A market that moves: after the first this many simulated minutes (which
    // are the catalogue's), and every this many after, about one offer in
    // eight runs out until the next period, and every price moves within 10 %
    // of the catalogue's. 0: stock and prices stay as listed.
    int marketMinutes = 0;
};

struct Request
{
    QByteArray method;
    QString path; // below /api/mobile, e.g. "/orders/12/cancel"
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// The N1SMS service's behaviour, without the HTTP: accounts, tokens, the
// catalogue, balances and the order lifecycle on a simulated clock.
class State final
{
public:
    explicit State(const Config &config);

    Response handle(const Request &request);

    const Config &config() const { return m_config; }
    const Catalogue &catalogue() const { return m_catalogue; }
    QDateTime now() const;

    // For tests that look behind the API.
    qint64 balanceOf(const QString &email) const;
    int orderCountOf(const QString &email) const;
    // The code the SMS of an order carries, once it has arrived (simulated time).
    QString smsCodeOf(qint64 orderId);
    void setBalance(const QString &email, qint64 pesewas);
    // Every number of an offer sold, as when other buyers were quicker.
    void sellOut(qint64 serviceId, qint64 countryId);
    // The offer's numbers on sale again, as many as the catalogue lists.
    void restock(qint64 serviceId, qint64 countryId) { m_stockSold.remove({serviceId, countryId}); }
    // An offer's stock and price set by a test, whatever the catalogue and the
    // market say, until cleared (a negative stock or price clears that part).
    void setStock(qint64 serviceId, qint64 countryId, qint64 stock);
    void setPriceUsdCents(qint64 serviceId, qint64 countryId, qint64 cents);
    // Every token stops working, as when the server's sessions are flushed.
    void revokeAllTokens() { m_tokens.clear(); }
    // The server's clock jumps ahead (simulated seconds): orders expire and
    // tokens end as if that time had passed, as while a laptop slept.
    void passTime(qint64 seconds) { m_passedMs += seconds * 1000; }

    static constexpr int orderWindowSeconds = 20 * 60;
    static constexpr int cancelAfterSeconds = 2 * 60;
    static constexpr int maxBodyBytes = 1024 * 1024;

private:
    struct User
    {
        qint64 id = 0;
        QString name;
        QString email;
        QString phone;
        QString password;
        qint64 balance = 0; // pesewas
        bool verified = false;
    };
    enum class Status
    {
        Pending,
        Received,
        Completed,
        Cancelled,
        Expired
    };
    struct OrderRec
    {
        qint64 id = 0;
        QString code;
        qint64 userId = 0;
        qint64 serviceId = 0;
        qint64 countryId = 0;
        QString phone;
        qint64 cost = 0;    // pesewas
        qint64 costUsd = 0; // cents
        QDateTime createdAt;
        QDateTime expiresAt;
        std::optional<QDateTime> smsAt;
        Status status = Status::Pending;
        QString smsText;
        QString smsCode;
    };
    struct Token
    {
        qint64 userId = 0;
        QDateTime expiresAt;
    };

    Response registerUser(const QJsonObject &body);
    Response login(const QJsonObject &body);
    Response logout(const QByteArray &token);
    Response dashboard(User &user);
    Response services();
    Response prices(const QUrlQuery &query);
    Response listOrders(const User &user, const QUrlQuery &query);
    Response createOrder(User &user, const QJsonObject &body);
    Response showOrder(const User &user, qint64 orderId);
    Response cancelOrder(User &user, qint64 orderId);

    User *authenticate(const QByteArray &authorization, QByteArray *token);
    // An offer as it stands now: the catalogue's, moved by the market, set
    // by a test; its stock before what was sold is taken off.
    std::optional<Offer> liveOffer(qint64 serviceId, qint64 countryId) const;
    void advance();
    QJsonObject orderJson(const OrderRec &o) const;
    QString countryName(const Country &country) const;
    QString listedPrice(const Country &country, qint64 pesewas) const;
    QJsonObject userJson(const User &u) const;
    QString money(qint64 minor) const;
    qint64 toGhs(qint64 usdCents) const;
    QString timestamp(const QDateTime &t) const;

    Config m_config;
    Catalogue m_catalogue;
    QDateTime m_epoch;
    QElapsedTimer m_elapsed;
    qint64 m_passedMs = 0; // passTime()
    QList<User> m_users;
    QHash<QByteArray, Token> m_tokens;
    QList<OrderRec> m_orders;
    QHash<std::pair<qint64, qint64>, qint64> m_stockSold; // (service, country) -> sold
    QHash<std::pair<qint64, qint64>, qint64> m_setStock;  // setStock()
    QHash<std::pair<qint64, qint64>, qint64> m_setPrice;  // setPriceUsdCents()
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    QHash<QByteArray, Window> m_rate; // per Authorization header
    quint64 m_counter = 0;
};

// Laravel-style JSON answers.
Response json(int status, const QJsonObject &body);
Response failure(int status, const QString &message, const QString &errorCode = {});
Response validationFailure(const QList<std::pair<QString, QString>> &errors);

} // namespace Sandbox
