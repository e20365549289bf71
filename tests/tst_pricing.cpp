#include "pricing.h"

#include "error.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

Agreement terms(qint64 advancePpm, qint64 commissionPpm,
                Arrangement arrangement = Arrangement::Advance)
{
    Agreement a;
    a.advanceRate = Rate::fromPpm(advancePpm);
    a.commissionRate = Rate::fromPpm(commissionPpm);
    a.arrangement = arrangement;
    return a;
}

ScheduleLine line(qint64 amount, qint64 eligible, QDate due = QDate(2025, 3, 31))
{
    ScheduleLine l;
    l.amount = Money::fromMinor(amount, Currency(QStringLiteral("EUR")));
    l.eligible = Money::fromMinor(eligible, Currency(QStringLiteral("EUR")));
    l.dueDate = due;
    l.currency = QStringLiteral("EUR");
    return l;
}

} // namespace

class tst_Pricing : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void totalsAreSumsOfLines();
    void totalsOverflowThrows();
    void charges_data();
    void charges();
    void averageDueDate_data();
    void averageDueDate();
    void availability();
    void eligibleWithinAdvance_data();
    void eligibleWithinAdvance();
};

void tst_Pricing::split_data()
{
    QTest::addColumn<qint64>("face");
    QTest::addColumn<qint64>("eligible");
    QTest::addColumn<qint64>("advancePpm");
    QTest::addColumn<qint64>("commissionPpm");
    QTest::addColumn<int>("arrangement");
    QTest::addColumn<qint64>("advance");
    QTest::addColumn<qint64>("commission");
    QTest::addColumn<qint64>("reserve");

    const int adv = int(Arrangement::Advance);
    // docs/domain.md §7, seed 003: 1,000,000.00 at 93 % / 2 %.
    QTest::newRow("seed 003") << qint64(100000000) << qint64(100000000) << qint64(930000)
                              << qint64(20000) << adv << qint64(93000000) << qint64(2000000)
                              << qint64(5000000);
    // Odd cents: 12,345.67 × 93 % = 11,481.4731 -> 11,481.47; × 2 % = 246.9134 -> 246.91.
    QTest::newRow("odd cents") << qint64(1234567) << qint64(1234567) << qint64(930000)
                               << qint64(20000) << adv << qint64(1148147) << qint64(24691)
                               << qint64(61729);
    // Exact ties round half to even: 0.25 × 2 % = 0.005 -> 0.00; 0.75 × 2 % = 0.015 -> 0.02.
    QTest::newRow("tie down to even") << qint64(25) << qint64(25) << qint64(0) << qint64(20000)
                                      << adv << qint64(0) << qint64(0) << qint64(25);
    QTest::newRow("tie up to even") << qint64(75) << qint64(75) << qint64(0) << qint64(20000) << adv
                                    << qint64(0) << qint64(2) << qint64(73);
    // 0.50 × 93 % = 0.465 -> 0.46; 1.50 × 93 % = 1.395 -> 1.40 (wait: 139.5 cents -> 140).
    QTest::newRow("advance tie even") << qint64(50) << qint64(50) << qint64(930000) << qint64(0)
                                      << adv << qint64(46) << qint64(0) << qint64(4);
    QTest::newRow("advance tie odd") << qint64(150) << qint64(150) << qint64(930000) << qint64(0)
                                     << adv << qint64(140) << qint64(0) << qint64(10);
    // Only the eligible part is advanced; commission is on the full face.
    QTest::newRow("partly eligible")
        << qint64(100000) << qint64(60000) << qint64(900000) << qint64(10000) << adv
        << qint64(54000) << qint64(1000) << qint64(45000);
    QTest::newRow("ineligible") << qint64(100000) << qint64(0) << qint64(900000) << qint64(10000)
                                << adv << qint64(0) << qint64(1000) << qint64(99000);
    // Collection: no advance, all reserve except the commission.
    QTest::newRow("collection") << qint64(100000) << qint64(100000) << qint64(900000)
                                << qint64(15000) << int(Arrangement::Collection) << qint64(0)
                                << qint64(1500) << qint64(98500);
    QTest::newRow("maturity") << qint64(100000) << qint64(100000) << qint64(900000) << qint64(15000)
                              << int(Arrangement::Maturity) << qint64(90000) << qint64(1500)
                              << qint64(8500);
    // 100 % between them and both ties rounding up: the advance gives way by a cent.
    QTest::newRow("full split ties") << qint64(2) << qint64(2) << qint64(250000) << qint64(750000)
                                     << adv << qint64(0) << qint64(2) << qint64(0);
}

void tst_Pricing::split()
{
    QFETCH(qint64, face);
    QFETCH(qint64, eligible);
    QFETCH(qint64, advancePpm);
    QFETCH(qint64, commissionPpm);
    QFETCH(int, arrangement);
    QFETCH(qint64, advance);
    QFETCH(qint64, commission);
    QFETCH(qint64, reserve);
    const Currency eur(QStringLiteral("EUR"));
    const auto money = [eur](qint64 minor) { return Money::fromMinor(minor, eur); };
    const LineSplit s = Pricing::split(money(face), money(eligible),
                                       terms(advancePpm, commissionPpm, Arrangement(arrangement)));
    QCOMPARE(s.advance, money(advance));
    QCOMPARE(s.commission, money(commission));
    QCOMPARE(s.reserve, money(reserve));
    QCOMPARE(s.advance + s.commission + s.reserve, money(face));
}

void tst_Pricing::totalsOverflowThrows()
{
    // Two faces that each fit in 64 bits but whose sum does not: the total throws, it never
    // wraps round to a negative face.
    const Agreement a = terms(930000, 20000);
    const qint64 half = std::numeric_limits<qint64>::max() / 2 + 1;
    QList<ScheduleLine> lines{line(half, 0), line(half, 0)};
    try {
        Pricing::totals(lines, a, QDate(2025, 3, 1));
        QFAIL("the sum of the faces should not fit");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Overflow);
    }
}

void tst_Pricing::totalsAreSumsOfLines()
{
    const Agreement a = terms(930000, 20000);
    QList<ScheduleLine> lines;
    // Many odd amounts: line-by-line rounding, totals are plain sums.
    for (qint64 i = 1; i <= 97; ++i)
        lines << line(i * 10007 + 3, i % 5 ? i * 10007 + 3 : (i * 10007 + 3) / 2);
    Pricing::priceLines(lines, a);
    const ScheduleTotals t = Pricing::totals(lines, a, QDate(2025, 3, 1));
    Money face, eligible, advance, commission, reserve;
    for (const ScheduleLine &l : lines) {
        QCOMPARE(l.advance + l.commission + l.reserve, l.amount);
        face += l.amount;
        eligible += l.eligible;
        advance += l.advance;
        commission += l.commission;
        reserve += l.reserve;
    }
    QCOMPARE(t.count, 97);
    QCOMPARE(t.face, face);
    QCOMPARE(t.eligible, eligible);
    QCOMPARE(t.ineligible, face - eligible);
    QCOMPARE(t.advance, advance);
    QCOMPARE(t.commission, commission);
    QCOMPARE(t.reserve, reserve);
    QCOMPARE(t.advance + t.commission + t.reserve, t.face);
    QCOMPARE(t.netPayment, t.advance);
    QCOMPARE(t.paymentDate, QDate(2025, 3, 1));
}

void tst_Pricing::charges_data()
{
    QTest::addColumn<int>("arrangement");
    QTest::addColumn<qint64>("perSchedule");
    QTest::addColumn<qint64>("perInvoice");
    QTest::addColumn<qint64>("perTransfer");
    QTest::addColumn<qint64>("charges");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("fromReserve");

    // Two lines of 1,000.00 at 90 %: advance 1,800.00.
    QTest::newRow("none") << int(Arrangement::Advance) << qint64(0) << qint64(0) << qint64(0)
                          << qint64(0) << qint64(180000) << qint64(0);
    QTest::newRow("schedule + invoices + transfer")
        << int(Arrangement::Advance) << qint64(5000) << qint64(250) << qint64(1500) << qint64(7000)
        << qint64(173000) << qint64(0);
    QTest::newRow("collection: from reserve")
        << int(Arrangement::Collection) << qint64(5000) << qint64(250) << qint64(1500)
        << qint64(5500) << qint64(0) << qint64(5500);
    QTest::newRow("more than the advance")
        << int(Arrangement::Advance) << qint64(200000) << qint64(0) << qint64(0) << qint64(200000)
        << qint64(0) << qint64(20000);
}

void tst_Pricing::charges()
{
    QFETCH(int, arrangement);
    QFETCH(qint64, perSchedule);
    QFETCH(qint64, perInvoice);
    QFETCH(qint64, perTransfer);
    QFETCH(qint64, charges);
    QFETCH(qint64, net);
    QFETCH(qint64, fromReserve);
    Agreement a = terms(900000, 10000, Arrangement(arrangement));
    a.chargePerSchedule = Money::fromMinor(perSchedule);
    a.chargePerInvoice = Money::fromMinor(perInvoice);
    a.chargePerTransfer = Money::fromMinor(perTransfer);
    QList<ScheduleLine> lines{line(100000, 100000), line(100000, 100000)};
    Pricing::priceLines(lines, a);
    const ScheduleTotals t = Pricing::totals(lines, a, QDate(2025, 3, 1));
    QCOMPARE(t.charges.minor(), charges);
    QCOMPARE(t.netPayment.minor(), net);
    QCOMPARE(t.chargesFromReserve.minor(), fromReserve);
    QCOMPARE(t.netPayment + (t.charges - t.chargesFromReserve), t.advance);
}

void tst_Pricing::averageDueDate_data()
{
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QList<int>>("offsets");
    QTest::addColumn<int>("expected");

    QTest::newRow("one") << QList<qint64>{500} << QList<int>{10} << 10;
    QTest::newRow("weighted") << QList<qint64>{100, 300} << QList<int>{0, 4} << 3;
    QTest::newRow("rounds") << QList<qint64>{200, 100} << QList<int>{0, 10} << 3;    // 3.33
    QTest::newRow("rounds up") << QList<qint64>{100, 200} << QList<int>{0, 10} << 7; // 6.67
}

void tst_Pricing::averageDueDate()
{
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<int>, offsets);
    QFETCH(int, expected);
    const QDate base(2025, 4, 1);
    QList<ScheduleLine> lines;
    for (qsizetype i = 0; i < amounts.size(); ++i)
        lines << line(amounts[i], amounts[i], base.addDays(offsets[i]));
    QCOMPARE(Pricing::averageDueDate(lines), base.addDays(expected));
    // A maturity schedule pays on that date.
    Agreement a = terms(900000, 10000, Arrangement::Maturity);
    QCOMPARE(Pricing::totals(lines, a, QDate(2025, 3, 1)).paymentDate, base.addDays(expected));
}

void tst_Pricing::availability()
{
    Agreement a = terms(900000, 10000);
    QCOMPARE(Pricing::availability(a, 1000000, 600000), qint64(300000));
    a.overAdvanceLimit = Money::fromMinor(50000);
    QCOMPARE(Pricing::availability(a, 1000000, 600000), qint64(350000));
    a.arrangement = Arrangement::Collection;
    QCOMPARE(Pricing::availability(a, 1000000, 0), qint64(50000));
}

void tst_Pricing::eligibleWithinAdvance_data()
{
    QTest::addColumn<qint64>("eligible");
    QTest::addColumn<qint64>("headroom");
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("fits") << qint64(1000) << qint64(900) << qint64(900000) << qint64(1000);
    QTest::newRow("none left") << qint64(1000) << qint64(0) << qint64(900000) << qint64(0);
    // round(55556 × 0.9) = round(50000.4) = 50000; 55557 -> 50001.
    QTest::newRow("cut") << qint64(100000) << qint64(50000) << qint64(900000) << qint64(55556);
    QTest::newRow("zero rate") << qint64(1000) << qint64(0) << qint64(0) << qint64(1000);
}

void tst_Pricing::eligibleWithinAdvance()
{
    QFETCH(qint64, eligible);
    QFETCH(qint64, headroom);
    QFETCH(qint64, ppm);
    QFETCH(qint64, expected);
    QCOMPARE(Pricing::eligibleWithinAdvance(eligible, headroom, Rate::fromPpm(ppm)), expected);
}

QTEST_GUILESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"
