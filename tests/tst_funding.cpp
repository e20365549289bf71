#include "clock.h"
#include "error.h"
#include "ledger.h"
#include "scheduleapprovalservice.h"
#include "schedulefixture.h"
#include "schedulefundingservice.h"
#include "scheduleimportservice.h"
#include "schedulequery.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDate kDate(2025, 3, 1);

// These books have no over-advance line: the commission of a purchase takes the next one over
// the availability, which a manager accepts with a reason (tests that fund once pass it too).
FundingOptions overAvailability()
{
    return FundingOptions{QStringLiteral("test: over the availability, accepted")};
}

ScheduleImportOptions at(QDate date = kDate)
{
    ScheduleImportOptions o;
    o.date = date;
    return o;
}

} // namespace

class tst_Funding : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seed003_data() { addEngineRows(); }
    void seed003();
    void fileWithErrorsChangesNothing_data() { addEngineRows(); }
    void fileWithErrorsChangesNothing();
    void skipBadKeepsGoodLines_data() { addEngineRows(); }
    void skipBadKeepsGoodLines();
    void overrideKeptWithReason_data() { addEngineRows(); }
    void overrideKeptWithReason();
    void duplicatesAcrossSchedules_data() { addEngineRows(); }
    void duplicatesAcrossSchedules();
    void rejectKeepsReason_data() { addEngineRows(); }
    void rejectKeepsReason();
    void permissions_data() { addEngineRows(); }
    void permissions();
    void arrangementsAndCharges_data();
    void arrangementsAndCharges();
    void failureLeavesNothing_data() { addEngineRows(); }
    void failureLeavesNothing();
    void purchaseInOneTransaction_data() { addEngineRows(); }
    void purchaseInOneTransaction();
    void crashDuringFunding_data();
    void crashDuringFunding();
    void overAvailabilityNeedsReason_data() { addEngineRows(); }
    void overAvailabilityNeedsReason();
};

void tst_Funding::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2025-03-01");
}

void tst_Funding::seed003()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file =
        b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                 "INV-003,BIG,2025-02-25,2025-03-27,1000000.00\n"));
    const ScheduleImportResult r =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at());
    QCOMPARE(r.schedule.number, s("S-000001"));
    QCOMPARE(r.schedule.status, ScheduleStatus::Submitted);
    QCOMPARE(r.schedule.totals.face.minor(), qint64(100000000));
    QCOMPARE(r.schedule.totals.advance.minor(), qint64(93000000));
    QCOMPARE(r.schedule.totals.commission.minor(), qint64(2000000));
    QCOMPARE(r.schedule.totals.reserve.minor(), qint64(5000000));
    const auto eur = [](qint64 minor) { return Money::fromMinor(minor, Currency(s("EUR"))); };
    QCOMPARE(r.before.available, eur(0));
    QCOMPARE(r.after.eligibleReceivables, eur(100000000));
    // After: 93 % of 1,000,000 less funds employed 950,000 (face − reserve).
    QCOMPARE(r.after.fundsEmployed, eur(95000000));
    QCOMPARE(r.after.available, eur(93000000 - 95000000));

    const Schedule approved = ScheduleApprovalService(b.db()).approve(b.manager, r.schedule.id);
    QCOMPARE(approved.status, ScheduleStatus::Approved);
    QCOMPARE(approved.approvedBy, s("manager"));

    // After is 20,000.00 below zero, by the commission alone: an ordinary purchase at the
    // agreement's advance rate on a client within its availability funds without a reason.
    const FundingPreview preview =
        ScheduleFundingService(b.db()).preview(b.manager, r.schedule.id, kDate);
    QCOMPARE(preview.after.available, eur(-2000000));
    QCOMPARE(preview.overAvailability, eur(0));
    QCOMPARE(r.overAvailability, eur(0));
    const FundingResult f = ScheduleFundingService(b.db()).fund(b.manager, r.schedule.id, kDate);
    QCOMPARE(f.totals.advance.minor(), qint64(93000000));
    QCOMPARE(f.totals.commission.minor(), qint64(2000000));
    QCOMPARE(f.totals.reserve.minor(), qint64(5000000));
    QCOMPARE(f.totals.netPayment.minor(), qint64(93000000));
    QCOMPARE(f.newlyNotifiedDebtorIds, QList<qint64>{b.big});

    // The journal entry of docs/domain.md §7, to the cent and tagged.
    JournalService journal(b.db());
    const JournalEntry e = journal.entry(f.journalEntryId);
    QCOMPARE(e.kind, s("purchase"));
    QCOMPARE(e.scheduleId, r.schedule.id);
    QCOMPARE(e.clientId, b.clientId);
    QCOMPARE(e.lines.size(), 4);
    const Schedule funded = ScheduleQuery(b.db()).schedule(r.schedule.id);
    const qint64 invoiceId = funded.lines[0].id;
    struct Expect
    {
        const char *account;
        qint64 debit;
        qint64 credit;
        qint64 debtor;
        qint64 invoice;
    } expect[] = {{"1100", 100000000, 0, b.big, invoiceId},
                  {"2300", 0, 93000000, 0, 0},
                  {"4000", 0, 2000000, 0, 0},
                  {"2100", 0, 5000000, 0, 0}};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(e.lines[i].account, s(expect[i].account));
        QCOMPARE(e.lines[i].debit.minor(), expect[i].debit);
        QCOMPARE(e.lines[i].credit.minor(), expect[i].credit);
        QCOMPARE(e.lines[i].clientId, b.clientId);
        QCOMPARE(e.lines[i].debtorId, expect[i].debtor);
        QCOMPARE(e.lines[i].invoiceId, expect[i].invoice);
    }
    qint64 debit = 0, credit = 0;
    for (const AccountBalance &a : journal.trialBalance(kDate)) {
        debit += a.debit;
        credit += a.credit;
    }
    QCOMPARE(debit, credit);
    QCOMPARE(debit, qint64(100000000));

    QCOMPARE(funded.status, ScheduleStatus::Funded);
    QCOMPARE(funded.fundingDate, kDate);
    QCOMPARE(funded.journalEntryId, f.journalEntryId);
    QCOMPARE(funded.lines[0].status, s("open"));
    QCOMPARE(funded.lines[0].openBalance.minor(), qint64(100000000));
    SqlQuery pay(b.db(),
                 s("SELECT kind, amount, due_date, status, bank_account FROM client_payments"));
    pay.exec();
    QVERIFY(pay.next());
    QCOMPARE(pay.text(0), s("funding"));
    QCOMPARE(pay.int64(1), qint64(93000000));
    QCOMPARE(pay.text(2), s("2025-03-01"));
    QCOMPARE(pay.text(3), s("due"));
    QCOMPARE(pay.text(4), s("ACCOUNT-1"));
    QCOMPARE(ScheduleQuery(b.db()).noticesOf(r.schedule.id), QList<qint64>{b.big});
    // Funded once only.
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleFundingService(b.db()).fund(
                                        b.manager, r.schedule.id, kDate, {}, overAvailability()));
}

void tst_Funding::fileWithErrorsChangesNothing()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file =
        b.writeCsv(s("bad.csv"), s("invoice_no;debtor;invoice_date;due_date;amount\n"
                                   "A-1;BIG;2025-02-25;2025-03-27;100,00\n"
                                   "A-2;NOBODY;2025-02-25;2025-03-27;100.00\n"
                                   "A-3;BIG;2025-02-25;2025-02-20;100.00\n"
                                   "A-4;BIG;2025-02-25;2025-03-27;-1\n"));
    const QStringList tables{s("schedules"), s("invoices"),      s("audit_log"),
                             s("settings"),  s("journal_lines"), s("client_payments")};
    QList<qint64> before;
    for (const QString &t : tables)
        before << b.count(t);
    try {
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at());
        QFAIL("expected a refusal");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(s("line 3, debtor")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(s("line 4, due_date")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(s("line 5, amount")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(s("bad.csv")), qPrintable(e.message()));
    }
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(b.count(tables[i]), before[i]);
    // A file that is not CSV at all.
    const QString binary = b.writeCsv(s("x.csv"), QString::fromLatin1("PK\x03\x04", 4) + QChar(0));
    QVERIFY_THROWS_EXCEPTION(
        Error, ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, binary, at()));
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(b.count(tables[i]), before[i]);
}

void tst_Funding::skipBadKeepsGoodLines()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file = b.writeCsv(s("mixed.csv"), s("Invoice No,Customer,Date,Terms,Face Value\n"
                                                      "A-1,BIG,2025-02-25,30,100.00\n"
                                                      "A-2,BIG,2025-02-25,30,abc\n"
                                                      "A-3,SMALL,2025-02-26,60,200.01\n"));
    ScheduleImportOptions o = at();
    o.skipBad = true;
    o.number = s("CLIENT-7");
    const ScheduleImportResult r =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, o);
    QCOMPARE(r.schedule.number, s("CLIENT-7"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 3);
    QCOMPARE(r.schedule.lines.size(), 2);
    QCOMPARE(b.count(s("invoices")), qint64(2));
    const Schedule stored = ScheduleQuery(b.db()).findByNumber(s("CLIENT-7"));
    QCOMPARE(stored.lines[1].invoiceNo, s("A-3"));
    QCOMPARE(stored.lines[1].dueDate, QDate(2025, 4, 27));
    QCOMPARE(stored.totals.face.minor(), qint64(30001));
    QCOMPARE(stored.totals.advance + stored.totals.commission + stored.totals.reserve,
             stored.totals.face);
    QCOMPARE(stored.sourceFile, s("mixed.csv"));
    // The number is taken now.
    QVERIFY_THROWS_EXCEPTION(
        Error, ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, o));
}

void tst_Funding::overrideKeptWithReason()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    // SMALL has a 50,000.00 limit: the second line goes over by 30,000.00.
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "A-1,SMALL,2025-02-25,2025-03-27,40000.00\n"
                                                  "A-2,SMALL,2025-02-26,2025-03-28,40000.00\n"
                                                  "A-3,SMALL,2025-02-27,2025-03-29,1000.00\n"));
    const ScheduleImportResult r =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at());
    QCOMPARE(r.schedule.lines[1].eligible.minor(), qint64(1000000));
    QVERIFY(r.schedule.lines[1].hasCheck(CheckCode::overCreditLimit()));
    QCOMPARE(r.schedule.lines[2].eligible.minor(), qint64(0));

    // Clerks do not override; a reason is required; an eligible line has nothing to override.
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).approve(b.clerk, r.schedule.id,
                                                                            {{s("A-2"), s("ok")}}));
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).approve(
                                        b.manager, r.schedule.id, {{s("A-2"), s(" ")}}));
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).approve(
                                        b.manager, r.schedule.id, {{s("A-1"), s("why")}}));
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).approve(
                                        b.manager, r.schedule.id, {{s("NOPE"), s("why")}}));

    const Schedule a = ScheduleApprovalService(b.db()).approve(
        b.manager, r.schedule.id, {{s("A-2"), s("Limit rise agreed with the analyst")}});
    QCOMPARE(a.lines[1].eligible.minor(), qint64(4000000));
    QCOMPARE(a.lines[1].advance.minor(), qint64(3720000));
    QCOMPARE(a.lines[1].overrideReason, s("Limit rise agreed with the analyst"));
    QCOMPARE(a.lines[1].overrideBy, s("manager"));
    QVERIFY(!a.lines[1].overrideAt.isEmpty());
    QVERIFY(a.lines[1].hasCheck(CheckCode::overridden()));
    QVERIFY(a.lines[1].hasCheck(CheckCode::overCreditLimit())); // the reason stays visible
    QCOMPARE(a.lines[2].eligible.minor(), qint64(0));
    QCOMPARE(a.totals.eligible.minor(), qint64(8000000));
    const FundingResult f = ScheduleFundingService(b.db()).fund(b.manager, r.schedule.id, kDate, {},
                                                                overAvailability());
    QCOMPARE(f.totals.advance.minor(), qint64(7440000));
    // 81,000.00 face: commission 1,620.00, reserve = face − advance − commission.
    QCOMPARE(f.totals.commission.minor(), qint64(162000));
    QCOMPARE(f.totals.reserve.minor(), qint64(8100000 - 7440000 - 162000));
    const Schedule after = ScheduleQuery(b.db()).schedule(r.schedule.id);
    QCOMPARE(after.lines[1].overrideReason, s("Limit rise agreed with the analyst"));
}

void tst_Funding::duplicatesAcrossSchedules()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "A-1,BIG,2025-02-25,2025-03-27,100.00\n"));
    const qint64 first =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at()).schedule.id;
    const ScheduleImportResult second =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at());
    QVERIFY(second.schedule.lines[0].hasCheck(CheckCode::duplicateInvoiceNo()));
    QCOMPARE(second.schedule.lines[0].status, s("rejected"));
    QCOMPARE(second.schedule.totals.count, 0);
    // No override buys an invoice twice; nothing to buy means no approval.
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).approve(
                                        b.manager, second.schedule.id, {{s("A-1"), s("sure")}}));
    QVERIFY_THROWS_EXCEPTION(
        Error, ScheduleApprovalService(b.db()).approve(b.manager, second.schedule.id));
    // Once the first is rejected, the second is clean again.
    ScheduleApprovalService(b.db()).reject(b.manager, first, s("sent twice"));
    const Schedule again = ScheduleApprovalService(b.db()).recheck(b.clerk, second.schedule.id);
    QCOMPARE(again.lines[0].status, s("pending"));
    QCOMPARE(again.lines[0].checks.size(), 0);
    QCOMPARE(again.totals.count, 1);
}

void tst_Funding::rejectKeepsReason()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "A-1,BIG,2025-02-25,2025-03-27,100.00\n"));
    const qint64 id =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at()).schedule.id;
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).reject(b.manager, id, s("")));
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).reject(b.clerk, id, s("no")));
    const Schedule r =
        ScheduleApprovalService(b.db()).reject(b.manager, id, s("Client withdrew it"));
    QCOMPARE(r.status, ScheduleStatus::Rejected);
    QCOMPARE(r.rejectedReason, s("Client withdrew it"));
    QCOMPARE(r.rejectedBy, s("manager"));
    QCOMPARE(r.lines[0].status, s("rejected"));
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).approve(b.manager, id));
    QVERIFY_THROWS_EXCEPTION(
        Error, ScheduleFundingService(b.db()).fund(b.manager, id, kDate, {}, overAvailability()));
}

void tst_Funding::permissions()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "A-1,BIG,2025-02-25,2025-03-27,100.00\n"));
    auto kind = [](auto &&f) {
        try {
            f();
        } catch (const Error &e) {
            return e.kind();
        }
        return Error::Kind::Storage;
    };
    QCOMPARE(
        kind([&] { ScheduleImportService(b.db()).importFile(b.analyst, b.clientId, file, at()); }),
        Error::Kind::Permission);
    const qint64 id =
        ScheduleImportService(b.db()).importFile(b.manager, b.clientId, file, at()).schedule.id;
    QCOMPARE(kind([&] { ScheduleApprovalService(b.db()).approve(b.clerk, id); }),
             Error::Kind::Permission);
    QCOMPARE(kind([&] { ScheduleApprovalService(b.db()).approve(b.analyst, id); }),
             Error::Kind::Permission);
    ScheduleApprovalService(b.db()).approve(b.boss, id);
    QCOMPARE(kind([&] { ScheduleFundingService(b.db()).fund(b.clerk, id, kDate); }),
             Error::Kind::Permission);
    QCOMPARE(kind([&] {
                 ScheduleFundingService(b.db()).fund(b.manager, id, kDate.addDays(-1), {},
                                                     overAvailability());
             }),
             Error::Kind::Validation);
    ScheduleFundingService(b.db()).fund(b.manager, id, kDate, {}, overAvailability());
}

void tst_Funding::arrangementsAndCharges_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("arrangement");
    QTest::addColumn<qint64>("net");    // net payment
    QTest::addColumn<qint64>("bank");   // credit to 2300 (payments due; the bank moves at the run)
    QTest::addColumn<qint64>("income"); // credit to 4000 + 4300 (commission + charges)
    QTest::addColumn<qint64>("reserves"); // credit to 2100
    QTest::addColumn<QString>("kind");    // client_payments kind, empty: none

    // Two invoices 600.00 + 400.00 due in 30 and 60 days, 93 % / 2 %; charges 10.00 per
    // schedule + 1.00 per invoice + 2.50 per transfer = 14.50.
    for (const char *engine : {"sqlite", "postgres"}) {
        QTest::addRow("%s advance", engine)
            << s(engine) << int(Arrangement::Advance) << qint64(91550) << qint64(91550)
            << qint64(3450) << qint64(5000) << s("funding");
        QTest::addRow("%s collection", engine)
            << s(engine) << int(Arrangement::Collection) << qint64(0) << qint64(0) << qint64(3200)
            << qint64(96800) << QString();
        QTest::addRow("%s maturity", engine)
            << s(engine) << int(Arrangement::Maturity) << qint64(91550) << qint64(0) << qint64(3450)
            << qint64(96550) << s("maturity");
    }
}

void tst_Funding::arrangementsAndCharges()
{
    QFETCH(QString, engine);
    QFETCH(int, arrangement);
    QFETCH(qint64, net);
    QFETCH(qint64, bank);
    QFETCH(qint64, income);
    QFETCH(qint64, reserves);
    QFETCH(QString, kind);
    Agreement terms = ScheduleBooks::seed003Terms();
    terms.arrangement = Arrangement(arrangement);
    const Currency eur(s("EUR"));
    terms.chargePerSchedule = Money::fromMinor(1000, eur);
    terms.chargePerInvoice = Money::fromMinor(100, eur);
    terms.chargePerTransfer = Money::fromMinor(250, eur);
    terms.notification = false;
    ScheduleBooks b(engine, terms);
    const QString file =
        b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,terms_days,amount\n"
                                 "A-1,BIG,2025-03-01,30,600.00\n"
                                 "A-2,BIG,2025-03-01,60,400.00\n"));
    const qint64 id =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at()).schedule.id;
    ScheduleApprovalService(b.db()).approve(b.manager, id);
    const FundingResult f =
        ScheduleFundingService(b.db()).fund(b.manager, id, kDate, {}, overAvailability());
    QCOMPARE(f.totals.netPayment.minor(), net);
    // Average due date: 600 × 30 + 400 × 60 over 1000 = 42 days.
    QCOMPARE(f.totals.maturityDate, kDate.addDays(42));
    QCOMPARE(f.totals.paymentDate,
             Arrangement(arrangement) == Arrangement::Maturity ? kDate.addDays(42) : kDate);
    QVERIFY(f.newlyNotifiedDebtorIds.isEmpty());
    JournalService journal(b.db());
    QCOMPARE(journal.balance(Accounts::paymentsDue(), kDate), -bank);
    QCOMPARE(journal.balance(Accounts::bank(), kDate), qint64(0));
    QCOMPARE(journal.balance(Accounts::commissionIncome(), kDate) +
                 journal.balance(Accounts::chargesIncome(), kDate),
             -income);
    // The charges go to 4300 (the collection arrangement makes no transfer: no 2.50).
    QCOMPARE(journal.balance(Accounts::chargesIncome(), kDate),
             Arrangement(arrangement) == Arrangement::Collection ? qint64(-1200) : qint64(-1450));
    QCOMPARE(journal.balance(Accounts::clientReserves(), kDate, b.clientId), -reserves);
    QCOMPARE(journal.balance(Accounts::factoredReceivables(), kDate, b.clientId), qint64(100000));
    SqlQuery pay(b.db(), s("SELECT kind, amount, due_date FROM client_payments"));
    pay.exec();
    if (kind.isEmpty()) {
        QVERIFY(!pay.next());
    } else {
        QVERIFY(pay.next());
        QCOMPARE(pay.text(0), kind);
        QCOMPARE(pay.int64(1), net);
        QCOMPARE(pay.text(2), isoDate(f.totals.paymentDate));
    }
    QCOMPARE(b.count(s("assignment_notices")), qint64(0));
}

void tst_Funding::failureLeavesNothing()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "A-1,BIG,2025-02-25,2025-03-27,100.00\n"));
    const qint64 id =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at()).schedule.id;
    ScheduleApprovalService(b.db()).approve(b.manager, id);
    const qint64 entries = b.count(s("journal_entries"));
    ScheduleFundingService::setTestHook([](const char *point) {
        if (qstrcmp(point, "fund-before-commit") == 0)
            throw Error(Error::Kind::Storage, s("disk full"));
    });
    QVERIFY_THROWS_EXCEPTION(
        Error, ScheduleFundingService(b.db()).fund(b.manager, id, kDate, {}, overAvailability()));
    ScheduleFundingService::setTestHook({});
    QCOMPARE(ScheduleQuery(b.db()).schedule(id).status, ScheduleStatus::Approved);
    QCOMPARE(ScheduleQuery(b.db()).schedule(id).lines[0].status, s("pending"));
    QCOMPARE(b.count(s("journal_entries")), entries);
    QCOMPARE(b.count(s("client_payments")), qint64(0));
    QCOMPARE(b.count(s("assignment_notices")), qint64(0));
    ScheduleFundingService(b.db()).fund(b.manager, id, kDate, {},
                                        overAvailability()); // and it still can be funded
}

// The case: a client already below its availability (by an earlier purchase's
// commission) is taken further below it; the funding needs a manager's reason, kept in the
// audit record. The earlier, ordinary purchase needed none.
void tst_Funding::overAvailabilityNeedsReason()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const auto eur = [](qint64 minor) { return Money::fromMinor(minor, Currency(s("EUR"))); };
    const auto buy = [&](const char *csv) {
        const QString file = b.writeCsv(s("s.csv"), s(csv));
        const qint64 id =
            ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at()).schedule.id;
        ScheduleApprovalService(b.db()).approve(b.manager, id);
        return id;
    };
    const qint64 first = buy("invoice_no,debtor,invoice_date,due_date,amount\n"
                             "E-1,BIG,2025-02-25,2025-03-27,104533.00\n");
    QCOMPARE(ScheduleFundingService(b.db()).preview(b.manager, first, kDate).overAvailability,
             eur(0));
    ScheduleFundingService(b.db()).fund(b.manager, first, kDate); // no reason needed

    const qint64 second = buy("invoice_no,debtor,invoice_date,due_date,amount\n"
                              "E-2,BIG,2025-02-26,2025-03-28,18559.49\n");
    const FundingPreview p = ScheduleFundingService(b.db()).preview(b.manager, second, kDate);
    QCOMPARE(p.before.available, eur(-209066));
    QCOMPARE(p.after.available, eur(-246185));
    QCOMPARE(p.overAvailability, eur(246185));
    try {
        ScheduleFundingService(b.db()).fund(b.manager, second, kDate);
        QFAIL("funding beyond the availability was not refused");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QCOMPARE(e.field(), s("availability"));
        QVERIFY2(e.message().contains(eur(246185).toLocaleString()), qPrintable(e.message()));
    }
    QCOMPARE(ScheduleQuery(b.db()).schedule(second).status, ScheduleStatus::Approved);
    // A blank reason is no reason.
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleFundingService(b.db()).fund(
                                        b.manager, second, kDate, {}, FundingOptions{s("  ")}));
    ScheduleFundingService(b.db()).fund(b.manager, second, kDate, {},
                                        FundingOptions{s("Bank guarantee on file")});
    QCOMPARE(ScheduleQuery(b.db()).schedule(second).status, ScheduleStatus::Funded);
    SqlQuery audit(b.db(), s("SELECT after_data FROM audit_log WHERE action = 'schedule.fund' "
                             "ORDER BY id DESC"));
    audit.exec();
    QVERIFY(audit.next());
    QVERIFY(audit.text(0).contains(s("Bank guarantee on file")));
    QVERIFY(audit.text(0).contains(s("2461.85")));
}

void tst_Funding::crashDuringFunding_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("point");
    for (const char *engine : {"sqlite", "postgres"})
        for (const char *point : {"fund-after-journal", "fund-before-commit"})
            QTest::addRow("%s %s", engine, point) << s(engine) << s(point);
}

// A process killed during funding (std::abort at a named point) leaves none of the purchase.
void tst_Funding::crashDuringFunding()
{
    QFETCH(QString, engine);
    QFETCH(QString, point);
    ScheduleBooks b(engine);
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "A-1,BIG,2025-02-25,2025-03-27,100.00\n"
                                                  "A-2,SMALL,2025-02-25,2025-03-27,250.00\n"));
    const ScheduleImportResult r =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, at());
    ScheduleApprovalService(b.db()).approve(b.manager, r.schedule.id);
    const qint64 entries = b.count(s("journal_entries"));
    const qint64 lines = b.count(s("journal_lines"));
    const CliResult crashed =
        runCli({s("--db"), b.spec(), s("--user"), s("manager"), s("schedule"), s("fund"),
                r.schedule.number, s("--over-availability"), s("accepted")},
               {s("FACTORDESK_PASSWORD=pw"), s("FACTORDESK_CRASH_AT=") + point});
    QVERIFY2(crashed.exitCode != 0, qPrintable(crashed.out + crashed.err));
    b.reopen();
    const Schedule s1 = ScheduleQuery(b.db()).schedule(r.schedule.id);
    QCOMPARE(s1.status, ScheduleStatus::Approved);
    QCOMPARE(s1.journalEntryId, qint64(0));
    for (const ScheduleLine &l : s1.lines) {
        QCOMPARE(l.status, s("pending"));
        QCOMPARE(l.openBalance.minor(), qint64(0));
    }
    QCOMPARE(b.count(s("journal_entries")), entries);
    QCOMPARE(b.count(s("journal_lines")), lines);
    QCOMPARE(b.count(s("client_payments")), qint64(0));
    QCOMPARE(b.count(s("assignment_notices")), qint64(0));
    qint64 debit = 0, credit = 0;
    for (const AccountBalance &a : JournalService(b.db()).trialBalance(kDate)) {
        debit += a.debit;
        credit += a.credit;
    }
    QCOMPARE(debit, credit);
    // The whole purchase goes through on the next try.
    const CliResult ok =
        runCli({s("--db"), b.spec(), s("--user"), s("manager"), s("schedule"), s("fund"),
                r.schedule.number, s("--over-availability"), s("accepted")},
               {s("FACTORDESK_PASSWORD=pw")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    b.reopen();
    QCOMPARE(ScheduleQuery(b.db()).schedule(r.schedule.id).status, ScheduleStatus::Funded);
    QCOMPARE(b.count(s("client_payments")), qint64(1));
}

QTEST_GUILESS_MAIN(tst_Funding)
// The wizard's Post: import, approve and fund commit together, or nothing is stored.
void tst_Funding::purchaseInOneTransaction()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    ScheduleInputLine line;
    line.invoiceNo = s("INV-003");
    line.debtor = s("BIG");
    line.invoiceDate = s("2025-02-25");
    line.dueDate = s("2025-03-27");
    line.amount = s("1000000.00");

    // An override for an invoice that is not on the schedule is refused at the approval step:
    // the import before it is rolled back with it.
    try {
        ScheduleFundingService(b.db()).purchase(b.manager, b.clientId, {line}, at(),
                                                {{s("NOPE"), s("because")}}, kDate);
        QFAIL("a purchase with a bad override went through");
    } catch (const Error &e) {
        QVERIFY2(!e.message().isEmpty(), "no reason given");
    }
    QCOMPARE(b.count(s("schedules")), qint64(0));
    QCOMPARE(b.count(s("invoices")), qint64(0));
    QCOMPARE(b.count(s("journal_entries")), qint64(0));

    // A clerk may not buy at all.
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleFundingService(b.db()).purchase(
                                        b.clerk, b.clientId, {line}, at(), {}, kDate));
    QCOMPARE(b.count(s("schedules")), qint64(0));

    const FundingResult f = ScheduleFundingService(b.db()).purchase(
        b.manager, b.clientId, {line}, at(), {}, kDate, overAvailability());
    QCOMPARE(ScheduleQuery(b.db()).schedule(f.scheduleId, false).status, ScheduleStatus::Funded);
    QCOMPARE(f.totals.advance.minor(), qint64(93000000));
    QCOMPARE(f.totals.commission.minor(), qint64(2000000));
    QCOMPARE(f.totals.reserve.minor(), qint64(5000000));
    QCOMPARE(b.count(s("journal_entries")), qint64(1));
}

#include "tst_funding.moc"
