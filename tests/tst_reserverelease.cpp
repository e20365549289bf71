// The reserve figures read from the journal (ReserveQuery), the release (ReserveService) and
// its settlement statement, on SQLite and PostgreSQL, through DOMAIN §7's seed-004 example:
// 100,000 bought at 60 %, 10 % a year ACT/360 for 30 days is 500 interest; the debtor pays
// 95,000; the 5,000 short is disputed and charged back; 40,000 − 5,000 − 500 = 34,500 released.
#include "agreementservice.h"
#include "baserateservice.h"
#include "booksverifier.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "disputeservice.h"
#include "endofdayservice.h"
#include "error.h"
#include "invoicenumber.h"
#include "journalfixture.h"
#include "ledger.h"
#include "reservequery.h"
#include "reserveservice.h"
#include "settlementstatement.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QTextDocument>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

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

// Books starting on 2026-03-01 with client ACME: 60 % advance, no commission, no discount fee,
// interest BASE (8 %) + 2 % ACT/360, with recourse.
struct Fixture
{
    qint64 clientId = 0;
    qint64 invoiceId = 0;
    QString invoiceNo;

    explicit Fixture(TestBooks &books)
    {
        BusinessCalendar(books.db()).start(QDate(2026, 3, 1));
        BaseRateService(books.db())
            .set(books.manager, QStringLiteral("base"), QDate(2026, 1, 1), Rate::fromPpm(80000));
        Client c;
        c.code = QStringLiteral("ACME");
        c.name = QStringLiteral("Acme Tools Ltd");
        c.bankAccount = QStringLiteral("DE89370400440532013000");
        clientId = ClientService(books.db()).add(books.clerk, c);
        Agreement t = AgreementService::defaults();
        t.advanceRate = Rate::fromPpm(600000);
        t.commissionRate = Rate();
        t.discountTiers = {};
        t.interestMargin = Rate::fromPpm(20000);
        t.baseRate = QStringLiteral("BASE");
        t.dayCount = 360;
        AgreementService(books.db()).setTerms(books.manager, clientId, QDate(2026, 1, 1), t);
    }

    // Bought on `date`: Dr 1100 face / Cr 1000 60 % / Cr 2100 40 %.
    void buy(TestBooks &books, qint64 face, QDate date)
    {
        invoiceId = seedInvoice(books.db(), face, clientId);
        invoiceNo = SqlQuery(books.db(), QStringLiteral("SELECT invoice_no FROM invoices WHERE "
                                                        "id = ?"))
                        .bind(invoiceId)
                        .scalar()
                        .toString();
        // The collection services find an invoice by its number's key.
        SqlQuery(books.db(), QStringLiteral("UPDATE invoices SET invoice_key = ? WHERE id = ?"))
            .bind(InvoiceNumber::key(invoiceNo))
            .bind(invoiceId)
            .exec();
        JournalEntry e;
        e.date = date;
        e.currency = EUR;
        e.kind = QStringLiteral("purchase");
        e.lines = {debit(Accounts::factoredReceivables(), face),
                   credit(Accounts::bank(), face * 6 / 10),
                   credit(Accounts::clientReserves(), face * 4 / 10)};
        e.lines[0].invoiceId = invoiceId;
        e.lines[0].clientId = clientId;
        e.lines[2].clientId = clientId;
        JournalService(books.db()).post(books.manager, e);
    }

    // The debtor pays `amount` on `date` (the receipt's entry, and the invoice's cached open
    // balance following it as the receipt service keeps it).
    void collect(TestBooks &books, qint64 amount, QDate date) const
    {
        JournalEntry e;
        e.date = date;
        e.currency = EUR;
        e.kind = QStringLiteral("receipt");
        e.lines = {debit(Accounts::bank(), amount),
                   credit(Accounts::factoredReceivables(), amount)};
        e.lines[1].invoiceId = invoiceId;
        e.lines[1].clientId = clientId;
        JournalService(books.db()).post(books.manager, e);
        SqlQuery(books.db(), QStringLiteral("UPDATE invoices SET open_balance = open_balance - ? "
                                            "WHERE id = ?"))
            .bind(amount)
            .bind(invoiceId)
            .exec();
    }
};

qint64 balanceOf(TestBooks &books, const QString &account, qint64 clientId = 0)
{
    return JournalService(books.db()).balance(account, QDate(2099, 1, 1), clientId);
}

} // namespace

class tst_ReserveRelease : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("FACTORDESK_TODAY");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void cleanup() { qunsetenv("FACTORDESK_TODAY"); }
    void seed004_data() { addEngineRows(); }
    void seed004();
    void asOfDates_data() { addEngineRows(); }
    void asOfDates();
    void partialReleaseAndClosedMonth_data() { addEngineRows(); }
    void partialReleaseAndClosedMonth();
    void midMonthRelease_data() { addEngineRows(); }
    void midMonthRelease();
    void negativeReserve_data() { addEngineRows(); }
    void negativeReserve();
};

void tst_ReserveRelease::seed004()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Fixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 1));
    // 30 days of interest accrued, 1 to 30 March, not posted (the month has not ended).
    EndOfDayService(books.db()).run(books.manager, QDate(2026, 3, 30));
    qputenv("FACTORDESK_TODAY", "2026-03-31");
    const ReserveQuery query(books.db());
    ReserveFigures r = query.figures(f.clientId);
    QCOMPARE(r.balance, eur(4000000));
    QCOMPARE(r.held, eur(4000000)); // 100,000 open × 40 %
    QCOMPARE(r.interestAccrued, eur(50000));
    QCOMPARE(r.releasable(), eur(0));

    f.collect(books, 9500000, QDate(2026, 3, 31));
    r = query.figures(f.clientId);
    QCOMPARE(r.held, eur(200000)); // 5,000 open × 40 %
    QCOMPARE(r.releasable(), eur(3750000));

    // The 5,000 short is disputed: held back while open.
    const qint64 dispute =
        DisputeService(books.db())
            .open(books.clerk, {QStringLiteral("ACME"), f.invoiceNo, eur(500000),
                                QStringLiteral("QUALITY"), QStringLiteral("short paid"), 0});
    r = query.figures(f.clientId);
    QCOMPARE(r.disputes, eur(500000));
    QCOMPARE(r.releasable(), eur(3250000)); // 40,000 − 2,000 − 500 − 5,000

    ReserveService service(books.db());
    QCOMPARE(failure([&] { service.release(books.clerk, QStringLiteral("ACME")); }),
             Error::Kind::Permission);
    QCOMPARE(failure([&] { service.release(books.manager, QStringLiteral("ACME"), eur(3250001)); }),
             Error::Kind::Conflict);
    try {
        service.release(books.manager, QStringLiteral("ACME"), eur(3250001));
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("32,500.01")), qPrintable(e.message()));
    }
    QCOMPARE(failure([&] { service.release(books.manager, QStringLiteral("ACME"), eur(0)); }),
             Error::Kind::Validation);
    QCOMPARE(failure([&] {
                 service.release(books.manager, QStringLiteral("ACME"), {}, QDate(2026, 4, 1));
             }),
             Error::Kind::Validation); // after the business date
    QCOMPARE(count(books.db(), QStringLiteral("reserve_releases")), 0);
    QCOMPARE(balanceOf(books, Accounts::interestIncome()), qint64(0)); // refusals post nothing

    // Charged back: Dr 2100 5,000 / Cr 1100.
    DisputeService(books.db())
        .resolve(books.manager, dispute, DisputeResolution::ChargedBack, QStringLiteral("agreed"));
    r = query.figures(f.clientId);
    QCOMPARE(r.balance, eur(3500000));
    QCOMPARE(r.held, eur(0));
    QCOMPARE(r.disputes, eur(0));
    QCOMPARE(r.releasable(), eur(3450000));

    const ReserveRelease done = service.release(books.manager, QStringLiteral("ACME"));
    QVERIFY(done.id > 0);
    QCOMPARE(done.date, QDate(2026, 3, 31));
    QCOMPARE(done.released, eur(3450000));
    QCOMPARE(done.releasable, eur(3450000));
    QCOMPARE(done.interestPosted, eur(50000));
    QCOMPARE(done.figures.balance, eur(3500000));
    QCOMPARE(done.figures.interestAccrued, eur(50000));
    QCOMPARE(done.releasedBy, QStringLiteral("manager"));
    JournalService journal(books.db());
    const JournalEntry e = journal.entry(done.entryId);
    QCOMPARE(e.kind, QStringLiteral("reserve_release"));
    QCOMPARE(journal.entry(done.interestEntryId).kind, QStringLiteral("interest"));
    QCOMPARE(balanceOf(books, Accounts::interestIncome()), qint64(-50000));
    QCOMPARE(balanceOf(books, Accounts::paymentsDue(), f.clientId), qint64(-3450000));
    QCOMPARE(balanceOf(books, Accounts::clientReserves(), f.clientId), qint64(0));
    // The factor's cash ends at +500 once the payment is sent: bank less payments due.
    QCOMPARE(balanceOf(books, Accounts::bank()) + balanceOf(books, Accounts::paymentsDue()),
             qint64(50000));
    SqlQuery pay(books.db(), QStringLiteral("SELECT kind, amount, status, journal_entry_id, "
                                            "schedule_id FROM client_payments WHERE id = ?"));
    pay.bind(done.paymentId).exec();
    QVERIFY(pay.next());
    QCOMPARE(pay.text(0), QStringLiteral("reserve_release"));
    QCOMPARE(pay.int64(1), qint64(3450000));
    QCOMPARE(pay.text(2), QStringLiteral("due"));
    QCOMPARE(pay.int64(3), done.entryId);
    QVERIFY(pay.isNull(4));

    r = query.figures(f.clientId);
    QCOMPARE(r.balance, eur(0));
    QCOMPARE(r.interestAccrued, eur(0));
    QCOMPARE(r.releasable(), eur(0));
    QCOMPARE(failure([&] { service.release(books.manager, QStringLiteral("ACME")); }),
             Error::Kind::Conflict); // nothing left

    // The month's end posts nothing more: the accrued interest went with the release.
    qunsetenv("FACTORDESK_TODAY");
    EndOfDayService(books.db()).run(books.manager, QDate(2026, 3, 31));
    QCOMPARE(balanceOf(books, Accounts::interestIncome()), qint64(-50000));
    const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));

    // The settlement statement: collected 95,000; deducted the chargeback and the interest.
    const SettlementStatementData s = SettlementStatement::forRelease(books.db(), done.id);
    QCOMPARE(s.movements.collected, eur(9500000));
    QCOMPARE(s.movements.deducted, eur(550000));
    QCOMPARE(s.movements.added, eur(4000000));
    QCOMPARE(s.released, eur(3450000));
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString text = SettlementStatement::document(s, uk)->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("34,500.00")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("95,000.00")));
    QVERIFY(text.contains(SettlementStatement::kindTitle(QStringLiteral("chargeback"))));
    QVERIFY(text.contains(SettlementStatement::kindTitle(QStringLiteral("interest"))));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(SettlementStatement::suggestedFileName(s));
    SettlementStatement::writePdf(s, pdf, uk);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("FACTORDESK_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("FACTORDESK_KEEP_PDF") + QLatin1Char('-') + engine +
                             QStringLiteral(".pdf"));
}

// Every figure as of an earlier date comes from the lines dated on or before it.
void tst_ReserveRelease::asOfDates()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Fixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 1));
    EndOfDayService(books.db()).run(books.manager, QDate(2026, 3, 30));
    qputenv("FACTORDESK_TODAY", "2026-03-31");
    f.collect(books, 10000000, QDate(2026, 3, 31));
    const ReserveQuery query(books.db());
    const ReserveFigures before = query.figures(f.clientId, QDate(2026, 2, 28));
    QCOMPARE(before.balance, eur(0));
    QCOMPARE(before.held, eur(0));
    const ReserveFigures mid = query.figures(f.clientId, QDate(2026, 3, 15));
    QCOMPARE(mid.held, eur(4000000));
    QCOMPARE(mid.interestAccrued, eur(25000)); // 15 days
    ReserveService(books.db()).release(books.manager, QStringLiteral("ACME"));
    // The interest posted on the 31st still counts as accrued as of the 30th.
    const ReserveFigures day30 = query.figures(f.clientId, QDate(2026, 3, 30));
    QCOMPARE(day30.interestAccrued, eur(50000));
    QCOMPARE(day30.balance, eur(4000000));
    QCOMPARE(query.figures(f.clientId, QDate(2026, 3, 31)).balance, eur(0));
}

void tst_ReserveRelease::partialReleaseAndClosedMonth()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Fixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 1));
    f.collect(books, 10000000, QDate(2026, 3, 20));
    EndOfDayService(books.db()).run(books.manager, QDate(2026, 3, 31));
    // Interest 1–19 March on 60,000 (19 days: 316.67) posted at the month's end.
    ReserveService service(books.db());
    const ReserveQuery query(books.db());
    const Money all = query.figures(f.clientId).releasable();
    QCOMPARE(all, eur(4000000 - 31667));
    const ReserveRelease first =
        service.release(books.manager, QStringLiteral("ACME"), eur(1000000));
    QCOMPARE(first.released, eur(1000000));
    QCOMPARE(first.interestPosted, eur(0));
    QCOMPARE(first.interestEntryId, qint64(0));
    QCOMPARE(query.figures(f.clientId).releasable(), all - eur(1000000));
    const ReserveRelease second = service.release(books.manager, QStringLiteral("ACME"));
    QCOMPARE(second.released, all - eur(1000000));
    QCOMPARE(query.releases(f.clientId).size(), qsizetype(2));
    QCOMPARE(query.lastRelease(f.clientId)->id, second.id);
    // The second statement covers what happened after the first release only.
    const SettlementStatementData s = SettlementStatement::forRelease(books.db(), second.id);
    QCOMPARE(s.previousReleaseId, first.id);
    QCOMPARE(s.movements.collected, eur(0));
    QCOMPARE(failure([&] { SettlementStatement::forRelease(books.db(), 999); }),
             Error::Kind::NotFound);
    // A closed month cannot be dated into.
    BusinessCalendar(books.db()).closeMonth(books.manager, QStringLiteral("2026-03"));
    QCOMPARE(failure([&] {
                 service.release(books.manager, QStringLiteral("ACME"), eur(1), QDate(2026, 3, 31));
             }),
             Error::Kind::Conflict);
}

// A release in the middle of a month posts the interest accrued so far; the month's end posts
// only the days after, and the days the release posted stay posted as of later dates.
void tst_ReserveRelease::midMonthRelease()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Fixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 1));
    EndOfDayService eod(books.db());
    eod.run(books.manager, QDate(2026, 3, 14)); // 14 days on 60,000: 233.33
    f.collect(books, 5000000, QDate(2026, 3, 15));
    const ReserveRelease r =
        ReserveService(books.db()).release(books.manager, QStringLiteral("ACME"));
    QCOMPARE(r.interestPosted, eur(23333));
    QCOMPARE(r.released, eur(4000000 - 2000000 - 23333));
    eod.run(books.manager, QDate(2026, 3, 31));
    const qint64 monthEnd = -balanceOf(books, Accounts::interestIncome()) - 23333;
    QVERIFY(monthEnd > 0); // 15 to 31 March on about 30,000
    const ReserveQuery query(books.db());
    const Money accrued20 = query.figures(f.clientId, QDate(2026, 3, 20)).interestAccrued;
    QVERIFY(accrued20.isPositive());
    QVERIFY2(accrued20 < eur(monthEnd), qPrintable(accrued20.toPlainString()));
    QCOMPARE(query.figures(f.clientId, QDate(2026, 3, 31)).interestAccrued, eur(0));
    const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

// Charges beyond the reserve leave it below zero: nothing releasable, the shortfall shown as
// recourse receivable and in red on the statement.
void tst_ReserveRelease::negativeReserve()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Fixture f(books);
    f.buy(books, 1000000, QDate(2026, 3, 1));
    JournalEntry e;
    e.date = QDate(2026, 3, 2);
    e.currency = EUR;
    e.kind = QStringLiteral("credit_note");
    e.lines = {debit(Accounts::clientReserves(), 600000),
               credit(Accounts::factoredReceivables(), 600000)};
    e.lines[0].clientId = f.clientId;
    e.lines[1].clientId = f.clientId;
    e.lines[1].invoiceId = f.invoiceId;
    JournalService(books.db()).post(books.manager, e);
    const ReserveFigures r = ReserveQuery(books.db()).figures(f.clientId, QDate(2026, 3, 2));
    QCOMPARE(r.balance, eur(-200000));
    QCOMPARE(r.shortfall(), eur(200000));
    QCOMPARE(r.recourseShown(), eur(200000));
    QCOMPARE(r.releasable(), eur(0));
    const SettlementStatementData s =
        SettlementStatement::proposal(books.db(), f.clientId, QDate(2026, 3, 2));
    QCOMPARE(s.releaseId, qint64(0));
    QCOMPARE(s.released, eur(0));
    const auto doc = SettlementStatement::document(s, QLocale(QLocale::English));
    QVERIFY(doc->toPlainText().contains(QStringLiteral("-2,000.00")));
    // The negative balance is printed in red.
    QVERIFY(doc->toHtml().contains(QStringLiteral("#b0121b")));
    if (!qEnvironmentVariableIsEmpty("FACTORDESK_KEEP_PDF"))
        SettlementStatement::writePdf(s,
                                      qEnvironmentVariable("FACTORDESK_KEEP_PDF") +
                                          QStringLiteral("-negative-") + engine +
                                          QStringLiteral(".pdf"),
                                      QLocale(QLocale::English));
}

QTEST_MAIN(tst_ReserveRelease)
#include "tst_reserverelease.moc"
