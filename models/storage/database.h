#pragma once

#include "bookhead.h"
#include "databaselocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

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
};

} // namespace FactorDesk
