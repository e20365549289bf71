// The pure calculators of the month-end charges (docs/domain.md §10): penalty interest after
// the recourse date, the minimum-fee top-up and the postings of penalties and charges, to the
// cent.
#include "error.h"
#include "monthendcharges.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

const Currency eur(QStringLiteral("EUR"));

Money eurMoney(qint64 minor)
{
    return Money::fromMinor(minor, eur);
}

} // namespace

class tst_MonthEndCharges : public QObject
{
    Q_OBJECT
private slots:
    void penaltyAccrues_data();
    void penaltyAccrues();
    void penalty_data();
    void penalty();
    void minimumFee_data();
    void minimumFee();
    void penaltyPostingOnePerClient();
    void minimumFeeAndChargePostings();
};

void tst_MonthEndCharges::penaltyAccrues_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("recourseDays");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("accrues");
    QTest::newRow("on the recourse date") << QDate(2026, 5, 1) << 90 << QDate(2026, 7, 30) << false;
    QTest::newRow("the day after") << QDate(2026, 5, 1) << 90 << QDate(2026, 7, 31) << true;
    QTest::newRow("no recourse days: due date")
        << QDate(2026, 5, 1) << 0 << QDate(2026, 5, 1) << false;
    QTest::newRow("no recourse days: the day after")
        << QDate(2026, 5, 1) << 0 << QDate(2026, 5, 2) << true;
    QTest::newRow("across a leap day") << QDate(2028, 1, 30) << 30 << QDate(2028, 2, 29) << false;
    QTest::newRow("across a leap day, after")
        << QDate(2028, 1, 30) << 30 << QDate(2028, 3, 1) << true;
    QTest::newRow("no due date") << QDate() << 0 << QDate(2026, 5, 2) << false;
}

void tst_MonthEndCharges::penaltyAccrues()
{
    QFETCH(QDate, due);
    QFETCH(int, recourseDays);
    QFETCH(QDate, day);
    QFETCH(bool, accrues);
    QCOMPARE(FactorDesk::penaltyAccrues(due, recourseDays, day), accrues);
}

void tst_MonthEndCharges::penalty_data()
{
    QTest::addColumn<qint64>("open");
    QTest::addColumn<qint64>("ratePpm");
    QTest::addColumn<int>("basis");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("exact");
    // 10,000.00 at 12 % a year for 30 days of ACT/360: 100.00.
    QTest::newRow("ACT/360 30 days") << qint64(1000000) << qint64(120000) << 360 << 30
                                     << qint64(10000) << QStringLiteral("100.00000000");
    // The same on ACT/365 for 31 days: 101.9178082… → 101.92.
    QTest::newRow("ACT/365 31 days") << qint64(1000000) << qint64(120000) << 365 << 31
                                     << qint64(10192) << QStringLiteral("101.91780822");
    // 1,000.00 at 5 % ACT/365: 0.1369863 a day; three days summed exactly 0.41, not 3 × 0.14.
    QTest::newRow("summed exactly") << qint64(100000) << qint64(50000) << 365 << 3 << qint64(41)
                                    << QStringLiteral("0.41095890");
    QTest::newRow("one day rounds once") << qint64(100000) << qint64(50000) << 365 << 1
                                         << qint64(14) << QStringLiteral("0.13698630");
    QTest::newRow("no rate") << qint64(100000) << qint64(0) << 360 << 5 << qint64(0)
                             << QStringLiteral("0.00000000");
}

void tst_MonthEndCharges::penalty()
{
    QFETCH(qint64, open);
    QFETCH(qint64, ratePpm);
    QFETCH(int, basis);
    QFETCH(int, days);
    QFETCH(qint64, total);
    QFETCH(QString, exact);
    InvoicePenalty p;
    for (int i = 0; i < days; ++i)
        p.days.append(penaltyDay(QDate(2026, 8, 1).addDays(i), eurMoney(open),
                                 Rate::fromPpm(ratePpm),
                                 basis == 365 ? DayCount::Act365 : DayCount::Act360));
    sumPenalty(p);
    QCOMPARE(p.total, eurMoney(total));
    QCOMPARE(p.exactTotal.toExactString(), exact);
}

void tst_MonthEndCharges::minimumFee_data()
{
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("fees");
    QTest::addColumn<qint64>("interest");
    QTest::addColumn<qint64>("topUp");
    QTest::newRow("below") << qint64(50000) << qint64(15000) << qint64(20000) << qint64(15000);
    QTest::newRow("nothing charged") << qint64(50000) << qint64(0) << qint64(0) << qint64(50000);
    QTest::newRow("equal") << qint64(50000) << qint64(30000) << qint64(20000) << qint64(0);
    QTest::newRow("above") << qint64(50000) << qint64(30000) << qint64(25000) << qint64(0);
    QTest::newRow("refunds net") << qint64(50000) << qint64(-1000) << qint64(0) << qint64(51000);
    QTest::newRow("no minimum") << qint64(0) << qint64(0) << qint64(0) << qint64(0);
}

void tst_MonthEndCharges::minimumFee()
{
    QFETCH(qint64, minimum);
    QFETCH(qint64, fees);
    QFETCH(qint64, interest);
    QFETCH(qint64, topUp);
    const MinimumFeeWorking w =
        minimumFeeTopUp(eurMoney(minimum), eurMoney(fees), eurMoney(interest));
    QCOMPARE(w.topUp, eurMoney(topUp));
    QCOMPARE(w.minimum, eurMoney(minimum));
    QCOMPARE(w.discountFees, eurMoney(fees));
    QCOMPARE(w.interest, eurMoney(interest));
}

void tst_MonthEndCharges::penaltyPostingOnePerClient()
{
    const JournalEntry e =
        penaltyPosting(QDate(2026, 8, 31), 7, eur,
                       {{11, eurMoney(10192), {}}, {12, eurMoney(0), {}}, {13, eurMoney(41), {}}},
                       QStringLiteral("2026-08"));
    QCOMPARE(e.kind, QStringLiteral("penalty"));
    QCOMPARE(e.lines.size(), qsizetype(2));
    QCOMPARE(e.lines[0].account, Accounts::clientReserves());
    QCOMPARE(e.lines[0].debit, eurMoney(10233)); // the zero is left out
    QCOMPARE(e.lines[0].invoiceId, qint64(0));
    QCOMPARE(e.lines[0].clientId, qint64(7));
    QCOMPARE(e.lines[0].memo, QStringLiteral("2 invoice(s)"));
    QCOMPARE(e.lines[1].account, Accounts::chargesIncome());
    QCOMPARE(e.lines[1].credit, eurMoney(10233));
    QCOMPARE(e.lines[1].clientId, qint64(7));
    QVERIFY(e.memo.contains(QStringLiteral("2026-08")));
    QVERIFY_THROWS_EXCEPTION(Error,
                             penaltyPosting(QDate(2026, 8, 31), 7, eur, {{12, eurMoney(0), {}}},
                                            QStringLiteral("2026-08")));
}

void tst_MonthEndCharges::minimumFeeAndChargePostings()
{
    const MinimumFeeWorking w = minimumFeeTopUp(eurMoney(50000), eurMoney(15000), eurMoney(20000));
    const JournalEntry m = minimumFeePosting(QDate(2026, 3, 31), 7, w, QStringLiteral("2026-03"));
    QCOMPARE(m.kind, QStringLiteral("minimum_fee"));
    QCOMPARE(m.lines.size(), qsizetype(2));
    QCOMPARE(m.lines[0].account, Accounts::clientReserves());
    QCOMPARE(m.lines[0].debit, eurMoney(15000));
    QCOMPARE(m.lines[1].account, Accounts::chargesIncome());
    QCOMPARE(m.lines[1].credit, eurMoney(15000));
    QVERIFY(m.memo.contains(QStringLiteral("500.00")));

    const JournalEntry c =
        chargePosting(QDate(2026, 3, 31), 7, eur,
                      {{0, eurMoney(2500), QStringLiteral("a")}, {0, eurMoney(2500), {}}},
                      QStringLiteral("charges"));
    QCOMPARE(c.kind, QStringLiteral("charge"));
    QCOMPARE(c.lines.size(), qsizetype(3));
    QCOMPARE(c.lines[0].memo, QStringLiteral("a"));
    QCOMPARE(c.lines[2].account, Accounts::chargesIncome());
    QCOMPARE(c.lines[2].credit, eurMoney(5000));
}

QTEST_GUILESS_MAIN(tst_MonthEndCharges)
#include "tst_monthendcharges.moc"
