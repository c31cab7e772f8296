#include "sandbox/fault.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

bool Fault::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (count == 0)
        return false;
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (path.isEmpty())
        return true;
    return QRegularExpression::fromWildcard(path, Qt::CaseSensitive).match(requestPath).hasMatch();
}

std::optional<Fault> Fault::fromMap(const QVariantMap &map, QString *error)
{
    static const QHash<QString, Kind> kinds{
        {u"status"_s, Kind::Status},         {u"delay"_s, Kind::Delay},
        {u"html502"_s, Kind::Html502},       {u"malformed"_s, Kind::MalformedJson},
        {u"truncated"_s, Kind::Truncated},   {u"reset"_s, Kind::Reset},
        {u"ratelimit"_s, Kind::RateLimited}, {u"redirect"_s, Kind::Redirect},
        {u"drop"_s, Kind::CommitThenDrop},   {u"late"_s, Kind::LateCommit},
        {u"trickle"_s, Kind::Trickle},
    };
    const QString kindName = map.value(u"kind"_s).toString();
    if (!kinds.contains(kindName)) {
        *error = u"unknown fault kind \"%1\""_s.arg(kindName);
        return std::nullopt;
    }
    Fault f;
    f.kind = kinds.value(kindName);
    f.method = map.value(u"method"_s).toString().toUpper().toLatin1();
    f.path = map.value(u"path"_s).toString();
    const auto number = [&](const QString &key, int fallback, int min,
                            int max) -> std::optional<int> {
        if (!map.contains(key))
            return fallback;
        bool ok = false;
        const int n = map.value(key).toInt(&ok);
        if (!ok || n < min || n > max) {
            *error = u"bad value for %1"_s.arg(key);
            return std::nullopt;
        }
        return n;
    };
    const auto count = number(u"count"_s, 1, -1, 1'000'000);
    const auto status = number(u"status"_s, 500, 100, 599);
    const auto delay = number(u"delay_ms"_s, 0, 0, 600'000);
    const auto retryAfter = number(u"retry_after"_s, 30, 0, 86'400);
    if (!count || !status || !delay || !retryAfter)
        return std::nullopt;
    f.count = *count;
    f.status = *status;
    f.delayMs = f.kind == Kind::Trickle && *delay == 0 ? 1000 : *delay;
    f.retryAfter = *retryAfter;
    f.body = map.value(u"body"_s).toString().toUtf8();
    f.location = QUrl(map.value(u"location"_s).toString());
    if (f.kind == Kind::Redirect && !f.location.isValid()) {
        *error = u"a redirect needs a location"_s;
        return std::nullopt;
    }
    return f;
}

std::optional<Fault> Fault::fromSpec(const QString &spec, QString *error)
{
    QVariantMap map;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            *error = u"expected key=value, got \"%1\""_s.arg(part);
            return std::nullopt;
        }
        map.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return fromMap(map, error);
}

} // namespace Sandbox
