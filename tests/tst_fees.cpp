// Golden cases of issue 11 for the pure fee and interest calculators, to the cent.
#include "agreement.h"
#include "discountfee.h"
#include "error.h"
#include "interestcalc.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

const Currency eur(QStringLiteral("EUR"));

Money eurMoney(qint64 minor)
{
    return Money::fromMinor(minor, eur);
}

// "D1:P1;D2:P2": base-rate points from dates, rates in ppm.
QList<BaseRatePoint> points(const QString &text)
{
    QList<BaseRatePoint> out;
    for (const QString &p : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList kv = p.split(QLatin1Char(':'));
        out.append({QDate::fromString(kv[0], Qt::ISODate), Rate::fromPpm(kv[1].toLongLong())});
    }
    return out;
}

} // namespace

class tst_Fees : public QObject
{
    Q_OBJECT
private slots:
    void daysOutstanding_data();
    void daysOutstanding();
    void discountFee_data();
    void discountFee();
    void discountWorking();
    void interest_data();
    void interest();
    void interestRoundsOnce();
    void interestWorkingPerDay();
    void exactSumAcrossBases();
    void baseRateOn();
};

void tst_Fees::daysOutstanding_data()
{
    QTest::addColumn<QDate>("purchased");
    QTest::addColumn<QDate>("collected");
    QTest::addColumn<int>("clearance");
    QTest::addColumn<bool>("purchaseDayCounts");
    QTest::addColumn<int>("days");
    QTest::newRow("same day counts") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 0 << true << 1;
    QTest::newRow("same day, not counted")
        << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 0 << false << 0;
    QTest::newRow("day 30") << QDate(2026, 3, 2) << QDate(2026, 3, 31) << 0 << true << 30;
    QTest::newRow("clearance") << QDate(2026, 3, 2) << QDate(2026, 3, 30) << 2 << true << 31;
    QTest::newRow("before purchase") << QDate(2026, 3, 2) << QDate(2026, 2, 1) << 0 << true << 0;
}

void tst_Fees::daysOutstanding()
{
    QFETCH(QDate, purchased);
    QFETCH(QDate, collected);
    QFETCH(int, clearance);
    QFETCH(bool, purchaseDayCounts);
    QFETCH(int, days);
    QCOMPARE(FactorDesk::daysOutstanding(purchased, collected, clearance, purchaseDayCounts), days);
}

void tst_Fees::discountFee_data()
{
    QTest::addColumn<QString>("tiers");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QDate>("collected");
    QTest::addColumn<int>("clearance");
    QTest::addColumn<bool>("purchaseDayCounts");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("fee");
    const QString t = QStringLiteral("30:1.5,10:0.5");
    // Issue 11: 10,000.00 bought 2026-03-02, the purchase day as day 1.
    QTest::newRow("day 30") << t << qint64(1000000) << QDate(2026, 3, 31) << 0 << true << 30
                            << qint64(15000);
    QTest::newRow("day 31") << t << qint64(1000000) << QDate(2026, 4, 1) << 0 << true << 31
                            << qint64(20000);
    QTest::newRow("day 40") << t << qint64(1000000) << QDate(2026, 4, 10) << 0 << true << 40
                            << qint64(20000);
    QTest::newRow("day 41") << t << qint64(1000000) << QDate(2026, 4, 11) << 0 << true << 41
                            << qint64(25000);
    QTest::newRow("2 clearance days")
        << t << qint64(1000000) << QDate(2026, 3, 30) << 2 << true << 31 << qint64(20000);
    QTest::newRow("purchase day not counted")
        << t << qint64(1000000) << QDate(2026, 4, 1) << 0 << false << 30 << qint64(15000);
    QTest::newRow("collected on the purchase day: the first tier")
        << t << qint64(1000000) << QDate(2026, 3, 2) << 0 << true << 1 << qint64(15000);
    QTest::newRow("part collection rounds once")
        << t << qint64(333) << QDate(2026, 3, 31) << 0 << true << 30 << qint64(5); // 4.995
    QTest::newRow("three tiers") << QStringLiteral("30:1,15:0.75,10:0.5") << qint64(1000000)
                                 << QDate(2026, 4, 26) << 0 << true << 56 << qint64(27500);
    QTest::newRow("no tiers") << QString() << qint64(1000000) << QDate(2026, 4, 26) << 0 << true
                              << 56 << qint64(0);
}

void tst_Fees::discountFee()
{
    QFETCH(QString, tiers);
    QFETCH(qint64, amount);
    QFETCH(QDate, collected);
    QFETCH(int, clearance);
    QFETCH(bool, purchaseDayCounts);
    QFETCH(int, days);
    QFETCH(qint64, fee);
    Agreement terms;
    terms.discountTiers = Agreement::parseTiers(tiers);
    terms.clearanceDays = clearance;
    terms.purchaseDayCounts = purchaseDayCounts;
    const DiscountFeeWorking w =
        FactorDesk::discountFee(terms, eurMoney(amount), QDate(2026, 3, 2), collected);
    QCOMPARE(w.days, days);
    QCOMPARE(w.fee, eurMoney(fee));
    // The agreement's own helper gives the same fee: one rule.
    QCOMPARE(terms.discountFee(eurMoney(amount), days), eurMoney(fee));
}

void tst_Fees::discountWorking()
{
    const DiscountFeeWorking w =
        FactorDesk::discountFee(Agreement::parseTiers(QStringLiteral("30:1.5,10:0.5")),
                                eurMoney(1000000), QDate(2026, 3, 2), QDate(2026, 4, 11), 0, true);
    QCOMPARE(w.purchased, QDate(2026, 3, 2));
    QCOMPARE(w.collected, QDate(2026, 4, 11));
    QCOMPARE(w.furtherPeriods, 2);
    QCOMPARE(w.rate, Rate::fromPpm(25000));
    QCOMPARE(w.fee.toPlainString(), QStringLiteral("250.00"));
    QCOMPARE(w.tierText(),
             QStringLiteral("1.5 % for the first 30 days + 2 × 0.5 % per further 10 days"));
}

void tst_Fees::interest_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("baseRates");
    QTest::addColumn<qint64>("marginPpm");
    QTest::addColumn<int>("basis");
    QTest::addColumn<qint64>("total");
    // DOMAIN §7 seed 004: 60,000.00 at 10 % ACT/360 for 30 days.
    QTest::newRow("seed-004") << qint64(6000000) << QDate(2026, 3, 2) << QDate(2026, 3, 31)
                              << QStringLiteral("2026-01-01:80000") << qint64(20000) << 360
                              << qint64(50000);
    // 3 % to the 15th, 4 % from the 16th, + 2 %: 15 days at 5 % (208.33…) and 16 at 6 % (266.66…).
    QTest::newRow("base rate change mid-month")
        << qint64(10000000) << QDate(2026, 3, 1) << QDate(2026, 3, 31)
        << QStringLiteral("2026-01-01:30000;2026-03-16:40000") << qint64(20000) << 360
        << qint64(47500);
    // 7.3 % ACT/365 on 100,000.00 is 20.00 a day: February 2028 has 29 days, 2027 has 28.
    QTest::newRow("leap February")
        << qint64(10000000) << QDate(2028, 2, 1) << QDate(2028, 2, 29)
        << QStringLiteral("2020-01-01:73000") << qint64(0) << 365 << qint64(58000);
    QTest::newRow("common February")
        << qint64(10000000) << QDate(2027, 2, 1) << QDate(2027, 2, 28)
        << QStringLiteral("2020-01-01:73000") << qint64(0) << 365 << qint64(56000);
    QTest::newRow("ACT/365") << qint64(3650000) << QDate(2026, 4, 1) << QDate(2026, 4, 30)
                             << QStringLiteral("2020-01-01:100000") << qint64(0) << 365
                             << qint64(30000);
    QTest::newRow("ACT/360, same balances")
        << qint64(3650000) << QDate(2026, 4, 1) << QDate(2026, 4, 30)
        << QStringLiteral("2020-01-01:100000") << qint64(0) << 360 << qint64(30417); // 304.1666…
    QTest::newRow("credit balance: no interest")
        << qint64(-500000) << QDate(2026, 4, 1) << QDate(2026, 4, 30)
        << QStringLiteral("2020-01-01:100000") << qint64(0) << 360 << qint64(0);
}

void tst_Fees::interest()
{
    QFETCH(qint64, balance);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, baseRates);
    QFETCH(qint64, marginPpm);
    QFETCH(int, basis);
    QFETCH(qint64, total);
    const auto inputs = interestInputs(
        from, to, [&](QDate) { return eurMoney(balance); }, points(baseRates),
        Rate::fromPpm(marginPpm), basis == 365 ? DayCount::Act365 : DayCount::Act360);
    const InterestWorking w = interestWorking(inputs);
    QCOMPARE(w.days.size(), qsizetype(from.daysTo(to) + 1));
    QCOMPARE(w.total, eurMoney(total));
}

void tst_Fees::interestRoundsOnce()
{
    // 1,000.00 at 5 % ACT/360 is 0.1388… a day: ten days are 1.39, not ten roundings (1.40).
    const auto inputs = interestInputs(
        QDate(2026, 5, 1), QDate(2026, 5, 10), [](QDate) { return eurMoney(100000); }, {},
        Rate::fromPpm(50000), DayCount::Act360);
    const InterestWorking w = interestWorking(inputs);
    QCOMPARE(w.total, eurMoney(139));
    QCOMPARE(w.days.first().amount.toExactString(), QStringLiteral("0.13888889"));
}

void tst_Fees::interestWorkingPerDay()
{
    // Balances change day by day; each day shows its balance, rate and exact amount.
    const auto inputs = interestInputs(
        QDate(2026, 3, 30), QDate(2026, 4, 2),
        [](QDate d) { return eurMoney(d.day() >= 30 ? 6000000 : 3000000); },
        points(QStringLiteral("2026-01-01:80000;2026-04-01:90000")), Rate::fromPpm(20000),
        DayCount::Act360);
    const InterestWorking w = interestWorking(inputs);
    QCOMPARE(w.days.size(), qsizetype(4));
    QCOMPARE(w.days[0].rate, Rate::fromPpm(100000));
    QCOMPARE(w.days[0].amount.toExactString(), QStringLiteral("16.66666667"));
    QCOMPARE(w.days[2].baseRate, Rate::fromPpm(90000));
    QCOMPARE(w.days[2].balance, eurMoney(3000000));
    QCOMPARE(w.days[2].amount.toExactString(), QStringLiteral("9.16666667"));
    // 16.666… × 2 + 9.1666… × 2 = 51.666… → 51.67
    QCOMPARE(w.total, eurMoney(5167));
}

void tst_Fees::exactSumAcrossBases()
{
    ExactInterest sum;
    sum += ExactInterest::ofDay(eurMoney(3650000), Rate::fromPpm(100000), DayCount::Act365);
    sum += ExactInterest::ofDay(eurMoney(3600000), Rate::fromPpm(100000), DayCount::Act360);
    QCOMPARE(sum.rounded(), eurMoney(2000)); // 10.00 + 10.00, exactly
    QVERIFY_THROWS_EXCEPTION(
        Error, sum += ExactInterest::ofDay(Money::fromMinor(100, Currency(QStringLiteral("USD"))),
                                           Rate::fromPpm(100000), DayCount::Act360));
}

void tst_Fees::baseRateOn()
{
    const auto p = points(QStringLiteral("2026-03-16:40000;2026-01-01:30000"));
    QCOMPARE(FactorDesk::baseRateOn(p, QDate(2025, 12, 31)), Rate());
    QCOMPARE(FactorDesk::baseRateOn(p, QDate(2026, 3, 15)), Rate::fromPpm(30000));
    QCOMPARE(FactorDesk::baseRateOn(p, QDate(2026, 3, 16)), Rate::fromPpm(40000));
}

QTEST_GUILESS_MAIN(tst_Fees)
#include "tst_fees.moc"
