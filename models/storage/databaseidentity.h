#pragma once

#include <QString>
#include <QtGlobal>

namespace FactorDesk {

class Database;

// 'FDK1': stamped into every FactorDesk SQLite file so a foreign file is recognised
// before anything is written to it.
constexpr qint64 kFactorDeskApplicationId = 0x46444B31;

// What the first 100 bytes of an SQLite file say, read with a plain file read so that nothing
// next to a foreign file is created or changed.
struct SqliteHeader
{
    bool empty = false;
    bool sqlite = false;
    quint32 applicationId = 0;

    static SqliteHeader read(const QString &path);
};

// True when a -wal or -shm file lies next to the SQLite file at path: then only SQLite itself
// can tell what the file holds.
bool sqliteWalInUse(const QString &path);

// Refuses, with Error(Storage) naming the database, one that is not a FactorDesk database, is
// damaged, or was written by a newer FactorDesk. allowEmpty: an empty database is acceptable
// (creating one). Reads only; never writes.
void checkDatabaseIdentity(Database &db, bool allowEmpty);

} // namespace FactorDesk
