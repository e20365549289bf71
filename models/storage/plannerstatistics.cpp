#include "plannerstatistics.h"

#include "database.h"
#include "error.h"
#include "sqlquery.h"

#include <QRegularExpression>

namespace FactorDesk::PlannerStatistics {

void refresh(Database &db, const QStringList &tables)
{
    if (db.transactionDepth() > 0)
        return;
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    // SQLite: nothing. Its plans for the big reads are chosen by the queries themselves (the
    // Invoices view's capped estimates and fixed join orders); with sqlite_stat1 present,
    // SQLite 3.40 chose an automatic index for the client order of a million invoices
    // (15 s instead of a page).
    if (db.engine() == Database::Engine::SQLite)
        return;
    try {
        for (const QString &table : tables)
            if (plainName.match(table).hasMatch())
                execStatement(db, QStringLiteral("ANALYZE ") + table);
    } catch (const Error &) {
        // The planner keeps its old statistics; nothing the user did is lost.
    }
}

void refreshAfterBulkWrite(Database &db, qint64 rowsWritten, const QStringList &tables)
{
    if (rowsWritten >= kBulkRows)
        refresh(db, tables);
}

} // namespace FactorDesk::PlannerStatistics
