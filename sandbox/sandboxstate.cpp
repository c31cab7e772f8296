#include "sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sandbox {

Response json(int status, const QJsonObject &body)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

Response failure(int status, const QString &message, const QString &errorCode)
{
    QJsonObject body{{"success"_L1, false}, {"message"_L1, message}};
    if (!errorCode.isEmpty())
        body.insert("error_code"_L1, errorCode);
    return json(status, body);
}

Response validationFailure(const QList<std::pair<QString, QString>> &errors)
{
    QJsonObject map;
    for (const auto &[field, message] : errors) {
        QJsonArray list = map.value(field).toArray();
        list.append(message);
        map.insert(field, list);
    }
    QString message = errors.first().second;
    if (errors.size() > 1)
        message += u" (and %1 more error%2)"_s.arg(errors.size() - 1)
                       .arg(errors.size() > 2 ? u"s"_s : QString());
    return json(422, {{"success"_L1, false}, {"message"_L1, message}, {"errors"_L1, map}});
}

namespace {

Response unauthenticated()
{
    return json(401, {{"message"_L1, u"Unauthenticated."_s}});
}

// Request values as Laravel reads them: strings and numbers alike.
QString field(const QJsonObject &body, const char *key)
{
    const QJsonValue v = body.value(QLatin1StringView(key));
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

std::optional<qint64> integerField(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

int intQuery(const QUrlQuery &q, const QString &key, int fallback, int min, int max, bool *bad)
{
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 n = q.queryItemValue(key).toLongLong(&ok);
    if (!ok || n < min) {
        *bad = true;
        return fallback;
    }
    return static_cast<int>(qMin<qint64>(n, max));
}

QJsonObject meta(int page, int perPage, int total)
{
    const int last = qMax(1, (total + perPage - 1) / perPage);
    return {{"current_page"_L1, page},
            {"last_page"_L1, last},
            {"per_page"_L1, perPage},
            {"total"_L1, total},
            {"has_more"_L1, page < last}};
}

} // namespace

State::State(const Config &config)
    : m_config(config)
    , m_catalogue(config.seed, config.extraServices)
    , m_epoch(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
    User demo;
    demo.id = 1;
    demo.name = config.demoName;
    demo.email = config.demoEmail;
    demo.phone = u"+233241234567"_s;
    demo.password = config.demoPassword;
    demo.balance = config.demoBalancePesewas;
    demo.verified = true;
    m_users.append(demo);
}

QDateTime State::now() const
{
    const double simulatedMs = static_cast<double>(m_elapsed.elapsed()) * m_config.timeScale;
    return m_epoch.addMSecs(static_cast<qint64>(simulatedMs) + m_passedMs)
        .addSecs(m_config.clockSkewSeconds);
}

qint64 State::balanceOf(const QString &email) const
{
    for (const User &u : m_users) {
        if (u.email == email)
            return u.balance;
    }
    return -1;
}

void State::setBalance(const QString &email, qint64 pesewas)
{
    for (User &u : m_users) {
        if (u.email == email)
            u.balance = pesewas;
    }
}

void State::sellOut(qint64 serviceId, qint64 countryId)
{
    if (const auto offer = liveOffer(serviceId, countryId))
        m_stockSold[{serviceId, countryId}] = offer->stock;
}

void State::setStock(qint64 serviceId, qint64 countryId, qint64 stock)
{
    m_stockSold.remove({serviceId, countryId});
    if (stock < 0)
        m_setStock.remove({serviceId, countryId});
    else
        m_setStock.insert({serviceId, countryId}, stock);
}

void State::setPriceUsdCents(qint64 serviceId, qint64 countryId, qint64 cents)
{
    if (cents < 0)
        m_setPrice.remove({serviceId, countryId});
    else
        m_setPrice.insert({serviceId, countryId}, cents);
}

std::optional<Offer> State::liveOffer(qint64 serviceId, qint64 countryId) const
{
    std::optional<Offer> offer = m_catalogue.offer(serviceId, countryId);
    if (!offer)
        return offer;
    // The first period is the catalogue's own: a demo starts as it always did.
    const qint64 period =
        m_config.marketMinutes <= 0
            ? 0
            : m_epoch.secsTo(now()) / (static_cast<qint64>(m_config.marketMinutes) * 60);
    if (period > 0) {
        const quint64 h = Catalogue::mix(m_config.seed ^ static_cast<quint64>(period),
                                         static_cast<quint64>(serviceId * 100'003 + countryId));
        if (h % 8 == 0)
            offer->stock = 0;
        const qint64 percent = 90 + static_cast<qint64>((h >> 8) % 21);
        offer->priceUsdCents = qMax<qint64>(1, (offer->priceUsdCents * percent + 50) / 100);
    }
    if (const auto it = m_setStock.constFind({serviceId, countryId}); it != m_setStock.cend())
        offer->stock = *it;
    if (const auto it = m_setPrice.constFind({serviceId, countryId}); it != m_setPrice.cend())
        offer->priceUsdCents = *it;
    return offer;
}

QString State::smsCodeOf(qint64 orderId)
{
    advance();
    for (const OrderRec &o : m_orders) {
        if (o.id == orderId)
            return o.smsCode;
    }
    return {};
}

int State::orderCountOf(const QString &email) const
{
    qint64 id = 0;
    for (const User &u : m_users) {
        if (u.email == email)
            id = u.id;
    }
    return static_cast<int>(std::count_if(m_orders.cbegin(), m_orders.cend(),
                                          [id](const OrderRec &o) { return o.userId == id; }));
}

QString State::money(qint64 minor) const
{
    return u"%1.%2"_s.arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

qint64 State::toGhs(qint64 usdCents) const
{
    return (usdCents * m_config.ghsPerUsdPesewas + 50) / 100;
}

QString State::timestamp(const QDateTime &t) const
{
    // Laravel's default: microseconds and a Z.
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000Z"_s;
}

Response State::handle(const Request &request)
{
    if (request.body.size() > maxBodyBytes)
        return failure(413, u"The request body is too large."_s);

    QJsonObject body;
    if (request.method == "POST" && !request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return failure(400, u"The request body is not valid JSON."_s);
        body = doc.object();
    }

    if (m_config.requestsPerMinute > 0) {
        // Laravel's throttle:60,1 — a fixed window of one real minute.
        Window &w = m_rate[request.authorization];
        const qint64 nowMs = m_elapsed.elapsed();
        if (nowMs - w.startMs >= 60'000)
            w = {nowMs, 0};
        if (++w.count > m_config.requestsPerMinute) {
            Response r = json(429, {{"message"_L1, u"Too Many Attempts."_s}});
            const qint64 wait = (w.startMs + 60'000 - nowMs + 999) / 1000;
            r.headers.emplace_back("Retry-After", QByteArray::number(wait));
            r.headers.emplace_back("X-RateLimit-Limit",
                                   QByteArray::number(m_config.requestsPerMinute));
            r.headers.emplace_back("X-RateLimit-Remaining", "0");
            return r;
        }
    }

    advance();
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (path == u"/auth/register")
        return post ? registerUser(body) : failure(405, u"Method not allowed."_s);
    if (path == u"/auth/login")
        return post ? login(body) : failure(405, u"Method not allowed."_s);

    QByteArray token;
    User *user = authenticate(request.authorization, &token);
    if (path == u"/dashboard/services" && get)
        return user ? services() : unauthenticated();

    static const QRegularExpression orderPath(uR"(^/orders/(\d{1,15})(/cancel)?$)"_s);
    const auto orderMatch = orderPath.match(path);
    if (m_config.publishedOnly && (path == u"/auth/logout" || orderMatch.hasMatch())) {
        return json(404, QJsonObject{{"message"_L1,
                                      u"The route api/mobile%1 could not be found."_s.arg(path)}});
    }
    const bool known = path == u"/auth/logout" || path == u"/dashboard" ||
                       path == u"/dashboard/prices" || path == u"/orders" || orderMatch.hasMatch();
    if (!known)
        return failure(404, u"Not found."_s);
    if (!user)
        return unauthenticated();

    if (path == u"/auth/logout" && post)
        return logout(token);
    if (path == u"/dashboard" && get)
        return dashboard(*user);
    if (path == u"/dashboard/prices" && get)
        return prices(request.query);
    if (path == u"/orders" && get)
        return listOrders(*user, request.query);
    if (path == u"/orders" && post)
        return createOrder(*user, body);
    if (orderMatch.hasMatch()) {
        const qint64 id = orderMatch.captured(1).toLongLong();
        if (orderMatch.capturedView(2).isEmpty() && get)
            return showOrder(*user, id);
        if (!orderMatch.capturedView(2).isEmpty() && post)
            return cancelOrder(*user, id);
    }
    return failure(405, u"Method not allowed."_s);
}

State::User *State::authenticate(const QByteArray &authorization, QByteArray *token)
{
    if (!authorization.startsWith("Bearer "))
        return nullptr;
    *token = authorization.mid(7).trimmed();
    const auto it = m_tokens.constFind(*token);
    if (it == m_tokens.cend())
        return nullptr;
    if (it->expiresAt <= now()) {
        m_tokens.remove(*token);
        return nullptr;
    }
    for (User &u : m_users) {
        if (u.id == it->userId)
            return &u;
    }
    return nullptr;
}

Response State::registerUser(const QJsonObject &body)
{
    QList<std::pair<QString, QString>> errors;
    const QString name = field(body, "name");
    const QString email = field(body, "email");
    const QString phone = field(body, "phone");
    const QString password = body.value("password"_L1).toString();
    const QString confirmation = body.value("password_confirmation"_L1).toString();

    if (name.isEmpty())
        errors.append({u"name"_s, u"The name field is required."_s});
    else if (name.size() > 255)
        errors.append({u"name"_s, u"The name field must not be greater than 255 characters."_s});
    static const QRegularExpression emailRe(uR"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"_s);
    if (email.isEmpty())
        errors.append({u"email"_s, u"The email field is required."_s});
    else if (!emailRe.match(email).hasMatch())
        errors.append({u"email"_s, u"The email field must be a valid email address."_s});
    else if (balanceOf(email.toLower()) >= 0)
        errors.append({u"email"_s, u"The email has already been taken."_s});
    static const QRegularExpression phoneRe(uR"(^\+\d{7,15}$)"_s);
    if (phone.isEmpty())
        errors.append({u"phone"_s, u"The phone field is required."_s});
    else if (!phoneRe.match(phone).hasMatch())
        errors.append({u"phone"_s, u"The phone field format is invalid."_s});
    if (password.isEmpty())
        errors.append({u"password"_s, u"The password field is required."_s});
    else if (password.size() < 8)
        errors.append({u"password"_s, u"The password field must be at least 8 characters."_s});
    else if (std::none_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); }))
        errors.append({u"password"_s, u"The password field must contain at least one number."_s});
    else if (password != confirmation)
        errors.append({u"password"_s, u"The password field confirmation does not match."_s});
    if (!errors.isEmpty())
        return validationFailure(errors);

    User u;
    u.id = m_users.size() + 1;
    u.name = name;
    u.email = email.toLower();
    u.phone = phone;
    u.password = password;
    m_users.append(u);
    return json(
        201, {{"success"_L1, true},
              {"message"_L1, u"Registration successful. Please verify your phone number."_s},
              {"data"_L1, QJsonObject{{"user_id"_L1, u.id}, {"requires_verification"_L1, true}}}});
}

Response State::login(const QJsonObject &body)
{
    QList<std::pair<QString, QString>> errors;
    const QString email = field(body, "email").toLower();
    const QString password = body.value("password"_L1).toString();
    if (email.isEmpty())
        errors.append({u"email"_s, u"The email field is required."_s});
    if (password.isEmpty())
        errors.append({u"password"_s, u"The password field is required."_s});
    if (!errors.isEmpty())
        return validationFailure(errors);

    const auto it = std::find_if(m_users.begin(), m_users.end(),
                                 [&](const User &u) { return u.email == email; });
    if (it == m_users.end() || it->password != password)
        return validationFailure({{u"email"_s, u"These credentials do not match our records."_s}});
    if (!it->verified)
        return failure(403, u"Please verify your phone number before signing in."_s,
                       u"VERIFICATION_REQUIRED"_s);

    const quint64 secret = Catalogue::mix(m_config.seed ^ 0x5eed, ++m_counter);
    QByteArray token = QByteArray::number(m_tokens.size() + 1) + '|' +
                       QByteArray::number(secret, 36) +
                       QByteArray::number(Catalogue::mix(secret, m_counter), 36);
    if (m_config.tokenBytes > token.size())
        token.append(QByteArray(m_config.tokenBytes - token.size(), 'x'));
    const QDateTime expires = now().addSecs(m_config.tokenLifetimeSeconds);
    m_tokens.insert(token, {it->id, expires});
    return json(200, {{"success"_L1, true},
                      {"message"_L1, u"Login successful"_s},
                      {"data"_L1, QJsonObject{{"token"_L1, QString::fromLatin1(token)},
                                              {"token_type"_L1, u"Bearer"_s},
                                              {"expires_at"_L1, timestamp(expires)},
                                              {"user"_L1, userJson(*it)}}}});
}

Response State::logout(const QByteArray &token)
{
    m_tokens.remove(token);
    return json(200, {{"success"_L1, true}, {"message"_L1, u"Logged out"_s}});
}

QJsonObject State::userJson(const User &u) const
{
    return {{"id"_L1, u.id}, {"name"_L1, u.name}, {"email"_L1, u.email}, {"phone"_L1, u.phone}};
}

Response State::dashboard(User &user)
{
    int total = 0, active = 0, completed = 0, cancelled = 0;
    qint64 spent = 0;
    QJsonArray recent;
    for (auto it = m_orders.crbegin(); it != m_orders.crend(); ++it) {
        if (it->userId != user.id)
            continue;
        ++total;
        if (it->status == Status::Pending || it->status == Status::Received)
            ++active;
        if (it->status == Status::Completed)
            ++completed;
        if (it->status == Status::Cancelled)
            ++cancelled;
        if (it->status == Status::Received || it->status == Status::Completed)
            spent += it->cost;
        if (recent.size() < 5)
            recent.append(orderJson(*it));
    }
    const qint64 balanceUsd = user.balance * 100 / m_config.ghsPerUsdPesewas;
    QJsonObject data{{"user"_L1, userJson(user)},
                     {"balance"_L1, money(user.balance)},
                     {"balance_usd"_L1, money(balanceUsd)},
                     {"symbol_ghs"_L1, u"₵"_s},
                     {"symbol_usd"_L1, u"$"_s},
                     {"stats"_L1, QJsonObject{{"total_orders"_L1, total},
                                              {"active_orders"_L1, active},
                                              {"completed_orders"_L1, completed},
                                              {"cancelled_orders"_L1, cancelled},
                                              {"total_spent"_L1, money(spent)}}},
                     {"recent_orders"_L1, recent}};
    return json(200, {{"success"_L1, true}, {"message"_L1, u"OK"_s}, {"data"_L1, data}});
}

Response State::services()
{
    QJsonArray list;
    for (const ServiceInfo &s : m_catalogue.services()) {
        list.append(QJsonObject{{"id"_L1, s.id},
                                {"name"_L1, s.name},
                                {"icon_url"_L1, QJsonValue::Null},
                                {"popular"_L1, s.popular}});
    }
    return json(200, {{"success"_L1, true}, {"message"_L1, u"OK"_s}, {"data"_L1, list}});
}

Response State::prices(const QUrlQuery &query)
{
    const QString serviceText = query.queryItemValue(u"service"_s);
    if (serviceText.isEmpty())
        return validationFailure({{u"service"_s, u"The service field is required."_s}});
    const auto serviceId = integerField(serviceText);
    if (!serviceId)
        return validationFailure({{u"service"_s, u"The service field must be an integer."_s}});
    if (!m_catalogue.service(*serviceId))
        return validationFailure({{u"service"_s, u"The selected service is invalid."_s}});
    bool bad = false;
    const int page = intQuery(query, u"page"_s, 1, 1, 1'000'000, &bad);
    const int perPage = intQuery(query, u"per_page"_s, 50, 1, 50, &bad);
    if (bad)
        return validationFailure({{u"page"_s, u"The page field must be a positive integer."_s}});

    const auto offers = m_catalogue.offers(*serviceId);
    QJsonArray rows;
    const qsizetype first = qsizetype(page - 1) * perPage;
    for (qsizetype i = first; i < offers.size() && i < first + perPage; ++i) {
        const Country *country = offers.at(i).first;
        const Offer offer = liveOffer(*serviceId, country->id).value_or(offers.at(i).second);
        const qint64 sold = m_stockSold.value({*serviceId, country->id});
        const qint64 stock = qMax<qint64>(0, offer.stock - sold);
        rows.append(
            QJsonObject{{"country_id"_L1, country->id},
                        {"country"_L1, countryName(*country)},
                        {"country_code"_L1, country->iso},
                        {"dial_code"_L1, country->dialCode},
                        {"price"_L1, listedPrice(*country, toGhs(offer.priceUsdCents))},
                        {"price_usd"_L1, money(offer.priceUsdCents)},
                        {"stock"_L1, stock},
                        {"success_rate"_L1, offer.successRateTenths < 0
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(offer.successRateTenths / 10.0)},
                        {"pool"_L1, QJsonValue::Null}});
    }
    return json(200, {{"success"_L1, true},
                      {"message"_L1, u"OK"_s},
                      {"data"_L1, rows},
                      {"meta"_L1, meta(page, perPage, static_cast<int>(offers.size()))}});
}

void State::advance()
{
    const QDateTime t = now();
    for (OrderRec &o : m_orders) {
        if (o.status == Status::Pending && o.smsAt && *o.smsAt <= t && *o.smsAt < o.expiresAt) {
            o.status = Status::Received;
            const quint64 h = Catalogue::mix(m_config.seed, static_cast<quint64>(o.id) * 7919);
            const int code = 100000 + static_cast<int>(h % 900000);
            const QString name = m_catalogue.service(o.serviceId)->name;
            const QString dashed =
                u"%1-%2"_s.arg(code / 1000).arg(code % 1000, 3, 10, QLatin1Char('0'));
            o.smsCode = QString::number(code);
            switch (h % 3) {
            case 0:
                o.smsText =
                    u"Your %1 code is %2. Don't share this code with anyone."_s.arg(name, dashed);
                break;
            case 1:
                o.smsText =
                    u"<#> %1 code: %2. Do not give this code to anyone."_s.arg(name, o.smsCode);
                break;
            default:
                o.smsText = u"%1 is your %2 verification code."_s.arg(o.smsCode, name);
                break;
            }
        }
        if (o.status == Status::Pending && o.expiresAt <= t) {
            o.status = Status::Expired;
            for (User &u : m_users) {
                if (u.id == o.userId)
                    u.balance += o.cost; // an expired order costs nothing
            }
        }
        if (o.status == Status::Received && o.expiresAt <= t)
            o.status = Status::Completed;
    }
}

QString State::countryName(const Country &country) const
{
    if (m_config.hostileText && country.iso == u"GH")
        return u"\u202EaissuR"_s;
    return country.name;
}

QString State::listedPrice(const Country &country, qint64 pesewas) const
{
    if (m_config.hostilePrices) {
        static const QHash<QString, QString> listed{{u"GH"_s, u"-4.20"_s},
                                                    {u"NG"_s, u"0"_s},
                                                    {u"IN"_s, u"0.000000001"_s},
                                                    {u"US"_s, u"2000000.00"_s}};
        if (const auto it = listed.constFind(country.iso); it != listed.cend())
            return *it;
    }
    return money(pesewas);
}

QJsonObject State::orderJson(const OrderRec &o) const
{
    static const char16_t *const names[] = {u"pending", u"received", u"completed", u"cancelled",
                                            u"expired"};
    const QDateTime t = now();
    const Country *country = m_catalogue.country(o.countryId);
    const bool canCancel = o.status == Status::Pending &&
                           o.createdAt.secsTo(t) >= cancelAfterSeconds && t < o.expiresAt;
    const bool hasSms = !o.smsText.isEmpty();
    const bool hostile = m_config.hostileText;
    const QString rlo = hostile ? u"\u202E"_s : QString();
    const QString phone = hostile ? u"\u2066"_s + o.phone + u"\u2069"_s : o.phone;
    QJsonObject json{
        {"id"_L1, o.id},
        {"order_code"_L1, o.code},
        {"service_id"_L1, o.serviceId},
        {"service"_L1, m_catalogue.service(o.serviceId)->name},
        {"country_id"_L1, o.countryId},
        {"country"_L1, countryName(*country)},
        {"country_code"_L1, country->iso},
        {"phone_number"_L1, phone},
        {"cost"_L1, money(o.cost)},
        {"cost_usd"_L1, money(o.costUsd)},
        {"symbol_ghs"_L1, u"₵"_s},
        {"symbol_usd"_L1, u"$"_s},
        {"status"_L1, QString::fromUtf16(names[static_cast<int>(o.status)])},
        {"sms_code"_L1, hasSms ? QJsonValue(rlo + o.smsCode) : QJsonValue(QJsonValue::Null)},
        {"sms_text"_L1, hasSms ? QJsonValue(rlo + o.smsText) : QJsonValue(QJsonValue::Null)},
        {"created_at"_L1, timestamp(o.createdAt)},
        {"expires_at"_L1, timestamp(o.expiresAt)},
        {"time_left"_L1, qMax<qint64>(0, t.secsTo(o.expiresAt))},
        {"can_cancel"_L1, canCancel}};
    if (m_config.timeLeftOnly)
        json.remove("expires_at"_L1);
    return json;
}

Response State::listOrders(const User &user, const QUrlQuery &query)
{
    const QString status =
        query.hasQueryItem(u"status"_s) ? query.queryItemValue(u"status"_s) : u"all"_s;
    static const QStringList statuses{u"active"_s, u"completed"_s, u"cancelled"_s, u"expired"_s,
                                      u"all"_s};
    if (!statuses.contains(status))
        return validationFailure({{u"status"_s, u"The selected status is invalid."_s}});
    bool bad = false;
    const int page = intQuery(query, u"page"_s, 1, 1, 1'000'000, &bad);
    const int perPage = intQuery(query, u"per_page"_s, 20, 1, 100, &bad);
    if (bad)
        return validationFailure({{u"page"_s, u"The page field must be a positive integer."_s}});

    QList<const OrderRec *> matching;
    for (auto it = m_orders.crbegin(); it != m_orders.crend(); ++it) {
        if (it->userId != user.id)
            continue;
        const bool keep = status == u"all" ||
                          (status == u"active" &&
                           (it->status == Status::Pending || it->status == Status::Received)) ||
                          (status == u"completed" && it->status == Status::Completed) ||
                          (status == u"cancelled" && it->status == Status::Cancelled) ||
                          (status == u"expired" && it->status == Status::Expired);
        if (keep)
            matching.append(&*it);
    }
    QJsonArray rows;
    const qsizetype first = qsizetype(page - 1) * perPage;
    for (qsizetype i = first; i < matching.size() && i < first + perPage; ++i)
        rows.append(orderJson(*matching.at(i)));
    return json(200, {{"success"_L1, true},
                      {"message"_L1, u"OK"_s},
                      {"data"_L1, rows},
                      {"meta"_L1, meta(page, perPage, static_cast<int>(matching.size()))}});
}

Response State::createOrder(User &user, const QJsonObject &body)
{
    QList<std::pair<QString, QString>> errors;
    const auto countryId = integerField(field(body, "country"));
    const auto serviceId = integerField(field(body, "service"));
    if (field(body, "country").isEmpty())
        errors.append({u"country"_s, u"The country field is required."_s});
    else if (!countryId || !m_catalogue.country(*countryId))
        errors.append({u"country"_s, u"The selected country is invalid."_s});
    if (field(body, "service").isEmpty())
        errors.append({u"service"_s, u"The service field is required."_s});
    else if (!serviceId || !m_catalogue.service(*serviceId))
        errors.append({u"service"_s, u"The selected service is invalid."_s});
    const QString option = field(body, "pricing_option");
    if (!option.isEmpty() && option != u"0" && option != u"1")
        errors.append({u"pricing_option"_s, u"The selected pricing option is invalid."_s});
    if (!errors.isEmpty())
        return validationFailure(errors);

    const auto offer = liveOffer(*serviceId, *countryId);
    if (!offer)
        return failure(422, u"This service is not available in the selected country."_s,
                       u"SERVICE_UNAVAILABLE"_s);
    const qint64 sold = m_stockSold.value({*serviceId, *countryId});
    if (offer->stock - sold <= 0)
        return failure(422, u"No numbers are available for this service and country right now."_s,
                       u"OUT_OF_STOCK"_s);
    qint64 cost = toGhs(offer->priceUsdCents);
    qint64 costUsd = offer->priceUsdCents;
    if (option == u"1" && m_config.bestRatePremiumPercent > 0) {
        // The best success rate is a better number, at a price of its own.
        const auto premium = [this](qint64 amount) {
            return (amount * (100 + m_config.bestRatePremiumPercent) + 50) / 100;
        };
        cost = premium(cost);
        costUsd = premium(costUsd);
    }
    if (user.balance < cost)
        return failure(422, u"Insufficient balance. Please top up your account."_s,
                       u"INSUFFICIENT_BALANCE"_s);

    user.balance -= cost;
    m_stockSold[{*serviceId, *countryId}] = sold + 1;
    OrderRec o;
    o.id = 5000 + m_orders.size() + 1;
    const quint64 h = Catalogue::mix(m_config.seed ^ 0x0bad, static_cast<quint64>(o.id));
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 8; ++i)
        o.code.append(QLatin1Char(alphabet[(h >> (i * 5)) % 32]));
    o.userId = user.id;
    o.serviceId = *serviceId;
    o.countryId = *countryId;
    const QString digits = QString::number(100000000 + (h >> 20) % 900000000);
    o.phone = m_catalogue.country(*countryId)->dialCode + digits;
    o.cost = cost;
    o.costUsd = costUsd;
    o.createdAt = now();
    o.expiresAt = o.createdAt.addSecs(orderWindowSeconds);
    const bool firstOrder = orderCountOf(user.email) == 0;
    const bool neverArrives = !firstOrder && m_config.noSmsEvery > 0 &&
                              (h >> 40) % static_cast<quint64>(m_config.noSmsEvery) == 0;
    if (!neverArrives)
        o.smsAt = o.createdAt.addSecs(m_config.smsDelaySeconds);
    m_orders.append(o);
    return json(201, {{"success"_L1, true},
                      {"message"_L1, u"Order created successfully"_s},
                      {"data"_L1, orderJson(o)}});
}

Response State::showOrder(const User &user, qint64 orderId)
{
    for (const OrderRec &o : std::as_const(m_orders)) {
        if (o.id == orderId && o.userId == user.id)
            return json(200,
                        {{"success"_L1, true}, {"message"_L1, u"OK"_s}, {"data"_L1, orderJson(o)}});
    }
    return failure(404, u"Order not found."_s);
}

Response State::cancelOrder(User &user, qint64 orderId)
{
    for (OrderRec &o : m_orders) {
        if (o.id != orderId || o.userId != user.id)
            continue;
        if (o.status != Status::Pending)
            return failure(400, u"This order can no longer be cancelled."_s);
        if (o.createdAt.secsTo(now()) < cancelAfterSeconds)
            return failure(400, u"This order cannot be cancelled yet, please try again later."_s);
        o.status = Status::Cancelled;
        user.balance += o.cost;
        return json(200, {{"success"_L1, true},
                          {"message"_L1, u"Order cancelled and refunded."_s},
                          {"data"_L1, orderJson(o)}});
    }
    return failure(404, u"Order not found."_s);
}

} // namespace Sandbox
