#include "cli/output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The columns a cell takes in a terminal: marks take none.
qsizetype widthOf(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing &&
            category != QChar::Other_Format && !c.isLowSurrogate())
            ++width;
    }
    return width;
}

} // namespace

void Output::progress(const QString &message) const
{
    if (!m_quiet)
        write(stderr, message + u'\n');
}

void Output::message(const QString &message) const
{
    write(stderr, message + u'\n');
}

void Output::prompt(const QString &question) const
{
    write(stderr, question + u' ');
}

void Output::line(const QString &text) const
{
    write(stdout, text + u'\n');
}

void Output::table(const QStringList &headings, const QList<QStringList> &rows,
                   const QList<int> &right) const
{
    QList<qsizetype> widths(headings.size(), 0);
    for (qsizetype c = 0; c < headings.size(); ++c)
        widths[c] = widthOf(headings.at(c));
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], widthOf(row.at(c)));
    }
    QString text;
    const auto addRow = [&](const QStringList &cells) {
        QString out;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = c < cells.size() ? cells.at(c) : QString();
            const QString pad(widths[c] - widthOf(cell), u' ');
            const bool last = c == widths.size() - 1;
            if (c > 0)
                out += u"  "_s;
            if (right.contains(int(c)))
                out += pad + cell;
            else
                out += last ? cell : cell + pad;
        }
        // A right-aligned last column or an empty one leaves no trailing blanks.
        while (out.endsWith(u' '))
            out.chop(1);
        text += out + u'\n';
    };
    addRow(headings);
    for (const QStringList &row : rows)
        addRow(row);
    write(stdout, text);
}

void Output::json(const QJsonValue &value) const
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QJsonValue Output::money(const Money &money)
{
    if (!money.isValid())
        return QJsonValue::Null;
    return QJsonObject{{u"amount"_s, money.toDecimal()}, {u"currency"_s, money.currency()}};
}

QJsonValue Output::time(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QString Output::statusWord(Order::Status status)
{
    switch (status) {
    case Order::Status::Pending:
        return u"pending"_s;
    case Order::Status::Received:
        return u"received"_s;
    case Order::Status::Completed:
        return u"completed"_s;
    case Order::Status::Cancelled:
        return u"cancelled"_s;
    case Order::Status::Expired:
        return u"expired"_s;
    case Order::Status::Refunded:
        return u"refunded"_s;
    case Order::Status::Unknown:
        break;
    }
    return u"unknown"_s;
}

QJsonObject Output::order(const Order &order)
{
    const auto orNull = [](const QString &text) -> QJsonValue {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return {{u"id"_s, order.id},
            {u"order_code"_s, orNull(order.orderCode)},
            {u"service_id"_s, order.serviceId},
            {u"service"_s, order.service},
            {u"country_id"_s, order.countryId},
            {u"country"_s, order.country},
            {u"country_code"_s, orNull(order.countryCode)},
            {u"phone_number"_s, order.phoneNumber},
            {u"cost"_s, money(order.cost)},
            {u"cost_usd"_s, money(order.costUsd)},
            {u"status"_s, statusWord(order.status)},
            {u"server_status"_s, order.statusText},
            {u"sms_code"_s, orNull(order.smsCode)},
            {u"sms_text"_s, orNull(order.smsText)},
            {u"created_at"_s, time(order.createdAt)},
            {u"expires_at"_s, time(order.expiresAt)},
            {u"can_cancel"_s, order.canCancel}};
}

QJsonObject Output::price(const CountryPrice &price)
{
    return {{u"country_id"_s, price.countryId},
            {u"country"_s, price.country},
            {u"country_code"_s, price.countryCode},
            {u"dial_code"_s, price.dialCode},
            {u"price"_s, money(price.price)},
            {u"price_usd"_s, money(price.priceUsd)},
            {u"stock"_s, price.stock},
            {u"success_rate"_s,
             price.successRate ? QJsonValue(*price.successRate) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject Output::service(const Service &service)
{
    return {{u"id"_s, service.id}, {u"name"_s, service.name}, {u"popular"_s, service.popular}};
}
