#include "core/domain/money.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

std::optional<Money> Money::fromDecimal(QStringView text, const QString &currency)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (s.front() == u'-' || s.front() == u'+') {
        negative = s.front() == u'-';
        s = s.mid(1);
    }

    // A comma only groups thousands: "1,234.50". Anywhere else ("1,5",
    // "12,34") it could mean a decimal point, so the text is refused rather
    // than read as a wrong amount.
    const qsizetype point = s.indexOf(u'.');
    const QStringView wholePart = point < 0 ? s : s.first(point);
    if (wholePart.contains(u',')) {
        qsizetype group = 0; // digits since the last comma
        bool first = true;
        for (const QChar c : wholePart) {
            if (c != u',') {
                ++group;
                continue;
            }
            if (group == 0 || (first && group > 3) || (!first && group != 3))
                return std::nullopt;
            first = false;
            group = 0;
        }
        if (group != 3)
            return std::nullopt;
    }

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    bool seenDigit = false;
    bool inFraction = false;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000;

    for (const QChar c : s) {
        if (c == u',' && !inFraction)
            continue; // a thousands separator, checked above
        if (c == u'.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (!inFraction) {
            if (whole > limit)
                return std::nullopt;
            whole = whole * 10 + digit;
        } else if (fractionDigits < 2) {
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else if (fractionDigits == 2) {
            roundUp = digit >= 5;
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    while (fractionDigits < 2) {
        fraction *= 10;
        ++fractionDigits;
    }
    qint64 minor = whole * 100 + fraction + (roundUp ? 1 : 0);
    return Money(negative ? -minor : minor, currency);
}

QString Money::toDecimal() const
{
    const qint64 absolute = m_minor < 0 ? -m_minor : m_minor;
    return u"%1%2.%3"_s.arg(m_minor < 0 ? u"-"_s : QString())
        .arg(absolute / 100)
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QString currencySymbol(const QString &currency)
{
    if (currency == u"GHS")
        return u"₵"_s;
    if (currency == u"USD")
        return u"$"_s;
    return currency;
}

namespace {

// Where a locale puts a currency symbol, and with what space between: learnt
// from an integer, so that no amount ever meets a double.
struct CurrencyPattern
{
    bool symbolFirst = true;
    QString gap;
};

CurrencyPattern currencyPattern(const QLocale &locale)
{
    static thread_local QHash<QString, CurrencyPattern> known;
    if (const auto it = known.constFind(locale.name()); it != known.cend())
        return *it;
    const QString sample = locale.toCurrencyString(qlonglong(7), u"\u00A4"_s);
    const qsizetype symbol = sample.indexOf(u'\u00A4');
    const qsizetype digit = sample.indexOf(locale.toString(7));
    CurrencyPattern pattern;
    // The C locale (LANG unset) has no currency custom: English's, then.
    if (symbol >= 0 && digit >= 0 && locale.language() != QLocale::C) {
        pattern.symbolFirst = symbol < digit;
        pattern.gap = pattern.symbolFirst ? sample.mid(symbol + 1, digit - symbol - 1)
                                          : sample.mid(digit + 1, symbol - digit - 1);
        if (!pattern.gap.trimmed().isEmpty()) // anything but space is not ours to copy
            pattern.gap.clear();
    }
    known.insert(locale.name(), pattern);
    return pattern;
}

} // namespace

QString formatMoney(const Money &money)
{
    if (!money.isValid())
        return u"—"_s; // no amount, never a made-up one
    const QLocale locale;
    const qint64 absolute = money.minorUnits() < 0 ? -money.minorUnits() : money.minorUnits();
    const QString number = locale.toString(absolute / 100) + locale.decimalPoint() +
                           u"%1"_s.arg(absolute % 100, 2, 10, QLatin1Char('0'));
    const QString sign = money.minorUnits() < 0 ? locale.negativeSign() : QString();
    const CurrencyPattern pattern = currencyPattern(locale);
    const QString symbol = currencySymbol(money.currency());
    return pattern.symbolFirst ? sign + symbol + pattern.gap + number
                               : sign + number + pattern.gap + symbol;
}
