// The storage layer, opening and creating: migrations on fresh and old databases, refusal of
// foreign, empty, damaged and newer files (left byte-for-byte unchanged), database locations,
// on SQLite and PostgreSQL.
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
    void sqliteOpenWhileInUse();
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
        QCOMPARE(count(*db, QStringLiteral("accounts")), 11);
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
