// The posting builder: only balanced, single-currency entries of positive lines come out; the
// purchase entry of docs/domain.md §7 (seed 003) and the mirror of a reversal.
#include "error.h"
#include "posting.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

const Currency kEur(QStringLiteral("EUR"));
const QDate kDate(2025, 3, 1);

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, kEur);
}

PostingBuilder builder()
{
    return PostingBuilder(kDate, kEur, QStringLiteral("manual"), QStringLiteral("test"));
}

Schedule seed003()
{
    Schedule s;
    s.id = 7;
    s.number = QStringLiteral("S-000007");
    s.clientId = 3;
    s.clientCode = QStringLiteral("ACME");
    s.currency = QStringLiteral("EUR");
    s.agreement.arrangement = Arrangement::Advance;
    ScheduleLine l;
    l.id = 11;
    l.invoiceNo = QStringLiteral("INV-003");
    l.debtorId = 5;
    l.amount = eur(100000000);
    l.eligible = l.amount;
    l.advance = eur(93000000);
    l.commission = eur(2000000);
    l.reserve = eur(5000000);
    s.lines = {l};
    s.totals.count = 1;
    s.totals.face = l.amount;
    s.totals.eligible = l.amount;
    s.totals.advance = l.advance;
    s.totals.commission = l.commission;
    s.totals.reserve = l.reserve;
    s.totals.netPayment = l.advance;
    return s;
}

} // namespace

class tst_Posting : public QObject
{
    Q_OBJECT
private slots:
    void balancedEntry();
    void refusals_data();
    void refusals();
    void purchaseOfSeed003();
    void maturityOwesThePayment();
    void chargesToChargesIncome();
    void clientPaymentSendsTheDue();
    void reversalMirrors();
};

void tst_Posting::balancedEntry()
{
    const JournalEntry e = builder()
                               .forClient(3)
                               .debit(Accounts::bank(), eur(1000), {}, {3, 0, 0})
                               .credit(Accounts::unappliedCash(), eur(1000))
                               .credit(Accounts::commissionIncome(), eur(0)) // left out
                               .build();
    QCOMPARE(e.lines.size(), 2);
    QCOMPARE(e.clientId, qint64(3));
    QCOMPARE(e.lines[0].clientId, qint64(3));
    QCOMPARE(e.lines[1].clientId, qint64(0));
    QCOMPARE(entryTotal(e), qint64(1000));
}

void tst_Posting::refusals_data()
{
    QTest::addColumn<int>("scenario");
    QTest::newRow("unbalanced") << 0;
    QTest::newRow("mixed currency") << 1;
    QTest::newRow("one line") << 2;
    QTest::newRow("negative debit") << 3;
    QTest::newRow("no date") << 4;
}

void tst_Posting::refusals()
{
    QFETCH(int, scenario);
    PostingBuilder b =
        scenario == 4 ? PostingBuilder(QDate(), kEur, QStringLiteral("manual"), {}) : builder();
    switch (scenario) {
    case 0:
        b.debit(Accounts::bank(), eur(1000)).credit(Accounts::unappliedCash(), eur(999));
        break;
    case 1:
        b.debit(Accounts::bank(), Money::fromMinor(1000, Currency(QStringLiteral("USD"))))
            .credit(Accounts::unappliedCash(), eur(1000));
        break;
    case 2:
        b.debit(Accounts::bank(), eur(1000));
        break;
    case 3:
        b.debit(Accounts::bank(), eur(-1000)).credit(Accounts::unappliedCash(), eur(-1000));
        break;
    case 4:
        b.debit(Accounts::bank(), eur(1000)).credit(Accounts::unappliedCash(), eur(1000));
        break;
    }
    QVERIFY_THROWS_EXCEPTION(Error, b.build());
}

void tst_Posting::purchaseOfSeed003()
{
    const Schedule s = seed003();
    const JournalEntry e = purchasePosting(s, s.lines, s.totals, kDate);
    QCOMPARE(e.kind, QStringLiteral("purchase"));
    QCOMPARE(e.scheduleId, qint64(7));
    QCOMPARE(e.clientId, qint64(3));
    // Dr 1100 1,000,000 / Cr 2300 930,000, Cr 4000 20,000, Cr 2100 50,000 (docs/domain.md §7:
    // the seed's "Cr Bank 930,000" is this and the payment run's Dr 2300 / Cr 1000).
    QCOMPARE(e.lines.size(), 4);
    QCOMPARE(e.lines[0].account, Accounts::factoredReceivables());
    QCOMPARE(e.lines[0].debit, eur(100000000));
    QCOMPARE(e.lines[0].invoiceId, qint64(11));
    QCOMPARE(e.lines[0].debtorId, qint64(5));
    QCOMPARE(e.lines[1].account, Accounts::paymentsDue());
    QCOMPARE(e.lines[1].credit, eur(93000000));
    for (const JournalLine &l : e.lines)
        QVERIFY(l.account != Accounts::bank());
    QCOMPARE(e.lines[2].account, Accounts::commissionIncome());
    QCOMPARE(e.lines[2].credit, eur(2000000));
    QCOMPARE(e.lines[3].account, Accounts::clientReserves());
    QCOMPARE(e.lines[3].credit, eur(5000000));
    for (const JournalLine &l : e.lines)
        QCOMPARE(l.clientId, qint64(3));
    // Funds employed grow by face − reserve.
    QCOMPARE(fundsEmployedChange(e), eur(95000000));
}

void tst_Posting::maturityOwesThePayment()
{
    Schedule s = seed003();
    s.agreement.arrangement = Arrangement::Maturity;
    const JournalEntry e = purchasePosting(s, s.lines, s.totals, kDate);
    QCOMPARE(e.lines.size(), 3); // no bank line: the payment is owed until maturity
    QCOMPARE(e.lines[2].account, Accounts::clientReserves());
    QCOMPARE(e.lines[2].credit, eur(5000000 + 93000000));
}

void tst_Posting::chargesToChargesIncome()
{
    Schedule s = seed003();
    s.totals.charges = eur(1500);
    s.totals.netPayment = eur(93000000 - 1500);
    const JournalEntry e = purchasePosting(s, s.lines, s.totals, kDate);
    QCOMPARE(e.lines.size(), 5);
    QCOMPARE(e.lines[1].account, Accounts::paymentsDue());
    QCOMPARE(e.lines[1].credit, eur(93000000 - 1500));
    QCOMPARE(e.lines[2].account, Accounts::commissionIncome());
    QCOMPARE(e.lines[2].credit, eur(2000000));
    QCOMPARE(e.lines[3].account, Accounts::chargesIncome());
    QCOMPARE(e.lines[3].credit, eur(1500));
}

void tst_Posting::clientPaymentSendsTheDue()
{
    const JournalEntry e = clientPaymentPosting(3, QStringLiteral("ACME"), eur(93000000), kDate,
                                                QStringLiteral("FD-R1-P9"));
    QCOMPARE(e.kind, QStringLiteral("client_payment"));
    QCOMPARE(e.clientId, qint64(3));
    QCOMPARE(e.lines.size(), 2);
    QCOMPARE(e.lines[0].account, Accounts::paymentsDue());
    QCOMPARE(e.lines[0].debit, eur(93000000));
    QCOMPARE(e.lines[1].account, Accounts::bank());
    QCOMPARE(e.lines[1].credit, eur(93000000));
    for (const JournalLine &l : e.lines)
        QCOMPARE(l.clientId, qint64(3));
    QVERIFY(e.memo.contains(QLatin1String("FD-R1-P9")));
    QCOMPARE(fundsEmployedChange(e), eur(0));
    QVERIFY_THROWS_EXCEPTION(
        Error, clientPaymentPosting(3, QStringLiteral("ACME"), eur(0), kDate, QStringLiteral("x")));
}

void tst_Posting::reversalMirrors()
{
    const Schedule s = seed003();
    JournalEntry original = purchasePosting(s, s.lines, s.totals, kDate);
    original.id = 42;
    const JournalEntry r = reversalPosting(original, kDate.addDays(1), QStringLiteral("wrong"));
    QCOMPARE(r.reversesId, qint64(42));
    QCOMPARE(r.kind, QStringLiteral("reversal"));
    QCOMPARE(r.lines.size(), original.lines.size());
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        QCOMPARE(r.lines[i].debit, original.lines[i].credit);
        QCOMPARE(r.lines[i].credit, original.lines[i].debit);
        QCOMPARE(r.lines[i].invoiceId, original.lines[i].invoiceId);
    }
    QCOMPARE(fundsEmployedChange(r), -fundsEmployedChange(original));
}

QTEST_GUILESS_MAIN(tst_Posting)
#include "tst_posting.moc"
