#include "auditlog.h"
#include "collectionnotemodel.h"
#include "collectionsquery.h"
#include "collectionsservice.h"
#include "creditnoteservice.h"
#include "creditservice.h"
#include "debtorstatistics.h"
#include "disputeservice.h"
#include "error.h"
#include "paymenttrend.h"
#include "purchasefixture.h"
#include "receiptservice.h"
#include "sqlquery.h"
#include "worklistmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const Currency kEur(QStringLiteral("EUR"));

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, kEur);
}

void setToday(const char *day)
{
    qputenv("FACTORDESK_TODAY", day);
}

// Three invoices bought on 2026-03-02: BUYER1 owes INV-1 (1,000.00, due 2026-03-20) and INV-2
// (2,500.00, due 2026-04-20), BUYER2 owes INV-3 (300.00, due 2026-03-10).
struct WorklistBooks
{
    TestBooks books;
    PurchaseFixture f;
    explicit WorklistBooks(const QString &engine)
        : books(engine)
    {
        setToday("2026-03-02");
        f = PurchaseFixture::create(books);
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00"), QStringLiteral("2026-02-20"),
                                            QStringLiteral("2026-03-20")),
                      PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER1"),
                                            QStringLiteral("2500.00"), QStringLiteral("2026-02-20"),
                                            QStringLiteral("2026-04-20")),
                      PurchaseFixture::line(QStringLiteral("INV-3"), QStringLiteral("BUYER2"),
                                            QStringLiteral("300.00"), QStringLiteral("2026-02-20"),
                                            QStringLiteral("2026-03-10"))});
    }
    qint64 invoice(const QString &no)
    {
        return SqlQuery(books.db(), QStringLiteral("SELECT id FROM invoices WHERE invoice_no = ?"))
            .bind(no)
            .scalar()
            .toLongLong();
    }
    void pay(qint64 debtor, qint64 minor, QDate date, const QString &invoiceNo)
    {
        ReceiptInput in;
        in.debtorId = debtor;
        in.amount = eur(minor);
        in.date = date;
        in.invoiceNos = {invoiceNo};
        ReceiptService(books.db()).add(books.clerk, in);
    }
    qint64 note(const Session &who, qint64 debtor, const QString &text, QDate followUp = {},
                qint64 invoiceId = 0)
    {
        CollectionNoteInput in;
        in.debtorId = debtor;
        in.invoiceId = invoiceId;
        in.text = text;
        in.followUp = followUp;
        return CollectionsService(books.db()).addNote(who, in);
    }
    QStringList order(const WorklistFilter &filter = {})
    {
        QStringList codes;
        for (const WorklistDebtor &d : CollectionsQuery(books.db()).worklist(filter))
            codes << d.debtorCode;
        return codes;
    }
};

} // namespace

class tst_CollectionsWorklist : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("FACTORDESK_TODAY"); }
    void daysToPayArithmetic_data();
    void daysToPayArithmetic();
    void dilutionArithmetic_data();
    void dilutionArithmetic();
    void windows();
    void overdueByDebtor_data() { addEngineRows(); }
    void overdueByDebtor();
    void followUpDueOnTop_data();
    void followUpDueOnTop();
    void filters_data() { addEngineRows(); }
    void filters();
    void notesAndRefusals_data() { addEngineRows(); }
    void notesAndRefusals();
    void statisticsAndQueue_data() { addEngineRows(); }
    void statisticsAndQueue();
    void dilutionFromTheBooks_data();
    void dilutionFromTheBooks();
    void models();
};

void tst_CollectionsWorklist::daysToPayArithmetic_data()
{
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QList<qint64>>("days");
    QTest::addColumn<qint64>("tenths"); // -1: none
    QTest::newRow("nothing paid") << QList<qint64>{} << QList<qint64>{} << qint64(-1);
    QTest::newRow("one payment") << QList<qint64>{100000} << QList<qint64>{30} << qint64(300);
    QTest::newRow("weighted") << QList<qint64>{40000, 60000} << QList<qint64>{30, 60}
                              << qint64(480);
    // (1 × 10 + 2 × 11) / 3 = 10.666… → 10.7
    QTest::newRow("rounded once") << QList<qint64>{1, 2} << QList<qint64>{10, 11} << qint64(107);
    // 10.25 → 10.2 (half to even)
    QTest::newRow("half to even") << QList<qint64>{3, 1} << QList<qint64>{10, 11} << qint64(102);
    QTest::newRow("paid before invoice date")
        << QList<qint64>{500} << QList<qint64>{-3} << qint64(0);
    QTest::newRow("huge amounts") << QList<qint64>{Q_INT64_C(4000000000000000000)}
                                  << QList<qint64>{365} << qint64(3650);
}

void tst_CollectionsWorklist::daysToPayArithmetic()
{
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<qint64>, days);
    QFETCH(qint64, tenths);
    PaymentTrend::Window w;
    for (int i = 0; i < amounts.size(); ++i)
        w.addPayment(amounts[i], days[i]);
    QCOMPARE(w.daysToPayTenths().value_or(-1), tenths);
}

void tst_CollectionsWorklist::dilutionArithmetic_data()
{
    // Dilution (docs/domain.md §9) = (credit notes + deductions charged back) ÷ purchases;
    // what was collected does not enter it.
    QTest::addColumn<qint64>("purchased");
    QTest::addColumn<qint64>("credited");
    QTest::addColumn<qint64>("deducted");
    QTest::addColumn<qint64>("collected");
    QTest::addColumn<qint64>("ppm"); // -1: none
    QTest::newRow("nothing") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(-1);
    QTest::newRow("credited, nothing bought")
        << qint64(0) << qint64(700) << qint64(0) << qint64(5000) << qint64(-1);
    QTest::newRow("no credit notes")
        << qint64(100000) << qint64(0) << qint64(0) << qint64(100000) << qint64(0);
    QTest::newRow("five percent credited")
        << qint64(100000) << qint64(5000) << qint64(0) << qint64(95000) << qint64(50000);
    QTest::newRow("credit notes and deductions")
        << qint64(200000) << qint64(5000) << qint64(3000) << qint64(0) << qint64(40000);
    QTest::newRow("deductions only")
        << qint64(350000) << qint64(0) << qint64(7500) << qint64(0) << qint64(21429);
    QTest::newRow("a third") << qint64(3) << qint64(1) << qint64(0) << qint64(0) << qint64(333333);
    // 0.5 ppm and 1.5 ppm: rounded once, half to even.
    QTest::newRow("half down") << qint64(2000000) << qint64(1) << qint64(0) << qint64(0)
                               << qint64(0);
    QTest::newRow("half up") << qint64(2000000) << qint64(2) << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("purchases undone")
        << qint64(-100) << qint64(10) << qint64(0) << qint64(0) << qint64(-1);
}

void tst_CollectionsWorklist::dilutionArithmetic()
{
    QFETCH(qint64, purchased);
    QFETCH(qint64, credited);
    QFETCH(qint64, deducted);
    QFETCH(qint64, collected);
    QFETCH(qint64, ppm);
    PaymentTrend::Window w;
    w.addPurchase(purchased);
    if (collected)
        w.addPayment(collected, 10);
    w.addCreditNote(credited);
    w.addDeductionChargedBack(deducted);
    QCOMPARE(w.dilution() ? w.dilution()->ppm() : qint64(-1), ppm);
}

void tst_CollectionsWorklist::windows()
{
    const QDate asOf(2026, 8, 1);
    QCOMPARE(PaymentTrend::windowEnd(asOf, 0), asOf);
    QCOMPARE(PaymentTrend::windowStart(asOf, 0), QDate(2026, 5, 4));
    QCOMPARE(PaymentTrend::windowEnd(asOf, 1), QDate(2026, 5, 3));
    QCOMPARE(PaymentTrend::windowStart(asOf, 1), QDate(2026, 2, 3));
    QCOMPARE(PaymentTrend::windowOf(asOf, QDate(2026, 5, 4)), 0);
    QCOMPARE(PaymentTrend::windowOf(asOf, QDate(2026, 5, 3)), 1);
    QCOMPARE(PaymentTrend::windowOf(asOf, QDate(2026, 2, 2)), -1);
    QCOMPARE(PaymentTrend::windowOf(asOf, QDate(2026, 8, 2)), -1);
    using PaymentTrend::Trend;
    QCOMPARE(PaymentTrend::daysTrend(qint64(350), qint64(300)), Trend::Rising);
    QCOMPARE(PaymentTrend::daysTrend(qint64(349), qint64(300)), Trend::Steady);
    QCOMPARE(PaymentTrend::daysTrend(qint64(250), qint64(300)), Trend::Falling);
    QCOMPARE(PaymentTrend::daysTrend(qint64(350), std::nullopt), Trend::Unknown);
    QCOMPARE(PaymentTrend::dilutionTrend(Rate::fromPpm(20000), Rate::fromPpm(10000)),
             Trend::Rising);
    QCOMPARE(PaymentTrend::dilutionTrend(Rate::fromPpm(19999), Rate::fromPpm(10000)),
             Trend::Steady);
    QCOMPARE(PaymentTrend::daysText(qint64(125)), QStringLiteral("12.5"));
}

void tst_CollectionsWorklist::overdueByDebtor()
{
    QFETCH(QString, engine);
    WorklistBooks b(engine);
    setToday("2026-03-25");
    // Only INV-1 (5 days) and INV-3 (15 days) are overdue; INV-2 is due in April.
    b.pay(b.f.debtorA, 40000, QDate(2026, 3, 24), QStringLiteral("INV-1"));
    const QList<WorklistDebtor> list = CollectionsQuery(b.books.db()).worklist();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].debtorCode, QStringLiteral("BUYER1"));
    QCOMPARE(list[0].overdue, eur(60000)); // 1,000.00 less the 400.00 paid
    QCOMPARE(list[0].invoices.size(), 1);
    QCOMPARE(list[0].invoices[0].invoiceNo, QStringLiteral("INV-1"));
    QCOMPARE(list[0].invoices[0].daysOverdue, 5);
    QCOMPARE(list[0].invoices[0].open, eur(60000));
    QCOMPARE(list[0].invoices[0].clientCode, QStringLiteral("ACME"));
    QCOMPARE(list[1].debtorCode, QStringLiteral("BUYER2"));
    QCOMPARE(list[1].overdue, eur(30000));
    QCOMPARE(list[1].maxDaysOverdue, 15);
    // As of a day before the payment, the whole of INV-1 was owed; before its due date nothing.
    WorklistFilter f;
    f.asOf = QDate(2026, 3, 23);
    QCOMPARE(CollectionsQuery(b.books.db()).worklist(f).value(0).overdue, eur(100000));
    f.asOf = QDate(2026, 3, 10);
    QVERIFY(CollectionsQuery(b.books.db()).worklist(f).isEmpty());
    // Paid in full: off the list.
    b.pay(b.f.debtorB, 30000, QDate(2026, 3, 25), QStringLiteral("INV-3"));
    QCOMPARE(b.order(), QStringList{QStringLiteral("BUYER1")});
}

void tst_CollectionsWorklist::followUpDueOnTop_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("followUp"); // of BUYER2, the smaller debtor
    QTest::addColumn<QStringList>("order");
    for (const char *engine : {"sqlite", "postgres"}) {
        const QString e = QString::fromLatin1(engine);
        QTest::addRow("%s none", engine)
            << e << QString() << QStringList{QStringLiteral("BUYER1"), QStringLiteral("BUYER2")};
        QTest::addRow("%s today", engine)
            << e << QStringLiteral("2026-05-01")
            << QStringList{QStringLiteral("BUYER2"), QStringLiteral("BUYER1")};
        QTest::addRow("%s tomorrow", engine)
            << e << QStringLiteral("2026-05-02")
            << QStringList{QStringLiteral("BUYER1"), QStringLiteral("BUYER2")};
    }
}

void tst_CollectionsWorklist::followUpDueOnTop()
{
    QFETCH(QString, engine);
    QFETCH(QString, followUp);
    QFETCH(QStringList, order);
    WorklistBooks b(engine);
    setToday("2026-05-01");
    b.note(b.books.clerk, b.f.debtorA, QStringLiteral("Called, no answer"), QDate(2026, 5, 20));
    if (!followUp.isEmpty())
        b.note(b.books.analyst, b.f.debtorB, QStringLiteral("Promised to call back"),
               QDate::fromString(followUp, Qt::ISODate));
    QCOMPARE(b.order(), order);
    // The follow-up date comes: BUYER2 is due and goes on top.
    setToday("2026-05-02");
    if (!followUp.isEmpty())
        QCOMPARE(b.order().value(0), QStringLiteral("BUYER2"));
    // A newer note without a follow-up clears it.
    b.note(b.books.manager, b.f.debtorB, QStringLiteral("Paid by cheque, in the post"));
    QCOMPARE(b.order(), (QStringList{QStringLiteral("BUYER1"), QStringLiteral("BUYER2")}));
}

void tst_CollectionsWorklist::filters()
{
    QFETCH(QString, engine);
    WorklistBooks b(engine);
    setToday("2026-05-01");
    WorklistFilter f;
    f.debtorId = b.f.debtorB;
    QCOMPARE(b.order(f), QStringList{QStringLiteral("BUYER2")});
    f = {};
    f.clientId = b.f.clientId;
    QCOMPARE(b.order(f).size(), 2);
    Client other;
    other.code = QStringLiteral("OTHER");
    other.name = QStringLiteral("Other Ltd");
    f.clientId = ClientService(b.books.db()).add(b.books.clerk, other);
    QVERIFY(b.order(f).isEmpty());
}

void tst_CollectionsWorklist::notesAndRefusals()
{
    QFETCH(QString, engine);
    WorklistBooks b(engine);
    setToday("2026-05-01");
    CollectionsService service(b.books.db());
    const qint64 inv1 = service.invoiceOf(b.f.debtorA, QStringLiteral(" inv-1 "));
    QCOMPARE(inv1, b.invoice(QStringLiteral("INV-1")));
    CollectionNoteInput in;
    in.debtorId = b.f.debtorA;
    in.invoiceId = inv1;
    in.text = QStringLiteral("  Promised 600.00 by Friday  ");
    in.followUp = QDate(2026, 5, 8);
    in.promisedDate = QDate(2026, 5, 8);
    in.promisedAmount = Money::fromMinor(60000);
    const qint64 id = service.addNote(b.books.clerk, in);
    QVERIFY(id > 0);
    const QList<CollectionNote> notes = service.notes(b.f.debtorA);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].text, QStringLiteral("Promised 600.00 by Friday"));
    QCOMPARE(notes[0].invoiceNo, QStringLiteral("INV-1"));
    QCOMPARE(notes[0].createdBy, QStringLiteral("clerk"));
    QCOMPARE(notes[0].promisedAmount.value(), eur(60000));
    const WorklistDebtor d = CollectionsQuery(b.books.db()).worklist().value(0);
    QCOMPARE(d.debtorCode, QStringLiteral("BUYER1"));
    QCOMPARE(d.latestPromise->promisedDate, QDate(2026, 5, 8));
    QCOMPARE(d.nextFollowUp, QDate(2026, 5, 8));
    QVERIFY(!d.followUpDue);
    QCOMPARE(d.invoices.value(0).latestNote->id, id);
    QVERIFY(!d.invoices.value(1).latestNote);
    const QList<AuditRecord> audit = AuditLog(b.books.db()).list(b.books.admin, {});
    QCOMPARE(audit.value(0).action, QStringLiteral("collection_note.add"));

    const auto refused = [&](const Session &who, CollectionNoteInput input, Error::Kind kind) {
        try {
            service.addNote(who, input);
        } catch (const Error &e) {
            return e.kind() == kind;
        }
        return false;
    };
    QVERIFY(refused(b.books.admin, in, Error::Kind::Permission));
    CollectionNoteInput bad = in;
    bad.text = QStringLiteral("   ");
    QVERIFY(refused(b.books.clerk, bad, Error::Kind::Validation));
    bad = in;
    bad.followUp = QDate(2026, 4, 30);
    QVERIFY(refused(b.books.clerk, bad, Error::Kind::Validation));
    bad = in;
    bad.promisedDate = {};
    QVERIFY(refused(b.books.clerk, bad, Error::Kind::Validation));
    bad = in;
    bad.promisedAmount = Money::fromMinor(60000, Currency(QStringLiteral("USD")));
    QVERIFY(refused(b.books.clerk, bad, Error::Kind::Validation));
    bad = in;
    bad.debtorId = b.f.debtorB; // INV-1 is not BUYER2's
    QVERIFY(refused(b.books.clerk, bad, Error::Kind::NotFound));
    bad = in;
    bad.debtorId = 999999;
    QVERIFY(refused(b.books.clerk, bad, Error::Kind::NotFound));
    QCOMPARE(service.notes(b.f.debtorA).size(), 1);
    QVERIFY_THROWS_EXCEPTION(Error, service.invoiceOf(b.f.debtorB, QStringLiteral("INV-1")));
}

void tst_CollectionsWorklist::statisticsAndQueue()
{
    QFETCH(QString, engine);
    WorklistBooks b(engine);
    setToday("2026-08-01");
    // The 90 days before the last 90: INV-1 paid 30 days after its invoice date. The last 90
    // days: INV-2 paid 101 days after. Days to pay rises from 30.0 to 101.0.
    b.pay(b.f.debtorA, 100000, QDate(2026, 3, 22), QStringLiteral("INV-1"));
    b.pay(b.f.debtorA, 250000, QDate(2026, 6, 1), QStringLiteral("INV-2"));
    // BUYER2 pays in two parts in the last window: 100.00 at 40 days, 200.00 at 70 days.
    b.pay(b.f.debtorB, 10000, QDate(2026, 4, 1), QStringLiteral("INV-3"));
    b.pay(b.f.debtorB, 20000, QDate(2026, 5, 1), QStringLiteral("INV-3"));
    const QHash<qint64, DebtorPaymentStats> all = DebtorStatistics(b.books.db()).all();
    const DebtorPaymentStats a = all.value(b.f.debtorA);
    QCOMPARE(a.daysToPay().value(), qint64(1010));
    QCOMPARE(a.previousDaysToPay().value(), qint64(300));
    QCOMPARE(a.daysTrend(), PaymentTrend::Trend::Rising);
    // Nothing was bought in the last 90 days: no dilution to show, none to compare.
    QVERIFY(!a.dilution());
    QCOMPARE(a.previousDilution()->ppm(), qint64(0));
    QCOMPARE(a.dilutionTrend(), PaymentTrend::Trend::Unknown);
    const DebtorPaymentStats s = DebtorStatistics(b.books.db()).forDebtor(b.f.debtorB);
    QCOMPARE(s.previousDaysToPay().value(), qint64(600)); // (100 × 40 + 200 × 70) / 300
    QVERIFY(!s.daysToPay());
    QCOMPARE(s.daysTrend(), PaymentTrend::Trend::Unknown);

    bool queued = false;
    for (const CreditQueueItem &it : CreditService(b.books.db()).queue(QDate(2026, 8, 1))) {
        if (it.kind != CreditQueueItem::Kind::PaymentTrend)
            continue;
        QCOMPARE(it.debtorCode, QStringLiteral("BUYER1"));
        QVERIFY2(it.reason.contains(QLatin1String("days to pay rising")), qPrintable(it.reason));
        queued = true;
    }
    QVERIFY(queued);
    // As of a day in the first window only, nothing to compare: no trend, no queue item.
    QCOMPARE(DebtorStatistics(b.books.db()).forDebtor(b.f.debtorA, QDate(2026, 4, 1)).daysTrend(),
             PaymentTrend::Trend::Unknown);
}

void tst_CollectionsWorklist::dilutionFromTheBooks_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<qint64>("creditNote"); // on INV-1, minor units (0: none)
    QTest::addColumn<qint64>("deduction");  // disputed on INV-2 and charged back (0: none)
    QTest::addColumn<qint64>("ppm");
    for (const char *engine : {"sqlite", "postgres"}) {
        const QString e = QString::fromLatin1(engine);
        // BUYER1 was sold 3,500.00 (INV-1 and INV-2) on 2026-03-02 and paid 800.00 of INV-1.
        QTest::addRow("%s: nothing diluted", engine) << e << qint64(0) << qint64(0) << qint64(0);
        // 100.00 ÷ 3,500.00 = 2.857142…% (not 100 ÷ (800 + 100) = 11.1%)
        QTest::addRow("%s: credit note", engine)
            << e << qint64(10000) << qint64(0) << qint64(28571);
        QTest::addRow("%s: deduction charged back", engine)
            << e << qint64(0) << qint64(7500) << qint64(21429);
        // (100.00 + 75.00) ÷ 3,500.00 = 5%
        QTest::addRow("%s: both", engine) << e << qint64(10000) << qint64(7500) << qint64(50000);
    }
}

void tst_CollectionsWorklist::dilutionFromTheBooks()
{
    QFETCH(QString, engine);
    QFETCH(qint64, creditNote);
    QFETCH(qint64, deduction);
    QFETCH(qint64, ppm);
    WorklistBooks b(engine);
    setToday("2026-03-15");
    b.pay(b.f.debtorA, 80000, QDate(2026, 3, 10), QStringLiteral("INV-1"));
    if (creditNote) {
        CreditNoteInput in;
        in.clientCode = QStringLiteral("ACME");
        in.invoiceNo = QStringLiteral("INV-1");
        in.amount = eur(creditNote);
        in.date = QDate(2026, 3, 12);
        CreditNoteService(b.books.db()).add(b.books.clerk, in);
    }
    // A dispute still open or resolved as paid is no dilution.
    DisputeService disputes(b.books.db());
    DisputeInput open;
    open.clientCode = QStringLiteral("ACME");
    open.invoiceNo = QStringLiteral("INV-2");
    open.amount = eur(5000);
    open.reasonCode = QStringLiteral("QUALITY");
    disputes.open(b.books.clerk, open);
    if (deduction) {
        DisputeInput in = open;
        in.amount = eur(deduction);
        in.reasonCode = QStringLiteral("PRICE");
        const qint64 id = disputes.open(b.books.clerk, in);
        disputes.resolve(b.books.manager, id, DisputeResolution::ChargedBack,
                         QStringLiteral("client agreed"));
    }
    setToday("2026-04-01");
    const DebtorPaymentStats s = DebtorStatistics(b.books.db()).forDebtor(b.f.debtorA);
    QCOMPARE(s.last.purchased(), qint64(350000));
    QCOMPARE(s.last.credited(), creditNote);
    QCOMPARE(s.last.deductionsChargedBack(), deduction);
    QVERIFY(s.dilution());
    QCOMPARE(s.dilution()->ppm(), ppm);
    QCOMPARE(DebtorStatistics(b.books.db()).all().value(b.f.debtorA).dilution()->ppm(), ppm);
    // BUYER2 was sold 300.00 and diluted nothing.
    QCOMPARE(DebtorStatistics(b.books.db()).forDebtor(b.f.debtorB).dilution()->ppm(), qint64(0));
}

void tst_CollectionsWorklist::models()
{
    WorklistBooks b(QStringLiteral("sqlite"));
    setToday("2026-05-01");
    b.note(b.books.clerk, b.f.debtorB, QStringLiteral("Call again"), QDate(2026, 5, 1),
           b.invoice(QStringLiteral("INV-3")));
    WorklistModel worklist(b.books.db());
    QAbstractItemModelTester t1(&worklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
    worklist.reload({});
    QCOMPARE(worklist.rowCount(), 2);
    const QModelIndex top = worklist.index(0, 0);
    QCOMPARE(top.data().toString(), QStringLiteral("BUYER2"));
    QVERIFY(top.data(WorklistModel::FollowUpDueRole).toBool());
    QCOMPARE(worklist.rowCount(top), 1);
    QCOMPARE(worklist.index(0, 0, top).data().toString(), QStringLiteral("INV-3"));
    QCOMPARE(worklist.parent(worklist.index(0, 0, top)), top);
    QCOMPARE(worklist.rowCount(worklist.index(1, 0)), 2);
    worklist.reload({});

    CollectionNoteModel notes(b.books.db());
    QAbstractItemModelTester t2(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    notes.reload(b.f.debtorB);
    QCOMPARE(notes.rowCount(), 1);
    QCOMPARE(notes.index(0, int(CollectionNoteModel::Column::By)).data().toString(),
             QStringLiteral("clerk"));
    QCOMPARE(notes.index(0, int(CollectionNoteModel::Column::Invoice)).data().toString(),
             QStringLiteral("INV-3"));
    notes.reload(0);
    QCOMPARE(notes.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_CollectionsWorklist)
#include "tst_collectionsworklist.moc"
