#pragma once

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

    // Nesting depth of Transaction scopes on this connection.
    int &transactionDepth() { return m_transactionDepth; }
    // Set when an inner scope ended without commit: the outermost commit then refuses.
    bool &rollbackOnly() { return m_rollbackOnly; }
    // Once a statement failed inside a PostgreSQL transaction the server refuses every
    // command until the transaction ends, freeing prepared statements (DEALLOCATE) included,
    // and the driver would print that refusal. So from then on SqlQuery parks its statements
    // here instead of freeing them, and the outermost Transaction frees them once it has
    // rolled back.
    bool transactionAborted() const { return m_aborted; }
    void setTransactionAborted() { m_aborted = true; }
    void keepUntilTransactionEnds(QSqlQuery &&query) { m_failed.push_back(std::move(query)); }
    void releaseFailedStatements()
    {
        m_failed.clear();
        m_aborted = false;
    }

private:
    explicit Database(const DatabaseLocation &location);
    void connect(bool readOnly, bool immutable = false);
    void configure();

    DatabaseLocation m_location;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    std::vector<QSqlQuery> m_failed;
    bool m_aborted = false;
};

} // namespace FactorDesk
