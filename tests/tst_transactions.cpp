// The storage layer at work: scoped transactions, queries, exact sums, and the engine settings
// (foreign keys, WAL, clean error messages, the settings table) on SQLite and PostgreSQL.
#include "auditlog.h"
#include "database.h"
#include "error.h"
#include "ledger.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "transaction.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

int count(Database &db, const QString &table)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM ") + table).scalar().toInt();
}

} // namespace

class tst_Transactions : public QObject
{
    Q_OBJECT
private slots:
    void rollbackOnException_data() { addEngineRows(); }
    void rollbackOnException();
    void nestedFailureRefusesCommit_data() { addEngineRows(); }
    void nestedFailureRefusesCommit();
    void returningInsideTransaction_data() { addEngineRows(); }
    void returningInsideTransaction();
    void nestedQueries_data() { addEngineRows(); }
    void nestedQueries();
    void bigSumsStayExact_data() { addEngineRows(); }
    void bigSumsStayExact();
    void foreignKeysEnforced_data() { addEngineRows(); }
    void foreignKeysEnforced();
    void sqlitePragmas();
    void errorMessagesAreClean_data() { addEngineRows(); }
    void errorMessagesAreClean();
    void settings_data() { addEngineRows(); }
    void settings();
};

void tst_Transactions::rollbackOnException()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    const int before = count(*db, QStringLiteral("settings"));
    try {
        Transaction tx(*db);
        SettingsRepository(*db).setValue(QStringLiteral("a"), QStringLiteral("1"));
        SettingsRepository(*db).setValue(QStringLiteral("b"), QStringLiteral("2"));
        QCOMPARE(count(*db, QStringLiteral("settings")), before + 2);
        throw std::runtime_error("boom");
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(count(*db, QStringLiteral("settings")), before);
    // A failing statement inside the scope rolls back what came before it.
    try {
        Transaction tx(*db);
        SettingsRepository(*db).setValue(QStringLiteral("c"), QStringLiteral("3"));
        execStatement(*db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        tx.commit();
        QFAIL("committed");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
    }
    QCOMPARE(count(*db, QStringLiteral("settings")), before);
    // And the connection is usable afterwards.
    {
        Transaction tx(*db);
        SettingsRepository(*db).setValue(QStringLiteral("d"), QStringLiteral("4"));
        tx.commit();
    }
    QCOMPARE(count(*db, QStringLiteral("settings")), before + 1);
}

void tst_Transactions::nestedFailureRefusesCommit()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    const int before = count(*db, QStringLiteral("settings"));
    try {
        Transaction outer(*db);
        SettingsRepository(*db).setValue(QStringLiteral("outer"), QStringLiteral("1"));
        try {
            Transaction inner(*db);
            SettingsRepository(*db).setValue(QStringLiteral("inner"), QStringLiteral("1"));
            throw Error(Error::Kind::Validation, QStringLiteral("inner failed"));
        } catch (const Error &) {
            // Swallowed by a careless caller: the outer commit must still refuse.
        }
        outer.commit();
        QFAIL("the outer scope committed");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(e.message().contains(QLatin1String("none of it was saved")),
                 qPrintable(e.message()));
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(count(*db, QStringLiteral("settings")), before);
    // Nested scopes that all commit write once.
    {
        Transaction outer(*db);
        {
            Transaction inner(*db);
            SettingsRepository(*db).setValue(QStringLiteral("inner"), QStringLiteral("1"));
            inner.commit();
        }
        outer.commit();
    }
    QCOMPARE(count(*db, QStringLiteral("settings")), before + 1);
    QCOMPARE(db->rollbackOnly(), false);
}

void tst_Transactions::returningInsideTransaction()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    Transaction tx(*db);
    SqlQuery ins(*db, QStringLiteral("INSERT INTO users (username, password_hash, created_at, "
                                     "updated_at) VALUES (?, 'x', 'now', 'now') RETURNING id"));
    const qint64 first = ins.bind(QStringLiteral("a")).scalar().toLongLong();
    QVERIFY(first > 0);
    SqlQuery second(*db, QStringLiteral("INSERT INTO users (username, password_hash, created_at, "
                                        "updated_at) VALUES (?, 'x', 'now', 'now') RETURNING id, "
                                        "username"));
    second.bind(QStringLiteral("b")).exec();
    QVERIFY(second.next());
    QCOMPARE(second.int64(0), first + 1);
    QCOMPARE(second.text(1), QStringLiteral("b"));
    QVERIFY(!second.next());
    // Both statements are still alive while the transaction commits.
    tx.commit();
    QCOMPARE(count(*db, QStringLiteral("users")), 2);
}

void tst_Transactions::nestedQueries()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    // An outer loop over a result while other statements run on the same connection.
    SqlQuery outer(*db, QStringLiteral("SELECT code FROM accounts ORDER BY code"));
    outer.exec();
    QStringList seen;
    while (outer.next()) {
        seen << outer.text(0);
        SqlQuery inner(*db, QStringLiteral("SELECT name FROM accounts WHERE code = ?"));
        QVERIFY(!inner.bind(outer.text(0)).scalar().toString().isEmpty());
        SettingsRepository(*db).setValue(QStringLiteral("last"), outer.text(0));
        // A service's own transaction inside the loop commits while the outer read is open.
        Transaction tx(*db);
        SettingsRepository(*db).nextSequence(QStringLiteral("loop"));
        tx.commit();
    }
    QCOMPARE(SettingsRepository(*db).value(QStringLiteral("seq.loop")), QStringLiteral("11"));
    QCOMPARE(seen.size(), 11);
    QCOMPARE(seen.first(), QStringLiteral("1000"));
    QCOMPARE(seen.last(), QStringLiteral("5000"));
}

void tst_Transactions::bigSumsStayExact()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    // Two amounts whose sum is above 2^53: a double would lose the last cent.
    const qint64 a = 4503599627370497; // 2^52 + 1
    const qint64 b = 4503599627370498;
    execStatement(*db, QStringLiteral("CREATE TABLE amounts (v BIGINT NOT NULL)"));
    for (qint64 v : {a, b})
        SqlQuery(*db, QStringLiteral("INSERT INTO amounts (v) VALUES (?)")).bind(v).exec();
    SqlQuery sum(*db, QStringLiteral("SELECT coalesce(sum(v), 0), count(*), max(v) FROM amounts"));
    sum.exec();
    QVERIFY(sum.next());
    QCOMPARE(sum.int64(0), a + b);
    QCOMPARE(sum.int64(1), qint64(2));
    QCOMPARE(sum.int64(2), b);
}

void tst_Transactions::foreignKeysEnforced()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    try {
        SqlQuery(*db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"))
            .bind(qint64(4711))
            .bind(QStringLiteral("clerk"))
            .exec();
        QFAIL("a role for a missing user was stored");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    try {
        SqlQuery(*db, QStringLiteral("INSERT INTO accounts (code, name, type) VALUES (?, ?, ?)"))
            .bind(QStringLiteral("9999"))
            .bind(QStringLiteral("Odd"))
            .bind(QStringLiteral("nonsense"))
            .exec();
        QFAIL("a CHECK constraint let a bad account type through");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QCOMPARE(count(*db, QStringLiteral("accounts")), 11);
}

void tst_Transactions::sqlitePragmas()
{
    ScratchDatabase scratch;
    Database::create(scratch.spec());
    auto db = Database::open(scratch.spec());
    QCOMPARE(SqlQuery(*db, QStringLiteral("PRAGMA foreign_keys")).scalar().toInt(), 1);
    QCOMPARE(SqlQuery(*db, QStringLiteral("PRAGMA journal_mode")).scalar().toString(),
             QStringLiteral("wal"));
    QCOMPARE(SqlQuery(*db, QStringLiteral("PRAGMA application_id")).scalar().toLongLong(),
             qint64(0x46444B31));
    QCOMPARE(SqlQuery(*db, QStringLiteral("PRAGMA user_version")).scalar().toInt(),
             Database::latestSchemaVersion());
}

void tst_Transactions::errorMessagesAreClean()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    SettingsRepository(*db).setValue(QStringLiteral("k"), QStringLiteral("v"));
    try {
        SqlQuery(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"))
            .bind(QStringLiteral("k"))
            .bind(QStringLiteral("w"))
            .exec();
        QFAIL("duplicate key stored");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(!e.message().contains(QLatin1String("ERROR:")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("(23505)")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("QPSQL")), qPrintable(e.message()));
    }
    AuditLog(*db).record(Session::system(), QStringLiteral("test"), QStringLiteral("test"), {}, {},
                         {});
    try {
        execStatement(*db, QStringLiteral("DELETE FROM audit_log"));
        QFAIL("deleted the audit log");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.message().contains(QLatin1String("append-only")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("CONTEXT")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("FactorDesk:")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("(P0001)")), qPrintable(e.message()));
    }
}

void tst_Transactions::settings()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    SettingsRepository s(*db);
    QCOMPARE(s.value(QStringLiteral("missing"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    QVERIFY(!s.isDemo());
    QCOMPARE(s.nextSequence(QStringLiteral("schedule")), 1);
    QCOMPARE(s.nextSequence(QStringLiteral("schedule")), 2);
    QCOMPARE(s.nextSequence(QStringLiteral("other")), 1);
    s.setValue(QStringLiteral("currency"), QStringLiteral("CHF"));
    QCOMPARE(s.currency().code(), QStringLiteral("CHF"));
    // Setting a value to what it already is must not insert a duplicate.
    s.setValue(QStringLiteral("currency"), QStringLiteral("CHF"));
    QCOMPARE(s.currency().code(), QStringLiteral("CHF"));
}

QTEST_GUILESS_MAIN(tst_Transactions)
#include "tst_transactions.moc"
