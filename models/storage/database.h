#pragma once

#include "bookhead.h"
#include "databaselocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace FactorDesk {

// One open connection to a FactorDesk database whose schema is up to date. Opening refuses,
// without writing a byte, files that are not FactorDesk databases, are damaged, or were
// written by a newer FactorDesk. Not copyable; closing happens in the destructor.
class Database
{
public:
    using Engine = DatabaseLocation::Engine;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing database and applies pending migrations. Throws Error:
    // NotFound (no database there), Storage (foreign, damaged, newer, unreachable).
    static std::unique_ptr<Database> open(const QString &spec);
    // Creates a new database at spec (a new SQLite file, or an empty PostgreSQL database),
    // applies every migration and runs `populate` (first administrator, demo data) in the
    // same transaction: if anything fails, no database is left behind. Throws
    // Error(Conflict) when one already exists there.
    static std::unique_ptr<Database> create(const QString &spec,
                                            const std::function<void(Database &)> &populate = {});
    // Opens without migrating: for tests that build an old schema and for diagnostics.
    static std::unique_ptr<Database> openRaw(const QString &spec, bool create = false);
    // True when a FactorDesk database (or any SQLite file) exists at spec.
    static bool exists(const QString &spec);

    QSqlDatabase connection() const;
    Engine engine() const { return m_location.engine; }
    const DatabaseLocation &location() const { return m_location; }
    QString displayName() const { return m_location.displayName(); }
    int schemaVersion() const;
    // The latest schema version this build knows.
    static int latestSchemaVersion();
    // Applies pending migrations up to `target` (latest by default) in one transaction.
    void migrate(int target = -1);

    // A handle that expires when this connection is closed, for objects that may outlive it
    // (a session's role source).
    std::weak_ptr<Database *> handle() const { return m_self; }

    // Nesting depth of Transaction scopes on this connection.
    int &transactionDepth() { return m_transactionDepth; }
    // Set when an inner scope ended without commit: the outermost commit then refuses.
    bool &rollbackOnly() { return m_rollbackOnly; }
    // The chain ends written by the open transaction (JournalService, AuditLog): kept outside
    // the database (BookHead) once the outermost commit succeeds, dropped on rollback.
    BookHead &pendingHead() { return m_pendingHead; }
    // Called by the outermost Transaction after COMMIT: moves the kept head forward.
    void publishHead();

    // Prepared statements kept for reuse by SqlQuery, per SQL text: preparing costs more than
    // running a short statement, and bulk acts run the same few statements thousands of times.
    // takeStatement hands out a kept one not in use (false when there is none); a statement
    // handed back is finished first and kept unless the connection changed meanwhile.
    bool takeStatement(const QString &sql, QSqlQuery &into, quint64 &generation);
    void keepStatement(const QString &sql, QSqlQuery &&query, quint64 generation);
    // The same for SQLite's own statements, which SqlQuery runs on SQLite (Qt's binding costs a
    // placeholder name and a hash entry per value, more than a short statement's work). All of
    // them are finalized before the connection closes.
    sqlite3 *sqliteHandle() const;
    sqlite3_stmt *takeNativeStatement(const QString &sql, quint64 &generation);
    void keepNativeStatement(const QString &sql, sqlite3_stmt *statement, quint64 generation);

private:
    explicit Database(const DatabaseLocation &location);
    void connect(bool readOnly, bool immutable = false);
    void configure();

    DatabaseLocation m_location;
    QString m_connectionName;
    std::shared_ptr<Database *> m_self;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    BookHead m_pendingHead;
    void dropStatements();
    std::unordered_map<QString, QSqlQuery> m_statements;
    std::unordered_map<QString, sqlite3_stmt *> m_nativeStatements;
    quint64 m_generation = 0; // changes with each connection: statements of an older one go
};

} // namespace FactorDesk
