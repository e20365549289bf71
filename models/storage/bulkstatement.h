#pragma once

#include <QString>

#include <memory>

struct sqlite3_stmt;

namespace FactorDesk {

class Database;
class SqlQuery;

// One write statement run once per row of a large batch inside one transaction (the lines of a
// schedule, the entries of a bank file). On SQLite it runs through SQLite's own prepared
// statement: Qt's binding builds a placeholder name and a hash entry for every value bound,
// which costs more than the write itself. On PostgreSQL it is a SqlQuery. Either way the values
// are bound, never spliced into the text, and a failure throws the Error SqlQuery would.
class BulkStatement
{
public:
    BulkStatement(Database &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    BulkStatement &bind(qint64 value);
    BulkStatement &bind(int value) { return bind(qint64(value)); }
    BulkStatement &bind(const QString &value);         // a null QString is '' (text, not NULL)
    BulkStatement &bindId(qint64 id);                  // NULL when 0 (optional foreign keys)
    BulkStatement &bindOptional(const QString &value); // NULL when empty
    BulkStatement &bindNull();
    // Runs the statement with the values bound since the last run, then clears them.
    void exec();
    // For INSERT ... RETURNING id: runs and returns the first column of the row.
    qint64 execReturningId();
    // Rows the last run changed.
    int numRowsAffected() const { return m_changes; }

    // Reading (a SELECT over many rows): the first next() runs the statement with the values
    // bound; each next() moves to the following row, false after the last.
    bool next();
    qint64 int64(int column) const;
    QString text(int column) const; // '' for NULL
    bool isNull(int column) const;

private:
    void step(bool wantRow, qint64 *first);
    [[noreturn]] void fail(int rc);

    Database &m_db;
    QString m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    quint64 m_generation = 0; // the connection it was prepared on (Database::takeNativeStatement)
    std::unique_ptr<SqlQuery> m_query;
    int m_index = 0;
    int m_changes = 0;
    bool m_started = false; // reading: the statement has been run
};

} // namespace FactorDesk
