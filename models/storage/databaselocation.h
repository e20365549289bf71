#pragma once

#include <QString>

namespace FactorDesk {

// Where a FactorDesk database lives: an SQLite file (the embedded default) or a PostgreSQL
// database named by a URL postgresql://user[:password]@host[:port]/dbname. The host may be a
// percent-encoded socket directory (postgresql://me@%2Ftmp%2Fpg:5432/books) or given as
// ?host=/path.
struct DatabaseLocation
{
    enum class Engine { SQLite, PostgreSQL };
    Engine engine = Engine::SQLite;
    QString path; // SQLite
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;

    static DatabaseLocation parse(const QString &spec);
    // The default SQLite file under the user's application-data folder.
    static QString defaultPath();
    // For status bars and messages; never shows a password.
    QString displayName() const;
};

} // namespace FactorDesk
