// Credit notes, disputes, chargebacks, buy-backs, recourse and credit losses through the
// services, on SQLite and PostgreSQL: each act's journal entry, the invoice it follows, and
// books that verify and balance after it.
#include "booksverifier.h"
#include "businesscalendar.h"
#include "chargebackservice.h"
#include "creditnoteservice.h"
#include "database.h"
#include "disputeservice.h"
#include "error.h"
#include "invoiceledger.h"
#include "invoicemovementquery.h"
#include "ledger.h"
#include "orderapprovalservice.h"
#include "purchasefixture.h"
#include "reservequery.h"
#include "sqlquery.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

Money eur(qint64 cents)
{
    return Money::fromMinor(cents, Currency(QStringLiteral("EUR")));
}

// ACME with 93 % advance and 2 % commission: INV-1 1,000.00 (reserve 50.00) and INV-2
// 2,500.00 (reserve 125.00) bought on 2026-03-02, both due 2026-04-20.
struct Books
{
    TestBooks books;
    PurchaseFixture f;
    explicit Books(const QString &engine, bool recourse = true)
        : books(engine)
    {
        f = PurchaseFixture::create(books);
        if (!recourse) {
            Agreement terms = AgreementService(books.db()).inForce(f.clientId, f.date).value();
            terms.recourse = false;
            AgreementService(books.db())
                .setTerms(books.manager, f.clientId, QDate(2026, 2, 1), terms);
        }
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00")),
                      PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER2"),
                                            QStringLiteral("2500.00"))});
    }
    Database &db() { return books.db(); }
    qint64 invoiceId(const QString &no, const QString &status = QStringLiteral("open"))
    {
        return SqlQuery(db(), QStringLiteral("SELECT id FROM invoices WHERE invoice_no = ? AND "
                                             "status = ? ORDER BY id DESC"))
            .bind(no)
            .bind(status)
            .scalar()
            .toLongLong();
    }
    qint64 open(const QString &no)
    {
        return SqlQuery(db(), QStringLiteral("SELECT open_balance FROM invoices WHERE invoice_no "
                                             "= ? ORDER BY id DESC"))
            .bind(no)
            .scalar()
            .toLongLong();
    }
    QString status(const QString &no)
    {
        return SqlQuery(db(), QStringLiteral("SELECT status FROM invoices WHERE invoice_no = ? "
                                             "ORDER BY id DESC"))
            .bind(no)
            .scalar()
            .toString();
    }
    qint64 reserve() { return InvoiceLedger(db()).reserve(f.clientId, QDate(2099, 1, 1)); }
    qint64 balance(const QString &account)
    {
        return JournalService(db()).balance(account, QDate(2099, 1, 1));
    }
    // Books verify, the trial balance balances, and every invoice agrees with the journal.
    void check()
    {
        const BooksVerifier::Result v = BooksVerifier(db()).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        qint64 debit = 0;
        qint64 credit = 0;
        for (const AccountBalance &b : JournalService(db()).trialBalance(QDate(2099, 1, 1))) {
            debit += b.debit;
            credit += b.credit;
        }
        QCOMPARE(debit, credit);
    }
};

CreditNoteInput note(const QString &invoice, const QString &amount)
{
    return CreditNoteInput{QStringLiteral("ACME"), invoice, Money::parse(amount).value(),
                           QDate(2026, 3, 10), QStringLiteral("CN-7")};
}

} // namespace

class tst_Collections : public QObject
{
    Q_OBJECT
private slots:
    void creditNote_data() { addEngineRows(); }
    void creditNote();
    void creditNoteCsv_data() { addEngineRows(); }
    void creditNoteCsv();
    void disputeResolved_data();
    void disputeResolved();
    void disputeDatedByBusinessDate_data();
    void disputeDatedByBusinessDate();
    void undatedActsTakeBusinessDate_data() { addEngineRows(); }
    void undatedActsTakeBusinessDate();
    void chargebackAndBuyback_data() { addEngineRows(); }
    void chargebackAndBuyback();
    void recourseOverdue_data() { addEngineRows(); }
    void recourseOverdue();
    void insolventCreditLoss_data() { addEngineRows(); }
    void insolventCreditLoss();
    void approvedInvoiceCreditLoss_data() { addEngineRows(); }
    void approvedInvoiceCreditLoss();
    void boughtAgainAfterChargeback_data() { addEngineRows(); }
    void boughtAgainAfterChargeback();
    void permissions();
};

void tst_Collections::creditNote()
{
    QFETCH(QString, engine);
    Books b(engine);
    QCOMPARE(b.reserve(), 17500);
    CreditNoteService notes(b.db());
    const qint64 id =
        notes.add(b.books.clerk, note(QStringLiteral("INV-1"), QStringLiteral("100.00")));
    QVERIFY(id > 0);
    QCOMPARE(b.open(QStringLiteral("INV-1")), 90000);
    QCOMPARE(b.status(QStringLiteral("INV-1")), QStringLiteral("open"));
    QCOMPARE(b.reserve(), 7500);
    QCOMPARE(notes.list(QStringLiteral("ACME")).size(), 1);
    QCOMPARE(notes.list().first().amount.minor(), 10000);
    const auto m = InvoiceMovementQuery(b.db()).forInvoices({b.invoiceId(QStringLiteral("INV-1"))});
    QCOMPARE(m.begin().value().credited, 10000);
    b.check();
    // Over what is open, another currency, an invoice not bought: refused, nothing changes.
    QVERIFY_THROWS_EXCEPTION(
        Error, notes.add(b.books.clerk, note(QStringLiteral("INV-1"), QStringLiteral("900.01"))));
    CreditNoteInput usd = note(QStringLiteral("INV-1"), QStringLiteral("1.00"));
    usd.amount = Money::fromMinor(100, Currency(QStringLiteral("USD")));
    QVERIFY_THROWS_EXCEPTION(Error, notes.add(b.books.clerk, usd));
    ScheduleImportOptions options;
    options.date = b.f.date;
    ScheduleImportService(b.db()).importLines(
        b.books.clerk, b.f.clientId,
        {PurchaseFixture::line(QStringLiteral("INV-9"), QStringLiteral("BUYER1"),
                               QStringLiteral("400.00"))},
        options);
    try {
        notes.add(b.books.clerk, note(QStringLiteral("INV-9"), QStringLiteral("1.00")));
        QFAIL("an unfunded invoice was credited");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("not funded")), qPrintable(e.message()));
    }
    // The whole invoice credited: nothing open, closed.
    notes.add(b.books.manager, note(QStringLiteral("INV-1"), QStringLiteral("900.00")));
    QCOMPARE(b.open(QStringLiteral("INV-1")), 0);
    QCOMPARE(b.status(QStringLiteral("INV-1")), QStringLiteral("closed"));
    b.check();
}

void tst_Collections::creditNoteCsv()
{
    QFETCH(QString, engine);
    Books b(engine);
    CreditNoteService notes(b.db());
    // Line 3 asks more than is left after line 2: the whole file is refused, with its line.
    const QByteArray bad = "invoice_no,amount,date,reference\n"
                           "INV-1,600.00,2026-03-10,CN-1\n"
                           "INV-1,400.01,2026-03-10,CN-2\n"
                           "INV-2,abc,2026-03-10,CN-3\n"
                           "INV-2,1.00,10/03/2026,CN-4\n";
    try {
        notes.importData(b.books.clerk, QStringLiteral("ACME"), bad, QStringLiteral("cn.csv"));
        QFAIL("a bad file was imported");
    } catch (const Error &e) {
        const QString m = e.message();
        QVERIFY2(m.contains(QStringLiteral("cn.csv: line 3: amount")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("cn.csv: line 4: amount")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("cn.csv: line 5: date")), qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("line 2")), qPrintable(m));
    }
    QCOMPARE(notes.list().size(), 0);
    QCOMPARE(b.open(QStringLiteral("INV-1")), 100000);
    // The preview's check: every line read, each refusal as line, field and reason, in line
    // order; nothing stored.
    const CreditNoteImportCheck check =
        notes.check(b.books.clerk, QStringLiteral("ACME"), bad, QStringLiteral("cn.csv"));
    QVERIFY(!check.ok());
    QCOMPARE(check.lines.size(), 4);
    QCOMPARE(check.lines.at(3).line, 5);
    QCOMPARE(check.issues.size(), 3);
    QCOMPARE(check.issues.at(0).line, 3);
    QCOMPARE(check.issues.at(0).field, QStringLiteral("amount"));
    QVERIFY2(check.issues.at(0).reason.contains(QLatin1String("400.01")),
             qPrintable(check.issues.at(0).reason));
    QCOMPARE(check.issues.at(1).line, 4);
    QCOMPARE(check.issues.at(1).field, QStringLiteral("amount"));
    QCOMPARE(check.issues.at(2).line, 5);
    QCOMPARE(check.issues.at(2).field, QStringLiteral("date"));
    QCOMPARE(notes.list().size(), 0);
    QCOMPARE(b.open(QStringLiteral("INV-1")), 100000);
    QVERIFY_THROWS_EXCEPTION(
        Error, notes.check(b.books.analyst, QStringLiteral("ACME"), bad, QStringLiteral("cn.csv")));
    const QByteArray good = "Reference;Date;Amount;Invoice_No\n"
                            "CN-1;2026-03-10;600.00;INV-1\n"
                            "CN-2;2026-03-11;400.00;inv-1\n"
                            "CN-3;2026-03-11;0.01;INV-2\n";
    QVERIFY(
        notes.check(b.books.clerk, QStringLiteral("ACME"), good, QStringLiteral("cn.csv")).ok());
    QCOMPARE(b.open(QStringLiteral("INV-1")), 100000);
    const QList<qint64> ids =
        notes.importData(b.books.clerk, QStringLiteral("ACME"), good, QStringLiteral("cn.csv"));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(b.open(QStringLiteral("INV-1")), 0);
    QCOMPARE(b.open(QStringLiteral("INV-2")), 249999);
    QCOMPARE(b.reserve(), 17500 - 100001);
    b.check();
}

void tst_Collections::disputeResolved_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<qint64>("open");
    QTest::addColumn<qint64>("reserve");
    QTest::addColumn<QString>("status");
    for (const char *engine : {"sqlite", "postgres"}) {
        const QString e = QString::fromLatin1(engine);
        QTest::addRow("%s paid", engine)
            << e << "paid" << qint64(100000) << qint64(17500) << "paid";
        QTest::addRow("%s credited", engine)
            << e << "credited" << qint64(80000) << qint64(-2500) << "credited";
        QTest::addRow("%s charged back", engine)
            << e << "charged-back" << qint64(80000) << qint64(0) << "charged_back";
    }
}

void tst_Collections::disputeResolved()
{
    QFETCH(QString, engine);
    QFETCH(QString, resolution);
    QFETCH(qint64, open);
    QFETCH(qint64, reserve);
    QFETCH(QString, status);
    Books b(engine);
    DisputeService disputes(b.db());
    QVERIFY(DisputeService::reasons().size() >= 8);
    DisputeInput in{QStringLiteral("ACME"),
                    QStringLiteral("INV-1"),
                    eur(20000),
                    QStringLiteral("price"),
                    QStringLiteral("says 10 % too dear"),
                    0};
    const qint64 id = disputes.open(b.books.clerk, in);
    QCOMPARE(disputes.list(true).size(), 1);
    QCOMPARE(disputes.openAmount(b.invoiceId(QStringLiteral("INV-1"))), 20000);
    // No more than is open can be in dispute, and only with a known reason.
    in.amount = eur(80001);
    QVERIFY_THROWS_EXCEPTION(Error, disputes.open(b.books.clerk, in));
    in.amount = eur(100);
    in.reasonCode = QStringLiteral("MOOD");
    QVERIFY_THROWS_EXCEPTION(Error, disputes.open(b.books.clerk, in));
    const Session &who =
        resolution == QLatin1String("charged-back") ? b.books.manager : b.books.clerk;
    disputes.resolve(who, id, parseDisputeResolution(resolution), QStringLiteral("agreed"));
    const Dispute d = disputes.get(id);
    QCOMPARE(disputeStatusName(d.status), status);
    QCOMPARE(disputes.list(true).size(), 0);
    QCOMPARE(b.open(QStringLiteral("INV-1")), open);
    QCOMPARE(b.reserve(), reserve);
    QCOMPARE(b.balance(Accounts::recourseReceivable()),
             resolution == QLatin1String("charged-back") ? 2500 : 0);
    QVERIFY_THROWS_EXCEPTION(Error,
                             disputes.resolve(b.books.manager, id, DisputeResolution::Paid, {}));
    b.check();
}

void tst_Collections::disputeDatedByBusinessDate_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<QString>("kind");
    for (const char *engine : {"sqlite", "postgres"}) {
        const QString e = QString::fromLatin1(engine);
        QTest::addRow("%s credited", engine) << e << "credited"
                                             << "credit_note";
        QTest::addRow("%s charged back", engine) << e << "charged-back"
                                                 << "chargeback";
    }
}

// Found by the simulated year (tst_simulation): a dispute was opened and its credit note or
// chargeback posted on the calendar's date, not the books' business date, so the reserve as of
// the business date missed the open dispute and the invoice's balance as of that date missed
// the resolution.
void tst_Collections::disputeDatedByBusinessDate()
{
    QFETCH(QString, engine);
    QFETCH(QString, resolution);
    QFETCH(QString, kind);
    Books b(engine);
    const QDate day(2026, 3, 12);
    BusinessCalendar(b.db()).start(day);
    DisputeService disputes(b.db());
    const qint64 id = disputes.open(b.books.clerk, DisputeInput{QStringLiteral("ACME"),
                                                                QStringLiteral("INV-1"),
                                                                eur(20000),
                                                                QStringLiteral("price"),
                                                                {},
                                                                0});
    QCOMPARE(disputes.get(id).openedOn, day);
    QCOMPARE(ReserveQuery(b.db()).figures(b.f.clientId, day).disputes.minor(), 20000);
    disputes.resolve(b.books.manager, id, parseDisputeResolution(resolution), {});
    QCOMPARE(SqlQuery(b.db(), QStringLiteral("SELECT entry_date FROM journal_entries WHERE kind "
                                             "= ? ORDER BY id DESC"))
                 .bind(kind)
                 .scalar()
                 .toString(),
             day.toString(Qt::ISODate));
    const qint64 invoice =
        SqlQuery(b.db(), QStringLiteral("SELECT id FROM invoices WHERE invoice_no = 'INV-1'"))
            .scalar()
            .toLongLong();
    QCOMPARE(InvoiceLedger(b.db()).openBalance(invoice, day), b.open(QStringLiteral("INV-1")));
    b.check();
}

// Found by the simulated year too: a credit note, chargeback or buy-back payment given no date
// (as `credit-note add` and `chargeback` without --date) was dated by the calendar.
void tst_Collections::undatedActsTakeBusinessDate()
{
    QFETCH(QString, engine);
    Books b(engine);
    const QDate day(2026, 3, 12);
    BusinessCalendar(b.db()).start(day);
    const auto lastDate = [&](const char *kind) {
        return SqlQuery(b.db(), QStringLiteral("SELECT entry_date FROM journal_entries WHERE "
                                               "kind = ? ORDER BY id DESC"))
            .bind(kind)
            .scalar()
            .toString();
    };
    const QString expected = day.toString(Qt::ISODate);
    CreditNoteService(b.db()).add(b.books.clerk, CreditNoteInput{QStringLiteral("ACME"),
                                                                 QStringLiteral("INV-1"),
                                                                 eur(10000),
                                                                 {},
                                                                 QStringLiteral("CN-1")});
    QCOMPARE(lastDate("credit_note"), expected);
    ChargebackService chargebacks(b.db());
    chargebacks.chargeBack(b.books.manager, ChargebackInput{QStringLiteral("ACME"),
                                                            QStringLiteral("INV-2"),
                                                            std::nullopt,
                                                            QStringLiteral("unpaid"),
                                                            {}});
    QCOMPARE(lastDate("chargeback"), expected);
    chargebacks.recordBuybackPayment(b.books.clerk, QStringLiteral("ACME"), eur(10000), {},
                                     QStringLiteral("wire 1"));
    QCOMPARE(lastDate("buyback_payment"), expected);
    b.check();
}

void tst_Collections::chargebackAndBuyback()
{
    QFETCH(QString, engine);
    Books b(engine);
    ChargebackService chargebacks(b.db());
    // The reserve (175.00) first, the recourse receivable for the other 2,325.00.
    const qint64 id = chargebacks.chargeBack(
        b.books.manager,
        ChargebackInput{QStringLiteral("ACME"), QStringLiteral("INV-2"), std::nullopt,
                        QStringLiteral("goods returned"), QDate(2026, 4, 1)});
    QVERIFY(id > 0);
    QCOMPARE(b.open(QStringLiteral("INV-2")), 0);
    QCOMPARE(b.status(QStringLiteral("INV-2")), QStringLiteral("charged_back"));
    QCOMPARE(b.reserve(), 0);
    QCOMPARE(b.balance(Accounts::recourseReceivable()), 232500);
    QCOMPARE(chargebacks.recourseOwed(QStringLiteral("ACME")).minor(), 232500);
    const qint64 inv2 = b.invoiceId(QStringLiteral("INV-2"), QStringLiteral("charged_back"));
    QCOMPARE(InvoiceMovementQuery(b.db()).forInvoices({inv2}).value(inv2).chargedBack, 250000);
    // The entry stands with its chargeback: not reversed on its own.
    const qint64 entry = SqlQuery(b.db(), QStringLiteral("SELECT journal_entry_id FROM "
                                                         "chargebacks WHERE id = ?"))
                             .bind(id)
                             .scalar()
                             .toLongLong();
    try {
        JournalService(b.db()).reverse(b.books.manager, entry, {}, QStringLiteral("oops"));
        QFAIL("a chargeback's entry was reversed alone");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    b.check();
    // The client pays it back in cash, and 10.00 more, which goes to its reserve.
    const qint64 bank = b.balance(Accounts::bank());
    chargebacks.recordBuybackPayment(b.books.clerk, QStringLiteral("ACME"), eur(233500),
                                     QDate(2026, 4, 3), QStringLiteral("wire 55"));
    QCOMPARE(b.balance(Accounts::bank()) - bank, 233500);
    QCOMPARE(b.balance(Accounts::recourseReceivable()), 0);
    QCOMPARE(b.reserve(), 1000);
    b.check();
    // Partly: INV-1 300.00, all from the reserve now at 10.00 -> 290.00 on recourse.
    chargebacks.chargeBack(b.books.manager, ChargebackInput{QStringLiteral("ACME"),
                                                            QStringLiteral("INV-1"),
                                                            eur(30000),
                                                            QStringLiteral("short paid"),
                                                            {}});
    QCOMPARE(b.open(QStringLiteral("INV-1")), 70000);
    QCOMPARE(b.status(QStringLiteral("INV-1")), QStringLiteral("open"));
    QCOMPARE(b.balance(Accounts::recourseReceivable()), 29000);
    // No more than is open, and a reason.
    QVERIFY_THROWS_EXCEPTION(
        Error, chargebacks.chargeBack(b.books.manager, ChargebackInput{QStringLiteral("ACME"),
                                                                       QStringLiteral("INV-1"),
                                                                       eur(70001),
                                                                       QStringLiteral("x"),
                                                                       {}}));
    QVERIFY_THROWS_EXCEPTION(
        Error, chargebacks.chargeBack(
                   b.books.manager,
                   ChargebackInput{QStringLiteral("ACME"), QStringLiteral("INV-1"), {}, {}, {}}));
    b.check();
}

void tst_Collections::recourseOverdue()
{
    QFETCH(QString, engine);
    Books b(engine);
    ChargebackService chargebacks(b.db());
    // Due 2026-04-20 with 90 recourse days: charged back from 2026-07-20 on.
    QCOMPARE(chargebacks.dueForRecourse(QDate(2026, 7, 19)).size(), 0);
    const QList<RecourseDue> due = chargebacks.dueForRecourse(QDate(2026, 7, 20));
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.first().recourseDate, QDate(2026, 7, 19));
    QCOMPARE(chargebacks.chargeBackOverdue(b.books.manager, QDate(2026, 7, 20)), 2);
    QCOMPARE(b.status(QStringLiteral("INV-1")), QStringLiteral("charged_back"));
    QCOMPARE(b.status(QStringLiteral("INV-2")), QStringLiteral("charged_back"));
    QCOMPARE(b.reserve(), 0);
    QCOMPARE(b.balance(Accounts::recourseReceivable()), 350000 - 17500);
    QCOMPARE(chargebacks.dueForRecourse(QDate(2026, 7, 20)).size(), 0);
    b.check();
}

void tst_Collections::insolventCreditLoss()
{
    QFETCH(QString, engine);
    Books b(engine, /*recourse=*/false);
    ChargebackService chargebacks(b.db());
    // Without recourse nothing is charged back for being late.
    QCOMPARE(chargebacks.dueForRecourse(QDate(2026, 12, 31)).size(), 0);
    DisputeService(b.db()).open(b.books.clerk, DisputeInput{QStringLiteral("ACME"),
                                                            QStringLiteral("INV-1"),
                                                            eur(15000),
                                                            QStringLiteral("DAMAGED"),
                                                            {},
                                                            0});
    chargebacks.markInsolvent(b.books.manager, QStringLiteral("BUYER1"), QDate(2026, 5, 1));
    QCOMPARE(chargebacks.postCreditLosses(b.books.manager, QDate(2026, 4, 30)).size(), 0);
    const QList<CreditLossResult> r =
        chargebacks.postCreditLosses(b.books.manager, QDate(2026, 5, 2));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().invoiceNo, QStringLiteral("INV-1"));
    QCOMPARE(r.first().loss.minor(), 85000);
    QCOMPARE(r.first().chargeback.minor(), 15000);
    QCOMPARE(b.balance(Accounts::creditLosses()), 85000);
    QCOMPARE(b.status(QStringLiteral("INV-1")), QStringLiteral("written_off"));
    QCOMPARE(b.open(QStringLiteral("INV-2")), 250000); // BUYER2 is not insolvent
    // The disputed part went back to the client: out of its reserve.
    QCOMPARE(b.reserve(), 17500 - 15000);
    QCOMPARE(DisputeService(b.db()).list(true).size(), 0);
    const qint64 inv1 = b.invoiceId(QStringLiteral("INV-1"), QStringLiteral("written_off"));
    const InvoiceMovements m = InvoiceMovementQuery(b.db()).forInvoices({inv1}).value(inv1);
    QCOMPARE(m.lost, 85000);
    QCOMPARE(m.chargedBack, 15000);
    // Run again: nothing more.
    QCOMPARE(chargebacks.postCreditLosses(b.books.manager, QDate(2026, 5, 3)).size(), 0);
    b.check();
}

void tst_Collections::approvedInvoiceCreditLoss()
{
    QFETCH(QString, engine);
    Books b(engine); // with recourse: only the invoice with an approval code is protected
    OrderApprovalService orders(b.db());
    qputenv("FACTORDESK_TODAY", "2026-02-18");
    const qint64 request = orders.request(b.books.clerk, b.f.clientId, b.f.debtorA, eur(120000),
                                          QDate(2026, 2, 20), QStringLiteral("PO-1"));
    OrderDecision yes;
    yes.decision = Decision::Partial;
    yes.amount = eur(100000);
    yes.reason = QStringLiteral("good for 1,000.00");
    const OrderApproval a = orders.decide(b.books.analyst, request, yes);
    qunsetenv("FACTORDESK_TODAY");
    ScheduleInputLine line = PurchaseFixture::line(
        QStringLiteral("INV-A"), QStringLiteral("BUYER1"), QStringLiteral("1000.00"));
    line.approvalCode = a.approvalCode;
    PurchaseFixture later = b.f;
    later.date = QDate(2026, 3, 3);
    later.buy(b.books, {line});
    const qint64 invA = b.invoiceId(QStringLiteral("INV-A"));
    QVERIFY(SqlQuery(b.db(), QStringLiteral("SELECT order_approval_id FROM invoices WHERE id = ?"))
                .bind(invA)
                .scalar()
                .toLongLong() > 0);
    // Protected: never charged back for being late.
    for (const RecourseDue &d : ChargebackService(b.db()).dueForRecourse(QDate(2026, 12, 31)))
        QVERIFY(d.invoiceId != invA);
    DisputeService(b.db()).open(b.books.clerk, DisputeInput{QStringLiteral("ACME"),
                                                            QStringLiteral("INV-A"),
                                                            eur(2500),
                                                            QStringLiteral("QUANTITY"),
                                                            {},
                                                            0});
    ChargebackService chargebacks(b.db());
    chargebacks.markInsolvent(b.books.manager, QStringLiteral("BUYER1"), QDate(2026, 5, 1));
    const QList<CreditLossResult> r =
        chargebacks.postCreditLosses(b.books.manager, QDate(2026, 5, 2));
    QCOMPARE(r.size(), 1); // INV-1 of BUYER1 is with recourse: the client's
    QCOMPARE(r.first().invoiceNo, QStringLiteral("INV-A"));
    QCOMPARE(r.first().loss.minor(), 97500);
    QCOMPARE(r.first().chargeback.minor(), 2500);
    QCOMPARE(b.status(QStringLiteral("INV-A")), QStringLiteral("written_off"));
    QCOMPARE(b.status(QStringLiteral("INV-1")), QStringLiteral("open"));
    b.check();
}

void tst_Collections::boughtAgainAfterChargeback()
{
    QFETCH(QString, engine);
    Books b(engine);
    ChargebackService(b.db()).chargeBack(
        b.books.manager, ChargebackInput{QStringLiteral("ACME"),
                                         QStringLiteral("INV-1"),
                                         {},
                                         QStringLiteral("dispute resolved: to be re-sold"),
                                         {}});
    QVERIFY(SqlQuery(b.db(), QStringLiteral("SELECT live_key FROM invoices WHERE invoice_no = "
                                            "'INV-1'"))
                .scalar()
                .isNull());
    // The same invoice (number, debtor, date, amount) in a later schedule is no duplicate.
    PurchaseFixture later = b.f;
    later.date = QDate(2026, 5, 4);
    later.buy(b.books, {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                              QStringLiteral("1000.00"))});
    QCOMPARE(SqlQuery(b.db(), QStringLiteral("SELECT COUNT(*) FROM invoices WHERE invoice_no = "
                                             "'INV-1' AND status = 'open'"))
                 .scalar()
                 .toLongLong(),
             1);
    QCOMPARE(b.open(QStringLiteral("INV-1")), 100000);
    // A credit note on INV-1 now names the copy bought again.
    CreditNoteService(b.db()).add(b.books.clerk,
                                  note(QStringLiteral("INV-1"), QStringLiteral("1.00")));
    QCOMPARE(b.open(QStringLiteral("INV-1")), 99900);
    b.check();
}

void tst_Collections::permissions()
{
    Books b(QStringLiteral("sqlite"));
    ChargebackService chargebacks(b.db());
    const ChargebackInput in{
        QStringLiteral("ACME"), QStringLiteral("INV-1"), {}, QStringLiteral("late"), {}};
    try {
        chargebacks.chargeBack(b.books.clerk, in);
        QFAIL("a clerk charged back");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QVERIFY_THROWS_EXCEPTION(Error, chargebacks.chargeBackOverdue(b.books.clerk, {}));
    QVERIFY_THROWS_EXCEPTION(Error, chargebacks.postCreditLosses(b.books.clerk, {}));
    QVERIFY_THROWS_EXCEPTION(
        Error,
        chargebacks.markInsolvent(b.books.analyst, QStringLiteral("BUYER1"), QDate(2026, 5, 1)));
    QVERIFY_THROWS_EXCEPTION(
        Error, CreditNoteService(b.db()).add(
                   b.books.analyst, note(QStringLiteral("INV-1"), QStringLiteral("1.00"))));
    const qint64 id =
        DisputeService(b.db()).open(b.books.clerk, DisputeInput{QStringLiteral("ACME"),
                                                                QStringLiteral("INV-1"),
                                                                eur(100),
                                                                QStringLiteral("OTHER"),
                                                                {},
                                                                0});
    QVERIFY_THROWS_EXCEPTION(Error, DisputeService(b.db()).resolve(
                                        b.books.clerk, id, DisputeResolution::ChargedBack, {}));
    b.check();
}

QTEST_GUILESS_MAIN(tst_Collections)
#include "tst_collections.moc"
