// Undoing a purchase is a business act (issue 8, "the invoice ledger comes from the journal"):
// `schedule unfund` posts the reversal and returns invoices, schedule and payment to where they
// were; `journal reverse` of the purchase entry is refused naming it; every line on factored
// receivables names its invoice (a database rule), on both engines.
#include "availabilityquery.h"
#include "booksverifier.h"
#include "error.h"
#include "invoiceledger.h"
#include "ledger.h"
#include "posting.h"
#include "purchasefixture.h"
#include "schedulequery.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const Currency kEur(QStringLiteral("EUR"));

QList<ScheduleInputLine> twoInvoices()
{
    return {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                  QStringLiteral("1000.00")),
            PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER2"),
                                  QStringLiteral("2500.00"))};
}

qint64 scalar(Database &db, const QString &sql, qint64 id)
{
    return SqlQuery(db, sql).bind(id).scalar().toLongLong();
}

QString text(Database &db, const QString &sql, qint64 id)
{
    return SqlQuery(db, sql).bind(id).scalar().toString();
}

} // namespace

class tst_Unfund : public QObject
{
    Q_OBJECT
private slots:
    void unfundReturnsEverything_data() { addEngineRows(); }
    void unfundReturnsEverything()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        const PurchaseFixture f = PurchaseFixture::create(books);
        const qint64 id = f.buy(books, twoInvoices());
        Database &db = books.db();
        const Schedule funded = ScheduleQuery(db).schedule(id);
        QCOMPARE(funded.status, ScheduleStatus::Funded);
        QVERIFY(AvailabilityQuery(db).fundsEmployed(f.clientId, f.date) > 0);
        QCOMPARE(ScheduleQuery(db).noticesOf(id).size(), 2);

        ScheduleFundingService funding(db);
        const QDate day = f.date.addDays(3);
        const UnfundResult r =
            funding.unfund(books.manager, id, QStringLiteral("bought in error"), day);
        QCOMPARE(r.purchaseEntryId, funded.journalEntryId);
        QVERIFY(r.reversalEntryId > r.purchaseEntryId);
        QVERIFY(r.paymentCancelled);

        const Schedule back = ScheduleQuery(db).schedule(id);
        QCOMPARE(back.status, ScheduleStatus::Approved);
        QCOMPARE(back.journalEntryId, 0);
        QVERIFY(!back.fundingDate.isValid());
        for (const ScheduleLine &l : back.lines)
            QCOMPARE(l.status, QStringLiteral("pending"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM invoices WHERE schedule_id = ? AND "
                                       "open_balance <> 0"),
                        id),
                 0);
        QCOMPARE(text(db,
                      QStringLiteral("SELECT status FROM client_payments WHERE schedule_id = ?"),
                      id),
                 QStringLiteral("cancelled"));
        QVERIFY(ScheduleQuery(db).noticesOf(id).isEmpty());
        const JournalEntry reversal = JournalService(db).entry(r.reversalEntryId);
        QCOMPARE(reversal.reversesId, r.purchaseEntryId);
        QCOMPARE(reversal.date, day);
        QVERIFY2(reversal.memo.contains(QLatin1String("bought in error")),
                 qPrintable(reversal.memo));

        // The books as of any date: bought on the funding date, back to nothing on the day.
        InvoiceLedger ledger(db);
        const qint64 invoice = back.lines.first().id;
        QCOMPARE(ledger.openBalance(invoice, f.date), qint64(100000));
        QCOMPARE(ledger.openBalance(invoice, day), qint64(0));
        QVERIFY(ledger.reserve(f.clientId, f.date) > 0);
        QCOMPARE(ledger.reserve(f.clientId, day), qint64(0));
        QCOMPARE(ledger.openBalances(day, f.clientId).size(), 0);
        QCOMPARE(ledger.openBalances(f.date, f.clientId).size(), 2);
        QCOMPARE(AvailabilityQuery(db).fundsEmployed(f.clientId, day), qint64(0));
        BooksVerifier::Result v = BooksVerifier(db).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QVERIFY(text(db,
                     QStringLiteral("SELECT after_data FROM audit_log WHERE action = "
                                    "'schedule.unfund' AND entity_id = (SELECT number FROM "
                                    "schedules WHERE id = ?)"),
                     id)
                    .contains(QLatin1String("bought in error")));

        // Unfunded twice: refused.
        try {
            funding.unfund(books.manager, id, QStringLiteral("again"), day);
            QFAIL("unfunded an approved schedule");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
        }
        // And bought again: the invoices are the factor's once more, the books agree.
        const FundingResult again = funding.fund(books.manager, id, day);
        QVERIFY(again.journalEntryId > r.reversalEntryId);
        QCOMPARE(ledger.openBalance(invoice, day), qint64(100000));
        QCOMPARE(ScheduleQuery(db).schedule(id).status, ScheduleStatus::Funded);
        v = BooksVerifier(db).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void refusals_data() { addEngineRows(); }
    void refusals()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        const PurchaseFixture f = PurchaseFixture::create(books);
        const qint64 id = f.buy(books, twoInvoices());
        Database &db = books.db();
        ScheduleFundingService funding(db);
        const auto refused = [&](const Session &who, const QString &reason, QDate date,
                                 Error::Kind kind) {
            try {
                funding.unfund(who, id, reason, date);
                return QStringLiteral("unfunded");
            } catch (const Error &e) {
                return e.kind() == kind ? e.message()
                                        : QStringLiteral("wrong kind: ") + e.message();
            }
        };
        QVERIFY(!refused(books.clerk, QStringLiteral("x"), f.date, Error::Kind::Permission)
                     .startsWith(QLatin1String("unfunded")));
        QVERIFY(!refused(books.manager, QStringLiteral(" "), f.date, Error::Kind::Validation)
                     .startsWith(QLatin1String("unfunded")));
        QVERIFY(!refused(books.manager, QStringLiteral("x"), f.date.addDays(-1),
                         Error::Kind::Validation)
                     .startsWith(QLatin1String("unfunded")));

        // `journal reverse` of the purchase entry names the act that undoes it.
        const qint64 purchase = ScheduleQuery(db).schedule(id, false).journalEntryId;
        try {
            JournalService(db).reverse(books.manager, purchase, f.date, QStringLiteral("oops"));
            QFAIL("reversed a purchase entry");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QVERIFY2(e.message().contains(QLatin1String("schedule unfund S-")),
                     qPrintable(e.message()));
        }

        // Something collected on an invoice: refused, naming the entry.
        const Schedule s = ScheduleQuery(db).schedule(id);
        JournalEntry pay =
            PostingBuilder(f.date.addDays(1), kEur, QStringLiteral("receipt"),
                           QStringLiteral("BUYER1 pays"))
                .debit(Accounts::bank(), Money::fromMinor(10000, kEur))
                .credit(Accounts::factoredReceivables(), Money::fromMinor(10000, kEur), {},
                        PostingTags{f.clientId, f.debtorA, s.lines.first().id})
                .build();
        const qint64 receipt = JournalService(db).post(books.clerk, pay);
        QString message =
            refused(books.manager, QStringLiteral("x"), f.date.addDays(2), Error::Kind::Conflict);
        QVERIFY2(message.contains(QString::number(receipt)), qPrintable(message));
        QCOMPARE(ScheduleQuery(db).schedule(id, false).status, ScheduleStatus::Funded);

        // The payment sent: refused.
        const qint64 other =
            f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-9"), QStringLiteral("BUYER1"),
                                                QStringLiteral("500.00"))});
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("UPDATE client_payments SET status = 'sent' WHERE "
                                         "schedule_id = %1")
                              .arg(other)));
        try {
            funding.unfund(books.manager, other, QStringLiteral("x"), f.date);
            QFAIL("unfunded after the payment was sent");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QVERIFY2(e.message().contains(QLatin1String("already sent")), qPrintable(e.message()));
        }
        QCOMPARE(ScheduleQuery(db).schedule(other, false).status, ScheduleStatus::Funded);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM journal_entries WHERE kind = "
                                       "'reversal' AND schedule_id = ?"),
                        other),
                 0);
    }

    void receivableLineNamesItsInvoice_data() { addEngineRows(); }
    void receivableLineNamesItsInvoice()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        Database &db = books.db();
        JournalEntry e = PostingBuilder(QDate(2026, 3, 2), kEur, QStringLiteral("manual"),
                                        QStringLiteral("no invoice"))
                             .debit(Accounts::factoredReceivables(), Money::fromMinor(100, kEur))
                             .credit(Accounts::bank(), Money::fromMinor(100, kEur))
                             .build();
        try {
            JournalService(db).post(books.clerk, e);
            QFAIL("posted a receivable without its invoice");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::Validation);
        }
        // The database refuses it too, whoever writes.
        const qint64 user = books.clerk.userId();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO journal_entries (entry_date, currency, kind, "
                                      "memo, line_count, total, posted_by, posted_at) VALUES "
                                      "('2026-03-02', 'EUR', 'manual', '', 2, 100, %1, 'now')")
                           .arg(user)));
        const bool inserted = q.exec(QStringLiteral(
            "INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit) "
            "VALUES ((SELECT MAX(id) FROM journal_entries), 1, '2026-03-02', (SELECT id FROM "
            "accounts WHERE code = '1100'), 100, 0)"));
        const QString error = q.lastError().text();
        QSqlQuery(db.connection()).exec(QStringLiteral("ROLLBACK"));
        QVERIFY(!inserted);
        QVERIFY2(error.contains(QLatin1String("carries its invoice")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Unfund)
#include "tst_unfund.moc"
