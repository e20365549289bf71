// The factor's journal guarded by the database: posted lines never change and unbalanced
// entries never commit (the database's own triggers), and a rollback leaves nothing, on both
// engines.
#include "auditlog.h"
#include "error.h"
#include "journalfixture.h"
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// Executes raw SQL through the connection, as a tool other than FactorDesk would.
bool rawExec(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

} // namespace

class tst_JournalGuards : public QObject
{
    Q_OBJECT
private slots:
    void databaseRefusesChanges_data() { addEngineRows(); }
    void databaseRefusesChanges();
    void databaseRefusesUnbalanced_data() { addEngineRows(); }
    void databaseRefusesUnbalanced();
    void commitRefusedThroughTransaction_data() { addEngineRows(); }
    void commitRefusedThroughTransaction();
    void rollbackLeavesNothing_data() { addEngineRows(); }
    void rollbackLeavesNothing();
};

void tst_JournalGuards::databaseRefusesChanges()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    const qint64 id = journal.post(books.clerk, purchase(books.db()));
    Database &db = books.db();
    const QString entry = QString::number(id);
    const QStringList refused = {
        QStringLiteral("UPDATE journal_lines SET debit = debit + 1 WHERE entry_id = ") + entry,
        QStringLiteral("UPDATE journal_lines SET memo = 'x'"),
        QStringLiteral("DELETE FROM journal_lines WHERE entry_id = ") + entry,
        QStringLiteral("UPDATE journal_entries SET memo = 'x' WHERE id = ") + entry,
        QStringLiteral("DELETE FROM journal_entries WHERE id = ") + entry,
        // A posted entry cannot gain a line, balanced or not.
        QStringLiteral("INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, "
                       "debit, credit) VALUES (%1, 5, '2026-03-02', (SELECT id FROM accounts "
                       "WHERE code = '1000'), 1, 0)")
            .arg(entry),
    };
    for (const QString &sql : refused) {
        QString error;
        QVERIFY2(!rawExec(db, sql, &error), qPrintable(sql));
        QVERIFY2(error.contains(QLatin1String("FactorDesk")), qPrintable(error));
    }
    if (engine == QLatin1String("postgres")) {
        QVERIFY(!rawExec(db, QStringLiteral("TRUNCATE journal_lines")));
        QVERIFY(!rawExec(db, QStringLiteral("TRUNCATE journal_entries CASCADE")));
    }
    // Through SqlQuery the refusal is a Conflict with a readable sentence.
    try {
        execStatement(db, QStringLiteral("DELETE FROM journal_lines"));
        QFAIL("deleted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.message().contains(QLatin1String("never")) ||
                     e.message().contains(QLatin1String("append-only")),
                 qPrintable(e.message()));
    }
    QCOMPARE(count(db, QStringLiteral("journal_lines")), 4);
    QCOMPARE(journal.entry(id).lines.size(), 4);
    QCOMPARE(journal.totals({}), qMakePair(qint64(100000000), qint64(100000000)));
}

void tst_JournalGuards::databaseRefusesUnbalanced()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Database &db = books.db();
    const QString user = QString::number(books.clerk.userId());
    const QString entry = QStringLiteral(
        "INSERT INTO journal_entries (entry_date, currency, kind, memo, line_count, total, "
        "posted_by, posted_at) VALUES ('2026-03-02', 'EUR', 'manual', '', 2, 100, %1, 'now') "
        "RETURNING id");
    const QString line = QStringLiteral(
        "INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit) "
        "VALUES (%1, %2, '2026-03-02', (SELECT id FROM accounts WHERE code = '%3'), %4, %5)");
    // Returns the database's refusal, or an empty string when the entry was committed.
    const auto attempt = [&](qint64 debitAmount, qint64 creditAmount) -> QString {
        if (!rawExec(db, QStringLiteral("BEGIN")))
            return QStringLiteral("setup: BEGIN failed");
        QSqlQuery q(db.connection());
        if (!q.exec(entry.arg(user)) || !q.next())
            return QStringLiteral("setup: ") + q.lastError().text();
        const QString id = q.value(0).toString();
        q.finish();
        QString error;
        bool ok =
            rawExec(db, line.arg(id).arg(1).arg(QStringLiteral("1000")).arg(debitAmount).arg(0),
                    &error) &&
            rawExec(db, line.arg(id).arg(2).arg(QStringLiteral("4000")).arg(0).arg(creditAmount),
                    &error);
        // PostgreSQL checks when the transaction commits, SQLite when the last line arrives.
        if (!ok)
            rawExec(db, QStringLiteral("ROLLBACK"));
        else if (rawExec(db, QStringLiteral("COMMIT"), &error))
            return {};
        return error.isEmpty() ? QStringLiteral("refused") : error;
    };
    QString refusal = attempt(100, 50);
    QVERIFY2(refusal.contains(QLatin1String("does not balance")), qPrintable(refusal));
    QCOMPARE(count(db, QStringLiteral("journal_entries")), 0);
    QCOMPARE(count(db, QStringLiteral("journal_lines")), 0);
    // Balanced lines that do not add up to the declared total are refused too.
    refusal = attempt(90, 90);
    QVERIFY2(refusal.contains(QLatin1String("does not balance")), qPrintable(refusal));
    QCOMPARE(count(db, QStringLiteral("journal_entries")), 0);
    // A raw entry that balances is accepted (the database is the last line of defence, not
    // the only one).
    QCOMPARE(attempt(100, 100), QString());
    QCOMPARE(count(db, QStringLiteral("journal_lines")), 2);
    // An entry without its lines: PostgreSQL refuses it at commit. (SQLite cannot defer a
    // check to commit; there the service is the guard.)
    if (engine == QLatin1String("postgres")) {
        QVERIFY(rawExec(db, QStringLiteral("BEGIN")));
        QVERIFY(rawExec(db, entry.arg(user)));
        QString error;
        QVERIFY(!rawExec(db, QStringLiteral("COMMIT"), &error));
        QVERIFY2(error.contains(QLatin1String("does not balance")), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("journal_entries")), 1);
    }
    // A posted entry never gains a third line, not even inside a transaction.
    QVERIFY(
        !rawExec(db, line.arg(SqlQuery(db, QStringLiteral("SELECT max(id) FROM journal_entries"))
                                  .scalar()
                                  .toString())
                         .arg(3)
                         .arg(QStringLiteral("1000"))
                         .arg(1)
                         .arg(0)));
    QCOMPARE(count(db, QStringLiteral("journal_lines")), 2);
}

void tst_JournalGuards::commitRefusedThroughTransaction()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Database &db = books.db();
    try {
        Transaction tx(db);
        const qint64 id =
            SqlQuery(db,
                     QStringLiteral("INSERT INTO journal_entries (entry_date, currency, kind, "
                                    "line_count, total, posted_by, posted_at) VALUES (?, 'EUR', "
                                    "'manual', 2, 100, ?, 'now') RETURNING id"))
                .bind(QStringLiteral("2026-03-02"))
                .bind(books.clerk.userId())
                .scalar()
                .toLongLong();
        for (int i = 1; i <= 2; ++i)
            SqlQuery(db, QStringLiteral("INSERT INTO journal_lines (entry_id, line_no, entry_date, "
                                        "account_id, debit, credit) VALUES (?, ?, '2026-03-02', "
                                        "(SELECT id FROM accounts WHERE code = '1000'), ?, ?)"))
                .bind(id)
                .bind(i)
                .bind(i == 1 ? 100 : 0)
                .bind(i == 1 ? 0 : 60)
                .exec();
        tx.commit();
        QFAIL("an unbalanced entry was committed");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.message().contains(QLatin1String("does not balance")), qPrintable(e.message()));
    }
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(count(db, QStringLiteral("journal_entries")), 0);
    JournalService(db).post(books.clerk, purchase(books.db()));
    QCOMPARE(count(db, QStringLiteral("journal_entries")), 1);
}

void tst_JournalGuards::rollbackLeavesNothing()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    const int audit = count(books.db(), QStringLiteral("audit_log"));
    try {
        Transaction tx(books.db());
        journal.post(books.clerk, purchase(books.db()));
        journal.post(books.clerk, purchase(books.db()));
        throw Error(Error::Kind::Validation, QStringLiteral("later step failed"));
    } catch (const Error &) {
    }
    QCOMPARE(count(books.db(), QStringLiteral("journal_entries")), 0);
    QCOMPARE(count(books.db(), QStringLiteral("journal_lines")), 0);
    QCOMPARE(count(books.db(), QStringLiteral("audit_log")), audit);
    QVERIFY(AuditLog(books.db()).verify().ok);
}

QTEST_GUILESS_MAIN(tst_JournalGuards)
#include "tst_journalguards.moc"
