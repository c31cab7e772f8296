#pragma once

#include "core/domain/types.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// What n1sms prints: data on standard output (aligned text, or one JSON
// document with --json), messages on standard error (progress only without
// --quiet). No colour: the text reads the same in a terminal, a pipe or a log.
class Output final
{
public:
    Output(bool json, bool quiet)
        : m_json(json)
        , m_quiet(quiet)
    {}

    bool isJson() const { return m_json; }

    // Progress ("Signing in…"): standard error, unless --quiet.
    void progress(const QString &message) const;
    // A warning or an error: standard error, always.
    void message(const QString &message) const;
    // A question on standard error, the answer typed on the same line.
    void prompt(const QString &question) const;
    // A line of data (text mode).
    void line(const QString &text) const;
    // Columns aligned to their widest cell; `right` columns (numbers, amounts)
    // aligned right. A heading row first.
    void table(const QStringList &headings, const QList<QStringList> &rows,
               const QList<int> &right = {}) const;
    // The one JSON document of a --json run.
    void json(const QJsonValue &value) const;

    // {"amount": "4.20", "currency": "GHS"}: exact, as text.
    static QJsonValue money(const Money &money);
    // ISO 8601 in UTC ("2026-11-30T18:00:00Z"), or null.
    static QJsonValue time(const QDateTime &time);
    static QJsonObject order(const Order &order);
    static QJsonObject price(const CountryPrice &price);
    static QJsonObject service(const Service &service);
    // Order::Status as the API's lower-case word.
    static QString statusWord(Order::Status status);

private:
    bool m_json;
    bool m_quiet;
};
