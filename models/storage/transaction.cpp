#include "transaction.h"

#include "database.h"
#include "error.h"
#include "sqlquery.h"

#include <QCoreApplication>

namespace FactorDesk {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.transactionDepth()++ == 0) {
        m_outermost = true;
        m_db.rollbackOnly() = false;
        try {
            execStatement(m_db, m_db.engine() == Database::Engine::SQLite
                                    ? QStringLiteral("BEGIN IMMEDIATE")
                                    : QStringLiteral("BEGIN"));
        } catch (...) {
            --m_db.transactionDepth();
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        if (m_outermost) {
            try {
                execStatement(m_db, QStringLiteral("ROLLBACK"));
            } catch (...) {
                // A failed rollback leaves the server to abort the transaction itself.
            }
            m_db.releaseFailedStatements();
        } else {
            m_db.rollbackOnly() = true;
        }
    }
    --m_db.transactionDepth();
}

void Transaction::commit()
{
    if (m_done)
        return;
    if (!m_outermost) {
        m_done = true;
        return;
    }
    if (m_db.rollbackOnly())
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("FactorDesk::Transaction",
                                                "Part of the change failed, so none of it was "
                                                "saved."));
    try {
        execStatement(m_db, QStringLiteral("COMMIT"));
    } catch (...) {
        // PostgreSQL ends the transaction when COMMIT fails (a deferred check refused it);
        // SQLite keeps it open (busy), so the destructor still rolls back there.
        if (m_db.engine() == Database::Engine::PostgreSQL) {
            m_done = true;
            m_db.releaseFailedStatements();
        }
        throw;
    }
    m_done = true;
    m_db.releaseFailedStatements();
}

} // namespace FactorDesk
