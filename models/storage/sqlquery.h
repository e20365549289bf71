#pragma once

#include "database.h"
#include "error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace FactorDesk {

// A prepared statement with positional (?) bound values that throws Error(Storage) or
// Error(Conflict) instead of returning false. Storage code only: nothing outside models/
// sees SQL.
class SqlQuery
{
public:
    SqlQuery(Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    SqlQuery &bind(const QVariant &value);
    SqlQuery &bind(qint64 value) { return bind(QVariant::fromValue(value)); }
    SqlQuery &bind(int value) { return bind(QVariant::fromValue(static_cast<qint64>(value))); }
    SqlQuery &bind(const QString &value)
    {
        return bind(QVariant(value.isNull() ? QString(QLatin1String("")) : value));
    }
    SqlQuery &bind(const char *value) { return bind(QVariant(QString::fromUtf8(value))); }
    // NULL when the id is 0 (optional foreign keys).
    SqlQuery &bindId(qint64 id);
    SqlQuery &bindOptional(const QString &value); // NULL when empty
    SqlQuery &exec();
    bool next();
    QVariant value(int i) const;
    qint64 int64(int i) const;
    QString text(int i) const;
    bool isNull(int i) const;
    int numRowsAffected() const;
    int columnCount() const;
    // Done reading: the statement holds no read open any more (kept for its next run).
    void finish();
    // For INSERT ... RETURNING id and single-value selects: runs and returns the first column
    // of the first row (invalid QVariant when no row). The statement is finished afterwards,
    // so it never holds a transaction open.
    QVariant scalar();

private:
    void resetNative();
    [[noreturn]] void failNative(int rc);

    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    quint64 m_generation = 0; // of the connection the statement was prepared on
    // INSERT/UPDATE/DELETE ... RETURNING rows, read at exec() so that the write statement is
    // complete at once (SQLite refuses to COMMIT while a writing statement is unfinished).
    bool m_returning = false;
    QList<QVariantList> m_rows;
    qsizetype m_row = -1;
    // On SQLite: SQLite's own statement (Database::takeNativeStatement), not m_query.
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindIndex = 0;
    bool m_stepped = false; // run since the values were bound: reset before binding again
    bool m_pending = false; // exec() stepped onto a row that next() has not handed out yet
    bool m_onRow = false;   // the statement stands on a row
    int m_changes = 0;
};

// True for the errors that mean another connection got in the way and running the act again
// may succeed: PostgreSQL's serialization failures (40001), deadlocks (40P01) and lock
// timeouts (55P03), SQLite's BUSY and LOCKED. SqlQuery throws these as Error(Busy).
bool isConcurrencyFailure(const QSqlError &error);

// Locks the row `id` of `table` (a fixed table name, never user input) until the transaction
// ends: SELECT ... FOR UPDATE on PostgreSQL; on SQLite the Transaction already holds the
// database's write lock (BEGIN IMMEDIATE), so only the row's existence is read. Call it inside
// a Transaction, before reading what the act decides on. False when there is no such row.
bool lockRow(Database &db, const QString &table, qint64 id);

// The driver's error as one readable sentence: no "ERROR:" prefixes, CONTEXT lines or
// SQLSTATE codes.
QString driverMessage(const QSqlError &error);

// The Error a failed statement throws (Busy, Conflict or Storage, as SqlQuery does), with
// PostgreSQL's aborted transaction reset the same way.
Error storageErrorOf(Database &db, const QSqlError &error, const QString &sql);

// Runs one statement with no bound values (DDL, pragmas).
void execStatement(Database &db, const QString &sql);

} // namespace FactorDesk
