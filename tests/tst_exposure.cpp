// Exposure, limits and the facility (issue 8): what approved, unfunded schedules hold counts,
// funding checks again against the books as they are then, limits expire, and verifications
// are recorded before funding. On SQLite and on PostgreSQL.
#include "availabilityquery.h"
#include "error.h"
#include "invoiceverificationservice.h"
#include "scheduleapprovalservice.h"
#include "schedulefixture.h"
#include "schedulefundingservice.h"
#include "scheduleimportservice.h"
#include "schedulequery.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {
// These books have no over-advance line: an earlier purchase's commission takes the next
// one over the availability, which these tests of exposure accept with a reason.
FundingOptions overAvailability()
{
    return FundingOptions{QStringLiteral("test: over the availability, accepted")};
}
} // namespace

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDate kDate(2025, 3, 1);

ScheduleInputLine input(const char *no, const char *debtor, const char *date, const char *amount)
{
    ScheduleInputLine l;
    l.invoiceNo = s(no);
    l.debtor = s(debtor);
    l.invoiceDate = s(date);
    l.dueDate = s("2025-03-30");
    l.amount = s(amount);
    return l;
}

// Imports one schedule of `lines` dated `date` and returns it as stored.
Schedule import(ScheduleBooks &b, const QList<ScheduleInputLine> &lines, QDate date = kDate)
{
    ScheduleImportOptions o;
    o.date = date;
    return ScheduleImportService(b.db()).importLines(b.clerk, b.clientId, lines, o).schedule;
}

Schedule approve(ScheduleBooks &b, const Schedule &s)
{
    return ScheduleApprovalService(b.db()).approve(b.manager, s.id);
}

const CheckResult *findCheck(const ScheduleLine &l, const QString &code)
{
    for (const CheckResult &c : l.checks)
        if (c.code == code)
            return &c;
    return nullptr;
}

// Sets the debtor's limit (a clerk asks, an analyst decides), optionally expiring.
void setLimit(ScheduleBooks &b, qint64 debtorId, qint64 minor, QDate expires = {})
{
    CreditService credit(b.db());
    const qint64 req =
        credit.request(b.clerk, debtorId, Money::fromMinor(minor), QStringLiteral("test"));
    CreditDecision d;
    d.decision = Decision::Approve;
    d.reason = QStringLiteral("ok");
    d.expiryDate = expires;
    credit.decide(b.analyst, req, d);
}

// The funding refusal that asks for an override, or an empty message when fund() succeeded.
QString refusal(ScheduleBooks &b, qint64 id, QDate date = kDate)
{
    try {
        ScheduleFundingService(b.db()).fund(b.manager, id, date, {}, overAvailability());
    } catch (const Error &e) {
        return e.kind() == Error::Kind::Conflict && e.field() == s("override")
                   ? e.message()
                   : s("unexpected: ") + e.message();
    }
    return {};
}

} // namespace

class tst_Exposure : public QObject
{
    Q_OBJECT
private:
    void facilityBody();
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2025-03-01"); }
    void approvedUnfundedCounts_data() { addEngineRows(); }
    void approvedUnfundedCounts();
    void fundingChecksAgain_data() { addEngineRows(); }
    void fundingChecksAgain();
    void limitExpires_data() { addEngineRows(); }
    void limitExpires();
    void facilityCountsFundsEmployed_data() { addEngineRows(); }
    void facilityCountsFundsEmployed();
    void exposurePerCurrency_data() { addEngineRows(); }
    void exposurePerCurrency();
    void verificationBeforeFunding_data() { addEngineRows(); }
    void verificationBeforeFunding();
};

// Limit 100,000.00; A holds 100,000.00 and B 99,000.00, both approved before either is funded:
// B is over the limit in full, and both fund as approved.
void tst_Exposure::approvedUnfundedCounts()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    b.addDebtor(s("ONE"), 10000000);
    const Schedule a = approve(b, import(b, {input("A-1", "ONE", "2025-02-20", "100000.00")}));
    const Schedule bs = approve(b, import(b, {input("B-1", "ONE", "2025-02-21", "99000.00")}));
    QCOMPARE(a.totals.eligible.minor(), qint64(10000000));
    QCOMPARE(bs.totals.eligible.minor(), qint64(0));
    const CheckResult *over = findCheck(bs.lines.first(), CheckCode::overCreditLimit());
    QVERIFY(over);
    QCOMPARE(over->amount.minor(), qint64(9900000));
    QCOMPARE(over->param(s("exposure")), s("100000.00"));

    ScheduleFundingService funding(b.db());
    const FundingResult fa = funding.fund(b.manager, a.id, kDate, {}, overAvailability());
    const FundingResult fb = funding.fund(b.manager, bs.id, kDate, {}, overAvailability());
    QCOMPARE(fa.totals.advance.minor(), qint64(9300000));
    QCOMPARE(fb.totals.advance.minor(), qint64(0));
    QVERIFY(fa.overridden.isEmpty() && fb.overridden.isEmpty());
}

// The limit is cut after the approval: funding refuses what no longer fits, lists it, and
// buys it only with a manager's reason.
void tst_Exposure::fundingChecksAgain()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const qint64 one = b.addDebtor(s("ONE"), 10000000);
    const Schedule a = approve(b, import(b, {input("A-1", "ONE", "2025-02-20", "80000.00"),
                                             input("A-2", "BIG", "2025-02-20", "1000.00")}));
    QCOMPARE(a.totals.eligible.minor(), qint64(8100000));
    setLimit(b, one, 5000000);

    const QString message = refusal(b, a.id);
    QVERIFY2(message.contains(s("A-1")) && !message.contains(s("A-2")), qPrintable(message));
    QVERIFY2(message.contains(s("30,000.00")) || message.contains(s("30000.00")),
             qPrintable(message));
    QCOMPARE(ScheduleQuery(b.db()).schedule(a.id, false).status, ScheduleStatus::Approved);
    QCOMPARE(b.count(s("journal_entries")), qint64(0));

    // An override needs a reason and names an invoice that no longer fits.
    ScheduleFundingService funding(b.db());
    QVERIFY_THROWS_EXCEPTION(
        Error, funding.fund(b.manager, a.id, kDate, FundingOverride{s(" "), {s("A-1")}}));
    QVERIFY_THROWS_EXCEPTION(
        Error, funding.fund(b.manager, a.id, kDate, FundingOverride{s("ok"), {s("A-2")}}));
    const FundingResult r = funding.fund(b.manager, a.id, kDate,
                                         FundingOverride{s("Cut after the approval; the "
                                                           "debtor paid in advance"),
                                                         {}},
                                         overAvailability());
    QCOMPARE(r.overridden.size(), 1);
    QCOMPARE(r.overridden.first().invoiceNo, s("A-1"));
    QCOMPARE(r.overridden.first().check.code, CheckCode::overCreditLimit());
    QCOMPARE(r.overridden.first().check.amount.minor(), qint64(3000000));
    QCOMPARE(r.totals.eligible.minor(), qint64(8100000));
    SqlQuery q(b.db(), s("SELECT after_data FROM audit_log WHERE action = 'schedule.fund'"));
    const QString after = q.scalar().toString();
    QVERIFY2(after.contains(s("debtor paid in advance")) && after.contains(s("over_credit_limit")),
             qPrintable(after));
}

// A limit with an expiry is written so; after it the debtor has no limit, also at funding.
void tst_Exposure::limitExpires()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const qint64 exp = b.addDebtor(s("EXP"), 0);
    setLimit(b, exp, 10000000, QDate(2025, 3, 10));
    QCOMPARE(DebtorService(b.db()).find(exp).limitExpiryDate, QDate(2025, 3, 10));
    {
        SqlQuery q(b.db(), s("SELECT limit_expiry_date, limit_currency FROM debtors WHERE id = ?"));
        q.bind(exp).exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), s("2025-03-10"));
        QCOMPARE(q.text(1), s("EUR"));
    }
    // An expiry that is not after today is refused.
    {
        CreditService credit(b.db());
        const qint64 req = credit.request(b.clerk, exp, Money::fromMinor(100), QStringLiteral("x"));
        CreditDecision d;
        d.reason = QStringLiteral("x");
        d.expiryDate = kDate;
        QVERIFY_THROWS_EXCEPTION(Error, credit.decide(b.analyst, req, d));
        d.decision = Decision::Decline;
        credit.decide(b.analyst, req, d);
    }

    const Schedule later =
        import(b, {input("L-1", "EXP", "2025-03-05", "1000.00")}, QDate(2025, 3, 11));
    QVERIFY(findCheck(later.lines.first(), CheckCode::debtorNoLimit()));
    QCOMPARE(later.totals.eligible.minor(), qint64(0));

    const Schedule a = approve(b, import(b, {input("A-1", "EXP", "2025-02-20", "1000.00")}));
    QCOMPARE(a.totals.eligible.minor(), qint64(100000));
    const QString message = refusal(b, a.id, QDate(2025, 3, 11));
    QVERIFY2(message.contains(s("A-1")), qPrintable(message));
    QVERIFY(refusal(b, a.id, QDate(2025, 3, 10)).isEmpty());
}

// The facility caps funds employed: the advance and the commission of the lines, and what the
// approved, unfunded schedules will add.
void tst_Exposure::facilityCountsFundsEmployed()
{
    try {
        facilityBody();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    }
}

void tst_Exposure::facilityBody()
{
    QFETCH(QString, engine);
    Agreement terms = ScheduleBooks::seed003Terms();
    terms.facilityLimit = Money::fromMinor(10000000, Currency(s("EUR"))); // 100,000.00
    ScheduleBooks b(engine, terms);
    // 100,000.00 face: advance 93,000.00 + commission 2,000.00 = 95,000.00 of the facility.
    const Schedule a = approve(b, import(b, {input("A-1", "BIG", "2025-02-20", "100000.00")}));
    QCOMPARE(a.totals.eligible.minor(), qint64(10000000));
    // 10,000.00 more: 5,000.00 left, less its own commission of 200.00: 4,800.00 of advance.
    const Schedule c = import(b, {input("C-1", "BIG", "2025-02-21", "10000.00")});
    QVERIFY(findCheck(c.lines.first(), CheckCode::overFacility()));
    QVERIFY2(c.totals.advance.minor() <= 480000 && c.totals.advance.minor() > 479900,
             qPrintable(c.totals.advance.toPlainString()));
    QVERIFY(c.totals.advance.minor() + c.totals.commission.minor() <= 500000);
    approve(b, c);
    ScheduleFundingService funding(b.db());
    funding.fund(b.manager, a.id, kDate, {}, overAvailability());
    funding.fund(b.manager, c.id, kDate, {}, overAvailability());
    QVERIFY(AvailabilityQuery(b.db()).fundsEmployed(b.clientId, kDate) <= 10000000);
}

// A limit covers its own currency only; exposure in another currency does not use it up.
void tst_Exposure::exposurePerCurrency()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const qint64 one = b.addDebtor(s("ONE"), 10000000); // EUR, the book currency
    Client usd;
    usd.code = s("YANK");
    usd.name = s("Yank Inc");
    usd.currency = Currency(s("USD"));
    usd.bankAccount = s("ACCOUNT-2");
    const qint64 yank = ClientService(b.db()).add(b.manager, usd);
    AgreementService(b.db()).setTerms(b.manager, yank, QDate(2025, 1, 1),
                                      ScheduleBooks::seed003Terms());
    DebtorService(b.db()).linkClient(b.clerk, one, yank);

    ScheduleImportOptions o;
    o.date = kDate;
    const Schedule dollars =
        ScheduleImportService(b.db())
            .importLines(b.clerk, yank, {input("Y-1", "ONE", "2025-02-20", "100000.00")}, o)
            .schedule;
    const CheckResult *none = findCheck(dollars.lines.first(), CheckCode::debtorNoLimit());
    QVERIFY(none);
    QCOMPARE(none->param(s("limit_currency")), s("EUR"));
    QCOMPARE(dollars.totals.eligible.minor(), qint64(0));
    approve(b, dollars);
    ScheduleFundingService(b.db()).fund(b.manager, dollars.id, kDate, {}, overAvailability());

    // 100,000.00 USD open on ONE leaves the EUR limit whole.
    const Schedule euros = import(b, {input("E-1", "ONE", "2025-02-21", "100000.00")});
    QVERIFY2(!findCheck(euros.lines.first(), CheckCode::overCreditLimit()),
             qPrintable(checksToJson(euros.lines.first().checks)));
    QVERIFY2(euros.totals.eligible.minor() == 10000000,
             qPrintable(checksToJson(euros.lines.first().checks)));
}

// Verification required blocks funding until it is recorded, or a manager overrides it.
void tst_Exposure::verificationBeforeFunding()
{
    QFETCH(QString, engine);
    Agreement terms = ScheduleBooks::seed003Terms();
    terms.verificationThreshold = Money::fromMinor(5000000, Currency(s("EUR"))); // 50,000.00
    ScheduleBooks b(engine, terms);
    const Schedule a = approve(b, import(b, {input("V-1", "BIG", "2025-02-20", "60000.00"),
                                             input("V-2", "BIG", "2025-02-20", "1000.00")}));
    QVERIFY(findCheck(a.lines.first(), CheckCode::verificationRequired()));
    const QString message = refusal(b, a.id);
    QVERIFY2(message.contains(s("V-1")) && !message.contains(s("V-2")), qPrintable(message));

    InvoiceVerificationService verify(b.db());
    QVERIFY_THROWS_EXCEPTION(Error,
                             verify.record(b.clerk, a.id, 1, VerificationMethod::Phone, s(" ")));
    QVERIFY_THROWS_EXCEPTION(Error, parseVerificationMethod(s("pigeon")));
    QVERIFY_THROWS_EXCEPTION(
        Error, verify.record(b.clerk, a.id, 9, VerificationMethod::Phone, s("Ms Jones")));
    verify.record(b.clerk, a.id, verify.lineOf(a.id, s("V-1")), VerificationMethod::Phone,
                  s("Ms Jones, accounts payable"), s("confirmed goods received"));
    const QList<InvoiceVerification> records = verify.forSchedule(a.id);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().verifiedBy, s("clerk"));
    QCOMPARE(records.first().method, VerificationMethod::Phone);
    QCOMPARE(records.first().contact, s("Ms Jones, accounts payable"));
    QVERIFY(!records.first().verifiedAt.isEmpty());
    QVERIFY(refusal(b, a.id).isEmpty());

    // Not verified, overridden by a manager with a reason.
    const Schedule c = approve(b, import(b, {input("V-3", "BIG", "2025-02-21", "70000.00")}));
    QVERIFY(!refusal(b, c.id).isEmpty());
    const FundingResult r = ScheduleFundingService(b.db()).fund(
        b.manager, c.id, kDate, FundingOverride{s("Long-standing debtor, verified yearly"), {}},
        overAvailability());
    QCOMPARE(r.overridden.size(), 1);
    QCOMPARE(r.overridden.first().check.code, CheckCode::verificationRequired());
}

QTEST_GUILESS_MAIN(tst_Exposure)
#include "tst_exposure.moc"
