#pragma once

#include "core/domain/types.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One order as the order book keeps it: the server's order, what this app
// learnt about it over time, and what the user wrote on it.
struct BookEntry
{
    enum class Origin
    {
        Bought,     // bought in this app
        Listed,     // seen in one of the server's order lists
        Reconciled, // found after a purchase of unknown outcome
    };

    Order order;
    Origin origin = Origin::Listed;
    QDateTime firstSeen;
    QDateTime updatedAt;
    // A complete order list of the server no longer has it (never deleted
    // here for that): invalid while the server lists it.
    QDateTime absentSince;
    QString label;
    QString note;
    qint64 follows = 0;  // the order this one tried again (Buy again…)
    QString lastMessage; // the server's last words about it (a refusal)
};

struct StatusChange
{
    QString status; // as the server said it
    QDateTime at;
};

// How a group of orders went (a month, a service, a country): what the user
// bought, how many brought a code and what it cost.
struct BookFigure
{
    QString key;     // "2026-11", a service id, a country id
    QString name;    // "November 2026", "WhatsApp", "Ghana"
    QString code;    // the country's ISO code, for its flag
    int bought = 0;  // every order
    int decided = 0; // ended with or without a code (waiting ones not yet)
    int gotCode = 0;
    Money spent; // what was charged and not refunded, in cedi
};

// The user's own record for one country of one service: "You: 4 of 5".
struct OwnRecord
{
    int gotCode = 0;
    int decided = 0;
};
