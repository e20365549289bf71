// The pure postings of credit notes, chargebacks, buy-back payments and credit losses
// (docs/domain.md §7), to the cent.
#include "collectionposting.h"
#include "error.h"
#include "posting.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

const Currency kEur(QStringLiteral("EUR"));

Money eur(qint64 cents)
{
    return Money::fromMinor(cents, kEur);
}

InvoiceAmount on(qint64 invoiceId, qint64 cents)
{
    return InvoiceAmount{InvoiceRef{invoiceId, 7, 3, QStringLiteral("INV-%1").arg(invoiceId)},
                         eur(cents)};
}

// Debit minus credit of one account in an entry, and whether every line on it is tagged.
qint64 net(const JournalEntry &e, const QString &account)
{
    qint64 sum = 0;
    for (const JournalLine &l : e.lines)
        if (l.account == account)
            sum += l.debit.minor() - l.credit.minor();
    return sum;
}

void checkReceivableTags(const JournalEntry &e)
{
    for (const JournalLine &l : e.lines) {
        if (l.account == Accounts::factoredReceivables()) {
            QCOMPARE(l.clientId, 7);
            QCOMPARE(l.debtorId, 3);
            QVERIFY(l.invoiceId > 0);
        } else {
            QCOMPARE(l.clientId, 7);
        }
    }
    checkPostable(e);
}

} // namespace

class tst_CollectionPosting : public QObject
{
    Q_OBJECT
private slots:
    void creditNote_data();
    void creditNote();
    void chargeback_data();
    void chargeback();
    void buyback_data();
    void buyback();
    void creditLoss();
    void refused();
};

void tst_CollectionPosting::creditNote_data()
{
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<qint64>("total");
    QTest::newRow("one invoice") << QList<qint64>{12345} << qint64(12345);
    QTest::newRow("two invoices") << QList<qint64>{1, 99999} << qint64(100000);
    QTest::newRow("a cent") << QList<qint64>{1} << qint64(1);
}

void tst_CollectionPosting::creditNote()
{
    QFETCH(QList<qint64>, amounts);
    QFETCH(qint64, total);
    QList<InvoiceAmount> invoices;
    for (int i = 0; i < amounts.size(); ++i)
        invoices << on(i + 1, amounts[i]);
    const JournalEntry e = creditNotePosting(QDate(2026, 3, 5), invoices, QStringLiteral("CN-1"));
    QCOMPARE(e.kind, QStringLiteral("credit_note"));
    QCOMPARE(e.clientId, 7);
    QCOMPARE(net(e, Accounts::clientReserves()), total);
    QCOMPARE(net(e, Accounts::factoredReceivables()), -total);
    QCOMPARE(e.lines.size(), amounts.size() + 1);
    checkReceivableTags(e);
}

void tst_CollectionPosting::chargeback_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("reserve");
    QTest::addColumn<qint64>("fromReserve");
    QTest::addColumn<qint64>("toRecourse");
    QTest::newRow("reserve covers all")
        << qint64(500000) << qint64(4000000) << qint64(500000) << qint64(0);
    QTest::newRow("reserve covers part")
        << qint64(100000) << qint64(40001) << qint64(40001) << qint64(59999);
    QTest::newRow("reserve exactly")
        << qint64(40000) << qint64(40000) << qint64(40000) << qint64(0);
    QTest::newRow("no reserve") << qint64(2500) << qint64(0) << qint64(0) << qint64(2500);
    QTest::newRow("reserve overdrawn") << qint64(2500) << qint64(-700) << qint64(0) << qint64(2500);
}

void tst_CollectionPosting::chargeback()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, reserve);
    QFETCH(qint64, fromReserve);
    QFETCH(qint64, toRecourse);
    const ChargebackSplit split = chargebackSplit(eur(amount), eur(reserve));
    QCOMPARE(split.fromReserve.minor(), fromReserve);
    QCOMPARE(split.toRecourse.minor(), toRecourse);
    const JournalEntry e = chargebackPosting(QDate(2026, 3, 5), {on(42, amount)}, eur(reserve),
                                             QStringLiteral("short paid"));
    QCOMPARE(e.kind, QStringLiteral("chargeback"));
    QCOMPARE(net(e, Accounts::factoredReceivables()), -amount);
    QCOMPARE(net(e, Accounts::clientReserves()), fromReserve);
    QCOMPARE(net(e, Accounts::recourseReceivable()), toRecourse);
    // Zero amounts are left out: one line per account used.
    QCOMPARE(e.lines.size(), 1 + (fromReserve ? 1 : 0) + (toRecourse ? 1 : 0));
    checkReceivableTags(e);
}

void tst_CollectionPosting::buyback_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("owed");
    QTest::addColumn<qint64>("recourse");
    QTest::addColumn<qint64>("reserve");
    QTest::newRow("pays what is owed")
        << qint64(59999) << qint64(59999) << qint64(59999) << qint64(0);
    QTest::newRow("pays part") << qint64(10000) << qint64(59999) << qint64(10000) << qint64(0);
    QTest::newRow("pays more") << qint64(60000) << qint64(59999) << qint64(59999) << qint64(1);
    QTest::newRow("owes nothing") << qint64(500) << qint64(0) << qint64(0) << qint64(500);
}

void tst_CollectionPosting::buyback()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, owed);
    QFETCH(qint64, recourse);
    QFETCH(qint64, reserve);
    const JournalEntry e =
        buybackPaymentPosting(QDate(2026, 3, 6), 7, eur(amount), eur(owed), QStringLiteral("BB"));
    QCOMPARE(e.kind, QStringLiteral("buyback_payment"));
    QCOMPARE(net(e, Accounts::bank()), amount);
    QCOMPARE(net(e, Accounts::recourseReceivable()), -recourse);
    QCOMPARE(net(e, Accounts::clientReserves()), -reserve);
    checkReceivableTags(e);
}

void tst_CollectionPosting::creditLoss()
{
    const JournalEntry e =
        creditLossPosting(QDate(2026, 4, 1), {on(5, 70000), on(6, 33)}, QStringLiteral("loss"));
    QCOMPARE(e.kind, QStringLiteral("credit_loss"));
    QCOMPARE(net(e, Accounts::creditLosses()), 70033);
    QCOMPARE(net(e, Accounts::factoredReceivables()), -70033);
    checkReceivableTags(e);
}

void tst_CollectionPosting::refused()
{
    // Nothing to post, an invoice without its tags, another client's invoice, no client.
    QVERIFY_THROWS_EXCEPTION(Error, creditNotePosting(QDate(2026, 3, 5), {}, {}));
    QVERIFY_THROWS_EXCEPTION(Error, creditNotePosting(QDate(2026, 3, 5), {on(1, 0)}, {}));
    InvoiceAmount untagged = on(1, 100);
    untagged.invoice.debtorId = 0;
    QVERIFY_THROWS_EXCEPTION(Error, chargebackPosting(QDate(2026, 3, 5), {untagged}, eur(0), {}));
    InvoiceAmount other = on(2, 100);
    other.invoice.clientId = 8;
    QVERIFY_THROWS_EXCEPTION(Error, creditLossPosting(QDate(2026, 3, 5), {on(1, 100), other}, {}));
    QVERIFY_THROWS_EXCEPTION(Error,
                             buybackPaymentPosting(QDate(2026, 3, 5), 0, eur(100), eur(0), {}));
    QVERIFY_THROWS_EXCEPTION(Error,
                             buybackPaymentPosting(QDate(2026, 3, 5), 7, eur(0), eur(0), {}));
}

QTEST_GUILESS_MAIN(tst_CollectionPosting)
#include "tst_collectionposting.moc"
