#pragma once

#include "core/api/result.h"
#include "core/domain/types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// Pure functions from the bytes of an answer to a value or an error. All the
// leniency of the contract's "Tolerance" section lives here and nowhere else.
namespace Decode {

// Lenient readers: a number may come as a string and a string of digits as a
// number; null is the same as missing.
std::optional<qint64> integer(const QJsonValue &v);
std::optional<Money> money(const QJsonValue &v, const QString &currency);
std::optional<bool> boolean(const QJsonValue &v);
std::optional<double> real(const QJsonValue &v);
// Text from the server is made inert here: bidirectional controls and
// invisible formatting are removed (they can make "123456" show as "654321"),
// and no field is longer than maxTextLength.
QString text(const QJsonValue &v);
QString inert(const QString &s);
constexpr qsizetype maxTextLength = 10'000;
// A one-time code as shown and copied: ASCII letters and digits only.
QString code(const QString &s);
// A phone number as shown and copied: "+" (when it had one) and digits.
QString phoneNumber(const QString &s);
// Longer sign-in tokens are refused: they would ride on every request.
constexpr qsizetype maxTokenBytes = 4096;
// ISO 8601 with or without fractions (any number of digits) and zone, Laravel's
// "Y-m-d H:i:s", or Unix seconds. No zone means UTC.
QDateTime timestamp(const QJsonValue &v);
// An HTTP date (RFC 7231 IMF-fixdate), as in Date and Retry-After headers.
QDateTime httpDate(const QByteArray &value);
Order::Status orderStatus(const QString &status);
// The one-time code in an SMS text, digits only: "Your WhatsApp code is
// 482-913" gives "482913". Empty when there is none.
QString codeFromText(const QString &smsText);

// The whole answer as a JSON object, or Malformed. A 2xx whose envelope says
// "success": false is returned as the failure it is.
Result<QJsonObject> envelope(const QByteArray &body, int httpStatus = 200);
// A failure's text: `message`, else the first entry of `errors`.
QString failureMessage(const QJsonObject &root);

Result<Session> login(const QByteArray &body);
Result<RegistrationResult> registration(const QByteArray &body);
// Orders may give `time_left` instead of `expires_at`: `now` is the server's
// time when the answer came (ApiClient::serverNow), so that the expiry and the
// countdown, which runs on the server's clock too, agree. Decoders stay pure:
// they never read a clock.
Result<Dashboard> dashboard(const QByteArray &body, const QDateTime &now);
Result<QList<Service>> services(const QByteArray &body);
Result<Page<CountryPrice>> prices(const QByteArray &body);
Result<Page<Order>> orders(const QByteArray &body, const QDateTime &now);
Result<Order> order(const QByteArray &body, const QDateTime &now);

// Row decoders, shared by the answers above.
std::optional<Order> orderFrom(const QJsonObject &o, const QDateTime &now);
std::optional<CountryPrice> priceFrom(const QJsonObject &o);

} // namespace Decode
