#include "daycount.h"
#include "error.h"
#include "money.h"

#include <QtTest>
#include <limits>

using namespace FactorDesk;

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void halfEven_data();
    void halfEven();
    void splitAddsUp_data();
    void splitAddsUp();
    void overflow();
    void currencies();
    void locale_data();
    void locale();
    void rates_data();
    void rates();
    void interest_data();
    void interest();
    void accumulator();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << "1000000.00"
                           << "EUR" << true << qint64(100000000);
    QTest::newRow("one decimal") << "12.5"
                                 << "EUR" << true << qint64(1250);
    QTest::newRow("whole") << "3"
                           << "EUR" << true << qint64(300);
    QTest::newRow("negative") << "-0.01"
                              << "EUR" << true << qint64(-1);
    QTest::newRow("spaces around") << "  7.10 "
                                   << "EUR" << true << qint64(710);
    QTest::newRow("yen") << "500"
                         << "JPY" << true << qint64(500);
    QTest::newRow("yen decimals") << "500.5"
                                  << "JPY" << false << qint64(0);
    QTest::newRow("dinar") << "1.234"
                           << "KWD" << true << qint64(1234);
    QTest::newRow("three decimals") << "1.234"
                                    << "EUR" << false << qint64(0);
    QTest::newRow("comma") << "1,000.00"
                           << "EUR" << false << qint64(0);
    QTest::newRow("letters") << "12a"
                             << "EUR" << false << qint64(0);
    QTest::newRow("empty") << ""
                           << "EUR" << false << qint64(0);
    QTest::newRow("just point") << "."
                                << "EUR" << false << qint64(0);
    QTest::newRow("trailing point") << "5."
                                    << "EUR" << false << qint64(0);
    QTest::newRow("leading point") << ".5"
                                   << "EUR" << false << qint64(0);
    QTest::newRow("exponent") << "1e5"
                              << "EUR" << false << qint64(0);
    QTest::newRow("two points") << "1.2.3"
                                << "EUR" << false << qint64(0);
    QTest::newRow("inner space") << "1 000"
                                 << "EUR" << false << qint64(0);
    QTest::newRow("too big") << "99999999999999999999"
                             << "EUR" << false << qint64(0);
    QTest::newRow("max") << "92233720368547758.07"
                         << "EUR" << true << std::numeric_limits<qint64>::max();
    QTest::newRow("max+1") << "92233720368547758.08"
                           << "EUR" << false << qint64(0);
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, Currency(currency));
    QCOMPARE(m.has_value(), valid);
    if (valid) {
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currency().code(), currency);
    } else {
        QVERIFY_THROWS_EXCEPTION(
            Error, Money::parseOrThrow(text, QStringLiteral("amount"), Currency(currency)));
        try {
            Money::parseOrThrow(text, QStringLiteral("amount"), Currency(currency));
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().startsWith(QLatin1String("amount:")), qPrintable(e.message()));
            QCOMPARE(e.field(), QStringLiteral("amount"));
        }
    }
}

void tst_Money::halfEven_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("0.5 to even 0") << qint64(5) << qint64(10) << qint64(0);
    QTest::newRow("1.5 to even 2") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("2.5 to even 2") << qint64(25) << qint64(10) << qint64(2);
    QTest::newRow("3.5 to even 4") << qint64(35) << qint64(10) << qint64(4);
    QTest::newRow("-2.5 to even -2") << qint64(-25) << qint64(10) << qint64(-2);
    QTest::newRow("-3.5 to even -4") << qint64(-35) << qint64(10) << qint64(-4);
    QTest::newRow("2.51 up") << qint64(251) << qint64(100) << qint64(3);
    QTest::newRow("2.49 down") << qint64(249) << qint64(100) << qint64(2);
    QTest::newRow("-2.51") << qint64(-251) << qint64(100) << qint64(-3);
    QTest::newRow("exact") << qint64(300) << qint64(100) << qint64(3);
}

void tst_Money::halfEven()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(divideRounded(numerator, denominator, Rounding::HalfEven), expected);
}

void tst_Money::splitAddsUp_data()
{
    QTest::addColumn<qint64>("face");
    QTest::addColumn<QString>("advance");
    QTest::addColumn<QString>("commission");
    QTest::addColumn<qint64>("expectedAdvance");
    QTest::addColumn<qint64>("expectedCommission");
    // Seed 003: 1,000,000 at 93 % and 2 %.
    QTest::newRow("seed 003") << qint64(100000000) << "93"
                              << "2" << qint64(93000000) << qint64(2000000);
    // 0.05 × 85 % = 0.0425 → 0.04; × 2.5 % = 0.00125 → 0.00
    QTest::newRow("odd cents") << qint64(5) << "85"
                               << "2.5" << qint64(4) << qint64(0);
    // 0.10 × 25 % = 0.025: a tie, half-even gives 0.02.
    QTest::newRow("tie even") << qint64(10) << "25"
                              << "0" << qint64(2) << qint64(0);
    // 0.30 × 25 % = 0.075: a tie, half-even gives 0.08.
    QTest::newRow("tie odd") << qint64(30) << "25"
                             << "0" << qint64(8) << qint64(0);
    QTest::newRow("1234.57 at 80/1.75") << qint64(123457) << "80"
                                        << "1.75" << qint64(98766) << qint64(2160);
}

void tst_Money::splitAddsUp()
{
    QFETCH(qint64, face);
    QFETCH(QString, advance);
    QFETCH(QString, commission);
    QFETCH(qint64, expectedAdvance);
    QFETCH(qint64, expectedCommission);
    const Money f = Money::fromMinor(face, Currency(QStringLiteral("EUR")));
    const Money a = f.applyRate(*Rate::parsePercent(advance));
    const Money c = f.applyRate(*Rate::parsePercent(commission));
    const Money r = f - a - c;
    QCOMPARE(a.minor(), expectedAdvance);
    QCOMPARE(c.minor(), expectedCommission);
    QCOMPARE((a + c + r).minor(), face);
}

void tst_Money::overflow()
{
    const Money max = Money::fromMinor(std::numeric_limits<qint64>::max());
    QVERIFY_THROWS_EXCEPTION(Error, max + Money::fromMinor(1));
    QVERIFY_THROWS_EXCEPTION(Error, -max - Money::fromMinor(2));
    QVERIFY_THROWS_EXCEPTION(Error, max.times(2));
    QVERIFY_THROWS_EXCEPTION(Error, Money::fromMinor(std::numeric_limits<qint64>::min()).times(-1));
    QVERIFY_THROWS_EXCEPTION(Error, -Money::fromMinor(std::numeric_limits<qint64>::min()));
    // The product with a rate is exact in 128 bits and only the result must fit.
    QCOMPARE(max.applyRate(Rate::fromPpm(500000)).minor(),
             std::numeric_limits<qint64>::max() / 2 + 1);
    QVERIFY_THROWS_EXCEPTION(Error, max.applyRate(Rate::fromPpm(2000000)));
    try {
        max + Money::fromMinor(1);
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Overflow);
    }
}

void tst_Money::currencies()
{
    const Money eur = Money::fromMinor(100, Currency(QStringLiteral("eur")));
    const Money usd = Money::fromMinor(100, Currency(QStringLiteral("USD")));
    QCOMPARE(eur.currency().code(), QStringLiteral("EUR"));
    QVERIFY_THROWS_EXCEPTION(Error, eur + usd);
    // A currency-less zero takes on the currency of the first amount added.
    Money sum;
    sum += eur;
    QCOMPARE(sum.currency().code(), QStringLiteral("EUR"));
    QVERIFY(!Currency(QStringLiteral("EU")).isValid());
    QVERIFY(!Currency(QStringLiteral("E1R")).isValid());
    QCOMPARE(Currency(QStringLiteral("JPY")).decimals(), 0);
}

void tst_Money::locale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << "en_US" << qint64(123456789) << "1,234,567.89";
    QTest::newRow("de") << "de_DE" << qint64(123456789) << "1.234.567,89";
    QTest::newRow("de negative") << "de_DE" << qint64(-5) << "-0,05";
    QTest::newRow("en small") << "en_US" << qint64(7) << "0.07";
}

void tst_Money::locale()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    const QLocale l(locale);
    QCOMPARE(Money::localized(minor, l, 2), text);
    const auto back = Money::parseLocale(text, l);
    QVERIFY(back.has_value());
    QCOMPARE(back->minor(), minor);
    // Misplaced group separators are refused.
    QVERIFY(!Money::parseLocale(l.groupSeparator() + QStringLiteral("12"), l).has_value());
}

void tst_Money::rates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<QString>("back");
    QTest::newRow("93") << "93" << true << qint64(930000) << "93";
    QTest::newRow("93%") << "93%" << true << qint64(930000) << "93";
    QTest::newRow("1.5 %") << "1.5 %" << true << qint64(15000) << "1.5";
    QTest::newRow("0.0125") << "0.0125" << true << qint64(125) << "0.0125";
    QTest::newRow("five decimals") << "0.00125" << false << qint64(0) << "";
    QTest::newRow("text") << "abc" << false << qint64(0) << "";
    QTest::newRow("empty") << "%" << false << qint64(0) << "";
}

void tst_Money::rates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ppm);
    QFETCH(QString, back);
    const auto r = Rate::parsePercent(text);
    QCOMPARE(r.has_value(), valid);
    if (valid) {
        QCOMPARE(r->ppm(), ppm);
        QCOMPARE(r->toPercentString(), back);
    }
}

void tst_Money::interest_data()
{
    QTest::addColumn<qint64>("principal");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("basis");
    QTest::addColumn<qint64>("expected");
    // Seed 004: 60,000 at 10 % for 30 days ACT/360 = 500.00.
    QTest::newRow("seed 004") << qint64(6000000) << "10" << 30 << 360 << qint64(50000);
    QTest::newRow("act365") << qint64(6000000) << "10" << 30 << 365 << qint64(49315);
    QTest::newRow("one day tiny") << qint64(100) << "5" << 1 << 360 << qint64(0);
}

void tst_Money::interest()
{
    QFETCH(qint64, principal);
    QFETCH(QString, rate);
    QFETCH(int, days);
    QFETCH(int, basis);
    QFETCH(qint64, expected);
    const Money m = simpleInterest(Money::fromMinor(principal), *Rate::parsePercent(rate), days,
                                   basis == 360 ? DayCount::Act360 : DayCount::Act365);
    QCOMPARE(m.minor(), expected);
}

void tst_Money::accumulator()
{
    // Daily accrual is exact and rounded once: 30 days of 1/360 of 10 % on 60,000 is 500.00
    // even though each day alone (16.666…) is not a whole number of cents.
    InterestAccumulator acc(DayCount::Act360);
    for (int i = 0; i < 30; ++i)
        acc.addDay(Money::fromMinor(6000000), *Rate::parsePercent(QStringLiteral("10")));
    QCOMPARE(acc.total().minor(), qint64(50000));
    QCOMPARE(actualDays(QDate(2026, 1, 1), QDate(2026, 1, 31)), qint64(30));
    QCOMPARE(actualDays(QDate(2026, 1, 31), QDate(2026, 1, 1)), qint64(0));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
