#pragma once

#include <QString>

#include <compare>
#include <optional>

// An exact amount of money: integer minor units (pesewas, cents) and an ISO
// currency code. Amounts never pass through binary floating point.
class Money final
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    // Parses "4.20", "4.2", "4", "-0.5", " 1,234.50 ". More than two decimals
    // round half away from zero, as a server's rounding would.
    static std::optional<Money> fromDecimal(QStringView text, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }

    // "4.20": the plain decimal form the API uses.
    QString toDecimal() const;

    friend bool operator==(const Money &, const Money &) = default;
    friend std::strong_ordering operator<=>(const Money &a, const Money &b)
    {
        return a.m_minor <=> b.m_minor;
    }
    Money operator-(const Money &other) const { return {m_minor - other.m_minor, m_currency}; }
    Money operator+(const Money &other) const { return {m_minor + other.m_minor, m_currency}; }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// The symbol that goes with a currency: ₵ for GHS, $ for USD, else the code.
QString currencySymbol(const QString &currency);

// "₵4.20", "$0.28", "−₵1.00"; grouping follows the application's locale.
QString formatMoney(const Money &money);
