// Base rates, the books' business date, closed periods, the fees and interest read from the
// journal, and the end-of-day run that posts them — on SQLite and PostgreSQL.
#include "agreementservice.h"
#include "baserateservice.h"
#include "booksverifier.h"
#include "businesscalendar.h"
#include "chargesservice.h"
#include "clientservice.h"
#include "creditservice.h"
#include "debtorservice.h"
#include "endofdayservice.h"
#include "error.h"
#include "feesfixture.h"
#include "feesquery.h"
#include "journalfixture.h"
#include "ledger.h"
#include "reservequery.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// What an act failed with; kNoFailure when it did not fail.
constexpr auto kNoFailure = static_cast<Error::Kind>(-1);
template <typename F> Error::Kind failure(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.kind();
    }
    return kNoFailure;
}

// Books starting on 2026-03-02 with client ACME (tests/feesfixture.h).
using Fixture = FeesFixture;

qint64 balanceOf(TestBooks &books, const QString &account)
{
    return JournalService(books.db()).balance(account, QDate(2099, 1, 1));
}

// A second version of the fixture's terms from 2026-02-01 (before any purchase), changed by `f`.
template <typename F> void changeTerms(TestBooks &books, const Fixture &fixture, F &&f)
{
    Agreement t = *AgreementService(books.db()).inForce(fixture.clientId, QDate(2026, 1, 1));
    f(t);
    AgreementService(books.db()).setTerms(books.manager, fixture.clientId, QDate(2026, 2, 1), t);
}

void setOpen(TestBooks &books, qint64 invoice, qint64 open)
{
    SqlQuery(books.db(), QStringLiteral("UPDATE invoices SET open_balance = ? WHERE id = ?"))
        .bind(open)
        .bind(invoice)
        .exec();
}

int sumOf(const QList<EndOfDayResult> &days, int EndOfDayResult::*field)
{
    int n = 0;
    for (const EndOfDayResult &d : days)
        n += d.*field;
    return n;
}

} // namespace

class tst_EndOfDay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("FACTORDESK_TODAY"); }
    void baseRates_data() { addEngineRows(); }
    void baseRates();
    void businessDate_data() { addEngineRows(); }
    void businessDate();
    void seed004Interest_data() { addEngineRows(); }
    void seed004Interest();
    void baseRateChangeMidMonth_data() { addEngineRows(); }
    void baseRateChangeMidMonth();
    void discountFeeCharged_data() { addEngineRows(); }
    void discountFeeCharged();
    void cancelBetweenDays_data() { addEngineRows(); }
    void cancelBetweenDays();
    void recoursePastDue_data() { addEngineRows(); }
    void recoursePastDue();
    void closedPeriods_data() { addEngineRows(); }
    void closedPeriods();
    void penaltyAfterRecourseDate_data() { addEngineRows(); }
    void penaltyAfterRecourseDate();
    void penaltyRunAcrossMonths_data() { addEngineRows(); }
    void penaltyRunAcrossMonths();
    void noPenaltyOnceChargedBack_data() { addEngineRows(); }
    void noPenaltyOnceChargedBack();
    void minimumFeeTopUp_data() { addEngineRows(); }
    void minimumFeeTopUp();
    void creditDecisionCharges_data() { addEngineRows(); }
    void creditDecisionCharges();
    void expiry_data() { addEngineRows(); }
    void expiry();
};

void tst_EndOfDay::baseRates()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    BaseRateService rates(books.db());
    QCOMPARE(
        failure([&] { rates.set(books.clerk, QStringLiteral("X"), QDate(2026, 1, 1), Rate()); }),
        Error::Kind::Permission);
    QCOMPARE(failure([&] {
                 rates.set(books.manager, QStringLiteral("no spaces"), QDate(2026, 1, 1), Rate());
             }),
             Error::Kind::Validation);
    rates.set(books.manager, QStringLiteral("euribor"), QDate(2026, 1, 1), Rate::fromPpm(30000));
    rates.set(books.manager, QStringLiteral("EURIBOR"), QDate(2026, 3, 16), Rate::fromPpm(40000));
    rates.set(books.manager, QStringLiteral("SOFR"), QDate(2026, 1, 1), Rate::fromPpm(50000),
              QStringLiteral("USD"));
    QCOMPARE(failure([&] {
                 rates.set(books.manager, QStringLiteral("EURIBOR"), QDate(2026, 3, 16),
                           Rate::fromPpm(1));
             }),
             Error::Kind::Conflict);
    QCOMPARE(rates.list().size(), qsizetype(3));
    QCOMPARE(rates.rateOn(QStringLiteral("EURIBOR"), QDate(2025, 12, 31)), Rate());
    QCOMPARE(rates.rateOn(QStringLiteral("EURIBOR"), QDate(2026, 3, 15)), Rate::fromPpm(30000));
    QCOMPARE(rates.rateOn(QStringLiteral("euribor"), QDate(2026, 3, 16)), Rate::fromPpm(40000));
    QCOMPARE(rates.rateOn(QStringLiteral("SOFR"), QDate(2026, 3, 16)), Rate()); // not in EUR
    QCOMPARE(
        rates.rateOn(QStringLiteral("SOFR"), QDate(2026, 3, 16), Currency(QStringLiteral("USD"))),
        Rate::fromPpm(50000));

    // An agreement names a base rate that exists in the client's currency.
    Client c;
    c.code = QStringLiteral("ACME");
    c.name = QStringLiteral("Acme");
    const qint64 id = ClientService(books.db()).add(books.clerk, c);
    Agreement t = AgreementService::defaults();
    t.baseRate = QStringLiteral("SOFR");
    QCOMPARE(failure([&] {
                 AgreementService(books.db()).setTerms(books.manager, id, QDate(2026, 1, 1), t);
             }),
             Error::Kind::Validation);
    t.baseRate = QStringLiteral("euribor");
    AgreementService(books.db()).setTerms(books.manager, id, QDate(2026, 1, 1), t);
    QCOMPARE(AgreementService(books.db()).inForce(id, QDate(2026, 2, 1))->baseRate,
             QStringLiteral("EURIBOR"));
}

void tst_EndOfDay::businessDate()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    BusinessCalendar calendar(books.db());
    // Books made without a business date (before schema 14) work on the calendar date.
    if (!calendar.stored().isValid())
        QCOMPARE(calendar.today(), QDate::currentDate());
    calendar.start(QDate(2026, 3, 2));
    QCOMPARE(calendar.today(), QDate(2026, 3, 2));
    // The services' "today" is the books' date: a reversal without a date is dated on it.
    JournalService journal(books.db());
    const qint64 id = journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 1)));
    const qint64 rev = journal.reverse(books.manager, id, QDate(), QStringLiteral("test"));
    QCOMPARE(journal.entry(rev).date, QDate(2026, 3, 2));
    // The end of day moves it, to the day after the last day run.
    const auto done = EndOfDayService(books.db()).run(books.manager, QDate(2026, 3, 4));
    QCOMPARE(done.size(), qsizetype(3));
    QCOMPARE(calendar.today(), QDate(2026, 3, 5));
    QCOMPARE(failure([&] { EndOfDayService(books.db()).run(books.clerk, QDate(2026, 3, 9)); }),
             Error::Kind::Permission);
}

void tst_EndOfDay::seed004Interest()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 2)); // funds employed 60,000.00
    EndOfDayService eod(books.db());
    const auto done = eod.run(books.manager, QDate(2026, 3, 31));
    QCOMPARE(done.size(), qsizetype(30));
    QCOMPARE(done.first().accruals, 1);
    QCOMPARE(done.last().interestEntries, 1);
    QCOMPARE(done.last().interest, eur(50000)); // DOMAIN §7 seed 004: 500.00
    QCOMPARE(balanceOf(books, Accounts::interestIncome()), qint64(-50000));
    // Recomputed from the journal, the month gives the posted figure exactly.
    const InterestMonth m =
        FeesQuery(books.db()).interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-03"));
    QCOMPARE(m.working.days.size(), qsizetype(31));
    QCOMPARE(m.working.days.first().balance, eur(0));      // 1 March: not bought yet
    QCOMPARE(m.working.days.last().balance, eur(6000000)); // the interest counts from April
    QCOMPARE(m.working.days.last().rate, Rate::fromPpm(100000));
    QCOMPARE(m.working.total, eur(50000));
    QVERIFY(m.postedEntryId > 0);
    QCOMPARE(JournalService(books.db()).entry(m.postedEntryId).kind, QStringLiteral("interest"));
    // Idempotent: nothing more to run, nothing changes.
    QVERIFY(eod.run(books.manager, QDate(2026, 3, 31)).isEmpty());
    QCOMPARE(balanceOf(books, Accounts::interestIncome()), qint64(-50000));
    QCOMPARE(eod.lastRun(), QDate(2026, 3, 31));
    // April's first day carries the posted interest in funds employed.
    eod.run(books.manager, QDate(2026, 4, 1));
    const InterestMonth april =
        FeesQuery(books.db()).interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-04"));
    QCOMPARE(april.working.days.first().balance, eur(6050000));
}

void tst_EndOfDay::baseRateChangeMidMonth()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    BaseRateService(books.db())
        .set(books.manager, QStringLiteral("BASE"), QDate(2026, 3, 16), Rate::fromPpm(90000));
    f.buy(books, 10000000, QDate(2026, 3, 2));
    EndOfDayService eod(books.db());
    // A rate cannot change on a day already run.
    eod.run(books.manager, QDate(2026, 3, 20));
    QCOMPARE(failure([&] {
                 BaseRateService(books.db())
                     .set(books.manager, QStringLiteral("BASE"), QDate(2026, 3, 20), Rate());
             }),
             Error::Kind::Conflict);
    const auto done = eod.run(books.manager, QDate(2026, 3, 31));
    // 14 days at 10 % (233.33…) and 16 at 11 % (293.33…): 526.66… rounded once.
    QCOMPARE(done.last().interest, eur(52667));
    QCOMPARE(FeesQuery(books.db())
                 .interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-03"))
                 .working.total,
             eur(52667));
}

void tst_EndOfDay::discountFeeCharged()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    const qint64 a = f.buy(books, 1000000, QDate(2026, 3, 2));
    const qint64 b = f.buy(books, 1000000, QDate(2026, 3, 2));
    f.collect(books, a, 1000000, QDate(2026, 3, 31)); // day 30: 150.00
    f.collect(books, b, 400000, QDate(2026, 4, 1));   // day 31: 2 % of 4,000.00 = 80.00
    f.collect(books, b, 600000, QDate(2026, 4, 11));  // day 41: 2.5 % of 6,000.00 = 150.00
    FeesQuery fees(books.db());
    const QString noB =
        SqlQuery(books.db(), QStringLiteral("SELECT invoice_no FROM invoices WHERE id = ?"))
            .bind(b)
            .scalar()
            .toString();
    InvoiceFees before = fees.invoiceFees(QStringLiteral("acme"), noB);
    QCOMPARE(before.collections.size(), qsizetype(2));
    QCOMPARE(before.purchased, QDate(2026, 3, 2));
    QCOMPARE(before.collections[0].working.days, 31);
    QCOMPARE(before.collections[1].working.days, 41);
    QCOMPARE(before.total, eur(23000));
    QCOMPARE(before.collections[0].chargedEntryId, qint64(0));

    EndOfDayService eod(books.db());
    const auto done = eod.run(books.manager, QDate(2026, 4, 11));
    int feeEntries = 0;
    Money charged = eur(0);
    for (const EndOfDayResult &r : done) {
        feeEntries += r.feeEntries;
        charged += r.fees;
    }
    QCOMPARE(feeEntries, 3);
    QCOMPARE(charged, eur(38000));
    QCOMPARE(balanceOf(books, Accounts::discountFeeIncome()), qint64(-38000));
    const InvoiceFees after = fees.invoiceFees(QStringLiteral("ACME"), noB);
    QVERIFY(after.collections[0].chargedEntryId > 0);
    const JournalEntry e = JournalService(books.db()).entry(after.collections[1].chargedEntryId);
    QCOMPARE(e.kind, QStringLiteral("discount_fee"));
    QCOMPARE(e.lines.size(), qsizetype(2));
    QCOMPARE(e.lines[0].account, Accounts::clientReserves());
    QCOMPARE(e.lines[0].debit, eur(15000));
    QCOMPARE(e.lines[0].invoiceId, b);
    QCOMPARE(e.lines[1].account, Accounts::discountFeeIncome());
    // Re-running charges nothing again.
    QVERIFY(eod.run(books.manager, QDate(2026, 4, 11)).isEmpty());
    QCOMPARE(balanceOf(books, Accounts::discountFeeIncome()), qint64(-38000));
}

void tst_EndOfDay::cancelBetweenDays()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 2));
    EndOfDayService eod(books.db());
    int seen = 0;
    const auto done = eod.run(books.manager, QDate(2026, 3, 10),
                              [&](const EndOfDayResult &, int index, int count) {
                                  ++seen;
                                  [&] { QCOMPARE(count, 9); }();
                                  return index < 2; // stop after the third day
                              });
    QCOMPARE(done.size(), qsizetype(3));
    QCOMPARE(seen, 3);
    QCOMPARE(BusinessCalendar(books.db()).today(), QDate(2026, 3, 5));
    QCOMPARE(count(books.db(), QStringLiteral("interest_accruals")), 3);
    // Catching up runs the rest, in order.
    const auto rest = eod.run(books.manager, QDate(2026, 3, 10));
    QCOMPARE(rest.size(), qsizetype(6));
    QCOMPARE(rest.first().day, QDate(2026, 3, 5));
    QCOMPARE(count(books.db(), QStringLiteral("eod_runs")), 9);
}

// With recourse (90 days): an invoice due 2026-05-01 and still partly open is charged back to
// the client by the run of 2026-07-31, the first day past 2026-07-30, and not before.
void tst_EndOfDay::recoursePastDue()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    const qint64 invoice = f.buy(books, 1000000, QDate(2026, 3, 2));
    f.collect(books, invoice, 400000, QDate(2026, 4, 10));
    // The fixture posts the receipt's entry only; the invoice's cached balance follows it here
    // as the receipt service keeps it.
    SqlQuery(books.db(), QStringLiteral("UPDATE invoices SET open_balance = ? WHERE id = ?"))
        .bind(qint64(600000))
        .bind(invoice)
        .exec();
    EndOfDayService eod(books.db());
    int charged = 0;
    for (const EndOfDayResult &day : eod.run(books.manager, QDate(2026, 7, 30)))
        charged += day.chargedBack;
    QCOMPARE(charged, 0);
    const qint64 reserveBefore = balanceOf(books, Accounts::clientReserves());
    const auto last = eod.run(books.manager, QDate(2026, 7, 31));
    QCOMPARE(last.size(), qsizetype(1));
    QCOMPARE(last.first().chargedBack, 1);
    QVERIFY(last.first().summary().contains(QStringLiteral("charged back")));
    QCOMPARE(SqlQuery(books.db(), QStringLiteral("SELECT open_balance FROM invoices WHERE id = ?"))
                 .bind(invoice)
                 .scalar()
                 .toLongLong(),
             qint64(0));
    // 6,000.00 still open, taken from the client's reserve (a credit balance: less negative).
    QVERIFY(balanceOf(books, Accounts::clientReserves()) > reserveBefore);
    const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    // Run again: nothing more.
    QVERIFY(eod.run(books.manager, QDate(2026, 7, 31)).isEmpty());
}

void tst_EndOfDay::closedPeriods()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    BusinessCalendar calendar(books.db());
    QCOMPARE(failure([&] { calendar.closeMonth(books.manager, QStringLiteral("2026-03")); }),
             Error::Kind::Conflict); // its end-of-day runs are not done
    EndOfDayService(books.db()).run(books.manager, QDate(2026, 3, 31));
    QCOMPARE(failure([&] { calendar.closeMonth(books.clerk, QStringLiteral("2026-03")); }),
             Error::Kind::Permission);
    QCOMPARE(failure([&] { calendar.closeMonth(books.manager, QStringLiteral("March")); }),
             Error::Kind::Validation);
    calendar.closeMonth(books.manager, QStringLiteral("2026-03"));
    QCOMPARE(failure([&] { calendar.closeMonth(books.manager, QStringLiteral("2026-03")); }),
             Error::Kind::Conflict);
    QCOMPARE(calendar.closedMonths().size(), qsizetype(1));
    QVERIFY(calendar.isClosed(QDate(2026, 3, 31)));
    QVERIFY(!calendar.isClosed(QDate(2026, 4, 1)));
    JournalService journal(books.db());
    QCOMPARE(failure([&] { journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 15))); }),
             Error::Kind::Conflict);
    QVERIFY(journal.post(books.clerk, purchase(books.db(), QDate(2026, 4, 1))) > 0);
    // The database refuses it too, whoever writes.
    QVERIFY(failure([&] {
                SqlQuery(books.db(), QStringLiteral("INSERT INTO journal_entries (entry_date, "
                                                    "currency, kind, memo, line_count, total, "
                                                    "posted_by, posted_at) VALUES ('2026-03-20', "
                                                    "'EUR', 'manual', '', 2, 1, 1, 'now')"))
                    .exec();
            }) != kNoFailure);
}

// Without recourse, 30 recourse days, a penalty of 12 % a year on ACT/360: an invoice of
// 10,000.00 due 2026-05-01 passes its recourse date 2026-05-31; in June it is open 10,000.00
// for 9 days (30.00) and 6,000.00 for 21 days (42.00): 72.00, posted on 2026-06-30.
void tst_EndOfDay::penaltyAfterRecourseDate()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    changeTerms(books, f, [](Agreement &t) {
        t.recourse = false;
        t.recourseDays = 30;
        t.penaltyRate = Rate::fromPpm(120000);
    });
    const qint64 invoice = f.buy(books, 1000000, QDate(2026, 3, 2));
    EndOfDayService eod(books.db());
    const auto toMay = eod.run(books.manager, QDate(2026, 5, 31));
    QCOMPARE(sumOf(toMay, &EndOfDayResult::penaltyAccruals), 0);
    QCOMPARE(sumOf(toMay, &EndOfDayResult::penaltyEntries), 0);
    const auto early = eod.run(books.manager, QDate(2026, 6, 9));
    QCOMPARE(sumOf(early, &EndOfDayResult::penaltyAccruals), 9);
    QVERIFY(early.first().summary().contains(QStringLiteral("penalty accrued")));
    // Nine days of one open amount are one run, still accruing: a day adds no row.
    QCOMPARE(count(books.db(), QStringLiteral("penalty_runs")), 1);
    f.collect(books, invoice, 400000, QDate(2026, 6, 10));
    setOpen(books, invoice, 600000);
    const auto june = eod.run(books.manager, QDate(2026, 6, 30));
    QCOMPARE(june.last().penaltyEntries, 1);
    QCOMPARE(june.last().penalties, eur(7200));
    // The payment closed the first run on 9 June and started one of 6,000.00 on the 10th.
    QCOMPARE(count(books.db(), QStringLiteral("penalty_runs")), 2);
    QCOMPARE(SqlQuery(books.db(), QStringLiteral("SELECT to_day FROM penalty_runs WHERE "
                                                 "open_amount = 1000000"))
                 .scalar()
                 .toString(),
             QStringLiteral("2026-06-09"));
    QVERIFY(june.last().summary().contains(QStringLiteral("penalties posted 72.00")));
    QCOMPARE(balanceOf(books, Accounts::chargesIncome()), qint64(-7200));
    const PenaltyMonth m =
        ChargesService(books.db()).penaltyMonth(QStringLiteral("acme"), QStringLiteral("2026-06"));
    QCOMPARE(m.invoices.size(), qsizetype(1));
    QCOMPARE(m.invoices.first().days.size(), qsizetype(30));
    QCOMPARE(m.invoices.first().recourseDate, QDate(2026, 5, 31));
    QCOMPARE(m.invoices.first().days.first().openAmount, eur(1000000));
    QCOMPARE(m.invoices.first().days.last().openAmount, eur(600000));
    QCOMPARE(m.total, eur(7200));
    const JournalEntry e = JournalService(books.db()).entry(m.invoices.first().postedEntryId);
    QCOMPARE(e.kind, QStringLiteral("penalty"));
    QCOMPARE(e.date, QDate(2026, 6, 30));
    QCOMPARE(e.lines.size(), qsizetype(2));
    QCOMPARE(e.lines[0].account, Accounts::clientReserves());
    QCOMPARE(e.lines[0].debit, eur(7200));
    QCOMPARE(e.lines[0].clientId, f.clientId);
    QCOMPARE(e.lines[1].account, Accounts::chargesIncome());
    // Idempotent; paid, it accrues no more.
    QVERIFY(eod.run(books.manager, QDate(2026, 6, 30)).isEmpty());
    QCOMPARE(balanceOf(books, Accounts::chargesIncome()), qint64(-7200));
    f.collect(books, invoice, 600000, QDate(2026, 7, 2));
    setOpen(books, invoice, 0);
    SqlQuery(books.db(), QStringLiteral("UPDATE invoices SET status = 'paid' WHERE id = ?"))
        .bind(invoice)
        .exec();
    const auto july = eod.run(books.manager, QDate(2026, 7, 31));
    QCOMPARE(sumOf(july, &EndOfDayResult::penaltyAccruals), 0);
    QCOMPARE(sumOf(july, &EndOfDayResult::penaltyEntries), 0);
    // Paid, its run ended on the last day it accrued; June's working is unchanged.
    QCOMPARE(SqlQuery(books.db(), QStringLiteral("SELECT max(to_day) FROM penalty_runs"))
                 .scalar()
                 .toString(),
             QStringLiteral("2026-06-30"));
    QCOMPARE(ChargesService(books.db())
                 .penaltyMonth(QStringLiteral("acme"), QStringLiteral("2026-06"))
                 .total,
             eur(7200));
    // Interest shown for June counts the penalty posted on its last day from July.
    const InterestMonth jul =
        FeesQuery(books.db()).interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-07"));
    const InterestMonth jun =
        FeesQuery(books.db()).interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-06"));
    QCOMPARE(jul.working.days.first().balance - jun.working.days.last().balance,
             eur(7200) + JournalService(books.db()).entry(jun.postedEntryId).lines[0].debit);
    const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

// A penalty that goes on across month ends and a change of rate: the same invoice (10,000.00,
// recourse date 2026-05-31, 12 % on ACT/360) unpaid, June is 30 days (100.00) and July 31
// (103.33); from 1 August the penalty is 24 %, so August is 31 days at 6.6666… (206.67). Each
// month counts only its own days of the runs, each posted once.
void tst_EndOfDay::penaltyRunAcrossMonths()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    changeTerms(books, f, [](Agreement &t) {
        t.recourse = false;
        t.recourseDays = 30;
        t.penaltyRate = Rate::fromPpm(120000);
    });
    f.buy(books, 1000000, QDate(2026, 3, 2));
    EndOfDayService eod(books.db());
    const auto june = eod.run(books.manager, QDate(2026, 6, 30));
    QCOMPARE(june.last().penalties, eur(10000));
    const auto july = eod.run(books.manager, QDate(2026, 7, 31));
    QCOMPARE(sumOf(july, &EndOfDayResult::penaltyAccruals), 31);
    QCOMPARE(july.last().penalties, eur(10333));
    QCOMPARE(count(books.db(), QStringLiteral("penalty_runs")), 1); // one run so far
    Agreement t = *AgreementService(books.db()).inForce(f.clientId, QDate(2026, 7, 31));
    t.penaltyRate = Rate::fromPpm(240000);
    AgreementService(books.db()).setTerms(books.manager, f.clientId, QDate(2026, 8, 1), t);
    const auto august = eod.run(books.manager, QDate(2026, 8, 31));
    QCOMPARE(august.last().penalties, eur(20667));
    QCOMPARE(count(books.db(), QStringLiteral("penalty_runs")), 2);
    ChargesService charges(books.db());
    const PenaltyMonth jul =
        charges.penaltyMonth(QStringLiteral("ACME"), QStringLiteral("2026-07"));
    QCOMPARE(jul.invoices.size(), qsizetype(1));
    QCOMPARE(jul.invoices.first().days.size(), qsizetype(31));
    QCOMPARE(jul.invoices.first().days.first().date, QDate(2026, 7, 1));
    QCOMPARE(jul.total, eur(10333));
    const PenaltyMonth aug =
        charges.penaltyMonth(QStringLiteral("ACME"), QStringLiteral("2026-08"));
    QCOMPARE(aug.invoices.first().days.size(), qsizetype(31));
    QCOMPARE(aug.invoices.first().days.first().rate, Rate::fromPpm(240000));
    QCOMPARE(aug.total, eur(20667));
    QVERIFY(aug.invoices.first().postedEntryId != jul.invoices.first().postedEntryId);
    // September so far: accrued through the last day run, not posted.
    eod.run(books.manager, QDate(2026, 9, 3));
    const PenaltyMonth sep =
        charges.penaltyMonth(QStringLiteral("ACME"), QStringLiteral("2026-09"));
    QCOMPARE(sep.invoices.first().days.size(), qsizetype(3));
    QCOMPARE(sep.invoices.first().postedEntryId, qint64(0));
    // Accrued and not posted, as a release sees it: September's 3 days (20.00); as of 15 August
    // (posted only on the 31st) August's 15 days at 24 % (100.00); as of 31 August nothing.
    const Currency euro(QStringLiteral("EUR"));
    QCOMPARE(charges.penaltyAccrued(f.clientId, euro, QDate(2026, 9, 3)), eur(2000));
    QCOMPARE(charges.penaltyAccrued(f.clientId, euro, QDate(2026, 8, 15)), eur(10000));
    QCOMPARE(charges.penaltyAccrued(f.clientId, euro, QDate(2026, 8, 31)), eur(0));
    const ReserveFigures held = ReserveQuery(books.db()).figures(f.clientId, QDate(2026, 9, 3));
    QVERIFY(held.interestAccrued >= eur(2000)); // interest of the three days too
    QCOMPARE(balanceOf(books, Accounts::chargesIncome()), -qint64(10000 + 10333 + 20667));
    const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

// With recourse the invoice is charged back the first day past its recourse date, and the
// penalty, accrued on the open amount at the end of the day, never starts.
void tst_EndOfDay::noPenaltyOnceChargedBack()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    changeTerms(books, f, [](Agreement &t) {
        t.recourseDays = 30;
        t.penaltyRate = Rate::fromPpm(120000);
    });
    f.buy(books, 1000000, QDate(2026, 3, 2));
    const auto done = EndOfDayService(books.db()).run(books.manager, QDate(2026, 6, 30));
    QCOMPARE(sumOf(done, &EndOfDayResult::chargedBack), 1);
    QCOMPARE(sumOf(done, &EndOfDayResult::penaltyAccruals), 0);
    QCOMPARE(count(books.db(), QStringLiteral("penalty_runs")), 0);
}

// A minimum fee of 1,000.00 a month: March charges interest 500.00 (seed 004) and no discount
// fee, so 500.00 is topped up; April's funds employed carry both from 1 April.
void tst_EndOfDay::minimumFeeTopUp()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    changeTerms(books, f, [](Agreement &t) { t.minimumFee = eur(100000); });
    f.buy(books, 10000000, QDate(2026, 3, 2));
    EndOfDayService eod(books.db());
    const auto march = eod.run(books.manager, QDate(2026, 3, 31));
    QCOMPARE(march.last().interest, eur(50000));
    QCOMPARE(march.last().minimumFeeEntries, 1);
    QCOMPARE(march.last().minimumFees, eur(50000));
    QVERIFY(march.last().summary().contains(QStringLiteral("minimum fee top-ups 500.00")));
    QCOMPARE(sumOf(march, &EndOfDayResult::minimumFeeEntries), 1);
    QCOMPARE(balanceOf(books, Accounts::chargesIncome()), qint64(-50000));
    const auto w = ChargesService(books.db()).minimumFee(f.clientId, QStringLiteral("2026-03"));
    QVERIFY(w.has_value());
    QCOMPARE(w->working.minimum, eur(100000));
    QCOMPARE(w->working.interest, eur(50000));
    QCOMPARE(w->working.discountFees, eur(0));
    QCOMPARE(w->working.topUp, eur(50000));
    QCOMPARE(JournalService(books.db()).entry(w->entryId).kind, QStringLiteral("minimum_fee"));
    QVERIFY(eod.run(books.manager, QDate(2026, 3, 31)).isEmpty());
    QCOMPARE(balanceOf(books, Accounts::chargesIncome()), qint64(-50000));
    // April: 61,000.00 for 30 days at 10 % ACT/360 = 508.33; top-up 491.67.
    const auto april = eod.run(books.manager, QDate(2026, 4, 30));
    QCOMPARE(april.last().interest, eur(50833));
    QCOMPARE(april.last().minimumFees, eur(49167));
    const InterestMonth m =
        FeesQuery(books.db()).interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-04"));
    QCOMPARE(m.working.days.first().balance, eur(6100000));
    QCOMPARE(m.working.total, eur(50833));
}

// 25.00 per credit decision: March's two decisions on the client's debtor (one debtor-wide,
// one for its sub-limit) are charged once on 2026-03-31; the hold is no decision.
void tst_EndOfDay::creditDecisionCharges()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    changeTerms(books, f, [](Agreement &t) { t.chargePerCreditDecision = eur(2500); });
    Debtor d;
    d.code = QStringLiteral("BUYER1");
    d.name = QStringLiteral("Buyer One GmbH");
    const qint64 debtor = DebtorService(books.db()).add(books.clerk, d);
    SqlQuery(books.db(),
             QStringLiteral("INSERT INTO client_debtors (client_id, debtor_id) VALUES (?, ?)"))
        .bind(f.clientId)
        .bind(debtor)
        .exec();
    CreditService credit(books.db());
    CreditDecision approve;
    approve.decision = Decision::Approve;
    approve.reason = QStringLiteral("good payer");
    credit.decide(books.analyst, credit.request(books.clerk, debtor, eur(5000000), {}), approve);
    credit.decide(books.analyst, credit.request(books.clerk, debtor, eur(1000000), {}, f.clientId),
                  approve);
    CreditDecision hold;
    hold.decision = Decision::Hold;
    credit.decide(books.analyst, credit.request(books.clerk, debtor, eur(9000000), {}), hold);
    EndOfDayService eod(books.db());
    const auto march = eod.run(books.manager, QDate(2026, 3, 31));
    QCOMPARE(march.last().chargeEntries, 1);
    QCOMPARE(march.last().charges, eur(5000));
    QCOMPARE(sumOf(march, &EndOfDayResult::chargeEntries), 1);
    QCOMPARE(balanceOf(books, Accounts::chargesIncome()), qint64(-5000));
    QCOMPARE(count(books.db(), QStringLiteral("credit_decision_charges")), 2);
    const qint64 entry =
        SqlQuery(books.db(), QStringLiteral("SELECT max(entry_id) FROM credit_decision_charges"))
            .scalar()
            .toLongLong();
    const JournalEntry e = JournalService(books.db()).entry(entry);
    QCOMPARE(e.kind, QStringLiteral("charge"));
    QCOMPARE(e.lines.size(), qsizetype(3));
    QVERIFY(e.lines[0].memo.contains(QStringLiteral("BUYER1")));
    // Never twice: April charges nothing more.
    const auto april = eod.run(books.manager, QDate(2026, 4, 30));
    QCOMPARE(sumOf(april, &EndOfDayResult::chargeEntries), 0);
    QCOMPARE(balanceOf(books, Accounts::chargesIncome()), qint64(-5000));
}

// A limit valid through 2026-03-10 and an order approval through 2026-03-12 lapse on the days
// after: they get the expired status, which a new decision clears.
void tst_EndOfDay::expiry()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Fixture f(books);
    Debtor d;
    d.code = QStringLiteral("BUYER1");
    d.name = QStringLiteral("Buyer One GmbH");
    const qint64 debtor = DebtorService(books.db()).add(books.clerk, d);
    CreditService credit(books.db());
    CreditDecision approve;
    approve.decision = Decision::Approve;
    approve.reason = QStringLiteral("good payer");
    approve.expiryDate = QDate(2026, 3, 10);
    credit.decide(books.analyst, credit.request(books.clerk, debtor, eur(5000000), {}), approve);
    EndOfDayService eod(books.db());
    QCOMPARE(sumOf(eod.run(books.manager, QDate(2026, 3, 10)), &EndOfDayResult::limitsExpired), 0);
    QVERIFY(!DebtorService(books.db()).find(debtor).limitExpired);
    const auto next = eod.run(books.manager, QDate(2026, 3, 11));
    QCOMPARE(next.first().limitsExpired, 1);
    QVERIFY(DebtorService(books.db()).find(debtor).limitExpired);
    // Idempotent, and a new decision with a later expiry is in force again.
    QCOMPARE(sumOf(eod.run(books.manager, QDate(2026, 3, 12)), &EndOfDayResult::limitsExpired), 0);
    approve.expiryDate = QDate(2026, 9, 30);
    credit.decide(books.analyst, credit.request(books.clerk, debtor, eur(5000000), {}), approve);
    QVERIFY(!DebtorService(books.db()).find(debtor).limitExpired);
}

QTEST_GUILESS_MAIN(tst_EndOfDay)
#include "tst_endofday.moc"
