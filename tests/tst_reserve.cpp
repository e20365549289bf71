// The reserve arithmetic of docs/domain.md §12 (pure values): releasable, the shortfall shown as
// recourse receivable, the reserve held against open invoices rounded once, and the release
// posting.
#include "error.h"
#include "reserve.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

const Currency EUR(QStringLiteral("EUR"));

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, EUR);
}

} // namespace

class tst_Reserve : public QObject
{
    Q_OBJECT
private slots:
    void releasable_data();
    void releasable();
    void held_data();
    void held();
    void heldMixedCurrencies();
    void releasePosting();
    void releasePostingRefusesZero();
};

void tst_Reserve::releasable_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("held");
    QTest::addColumn<qint64>("interest");
    QTest::addColumn<qint64>("fees");
    QTest::addColumn<qint64>("disputes");
    QTest::addColumn<qint64>("recourse");
    QTest::addColumn<qint64>("releasable");
    QTest::addColumn<qint64>("shortfall");
    QTest::addColumn<qint64>("recourseShown");
    // DOMAIN §7, seed 004: 40,000 − 5,000 charged back, less 500 interest accrued.
    QTest::newRow("seed-004") << qint64(3500000) << qint64(0) << qint64(50000) << qint64(0)
                              << qint64(0) << qint64(0) << qint64(3450000) << qint64(0)
                              << qint64(0);
    QTest::newRow("nothing open") << qint64(5000000) << qint64(0) << qint64(0) << qint64(0)
                                  << qint64(0) << qint64(0) << qint64(5000000) << qint64(0)
                                  << qint64(0);
    QTest::newRow("all held") << qint64(4000000) << qint64(4000000) << qint64(0) << qint64(0)
                              << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("each deduction")
        << qint64(1000000) << qint64(200000) << qint64(1234) << qint64(15000) << qint64(50000)
        << qint64(0) << qint64(733766) << qint64(0) << qint64(0);
    QTest::newRow("held above balance: zero")
        << qint64(5000000) << qint64(7000000) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("exactly zero") << qint64(100) << qint64(40) << qint64(30) << qint64(20)
                                  << qint64(10) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("one cent") << qint64(101) << qint64(40) << qint64(30) << qint64(20) << qint64(10)
                              << qint64(0) << qint64(1) << qint64(0) << qint64(0);
    QTest::newRow("negative reserve")
        << qint64(-250000) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(100000)
        << qint64(0) << qint64(250000) << qint64(350000);
}

void tst_Reserve::releasable()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, held);
    QFETCH(qint64, interest);
    QFETCH(qint64, fees);
    QFETCH(qint64, disputes);
    QFETCH(qint64, recourse);
    QFETCH(qint64, releasable);
    QFETCH(qint64, shortfall);
    QFETCH(qint64, recourseShown);
    ReserveFigures f{eur(balance), eur(held),     eur(interest),
                     eur(fees),    eur(disputes), eur(recourse)};
    QCOMPARE(f.accrued(), eur(interest + fees));
    QCOMPARE(f.releasable(), eur(releasable));
    QCOMPARE(f.releasable().currency(), EUR);
    QCOMPARE(f.shortfall(), eur(shortfall));
    QCOMPARE(f.recourseShown(), eur(recourseShown));
}

void tst_Reserve::held_data()
{
    QTest::addColumn<QList<qint64>>("open");
    QTest::addColumn<QList<qint64>>("ppm");
    QTest::addColumn<qint64>("held");
    QTest::newRow("none") << QList<qint64>{} << QList<qint64>{} << qint64(0);
    // 100,000.00 open at 60 %: 40,000.00 held.
    QTest::newRow("seed-004") << QList<qint64>{10000000} << QList<qint64>{600000}
                              << qint64(4000000);
    QTest::newRow("partly paid") << QList<qint64>{500000} << QList<qint64>{600000}
                                 << qint64(200000);
    QTest::newRow("no advance") << QList<qint64>{12345} << QList<qint64>{0} << qint64(12345);
    QTest::newRow("over 100 %") << QList<qint64>{12345} << QList<qint64>{1200000} << qint64(0);
    // 0.01 at 93 % is 0.0007 each: three of them round once to 0.00 (0.0021), not 3 × 0.00.
    QTest::newRow("rounded once, down")
        << QList<qint64>{1, 1, 1} << QList<qint64>{930000, 930000, 930000} << qint64(0);
    // 0.05 at 90 % is 0.005 each: one alone is a tie (to even: 0.00); three sum to 0.015
    // (0.02), where rounding each would give 0.00.
    QTest::newRow("tie to even") << QList<qint64>{5} << QList<qint64>{900000} << qint64(0);
    QTest::newRow("three ties summed")
        << QList<qint64>{5, 5, 5} << QList<qint64>{900000, 900000, 900000} << qint64(2);
    QTest::newRow("mixed rates") << QList<qint64>{10000000, 3333333}
                                 << QList<qint64>{930000, 800000} << qint64(1366667);
}

void tst_Reserve::held()
{
    QFETCH(QList<qint64>, open);
    QFETCH(QList<qint64>, ppm);
    QFETCH(qint64, held);
    QList<HeldInvoice> invoices;
    for (qsizetype i = 0; i < open.size(); ++i)
        invoices.append({eur(open.at(i)), Rate::fromPpm(ppm.at(i))});
    const Money h = heldReserve(invoices, EUR);
    QCOMPARE(h, eur(held));
    QCOMPARE(h.currency(), EUR);
}

void tst_Reserve::heldMixedCurrencies()
{
    bool refused = false;
    try {
        heldReserve({{eur(100), Rate::fromPpm(0)},
                     {Money::fromMinor(100, Currency(QStringLiteral("USD"))), Rate::fromPpm(0)}},
                    EUR);
    } catch (const Error &) {
        refused = true;
    }
    QVERIFY(refused);
}

void tst_Reserve::releasePosting()
{
    const JournalEntry e = reserveReleasePosting(QDate(2026, 3, 31), 7, eur(3450000));
    QCOMPARE(e.kind, QStringLiteral("reserve_release"));
    QCOMPARE(e.clientId, qint64(7));
    QCOMPARE(e.date, QDate(2026, 3, 31));
    QCOMPARE(e.lines.size(), qsizetype(2));
    QCOMPARE(e.lines.at(0).account, Accounts::clientReserves());
    QCOMPARE(e.lines.at(0).debit, eur(3450000));
    QCOMPARE(e.lines.at(0).clientId, qint64(7));
    QCOMPARE(e.lines.at(1).account, Accounts::paymentsDue());
    QCOMPARE(e.lines.at(1).credit, eur(3450000));
    QCOMPARE(e.lines.at(1).clientId, qint64(7));
}

void tst_Reserve::releasePostingRefusesZero()
{
    bool refused = false;
    try {
        reserveReleasePosting(QDate(2026, 3, 31), 7, eur(0));
    } catch (const Error &e) {
        refused = e.kind() == Error::Kind::Validation;
    }
    QVERIFY(refused);
}

QTEST_GUILESS_MAIN(tst_Reserve)
#include "tst_reserve.moc"
