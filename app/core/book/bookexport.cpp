#include "core/book/bookexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString utc(const QDateTime &time)
{
    // Without the zone letter, so that spreadsheets read it as a date.
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) : QString();
}

QString jsonTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString originName(BookEntry::Origin origin)
{
    switch (origin) {
    case BookEntry::Origin::Bought:
        return u"bought"_s;
    case BookEntry::Origin::Reconciled:
        return u"reconciled"_s;
    case BookEntry::Origin::Listed:
        break;
    }
    return u"listed"_s;
}

QString amount(const Money &money)
{
    return money.isValid() ? money.toDecimal() : QString();
}

// A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a
// leading apostrophe; a phone number is only digits after its plus.
QString harmless(const QString &text)
{
    static const QRegularExpression phone(uR"(^\+?[0-9 ]+$)"_s);
    if (text.isEmpty() || phone.match(text).hasMatch())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r')
        return u'\'' + text;
    return text;
}

QString cell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QStringList BookExport::csvColumns()
{
    return {u"order_id"_s,   u"order_code"_s,       u"bought_utc"_s, u"expires_utc"_s,
            u"service"_s,    u"service_id"_s,       u"country"_s,    u"country_code"_s,
            u"country_id"_s, u"number"_s,           u"status"_s,     u"code"_s,
            u"sms_text"_s,   u"cost_ghs"_s,         u"cost_usd"_s,   u"label"_s,
            u"note"_s,       u"follows_order_id"_s, u"origin"_s,     u"absent_since_utc"_s};
}

QByteArray BookExport::csv(const QList<BookEntry> &entries)
{
    QStringList lines{csvColumns().join(u',')};
    for (const BookEntry &e : entries) {
        const Order &o = e.order;
        const QStringList cells{QString::number(o.id),
                                harmless(o.orderCode),
                                utc(o.createdAt),
                                utc(o.expiresAt),
                                harmless(o.service),
                                QString::number(o.serviceId),
                                harmless(o.country),
                                harmless(o.countryCode),
                                QString::number(o.countryId),
                                harmless(o.phoneNumber),
                                harmless(o.statusText),
                                harmless(o.smsCode),
                                harmless(o.smsText),
                                amount(o.cost),
                                amount(o.costUsd),
                                harmless(e.label),
                                harmless(e.note),
                                e.follows > 0 ? QString::number(e.follows) : QString(),
                                originName(e.origin),
                                utc(e.absentSince)};
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(cell(c));
        lines.append(quoted.join(u','));
    }
    // CRLF and a byte-order mark: what spreadsheets expect of a CSV file.
    return "\xEF\xBB\xBF" + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QByteArray BookExport::json(const QList<BookEntry> &entries,
                            const QHash<qint64, QList<StatusChange>> &histories)
{
    const auto money = [](const Money &m) -> QJsonValue {
        if (!m.isValid())
            return QJsonValue::Null;
        return QJsonObject{{"amount"_L1, m.toDecimal()}, {"currency"_L1, m.currency()}};
    };
    QJsonArray orders;
    for (const BookEntry &e : entries) {
        const Order &o = e.order;
        QJsonObject row{{"id"_L1, o.id},
                        {"order_code"_L1, o.orderCode},
                        {"created_at"_L1, jsonTime(o.createdAt)},
                        {"expires_at"_L1, jsonTime(o.expiresAt)},
                        {"service"_L1, QJsonObject{{"id"_L1, o.serviceId}, {"name"_L1, o.service}}},
                        {"country"_L1, QJsonObject{{"id"_L1, o.countryId},
                                                   {"name"_L1, o.country},
                                                   {"code"_L1, o.countryCode}}},
                        {"number"_L1, o.phoneNumber},
                        {"status"_L1, o.statusText},
                        {"code"_L1, o.smsCode},
                        {"sms_text"_L1, o.smsText},
                        {"cost"_L1, money(o.cost)},
                        {"cost_usd"_L1, money(o.costUsd)},
                        {"label"_L1, e.label},
                        {"note"_L1, e.note},
                        {"follows"_L1, e.follows > 0 ? QJsonValue(e.follows) : QJsonValue()},
                        {"origin"_L1, originName(e.origin)},
                        {"absent_since"_L1, e.absentSince.isValid()
                                                ? QJsonValue(jsonTime(e.absentSince))
                                                : QJsonValue()}};
        const auto history = histories.constFind(o.id);
        if (history != histories.cend()) {
            QJsonArray changes;
            for (const StatusChange &c : *history)
                changes.append(QJsonObject{{"status"_L1, c.status}, {"at"_L1, jsonTime(c.at)}});
            row.insert("status_history"_L1, changes);
        }
        orders.append(row);
    }
    return QJsonDocument(QJsonObject{{"orders"_L1, orders}}).toJson(QJsonDocument::Indented);
}
