#pragma once

#include <QStringList>

namespace FactorDesk::Bench {

// Rows the program writes whether or not their values change (approving writes every line's
// check results and amounts again): their `columns` are written too.
struct Rewrite
{
    QString table;
    QString where; // SQL over the table's columns, read in `after`
    QStringList columns;
};

// The floor of a write (scripts/bench.sh): the SQL that turns the SQLite file `before` into
// `after`, written to `outPath` as one transaction for the sqlite3 shell, with the program's
// connection settings (foreign keys, recursive triggers, synchronous = FULL). Each table's new
// rows (rowid not in `before`) go in by multi-row INSERTs; its changed rows (and the rows of
// `rewrite`) are staged in a temporary table and written by one UPDATE ... FROM of the columns
// that changed. Run on a copy of `before` (same schema, indexes and triggers), it does the
// program's writes as plainly as SQL can. Prints what it wrote; returns the exit code.
int writeFloorSql(const QString &beforePath, const QString &afterPath, const QString &outPath,
                  const Rewrite &rewrite = {});

} // namespace FactorDesk::Bench
