#include "core/domain/money.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fromDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");

        QTest::newRow("two decimals") << u"4.20"_s << true << qint64(420);
        QTest::newRow("one decimal") << u"4.2"_s << true << qint64(420);
        QTest::newRow("whole") << u"4"_s << true << qint64(400);
        QTest::newRow("zero") << u"0.00"_s << true << qint64(0);
        QTest::newRow("leading dot") << u".5"_s << true << qint64(50);
        QTest::newRow("negative") << u"-1.05"_s << true << qint64(-105);
        QTest::newRow("plus sign") << u"+3.10"_s << true << qint64(310);
        QTest::newRow("thousands") << u"1,234.50"_s << true << qint64(123450);
        QTest::newRow("spaces") << u"  125.40 "_s << true << qint64(12540);
        QTest::newRow("third decimal rounds up") << u"4.205"_s << true << qint64(421);
        QTest::newRow("third decimal rounds down") << u"4.204"_s << true << qint64(420);
        QTest::newRow("no binary error") << u"0.1"_s << true << qint64(10);
        QTest::newRow("large") << u"92233720368547.75"_s << true << qint64(9223372036854775);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("only sign") << u"-"_s << false << qint64(0);
        QTest::newRow("letters") << u"4.2O"_s << false << qint64(0);
        QTest::newRow("two dots") << u"4.2.1"_s << false << qint64(0);
        QTest::newRow("currency symbol") << u"₵4.20"_s << false << qint64(0);
        QTest::newRow("arabic digits") << u"٤.٢٠"_s << false << qint64(0);
        QTest::newRow("overflow") << u"99999999999999999999"_s << false << qint64(0);
        // A comma groups thousands, before exactly three digits, or the text
        // is refused: "1,5" is never 15.00 (nor 1.50, a guess).
        QTest::newRow("millions") << u"1,234,567.89"_s << true << qint64(123456789);
        QTest::newRow("comma as decimal") << u"1,5"_s << false << qint64(0);
        QTest::newRow("comma, two digits") << u"1,50"_s << false << qint64(0);
        QTest::newRow("comma, four digits") << u"12,3456"_s << false << qint64(0);
        QTest::newRow("long first group") << u"1234,567"_s << false << qint64(0);
        QTest::newRow("short inner group") << u"1,23,456"_s << false << qint64(0);
        QTest::newRow("leading comma") << u",500"_s << false << qint64(0);
        QTest::newRow("trailing comma") << u"500,"_s << false << qint64(0);
        QTest::newRow("double comma") << u"1,,500"_s << false << qint64(0);
        QTest::newRow("comma in decimals") << u"1.5,0"_s << false << qint64(0);
        QTest::newRow("comma before point") << u"1,.50"_s << false << qint64(0);
    }

    void fromDecimal()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto money = Money::fromDecimal(text, u"GHS"_s);
        QCOMPARE(money.has_value(), valid);
        if (valid) {
            QCOMPARE(money->minorUnits(), minor);
            QCOMPARE(money->currency(), u"GHS"_s);
        }
    }

    void toDecimal_roundTrips()
    {
        for (const QString &text : {u"4.20"_s, u"0.05"_s, u"-3.07"_s, u"1250.00"_s})
            QCOMPARE(Money::fromDecimal(text, u"GHS"_s)->toDecimal(), text);
    }

    void format_usesTheCurrencysOwnSymbol()
    {
        QCOMPARE(formatMoney(Money(420, u"GHS"_s)), u"₵4.20"_s);
        QCOMPARE(formatMoney(Money(28, u"USD"_s)), u"$0.28"_s);
        QCOMPARE(formatMoney(Money(123456, u"GHS"_s)), u"₵1,234.56"_s);
        QCOMPARE(formatMoney(Money(-100, u"GHS"_s)), u"-₵1.00"_s);
        QCOMPARE(formatMoney(Money(100, u"EUR"_s)), u"EUR1.00"_s);
    }

    void format_followsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("pesewas");
        QTest::addColumn<QString>("expected");
        // Grouping, decimal mark and the symbol's place are the locale's; the
        // symbol stays ₵. (U+00A0 and U+202F are the spaces France uses.)
        QTest::newRow("fr_FR") << u"fr_FR"_s << qint64(123456) << u"1\u202F234,56\u00A0₵"_s;
        QTest::newRow("fr_FR negative") << u"fr_FR"_s << qint64(-885) << u"-8,85\u00A0₵"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << qint64(12345678) << u"123.456,78\u00A0₵"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << qint64(123456) << u"₵\u00A01.234,56"_s;
        QTest::newRow("C (LANG unset)") << u"C"_s << qint64(123456) << u"₵1234.56"_s;
        QTest::newRow("en_GB") << u"en_GB"_s << qint64(123456) << u"₵1,234.56"_s;
    }

    void format_followsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, pesewas);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const QString text = formatMoney(Money(pesewas, u"GHS"_s));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(text, expected);
    }

    void arithmetic_isExact()
    {
        Money total(0, u"GHS"_s);
        for (int i = 0; i < 10; ++i)
            total = total + *Money::fromDecimal(u"0.10", u"GHS"_s);
        QCOMPARE(total, Money(100, u"GHS"_s));
        QVERIFY(Money(420, u"GHS"_s) > Money(419, u"GHS"_s));
        QCOMPARE(Money(25000, u"GHS"_s) - Money(420, u"GHS"_s), Money(24580, u"GHS"_s));
    }

    // Cedi and dollars never make a number together: a sum or difference is
    // no amount at all, and no order holds between them.
    void differentCurrencies_neitherAddNorCompare()
    {
        const Money cedi(420, u"GHS"_s);
        const Money dollars(28, u"USD"_s);
        QVERIFY(!(cedi + dollars).isValid());
        QVERIFY(!(cedi - dollars).isValid());
        QVERIFY(!(cedi + Money()).isValid());
        QCOMPARE(formatMoney(cedi - dollars), u"—"_s);
        QVERIFY(!(cedi < dollars));
        QVERIFY(!(cedi > dollars));
        QVERIFY(!(cedi <= dollars));
        QVERIFY(!(cedi >= dollars));
        QVERIFY(cedi != dollars);
        QVERIFY((cedi <=> dollars) == std::partial_ordering::unordered);
        QVERIFY(Money(419, u"GHS"_s) < cedi);
        QVERIFY(cedi.sameCurrency(Money(1, u"GHS"_s)));
        QVERIFY(!cedi.sameCurrency(dollars));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
