#include "database.h"

#include "databaseidentity.h"
#include "error.h"
#include "migrationrunner.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

namespace FactorDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::Database", text);
}

QAtomicInt g_connectionCounter;

} // namespace

Database::Database(const DatabaseLocation &location)
    : m_location(location)
    , m_connectionName(
          QStringLiteral("factordesk-%1").arg(g_connectionCounter.fetchAndAddOrdered(1)))
    , m_self(std::make_shared<Database *>(this))
{}

Database::~Database()
{
    dropStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::dropStatements()
{
    m_statements.clear();
    for (auto &kept : m_nativeStatements)
        sqlite3_finalize(kept.second);
    m_nativeStatements.clear();
}

sqlite3 *Database::sqliteHandle() const
{
    if (engine() != Engine::SQLite)
        return nullptr;
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3_stmt *Database::takeNativeStatement(const QString &sql, quint64 &generation)
{
    generation = m_generation;
    const auto it = m_nativeStatements.find(sql);
    if (it == m_nativeStatements.end())
        return nullptr;
    sqlite3_stmt *statement = it->second;
    m_nativeStatements.erase(it);
    return statement;
}

void Database::keepNativeStatement(const QString &sql, sqlite3_stmt *statement, quint64 generation)
{
    constexpr size_t MaxKept = 512;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (generation != m_generation || m_nativeStatements.size() >= MaxKept ||
        m_nativeStatements.count(sql) != 0) {
        // Not kept. One of a connection closed meanwhile is finalized too: its handle stayed
        // open because of it (SQLite does not close a handle with statements alive).
        sqlite3_finalize(statement);
        return;
    }
    m_nativeStatements.emplace(sql, statement);
}

bool Database::takeStatement(const QString &sql, QSqlQuery &into, quint64 &generation)
{
    generation = m_generation;
    const auto it = m_statements.find(sql);
    if (it == m_statements.end())
        return false;
    into = std::move(it->second);
    m_statements.erase(it);
    return true;
}

void Database::keepStatement(const QString &sql, QSqlQuery &&query, quint64 generation)
{
    // A few hundred distinct statements is all the program has; SQL built with varying
    // text (IN lists) is not worth keeping beyond that.
    constexpr size_t MaxKept = 512;
    if (generation != m_generation || m_statements.size() >= MaxKept ||
        m_statements.count(sql) != 0)
        return;
    query.finish();
    m_statements.emplace(sql, std::move(query));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::connect(bool readOnly, bool immutable)
{
    dropStatements();
    ++m_generation;
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_location.engine == Engine::SQLite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (immutable) {
            // Reads the file as it lies, without locks, -wal or -shm files: the way to look at
            // a file that may not be ours without leaving anything behind.
            db.setDatabaseName(QUrl::fromLocalFile(m_location.path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
        } else {
            db.setDatabaseName(m_location.path);
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
        if (!db.open())
            throw Error(Error::Kind::Storage,
                        tr("Cannot open the database file %1: %2")
                            .arg(m_location.displayName(), driverMessage(db.lastError())));
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error(Error::Kind::Storage,
                    tr("The PostgreSQL driver for Qt is not installed (Debian package "
                       "libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    // sum() of BIGINT is NUMERIC in PostgreSQL, which Qt would hand over as a double: ask for
    // the exact digits instead (money never passes through floating point).
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.databaseName);
    db.setUserName(m_location.user);
    db.setPassword(m_location.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open())
        throw Error(Error::Kind::Storage,
                    tr("Cannot connect to the PostgreSQL database %1: %2")
                        .arg(m_location.displayName(), driverMessage(db.lastError())));
}

void Database::configure()
{
    if (m_location.engine == Engine::SQLite) {
        execStatement(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
        // REPLACE deletes the row it replaces: with recursive triggers the journal's and the
        // audit trail's delete triggers see that delete and refuse it.
        execStatement(*this, QStringLiteral("PRAGMA recursive_triggers = ON"));
        execStatement(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
        // FULL: a committed purchase survives a power cut, not only a killed process.
        execStatement(*this, QStringLiteral("PRAGMA synchronous = FULL"));
        // A bulk act (a 100,000-line schedule, a bank file) touches index pages all over the
        // books in one transaction: with SQLite's default 2 MB cache they spill to the log and
        // are written again and again. 64 MB at most, taken only as pages are read.
        execStatement(*this, QStringLiteral("PRAGMA cache_size = -65536"));
        execStatement(*this, QStringLiteral("PRAGMA temp_store = MEMORY"));
    } else {
        execStatement(*this, QStringLiteral("SET client_min_messages TO WARNING"));
    }
}

std::unique_ptr<Database> Database::openRaw(const QString &spec, bool create)
{
    const DatabaseLocation loc = DatabaseLocation::parse(spec);
    std::unique_ptr<Database> db(new Database(loc));
    if (loc.engine == Engine::SQLite) {
        const QFileInfo info(loc.path);
        if (!create && !info.exists())
            throw Error(Error::Kind::NotFound,
                        tr("There is no database at %1. Create one with 'factordesk-cli init' or "
                           "start FactorDesk to set one up.")
                            .arg(loc.displayName()));
        if (info.exists()) {
            const SqliteHeader header = SqliteHeader::read(loc.path);
            if (!header.sqlite)
                throw Error(Error::Kind::Storage,
                            (header.empty ? tr("%1 is an empty file, not a FactorDesk database. It "
                                               "was left unchanged.")
                                          : tr("%1 is not a FactorDesk database. It was left "
                                               "unchanged."))
                                .arg(loc.displayName()));
            // A -wal file may hold the newest pages (a program that is running or stopped
            // without closing): then only SQLite itself can tell what the file is.
            const bool walInUse = sqliteWalInUse(loc.path);
            if (header.applicationId != kFactorDeskApplicationId && !walInUse)
                throw Error(Error::Kind::Storage,
                            tr("%1 is not a FactorDesk database. It was left unchanged.")
                                .arg(loc.displayName()));
            // Look before touching: a read-only connection cannot change a foreign, damaged or
            // newer file, and an immutable one leaves no -wal or -shm next to it either.
            db->connect(true, !walInUse);
            checkDatabaseIdentity(*db, false);
        } else {
            QDir().mkpath(info.absolutePath());
        }
        db->connect(false);
        db->configure();
        return db;
    }
    db->connect(false);
    db->configure();
    return db;
}

std::unique_ptr<Database> Database::open(const QString &spec)
{
    auto db = openRaw(spec, false);
    if (db->engine() == Engine::PostgreSQL)
        checkDatabaseIdentity(*db, false);
    db->migrate();
    return db;
}

std::unique_ptr<Database> Database::create(const QString &spec,
                                           const std::function<void(Database &)> &populate)
{
    const DatabaseLocation loc = DatabaseLocation::parse(spec);
    if (loc.engine == Engine::SQLite && QFileInfo::exists(loc.path))
        throw Error(Error::Kind::Conflict,
                    tr("A file already exists at %1; FactorDesk will not overwrite it.")
                        .arg(loc.displayName()));
    auto db = openRaw(spec, true);
    // A head left by books that were here before would name records these never had.
    BookHead::forget(loc);
    if (db->engine() == Engine::PostgreSQL) {
        SqlQuery tables(*db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                            "table_schema = current_schema()"));
        if (tables.scalar().toLongLong() > 0)
            throw Error(Error::Kind::Conflict,
                        tr("The PostgreSQL database %1 is not empty; FactorDesk creates its books "
                           "only in an empty database.")
                            .arg(loc.displayName()));
    }
    try {
        Transaction tx(*db);
        db->migrate();
        if (populate)
            populate(*db);
        tx.commit();
    } catch (...) {
        if (loc.engine == Engine::SQLite) {
            db.reset();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(loc.path + QLatin1String(suffix));
        }
        throw;
    }
    return db;
}

bool Database::exists(const QString &spec)
{
    const DatabaseLocation loc = DatabaseLocation::parse(spec);
    if (loc.engine == Engine::SQLite)
        return QFileInfo::exists(loc.path);
    try {
        auto db = openRaw(spec, false);
        SqlQuery meta(*db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                          "table_schema = current_schema() AND table_name = "
                                          "'schema_meta'"));
        return meta.scalar().toLongLong() > 0;
    } catch (const Error &) {
        return false;
    }
}

int Database::schemaVersion() const
{
    return MigrationRunner(*const_cast<Database *>(this)).schemaVersion();
}

int Database::latestSchemaVersion()
{
    return MigrationRunner::latestVersion();
}

void Database::publishHead()
{
    const BookHead head = m_pendingHead;
    m_pendingHead = BookHead();
    BookHead::advance(m_location, head);
}

void Database::migrate(int target)
{
    MigrationRunner(*this).migrate(target);
}

} // namespace FactorDesk
