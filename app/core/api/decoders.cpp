#include "core/api/decoders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

int clampToInt(qint64 value, qint64 low, qint64 high)
{
    return static_cast<int>(std::clamp(value, low, high));
}

} // namespace

namespace Decode {

std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<Money> money(const QJsonValue &v, const QString &currency)
{
    if (v.isString())
        return Money::fromDecimal(v.toString(), currency);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 1.0e13)
            return std::nullopt;
        // 15 significant digits give back the decimal the server wrote.
        return Money::fromDecimal(QString::number(d, 'f', 6), currency);
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true" || s == u"1" || s == u"yes")
            return true;
        if (s == u"false" || s == u"0" || s == u"no" || s.isEmpty())
            return false;
    }
    return std::nullopt;
}

std::optional<double> real(const QJsonValue &v)
{
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

namespace {

// U+061C, U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF: the marks,
// embeddings, overrides and isolates of bidirectional text, and the
// zero-width characters that hide between letters.
bool isInvisibleFormatting(char16_t c)
{
    return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

} // namespace

QString inert(const QString &s)
{
    const auto bad = [](QChar c) {
        const char16_t u = c.unicode();
        return isInvisibleFormatting(u) || (u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7F;
    };
    QString clean = std::any_of(s.cbegin(), s.cend(), bad) ? QString(s).removeIf(bad) : s;
    if (clean.size() > maxTextLength) {
        clean.truncate(maxTextLength);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
        clean.append(u'…');
    }
    return clean;
}

QString code(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
        else if (c.unicode() < 0x80 && c.isLetter())
            out.append(c);
    }
    return out.left(32);
}

QString phoneNumber(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
        else if (c == u'+' && out.isEmpty())
            out.append(c); // only before the first digit
    }
    return out.left(33);
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return inert(v.toString());
    if (v.isDouble()) {
        if (const auto n = integer(v))
            return QString::number(*n);
        return QString::number(v.toDouble());
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QDateTime timestamp(const QJsonValue &v)
{
    if (v.isDouble() || (v.isString() && !v.toString().contains(u'-'))) {
        if (const auto seconds = integer(v); seconds && *seconds > 0)
            return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
        return {};
    }
    static const QRegularExpression re(
        uR"(^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(v.toString());
    if (!m.hasMatch())
        return {};
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                     m.capturedView(3).toInt());
    const int ms =
        m.capturedView(7).isEmpty() ? 0 : QString(m.captured(7) + u"00"_s).left(3).toInt();
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                     m.capturedView(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QStringView zone = m.capturedView(8);
    if (!zone.isEmpty() && zone.compare(u"Z", Qt::CaseInsensitive) != 0) {
        const QString digits = zone.mid(1).toString().remove(u':');
        offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) *
                        (zone.front() == u'-' ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QDateTime httpDate(const QByteArray &value)
{
    QString s = QString::fromLatin1(value.trimmed());
    if (!s.endsWith(u" GMT"_s))
        return {};
    s.chop(4);
    QDateTime when = QLocale::c().toDateTime(s, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid())
        return {};
    when.setTimeSpec(Qt::UTC);
    return when;
}

Order::Status orderStatus(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == u"pending" || s == u"waiting" || s == u"active")
        return Order::Status::Pending;
    if (s == u"received")
        return Order::Status::Received;
    if (s == u"completed" || s == u"finished")
        return Order::Status::Completed;
    if (s == u"cancelled" || s == u"canceled")
        return Order::Status::Cancelled;
    if (s == u"expired" || s == u"timeout")
        return Order::Status::Expired;
    if (s == u"refunded")
        return Order::Status::Refunded;
    return Order::Status::Unknown;
}

QString codeFromText(const QString &smsText)
{
    // Four to eight digits, or two groups of three joined by a dash or space;
    // never part of a longer run of digits (a phone number).
    static const QRegularExpression re(
        uR"((?<![\d+])(\d{3})[- ](\d{3})(?![\d])|(?<![\d+])(\d{4,8})(?!\d))"_s);
    const auto m = re.match(smsText);
    if (!m.hasMatch())
        return {};
    if (!m.capturedView(1).isEmpty())
        return m.captured(1) + m.captured(2);
    return m.captured(3);
}

QString failureMessage(const QJsonObject &root)
{
    const QString message = text(root.value("message"_L1)).trimmed();
    if (!message.isEmpty())
        return message;
    const QJsonObject errors = root.value("errors"_L1).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const QJsonValue first = it->isArray() ? it->toArray().first() : *it;
        const QString s = text(first).trimmed();
        if (!s.isEmpty())
            return s;
    }
    return {};
}

Result<QJsonObject> envelope(const QByteArray &body, int httpStatus)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::malformed(error.errorString());
    if (!doc.isObject())
        return ApiError::malformed(u"the answer is not a JSON object"_s);
    QJsonObject root = doc.object();
    if (const auto success = boolean(root.value("success"_L1)); success && !*success)
        return ApiError::fromHttp(httpStatus, body, {}, false);
    return root;
}

namespace {

User userFrom(const QJsonObject &o)
{
    User u;
    u.id = integer(o.value("id"_L1)).value_or(0);
    u.name = text(o.value("name"_L1));
    u.email = text(o.value("email"_L1));
    u.phone = text(o.value("phone"_L1));
    return u;
}

QJsonObject dataObject(const QJsonObject &root)
{
    return root.value("data"_L1).toObject();
}

// Both pagination shapes: rows in `data` with `meta` beside, or a Laravel
// paginator object inside `data`. A bare list without paging is one page.
struct RawPage
{
    QJsonArray rows;
    PageInfo info;
};

std::optional<RawPage> pageOf(const QJsonObject &root)
{
    RawPage page;
    QJsonObject paging;
    const QJsonValue data = root.value("data"_L1);
    if (data.isArray()) {
        page.rows = data.toArray();
        paging = root.value("meta"_L1).toObject();
    } else if (data.isObject() && data.toObject().value("data"_L1).isArray()) {
        paging = data.toObject();
        page.rows = paging.value("data"_L1).toArray();
        if (paging.value("meta"_L1).isObject())
            paging = paging.value("meta"_L1).toObject();
    } else if (data.isNull() || data.isUndefined()) {
        page.rows = {};
    } else {
        return std::nullopt;
    }
    PageInfo &info = page.info;
    const qint64 rows = page.rows.size();
    info.currentPage =
        clampToInt(integer(paging.value("current_page"_L1)).value_or(1), 1, 1'000'000);
    info.lastPage = clampToInt(integer(paging.value("last_page"_L1)).value_or(info.currentPage),
                               info.currentPage, 1'000'000);
    info.perPage = clampToInt(integer(paging.value("per_page"_L1)).value_or(rows), 0, 1'000'000);
    info.total = clampToInt(integer(paging.value("total"_L1)).value_or(rows), 0, 1'000'000'000);
    if (const auto more = boolean(paging.value("has_more"_L1)))
        info.hasMore = *more;
    else if (paging.contains("next_page_url"_L1))
        info.hasMore = !text(paging.value("next_page_url"_L1)).isEmpty();
    else
        info.hasMore = info.currentPage < info.lastPage;
    return page;
}

} // namespace

std::optional<CountryPrice> priceFrom(const QJsonObject &o)
{
    CountryPrice p;
    const auto id = integer(o.value("country_id"_L1));
    const auto price = money(o.value("price"_L1), u"GHS"_s);
    if (!id || !price)
        return std::nullopt;
    p.countryId = *id;
    p.price = *price;
    p.priceUsd = money(o.value("price_usd"_L1), u"USD"_s).value_or(Money());
    p.country = text(o.value("country"_L1));
    if (p.country.isEmpty())
        p.country = text(o.value("country_name"_L1));
    p.countryCode = text(o.value("country_code"_L1)).toUpper();
    p.dialCode = text(o.value("dial_code"_L1));
    if (!p.dialCode.isEmpty() && !p.dialCode.startsWith(u'+'))
        p.dialCode.prepend(u'+');
    p.stock = qMax<qint64>(0, integer(o.value("stock"_L1)).value_or(0));
    p.successRate = real(o.value("success_rate"_L1));
    p.pool = text(o.value("pool"_L1));
    return p;
}

std::optional<Order> orderFrom(const QJsonObject &o, const QDateTime &now)
{
    const auto id = integer(o.value("id"_L1));
    if (!id)
        return std::nullopt;
    Order r;
    r.id = *id;
    r.orderCode = text(o.value("order_code"_L1));
    r.serviceId = integer(o.value("service_id"_L1)).value_or(0);
    r.service = text(o.value("service"_L1));
    r.countryId = integer(o.value("country_id"_L1)).value_or(0);
    r.country = text(o.value("country"_L1));
    r.countryCode = text(o.value("country_code"_L1)).toUpper();
    r.phoneNumber = phoneNumber(text(o.value("phone_number"_L1)));
    // A cost the server sent but that cannot be read (beyond 64 bits, not a
    // number) makes the order unreadable: it is never shown as ₵0.00.
    const QJsonValue cost = o.contains("cost"_L1) ? o.value("cost"_L1) : o.value("cost_ghs"_L1);
    const auto charged = money(cost, u"GHS"_s);
    if (!charged && !cost.isUndefined() && !cost.isNull())
        return std::nullopt;
    r.cost = charged.value_or(Money(0, u"GHS"_s));
    r.costUsd = money(o.value("cost_usd"_L1), u"USD"_s).value_or(Money());
    r.statusText = text(o.value("status"_L1));
    r.status = orderStatus(r.statusText);
    r.smsText = text(o.value("sms_text"_L1));
    r.smsCode = code(text(o.value("sms_code"_L1)));
    if (r.smsCode.isEmpty() && !r.smsText.isEmpty())
        r.smsCode = codeFromText(r.smsText);
    r.createdAt = timestamp(o.value("created_at"_L1));
    r.expiresAt = timestamp(o.value("expires_at"_L1));
    if (!r.expiresAt.isValid() && r.createdAt.isValid()) {
        if (const auto left = integer(o.value("time_left"_L1)))
            r.expiresAt = now.addSecs(*left);
    }
    r.canCancel = boolean(o.value("can_cancel"_L1)).value_or(false);
    return r;
}

Result<Session> login(const QByteArray &body)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const QJsonObject data = dataObject(root.value());
    Session s;
    // Read as sent: a token is not text to show, and a changed one fails.
    const QJsonValue token = data.value("token"_L1);
    s.token = token.isString() ? token.toString() : text(token);
    if (s.token.isEmpty())
        return ApiError::malformed(u"the login answer has no token"_s);
    if (s.token.size() > maxTokenBytes) {
        return ApiError::ofKind(
            ApiError::Kind::TooLarge,
            QCoreApplication::translate("Decode",
                                        "The server's sign-in answer was refused: its token is "
                                        "too long (%L1 kB) to be sent with every request.")
                .arg((s.token.size() + 1023) / 1024));
    }
    s.expiresAt = timestamp(data.value("expires_at"_L1));
    s.user = userFrom(data.value("user"_L1).toObject());
    return s;
}

Result<RegistrationResult> registration(const QByteArray &body)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const QJsonObject data = dataObject(root.value());
    RegistrationResult r;
    r.userId = integer(data.value("user_id"_L1)).value_or(0);
    r.requiresVerification = boolean(data.value("requires_verification"_L1)).value_or(false);
    r.message = text(root->value("message"_L1));
    return r;
}

Result<Dashboard> dashboard(const QByteArray &body, const QDateTime &now)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const QJsonObject data = dataObject(root.value());
    Dashboard d;
    d.user = userFrom(data.value("user"_L1).toObject());
    const auto balance = money(data.value("balance"_L1), u"GHS"_s);
    if (!balance)
        return ApiError::malformed(u"the dashboard has no balance"_s);
    d.balance = *balance;
    d.balanceUsd = money(data.value("balance_usd"_L1), u"USD"_s).value_or(Money());
    const QJsonObject stats = data.value("stats"_L1).toObject();
    const auto count = [&](const char *key) {
        return clampToInt(integer(stats.value(QLatin1StringView(key))).value_or(0), 0,
                          std::numeric_limits<int>::max());
    };
    d.stats.totalOrders = count("total_orders");
    d.stats.activeOrders = count("active_orders");
    d.stats.completedOrders = count("completed_orders");
    d.stats.cancelledOrders = count("cancelled_orders");
    d.stats.totalSpent =
        money(stats.value("total_spent"_L1), u"GHS"_s).value_or(Money(0, u"GHS"_s));
    for (const QJsonValue &v : data.value("recent_orders"_L1).toArray()) {
        if (auto o = orderFrom(v.toObject(), now))
            d.recentOrders.append(std::move(*o));
    }
    return d;
}

Result<QList<Service>> services(const QByteArray &body)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const auto page = pageOf(root.value());
    if (!page)
        return ApiError::malformed(u"the services are not a list"_s);
    QList<Service> list;
    list.reserve(page->rows.size());
    for (const QJsonValue &v : page->rows) {
        const QJsonObject o = v.toObject();
        const auto id = integer(o.value("id"_L1));
        const QString name = text(o.value("name"_L1)).trimmed();
        if (!id || name.isEmpty())
            continue;
        Service s;
        s.id = *id;
        s.name = name;
        s.iconUrl = QUrl(text(o.value("icon_url"_L1)));
        s.popular = boolean(o.value("popular"_L1)).value_or(false);
        list.append(std::move(s));
    }
    return list;
}

Result<Page<CountryPrice>> prices(const QByteArray &body)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const auto page = pageOf(root.value());
    if (!page)
        return ApiError::malformed(u"the prices are not a list"_s);
    Page<CountryPrice> result;
    result.info = page->info;
    result.items.reserve(page->rows.size());
    for (const QJsonValue &v : page->rows) {
        if (auto p = priceFrom(v.toObject()))
            result.items.append(std::move(*p));
        else
            ++result.unreadable;
    }
    return result;
}

Result<Page<Order>> orders(const QByteArray &body, const QDateTime &now)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const auto page = pageOf(root.value());
    if (!page)
        return ApiError::malformed(u"the orders are not a list"_s);
    Page<Order> result;
    result.info = page->info;
    result.items.reserve(page->rows.size());
    for (const QJsonValue &v : page->rows) {
        if (auto o = orderFrom(v.toObject(), now))
            result.items.append(std::move(*o));
        else
            ++result.unreadable;
    }
    return result;
}

Result<Order> order(const QByteArray &body, const QDateTime &now)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    QJsonObject data = dataObject(root.value());
    if (data.value("order"_L1).isObject())
        data = data.value("order"_L1).toObject();
    auto o = orderFrom(data, now);
    if (!o)
        return ApiError::malformed(u"the answer holds no order"_s);
    return *o;
}

} // namespace Decode
