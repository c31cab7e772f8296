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
    // round half away from zero, as a server's rounding would. A comma is
    // read only as a thousands separator before exactly three digits; "1,5"
    // is refused, never taken for 15.00 or 1.50.
    static std::optional<Money> fromDecimal(QStringView text, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }

    // "4.20": the plain decimal form the API uses.
    QString toDecimal() const;

    // Amounts in the same currency only: cedi and dollars never compare
    // (unordered: every <, >, <=, >= is false) and never add up (the result
    // is invalid, and shows as no amount at all).
    bool sameCurrency(const Money &other) const
    {
        return isValid() && m_currency == other.m_currency;
    }
    friend bool operator==(const Money &, const Money &) = default;
    friend std::partial_ordering operator<=>(const Money &a, const Money &b)
    {
        if (!a.sameCurrency(b))
            return std::partial_ordering::unordered;
        return a.m_minor <=> b.m_minor;
    }
    Money operator-(const Money &other) const
    {
        return sameCurrency(other) ? Money(m_minor - other.m_minor, m_currency) : Money();
    }
    Money operator+(const Money &other) const
    {
        return sameCurrency(other) ? Money(m_minor + other.m_minor, m_currency) : Money();
    }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// The symbol that goes with a currency: ₵ for GHS, $ for USD, else the code.
QString currencySymbol(const QString &currency);

// "₵4.20", "$0.28", "−₵1.00"; grouping follows the application's locale.
QString formatMoney(const Money &money);
