#pragma once

#include <QCoreApplication>
#include <QString>

namespace FactorDesk {

class Database;
class Session;

// Backs the books up while the program is in use. On SQLite the copy is one consistent
// snapshot (the state of the last commit: a funding in progress is in it wholly or not at
// all), written to a new file that is the backup; restoring is opening that file. A shared
// PostgreSQL database is backed up with the server's own tools: backup() refuses and says how.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::BackupService)
public:
    explicit BackupService(Database &db)
        : m_db(db)
    {}
    // Managers and administrators. Throws Error: Permission; Conflict when `path` exists
    // (a backup never overwrites a file); Validation on PostgreSQL (with the pg_dump command
    // to use); Storage when the file cannot be written (nothing is left behind).
    void backup(const Session &who, const QString &path) const;
    // The command that backs up a PostgreSQL database of these books (for messages and the
    // README): pg_dump with the database's host, port, user and name.
    QString postgresCommand() const;

private:
    Database &m_db;
};

} // namespace FactorDesk
