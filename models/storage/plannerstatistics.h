#pragma once

#include <QStringList>

namespace FactorDesk {

class Database;

// The query planner's statistics after bulk writes. A bulk load, a big import or a big funding
// changes a table's size and its spread of statuses and dates in one step; until the statistics
// are taken again the planner guesses, and on PostgreSQL a guess over a million invoices is a
// plan that reads them all (issue 8, "Speed"). Call after the transaction that wrote the rows
// has committed: taking statistics inside a writing transaction would hold a lock that two
// concurrent imports both need.
namespace PlannerStatistics {

// Writes of at least this many rows leave fresh statistics behind.
constexpr qint64 kBulkRows = 10000;

// PostgreSQL: ANALYZE of each table. SQLite: nothing (see the .cpp: its statistics misled
// the Invoices view's plans). Does nothing while a transaction is open on `db` (the outermost
// scope calls it after its commit). Never throws: statistics are an aid, and a
// failure to take them leaves the books as they are.
void refresh(Database &db, const QStringList &tables);
// refresh() when `rowsWritten` reaches kBulkRows.
void refreshAfterBulkWrite(Database &db, qint64 rowsWritten, const QStringList &tables);

} // namespace PlannerStatistics

} // namespace FactorDesk
