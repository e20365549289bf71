// The storage layer: migrations on fresh and old databases, refusal of foreign, empty,
// damaged and newer files (left byte-for-byte unchanged), scoped transactions, and the
// engine settings (foreign keys, WAL) on SQLite and PostgreSQL.
#include "auditlog.h"
#include "database.h"
#include "error.h"
#include "ledger.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList folderListing(const QString &path)
{
    return QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files, QDir::Name);
}

// Runs statements on a plain QSQLITE connection that knows nothing of FactorDesk.
void rawSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int count(Database &db, const QString &table)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM ") + table).scalar().toInt();
}

// A real FactorDesk file whose WAL has been folded into the main file, then closed.
void makeFactorDeskFile(const QString &path)
{
    auto db = Database::create(path);
    execStatement(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

const QStringList kTables = {QStringLiteral("schema_meta"),
                             QStringLiteral("settings"),
                             QStringLiteral("users"),
                             QStringLiteral("user_roles"),
                             QStringLiteral("accounts"),
                             QStringLiteral("audit_log"),
                             QStringLiteral("clients"),
                             QStringLiteral("agreements"),
                             QStringLiteral("debtors"),
                             QStringLiteral("credit_requests"),
                             QStringLiteral("order_approvals"),
                             QStringLiteral("schedules"),
                             QStringLiteral("invoices"),
                             QStringLiteral("client_payments"),
                             QStringLiteral("assignment_notices"),
                             QStringLiteral("journal_entries"),
                             QStringLiteral("journal_lines")};

} // namespace

class tst_Storage : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabase_data() { addEngineRows(); }
    void freshDatabase();
    void upgradeOldDatabase_data();
    void upgradeOldDatabase();
    void refuseFile_data();
    void refuseFile();
    void refuseNewer_data() { addEngineRows(); }
    void refuseNewer();
    void refuseMissing();
    void postgresForeignTable();
    void createRefusesExisting_data() { addEngineRows(); }
    void createRefusesExisting();
    void createWithFailingPopulate_data() { addEngineRows(); }
    void createWithFailingPopulate();
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
    void sqliteOpenWhileInUse();
    void errorMessagesAreClean_data() { addEngineRows(); }
    void errorMessagesAreClean();
    void settings_data() { addEngineRows(); }
    void settings();
    void locationParsing_data();
    void locationParsing();
    void unreachableServer();
};

void tst_Storage::freshDatabase()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    QVERIFY(!Database::exists(scratch.spec()));
    {
        auto db = Database::create(scratch.spec());
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 4);
        const QStringList tables = db->connection().tables();
        for (const QString &t : kTables)
            QVERIFY2(tables.contains(t), qPrintable(t));
        QCOMPARE(count(*db, QStringLiteral("accounts")), 9);
        QCOMPARE(count(*db, QStringLiteral("users")), 0);
    }
    QVERIFY(Database::exists(scratch.spec()));
    auto again = Database::open(scratch.spec());
    QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(SettingsRepository(*again).currency().code(), QStringLiteral("EUR"));
}

void tst_Storage::upgradeOldDatabase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("from");
    for (const char *engine : {"sqlite", "postgres"})
        for (int from : {1, 2, 3})
            QTest::addRow("%s from %d", engine, from) << QString::fromLatin1(engine) << from;
}

void tst_Storage::upgradeOldDatabase()
{
    QFETCH(QString, engine);
    QFETCH(int, from);
    ScratchDatabase scratch(engine);
    {
        auto old = Database::openRaw(scratch.spec(), true);
        old->migrate(from);
        QCOMPARE(old->schemaVersion(), from);
        QVERIFY(!old->connection().tables().contains(QStringLiteral("journal_lines")));
        SqlQuery(*old, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"))
            .bind(QStringLiteral("probe"))
            .bind(QStringLiteral("kept"))
            .exec();
    }
    auto db = Database::open(scratch.spec());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(SettingsRepository(*db).value(QStringLiteral("probe")), QStringLiteral("kept"));
    for (const QString &t : kTables)
        QVERIFY2(db->connection().tables().contains(t), qPrintable(t));
    // Opening again is a no-op.
    db.reset();
    db = Database::open(scratch.spec());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
}

void tst_Storage::refuseFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a phrase of the message
    QTest::newRow("text file") << "text"
                               << "is not a FactorDesk database";
    QTest::newRow("foreign sqlite") << "foreign"
                                    << "is not a FactorDesk database";
    QTest::newRow("foreign sqlite in WAL mode") << "foreign-wal"
                                                << "is not a FactorDesk database";
    QTest::newRow("empty file") << "empty"
                                << "is an empty file";
    QTest::newRow("damaged page header") << "corrupt-page"
                                         << "is damaged";
    QTest::newRow("damaged middle page") << "corrupt-middle"
                                         << "is damaged";
    QTest::newRow("damaged file header") << "corrupt-header"
                                         << "not a FactorDesk database";
    QTest::newRow("newer") << "newer"
                           << "newer FactorDesk";
    QTest::newRow("folder") << "folder"
                            << "not a FactorDesk database";
}

void tst_Storage::refuseFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,amount\n2026-01-01,100.00\n");
    } else if (kind == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("foreign")) {
        rawSqlite(path, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                         QStringLiteral("INSERT INTO recipes VALUES ('soup')")});
    } else if (kind == QLatin1String("foreign-wal")) {
        rawSqlite(path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                         QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                         QStringLiteral("INSERT INTO recipes VALUES ('soup')")});
    } else if (kind.startsWith(QLatin1String("corrupt"))) {
        makeFactorDeskFile(path);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        // Garbage over a b-tree page header (page 2 holds schema_meta), over a whole page in
        // the middle, or over the file header. (Garbage in a page's unused space is no damage:
        // SQLite never reads it.)
        qint64 offset = 0;
        QByteArray garbage(16, '\x5a');
        if (kind == QLatin1String("corrupt-page")) {
            offset = 4096;
            garbage = QByteArray(600, '\x5a');
        } else if (kind == QLatin1String("corrupt-middle")) {
            offset = (f.size() / 4096 / 2) * 4096;
            garbage = QByteArray(4096, '\x5a');
        }
        QVERIFY(f.seek(offset));
        f.write(garbage);
    } else if (kind == QLatin1String("newer")) {
        makeFactorDeskFile(path);
        rawSqlite(path, {QStringLiteral("UPDATE schema_meta SET value = '999' WHERE key = "
                                        "'schema_version'"),
                         QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    }
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileHash(path);
    const QStringList listing = folderListing(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            auto db = Database::open(path);
            QFAIL("the file was opened");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Storage);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(path)), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("left unchanged")),
                     qPrintable(e.message()));
        }
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(folderListing(path), listing);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY_THROWS_EXCEPTION(Error, Database::openRaw(path));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(folderListing(path), listing);
    // create() refuses the place as well.
    try {
        Database::create(path);
        QFAIL("created over an existing file");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(folderListing(path), listing);
}

void tst_Storage::refuseNewer()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    {
        auto db = Database::create(scratch.spec());
        SqlQuery(*db, QStringLiteral("UPDATE schema_meta SET value = '999' WHERE key = "
                                     "'schema_version'"))
            .exec();
    }
    try {
        auto db = Database::open(scratch.spec());
        QFAIL("a newer database was opened");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(e.message().contains(QLatin1String("schema version 999")),
                 qPrintable(e.message()));
    }
}

void tst_Storage::refuseMissing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.sqlite"));
    try {
        auto db = Database::open(path);
        QFAIL("opened a missing file");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::NotFound);
    }
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(folderListing(path), QStringList());
}

void tst_Storage::postgresForeignTable()
{
    ScratchDatabase scratch(QStringLiteral("postgres"));
    {
        auto raw = Database::openRaw(scratch.spec(), true);
        execStatement(*raw, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        execStatement(*raw, QStringLiteral("INSERT INTO recipes VALUES ('soup')"));
    }
    try {
        auto db = Database::open(scratch.spec());
        QFAIL("a foreign PostgreSQL database was opened");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(e.message().contains(QLatin1String("not a FactorDesk database")),
                 qPrintable(e.message()));
    }
    try {
        auto db = Database::create(scratch.spec());
        QFAIL("created over a non-empty PostgreSQL database");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QVERIFY(!Database::exists(scratch.spec()));
    auto raw = Database::openRaw(scratch.spec());
    QCOMPARE(raw->connection().tables(), QStringList{QStringLiteral("recipes")});
    QCOMPARE(count(*raw, QStringLiteral("recipes")), 1);
}

void tst_Storage::createRefusesExisting()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    Database::create(scratch.spec());
    try {
        Database::create(scratch.spec());
        QFAIL("created twice");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    auto db = Database::open(scratch.spec());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
}

void tst_Storage::createWithFailingPopulate()
{
    QFETCH(QString, engine);
    ScratchDatabase scratch(engine);
    bool called = false;
    try {
        Database::create(scratch.spec(), [&](Database &db) {
            called = true;
            SettingsRepository(db).setValue(QStringLiteral("probe"), QStringLiteral("x"));
            throw Error(Error::Kind::Validation, QStringLiteral("populate failed"));
        });
        QFAIL("create succeeded");
    } catch (const Error &e) {
        QCOMPARE(e.message(), QStringLiteral("populate failed"));
    }
    QVERIFY(called);
    QVERIFY(!Database::exists(scratch.spec()));
    if (engine == QLatin1String("sqlite")) {
        QVERIFY(!QFileInfo::exists(scratch.spec()));
        QCOMPARE(folderListing(scratch.spec()), QStringList());
    } else {
        auto raw = Database::openRaw(scratch.spec());
        QCOMPARE(raw->connection().tables(), QStringList());
    }
    // The place is still usable.
    auto db = Database::create(scratch.spec());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
}

void tst_Storage::rollbackOnException()
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

void tst_Storage::nestedFailureRefusesCommit()
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

void tst_Storage::returningInsideTransaction()
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

void tst_Storage::nestedQueries()
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
    QCOMPARE(SettingsRepository(*db).value(QStringLiteral("seq.loop")), QStringLiteral("9"));
    QCOMPARE(seen.size(), 9);
    QCOMPARE(seen.first(), QStringLiteral("1000"));
    QCOMPARE(seen.last(), QStringLiteral("5000"));
}

void tst_Storage::bigSumsStayExact()
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

void tst_Storage::foreignKeysEnforced()
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
    QCOMPARE(count(*db, QStringLiteral("accounts")), 9);
}

void tst_Storage::sqlitePragmas()
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

void tst_Storage::sqliteOpenWhileInUse()
{
    // A second program opens the file while the first one has it open in WAL mode, with
    // committed pages that are still only in the -wal file.
    ScratchDatabase scratch;
    auto first = Database::create(scratch.spec());
    SettingsRepository(*first).setValue(QStringLiteral("probe"), QStringLiteral("fresh"));
    QVERIFY(QFileInfo::exists(scratch.spec() + QStringLiteral("-wal")));
    auto second = Database::open(scratch.spec());
    QCOMPARE(SettingsRepository(*second).value(QStringLiteral("probe")), QStringLiteral("fresh"));
    SettingsRepository(*second).setValue(QStringLiteral("probe"), QStringLiteral("second"));
    QCOMPARE(SettingsRepository(*first).value(QStringLiteral("probe")), QStringLiteral("second"));
    second.reset();
    first.reset();
    // Closing the last connection folds the WAL back and removes it.
    QCOMPARE(folderListing(scratch.spec()), QStringList{QStringLiteral("books.sqlite")});
}

void tst_Storage::errorMessagesAreClean()
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

void tst_Storage::settings()
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

void tst_Storage::locationParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::newRow("file") << "/tmp/x.sqlite" << false << "" << 5432 << ""
                          << "";
    QTest::newRow("url") << "postgresql://me@db.example:6543/books" << true << "db.example" << 6543
                         << "me"
                         << "books";
    QTest::newRow("socket") << "postgresql://me@%2Ftmp%2Fpg:5433/books" << true << "/tmp/pg" << 5433
                            << "me"
                            << "books";
    QTest::newRow("host param") << "postgres://me@/books?host=/run/pg" << true << "/run/pg" << 5432
                                << "me"
                                << "books";
    QTest::newRow("password") << "postgresql://me:s%40cret@localhost/books" << true << "localhost"
                              << 5432 << "me"
                              << "books";
}

void tst_Storage::locationParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    const DatabaseLocation loc = DatabaseLocation::parse(spec);
    QCOMPARE(loc.engine == DatabaseLocation::Engine::PostgreSQL, postgres);
    if (!postgres) {
        QCOMPARE(loc.path, spec);
        return;
    }
    QCOMPARE(loc.host, host);
    QCOMPARE(loc.port, port);
    QCOMPARE(loc.user, user);
    QCOMPARE(loc.databaseName, database);
    QVERIFY(!loc.displayName().contains(QLatin1String("s@cret")));
    QVERIFY(!loc.displayName().contains(QLatin1String("cret")));
    const QString shownHost = host.startsWith(QLatin1Char('/'))
                                  ? QString::fromLatin1(QUrl::toPercentEncoding(host))
                                  : host;
    QCOMPARE(loc.displayName(), QStringLiteral("postgresql://%1@%2:%3/%4")
                                    .arg(user, shownHost, QString::number(port), database));
    // What is shown can be given back.
    const DatabaseLocation again = DatabaseLocation::parse(loc.displayName());
    QCOMPARE(again.host, host);
    QCOMPARE(again.port, port);
    QCOMPARE(again.databaseName, database);
    if (spec.contains(QLatin1String("s%40cret")))
        QCOMPARE(loc.password, QStringLiteral("s@cret"));
}

void tst_Storage::unreachableServer()
{
    try {
        auto db = Database::open(QStringLiteral("postgresql://me@%2Fnonexistent%2Fdir:1/books"));
        QFAIL("connected to nothing");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(
            e.message().contains(QLatin1String("postgresql://me@%2Fnonexistent%2Fdir:1/books")),
            qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("QPSQL")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
