#pragma once

// A user's order book as it is after a few years: `count` orders over the
// services and countries, most with a code, some expired, labelled here and
// there. Written in batches, as the app writes it.
#include "core/book/orderbook.h"

#include <QRandomGenerator>
#include <QTimeZone>

inline void fillBook(const QString &path, int count)
{
    using namespace Qt::StringLiterals;
    static const QStringList services{u"WhatsApp"_s, u"Telegram"_s, u"Google"_s, u"Facebook"_s,
                                      u"TikTok"_s};
    static const QStringList countries{u"Ghana"_s,  u"Nigeria"_s, u"Kenya"_s,
                                       u"Brazil"_s, u"India"_s,   u"Côte d’Ivoire"_s};
    QRandomGenerator random(7);
    OrderBook book;
    if (!book.open(path))
        return;
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc());
    constexpr int batch = 500;
    for (int first = 1; first <= count; first += batch) {
        QList<Order> orders;
        for (int id = first; id < first + batch && id <= count; ++id) {
            Order o;
            o.id = id;
            o.orderCode = u"K%1"_s.arg(id, 7, 10, QChar(u'0'));
            const int s = random.bounded(int(services.size()));
            const int c = random.bounded(int(countries.size()));
            o.serviceId = 1012 + s;
            o.service = services.at(s);
            o.countryId = 42 + c;
            o.country = countries.at(c);
            o.countryCode = u"GH"_s;
            o.phoneNumber = u"+233%1"_s.arg(200000000 + random.bounded(99999999));
            o.cost = Money(200 + random.bounded(1000), u"GHS"_s);
            o.costUsd = Money(o.cost.minorUnits() / 15, u"USD"_s);
            const bool code = random.bounded(5) != 0;
            o.status = code ? Order::Status::Completed : Order::Status::Expired;
            o.statusText = code ? u"completed"_s : u"expired"_s;
            if (code) {
                o.smsCode = QString::number(100000 + random.bounded(899999));
                o.smsText = u"Your %1 code is %2"_s.arg(o.service, o.smsCode);
            }
            o.createdAt = start.addSecs(qint64(id) * 6000);
            o.expiresAt = o.createdAt.addSecs(1200);
            orders.append(o);
        }
        book.record(orders, BookEntry::Origin::Listed, start.addSecs(qint64(first) * 6000));
    }
    for (int id = 1; id <= count; id += 37)
        book.setLabel(id, u"Shop account %1"_s.arg(id));
}
