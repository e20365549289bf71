// The journal cannot be altered unseen: REPLACE cannot rewrite a posted row, and `books verify`
// finds a balanced edit made with the triggers dropped, a removed entry, and an invoice whose
// stored balance disagrees with the journal, on both engines.
#include "auditlog.h"
#include "booksverifier.h"
#include "journalfixture.h"
#include "purchasefixture.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

bool run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

// What someone with the database file and its owner's rights can do: drop the guards.
void dropGuards(Database &db, const QString &engine)
{
    const QStringList sqlite = {QStringLiteral("DROP TRIGGER journal_lines_no_update"),
                                QStringLiteral("DROP TRIGGER journal_entries_no_update"),
                                QStringLiteral("DROP TRIGGER journal_lines_no_delete"),
                                QStringLiteral("DROP TRIGGER journal_entries_no_delete"),
                                QStringLiteral("DROP TRIGGER journal_seals_no_delete"),
                                QStringLiteral("PRAGMA foreign_keys = OFF")};
    const QStringList postgres = {
        QStringLiteral("ALTER TABLE journal_lines DISABLE TRIGGER USER"),
        QStringLiteral("ALTER TABLE journal_entries DISABLE TRIGGER USER"),
        QStringLiteral("ALTER TABLE journal_seals DISABLE TRIGGER USER"),
        QStringLiteral("ALTER TABLE journal_lines DROP CONSTRAINT journal_lines_entry_id_fkey"),
        QStringLiteral("ALTER TABLE journal_seals DROP CONSTRAINT journal_seals_entry_id_fkey")};
    for (const QString &sql : engine == QLatin1String("sqlite") ? sqlite : postgres)
        QVERIFY2(run(db, sql), qPrintable(sql));
}

// The same for the audit trail.
void dropAuditGuards(Database &db, const QString &engine)
{
    const QStringList sqlite = {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                QStringLiteral("DROP TRIGGER audit_log_no_delete")};
    const QStringList postgres = {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")};
    for (const QString &sql : engine == QLatin1String("sqlite") ? sqlite : postgres)
        QVERIFY2(run(db, sql), qPrintable(sql));
}

} // namespace

class tst_BooksVerify : public QObject
{
    Q_OBJECT
private slots:
    void freshBooksHold_data() { addEngineRows(); }
    void freshBooksHold()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        const PurchaseFixture f = PurchaseFixture::create(books);
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00")),
                      PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER2"),
                                            QStringLiteral("2500.00"))});
        JournalService(books.db()).post(books.clerk, purchase(books.db()));
        const BooksVerifier::Result r = BooksVerifier(books.db()).verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.entries, 2);
        QCOMPARE(r.sealedEntries, 2);
        QCOMPARE(r.invoices, 3); // the hand-posted purchase has an invoice of its own
        QVERIFY(r.auditRecords > 0);
    }

    void replaceCannotRewriteAPostedLine()
    {
        TestBooks books;
        const qint64 id = JournalService(books.db()).post(books.clerk, purchase(books.db()));
        Database &db = books.db();
        const QString rewrite = QStringLiteral(
            "INSERT OR REPLACE INTO journal_lines (id, entry_id, line_no, entry_date, account_id, "
            "debit, credit, memo) SELECT id, entry_id, line_no, entry_date, account_id, debit + "
            "100, credit, memo FROM journal_lines WHERE entry_id = %1 AND line_no = 1");
        QVERIFY(!run(db, rewrite.arg(id)));
        // Without the program's connection settings (the sqlite3 shell) it is refused too.
        QVERIFY(run(db, QStringLiteral("PRAGMA recursive_triggers = OFF")));
        QVERIFY(!run(db, rewrite.arg(id)));
        QVERIFY(!run(db, QStringLiteral("INSERT INTO journal_lines (entry_id, line_no, entry_date, "
                                        "account_id, debit, credit) SELECT entry_id, 5, "
                                        "entry_date, account_id, 1.5, 0 FROM journal_lines "
                                        "LIMIT 1")));
        QVERIFY(!run(db, QStringLiteral("INSERT OR REPLACE INTO journal_seals (seq, entry_id, "
                                        "prev_hash, hash) VALUES (1, %1, 'x', 'y')")
                             .arg(id)));
        const BooksVerifier::Result r = BooksVerifier(db).verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
    }

    void balancedEditIsFound_data() { addEngineRows(); }
    void balancedEditIsFound()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        JournalService journal(books.db());
        journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
        const qint64 id = journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 3)));
        Database &db = books.db();
        dropGuards(db, engine);
        // A cent more on a debit and on a credit, and on the entry's total: it still balances.
        const QString entry = QString::number(id);
        QVERIFY(
            run(db, QStringLiteral("UPDATE journal_lines SET debit = debit + 1 WHERE entry_id = "
                                   "%1 AND line_no = 1")
                        .arg(entry)));
        QVERIFY(run(db, QStringLiteral("UPDATE journal_lines SET credit = credit + 1 WHERE "
                                       "entry_id = %1 AND line_no = 2")
                            .arg(entry)));
        QVERIFY(run(db, QStringLiteral("UPDATE journal_entries SET total = total + 1 WHERE id = %1")
                            .arg(entry)));
        const BooksVerifier::Result r = BooksVerifier(db).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QStringLiteral("Journal entry %1").arg(id)) &&
                     r.problem.contains(QStringLiteral("changed after it was posted")),
                 qPrintable(r.problem));
    }

    void removedEntryIsFound_data() { addEngineRows(); }
    void removedEntryIsFound()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        JournalService journal(books.db());
        journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
        const qint64 middle = journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 3)));
        const qint64 last = journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 4)));
        Database &db = books.db();
        dropGuards(db, engine);
        for (const QString &sql : {QStringLiteral("DELETE FROM journal_lines WHERE entry_id = %1"),
                                   QStringLiteral("DELETE FROM journal_seals WHERE entry_id = %1"),
                                   QStringLiteral("DELETE FROM journal_entries WHERE id = %1")})
            QVERIFY2(run(db, sql.arg(middle)), qPrintable(sql));
        const BooksVerifier::Result r = BooksVerifier(db).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QStringLiteral("journal entry %1").arg(last)) &&
                     r.problem.contains(QStringLiteral("removed or inserted")),
                 qPrintable(r.problem));
    }

    void deletedNewestAuditRecordIsFound_data() { addEngineRows(); }
    void deletedNewestAuditRecordIsFound()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        JournalService(books.db()).post(books.clerk, purchase(books.db()));
        Database &db = books.db();
        QVERIFY2(BooksVerifier(db).verify().ok, qPrintable(BooksVerifier(db).verify().problem));
        dropAuditGuards(db, engine);
        // The chain that is left holds: only the head kept outside the database shows the end
        // is gone.
        QVERIFY(run(db, QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM "
                                       "(SELECT id FROM audit_log) a)")));
        const BooksVerifier::Result r = BooksVerifier(db).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QStringLiteral("newest 1 audit record")),
                 qPrintable(r.problem));
        QVERIFY(!AuditLog(db).verify().ok);
    }

    void deletedNewestEntryIsFound_data() { addEngineRows(); }
    void deletedNewestEntryIsFound()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        JournalService journal(books.db());
        journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
        const qint64 last = journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 3)));
        Database &db = books.db();
        dropGuards(db, engine);
        for (const QString &sql : {QStringLiteral("DELETE FROM journal_lines WHERE entry_id = %1"),
                                   QStringLiteral("DELETE FROM journal_seals WHERE entry_id = %1"),
                                   QStringLiteral("DELETE FROM journal_entries WHERE id = %1")})
            QVERIFY2(run(db, sql.arg(last)), qPrintable(sql));
        const BooksVerifier::Result r = BooksVerifier(db).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QStringLiteral("newest 1 journal entr")),
                 qPrintable(r.problem));
    }

    void auditHashCoversIdAndUser_data() { addEngineRows(); }
    void auditHashCoversIdAndUser()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        JournalService(books.db()).post(books.clerk, purchase(books.db()));
        Database &db = books.db();
        dropAuditGuards(db, engine);
        // Pin a record on another user: only the user id changes.
        QVERIFY(run(db, QStringLiteral("UPDATE audit_log SET user_id = %1 WHERE action = "
                                       "'journal.post'")
                            .arg(books.manager.userId())));
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QStringLiteral("changed after it was written")),
                 qPrintable(v.problem));
    }

    // Books written before schema 10 keep their format-1 audit hashes: they still verify after
    // the upgrade, and the records written afterwards chain on in format 2.
    void upgradedAuditTrailHolds_data() { addEngineRows(); }
    void upgradedAuditTrailHolds()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        {
            auto old = Database::openRaw(scratch.spec(), true);
            old->migrate(6);
            QString prev(64, QLatin1Char('0'));
            for (int i = 1; i <= 3; ++i) {
                AuditRecord r;
                r.at = QStringLiteral("2026-03-0%1T10:00:00Z").arg(i);
                r.username = QStringLiteral("system");
                r.action = QStringLiteral("settings.set");
                r.entity = QStringLiteral("settings");
                r.entityId = QString::number(i);
                r.after = QStringLiteral("{\"n\":%1}").arg(i);
                r.prevHash = prev;
                r.hashFormat = 1;
                r.hash = AuditLog::computeHash(r);
                SqlQuery(*old, QStringLiteral("INSERT INTO audit_log (at, username, action, "
                                              "entity, entity_id, after_data, prev_hash, hash) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
                    .bind(r.at)
                    .bind(r.username)
                    .bind(r.action)
                    .bind(r.entity)
                    .bind(r.entityId)
                    .bind(r.after)
                    .bind(r.prevHash)
                    .bind(r.hash)
                    .exec();
                prev = r.hash;
            }
        }
        auto db = Database::open(scratch.spec());
        AuditLog audit(*db);
        AuditLog::Verification v = audit.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.checked, 3);
        audit.record(Session::system(), QStringLiteral("settings.set"), QStringLiteral("settings"),
                     QStringLiteral("4"), {}, QJsonObject{{QStringLiteral("n"), 4}});
        v = audit.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.checked, 4);
        const BooksVerifier::Result r = BooksVerifier(*db).verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
        // A format-2 record cannot pass for a format-1 one.
        dropAuditGuards(*db, engine);
        QVERIFY(
            run(*db, QStringLiteral("UPDATE audit_log SET hash_format = 1 WHERE hash_format = 2")));
        QVERIFY(!audit.verify().ok);
    }

    void invoiceDisagreeingWithTheJournalIsFound_data() { addEngineRows(); }
    void invoiceDisagreeingWithTheJournalIsFound()
    {
        QFETCH(QString, engine);
        TestBooks books(engine);
        const PurchaseFixture f = PurchaseFixture::create(books);
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-7"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00"))});
        QVERIFY(run(books.db(), QStringLiteral("UPDATE invoices SET open_balance = open_balance - "
                                               "100 WHERE invoice_no = 'INV-7'")));
        const BooksVerifier::Result r = BooksVerifier(books.db()).verify();
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QStringLiteral("INV-7")), qPrintable(r.problem));
    }
};

QTEST_GUILESS_MAIN(tst_BooksVerify)
#include "tst_booksverify.moc"
