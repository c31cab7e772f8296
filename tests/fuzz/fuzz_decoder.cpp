// One libFuzzer target per decoder, chosen by N1SMS_FUZZ_<NAME> at compile
// time. Every decoded value is used, so that the sanitizers see all of it.
#include "core/api/apierror.h"
#include "core/api/decoders.h"
#include "core/domain/money.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

namespace {

// The decoders are pure: the server's time is given, never read.
const QDateTime serverNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

void use(const QString &s)
{
    volatile qsizetype n = s.size();
    (void)n;
}

[[maybe_unused]] void use(const Money &m)
{
    use(m.toDecimal());
    use(formatMoney(m));
}

[[maybe_unused]] void use(const Order &o)
{
    use(o.phoneNumber);
    use(o.smsCode);
    use(o.cost);
    use(o.createdAt.toString());
    volatile bool waiting = o.isWaiting();
    (void)waiting;
}

template <typename T> void useResult(const Result<T> &r)
{
    if (!r)
        use(r.error().userMessage());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
#if defined(N1SMS_FUZZ_LOGIN)
    const auto r = Decode::login(body);
    useResult(r);
    if (r)
        use(r->token + r->user.email);
#elif defined(N1SMS_FUZZ_REGISTRATION)
    const auto r = Decode::registration(body);
    useResult(r);
    if (r)
        use(r->message);
#elif defined(N1SMS_FUZZ_DASHBOARD)
    const auto r = Decode::dashboard(body, serverNow);
    useResult(r);
    if (r) {
        use(r->balance);
        use(r->stats.totalSpent);
        for (const Order &o : r->recentOrders)
            use(o);
    }
#elif defined(N1SMS_FUZZ_SERVICES)
    const auto r = Decode::services(body);
    useResult(r);
    if (r) {
        for (const Service &s : r.value())
            use(s.name + s.iconUrl.toString());
    }
#elif defined(N1SMS_FUZZ_PRICES)
    const auto r = Decode::prices(body);
    useResult(r);
    if (r) {
        for (const CountryPrice &p : r->items) {
            use(p.price);
            use(p.priceUsd);
            use(p.country + p.dialCode);
        }
    }
#elif defined(N1SMS_FUZZ_ORDERS)
    const auto r = Decode::orders(body, serverNow);
    useResult(r);
    if (r) {
        for (const Order &o : r->items)
            use(o);
    }
#elif defined(N1SMS_FUZZ_ORDER)
    const auto r = Decode::order(body, serverNow);
    useResult(r);
    if (r)
        use(r.value());
#elif defined(N1SMS_FUZZ_ERROR)
    // Error answers, and the smaller lenient readers, from the same bytes.
    for (int status : {401, 422, 429, 503, 502, 404})
        use(ApiError::fromHttp(status, body, body.left(32), status == 404).userMessage());
    use(Decode::codeFromText(QString::fromUtf8(body)));
    if (const auto m = Money::fromDecimal(QString::fromUtf8(body), QStringLiteral("GHS")))
        use(*m);
    use(Decode::httpDate(body).toString());
#else
#error "define one N1SMS_FUZZ_<NAME>"
#endif
    return 0;
}
