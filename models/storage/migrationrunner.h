#pragma once

#include "databaselocation.h"

#include <QStringList>

namespace FactorDesk {

class Database;

// Applies the numbered migrations compiled into the program (resources/migrations/NNNN_name.sql)
// to a database, in one transaction, and records the schema version they reach. A migration
// is applied once: the runner starts after the version the database already has.
class MigrationRunner
{
public:
    explicit MigrationRunner(Database &db)
        : m_db(db)
    {}

    // The schema version the database has (0 when it has no schema_meta table yet).
    int schemaVersion() const;
    // Applies pending migrations up to `target` (latest by default) in one transaction.
    void migrate(int target = -1);

    // The latest schema version this build knows.
    static int latestVersion();
    // Splits a migration script into the statements for one engine ("-- @sqlite",
    // "-- @postgres" and "-- @all" sections; $$-quoted bodies and SQLite triggers kept whole).
    static QStringList statementsFor(const QString &script, DatabaseLocation::Engine engine);
    // Schema 8's step in C++: fills invoices.invoice_key (InvoiceNumber::key) and live_key of
    // every stored line (public for its test).
    static void fillInvoiceKeys(Database &db);

private:
    Database &m_db;
};

} // namespace FactorDesk
