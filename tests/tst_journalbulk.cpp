// Posting many entries at once (JournalService::postMany, the end of day's path) stores what
// posting them one by one stores: the same entries, lines, seal chain and audit records, and
// books that verify; a refused entry among them writes none. On both engines.
#include "auditlog.h"
#include "booksverifier.h"
#include "error.h"
#include "journalfixture.h"
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// The rows of `sql`, each as one line of its columns.
QStringList rowsOf(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    q.exec();
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.columnCount(); ++i)
            columns << (q.isNull(i) ? QStringLiteral("NULL") : q.text(i));
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

// A day's postings of several kinds: tagged lines, memos, a purchase naming its invoice.
QList<JournalEntry> postings(Database &db)
{
    QList<JournalEntry> out;
    out << purchase(db, QDate(2026, 3, 2));
    for (int i = 0; i < 4; ++i) {
        JournalEntry e;
        e.date = QDate(2026, 3, 31);
        e.currency = EUR;
        e.kind = i % 2 ? QStringLiteral("penalty") : QStringLiteral("interest");
        e.memo = QStringLiteral("Month-end %1").arg(i);
        JournalLine dr = debit(Accounts::clientReserves(), 1000 + i);
        JournalLine cr = credit(Accounts::interestIncome(), 1000 + i);
        cr.memo = QStringLiteral("line memo %1").arg(i);
        e.lines = {dr, cr};
        out << e;
    }
    JournalEntry manual; // no kind: stored as "manual"
    manual.date = QDate(2026, 3, 31);
    manual.currency = EUR;
    manual.lines = {debit(Accounts::bank(), 500), credit(Accounts::chargesIncome(), 200),
                    credit(Accounts::chargesIncome(), 300)};
    out << manual;
    return out;
}

const QString kEntries = QStringLiteral(
    "SELECT id, entry_date, currency, kind, memo, line_count, total, reverses_id, schedule_id, "
    "client_id, posted_by FROM journal_entries ORDER BY id");
const QString kLines = QStringLiteral("SELECT id, entry_id, line_no, entry_date, account_id, "
                                      "debit, credit, client_id, debtor_id, invoice_id, memo FROM "
                                      "journal_lines ORDER BY id");
const QString kSeals = QStringLiteral("SELECT seq, entry_id FROM journal_seals ORDER BY seq");

// The audit records of the postings without what differs between two runs (the time, and the
// seal that covers it), checking on the way that each names its entry's seal.
QStringList auditOf(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT a.id, a.user_id, a.username, a.action, a.entity, "
                                  "a.entity_id, a.before_data, a.after_data, s.hash FROM "
                                  "audit_log a JOIN journal_seals s ON a.entity = "
                                  "'journal_entry' AND s.entry_id = CAST(a.entity_id AS BIGINT) "
                                  "ORDER BY a.id"));
    q.exec();
    QStringList out;
    while (q.next()) {
        QJsonObject after = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
        if (after.value(QStringLiteral("seal")).toString() != q.text(8))
            out << QStringLiteral("audit record %1 names another seal").arg(q.text(0));
        after.remove(QStringLiteral("seal"));
        out << QStringList{q.text(0),
                           q.text(1),
                           q.text(2),
                           q.text(3),
                           q.text(4),
                           q.text(5),
                           q.text(6),
                           QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))}
                   .join(QLatin1Char('|'));
    }
    return out;
}

// Each seal follows the one before it.
bool chained(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT prev_hash, hash FROM journal_seals ORDER BY seq"));
    q.exec();
    QString previous;
    bool first = true;
    while (q.next()) {
        if (!first && q.text(0) != previous)
            return false;
        first = false;
        previous = q.text(1);
    }
    return true;
}

} // namespace

class tst_JournalBulk : public QObject
{
    Q_OBJECT
private slots:
    void sameAsOneByOne_data() { addEngineRows(); }
    void sameAsOneByOne();
    void refusedWritesNothing_data() { addEngineRows(); }
    void refusedWritesNothing();
};

void tst_JournalBulk::sameAsOneByOne()
{
    QFETCH(QString, engine);
    TestBooks single(engine);
    TestBooks bulk(engine);
    JournalService one(single.db());
    JournalService many(bulk.db());
    // An entry before and after: the bulk path goes on from the chain's newest seal, and a
    // single post goes on from the bulk path's.
    JournalEntry opening = purchase(QDate(2026, 3, 1));
    opening.lines[0].invoiceId = seedInvoice(single.db());
    QCOMPARE(seedInvoice(bulk.db()), opening.lines[0].invoiceId);
    one.post(single.manager, opening);
    many.post(bulk.manager, opening);

    const QList<JournalEntry> entries = postings(single.db());
    QCOMPARE(postings(bulk.db()).constFirst().lines[0].invoiceId,
             entries.constFirst().lines[0].invoiceId);
    QList<qint64> ids;
    for (const JournalEntry &e : entries)
        ids << one.post(single.manager, e);
    QCOMPARE(many.postMany(bulk.manager, entries), ids);
    JournalEntry closing = purchase(QDate(2026, 4, 1));
    closing.lines[0].invoiceId = seedInvoice(single.db());
    QCOMPARE(seedInvoice(bulk.db()), closing.lines[0].invoiceId);
    one.post(single.manager, closing);
    many.post(bulk.manager, closing);
    QCOMPARE(many.postMany(bulk.manager, {}), QList<qint64>());

    QCOMPARE(rowsOf(bulk.db(), kEntries), rowsOf(single.db(), kEntries));
    QCOMPARE(rowsOf(bulk.db(), kLines), rowsOf(single.db(), kLines));
    QCOMPARE(rowsOf(bulk.db(), kSeals), rowsOf(single.db(), kSeals));
    QCOMPARE(rowsOf(bulk.db(), kEntries).size(), entries.size() + 2);
    const QStringList audit = auditOf(bulk.db());
    QCOMPARE(audit.size(), entries.size() + 2);
    QCOMPARE(audit, auditOf(single.db()));
    QVERIFY(chained(bulk.db()));
    QVERIFY(chained(single.db()));
    const BooksVerifier::Result checked = BooksVerifier(bulk.db()).verify();
    QVERIFY2(checked.ok, qPrintable(checked.problem));
    QCOMPARE(checked.sealedEntries, qint64(entries.size() + 2));
    QVERIFY(BooksVerifier(single.db()).verify().ok);
    QVERIFY(AuditLog(bulk.db()).verify().ok);
}

void tst_JournalBulk::refusedWritesNothing()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    QList<JournalEntry> entries = postings(books.db());
    const int entriesBefore = count(books.db(), QStringLiteral("journal_entries"));
    const int auditBefore = count(books.db(), QStringLiteral("audit_log"));
    // The last entry names an account the chart does not have.
    entries.last().lines[0].account = QStringLiteral("9999");
    try {
        journal.postMany(books.manager, entries);
        QFAIL("an entry on an unknown account was posted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
    }
    // A purchase line on factored receivables without its invoice.
    entries = postings(books.db());
    entries[2].lines[0].account = Accounts::factoredReceivables();
    QVERIFY_THROWS_EXCEPTION(Error, journal.postMany(books.manager, entries));
    // Only signed-in clerks and managers post.
    QVERIFY_THROWS_EXCEPTION(Error, journal.postMany(books.analyst, postings(books.db())));
    QCOMPARE(count(books.db(), QStringLiteral("journal_entries")), entriesBefore);
    QCOMPARE(count(books.db(), QStringLiteral("journal_seals")), 0);
    QCOMPARE(count(books.db(), QStringLiteral("audit_log")), auditBefore);
    QVERIFY(AuditLog(books.db()).verify().ok);
}

QTEST_GUILESS_MAIN(tst_JournalBulk)
#include "tst_journalbulk.moc"
