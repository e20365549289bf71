#include "transaction.h"

#include "database.h"
#include "error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

namespace FactorDesk {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.transactionDepth()++ == 0) {
        m_outermost = true;
        m_db.rollbackOnly() = false;
        m_db.pendingHead() = BookHead();
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
            m_db.pendingHead() = BookHead();
            try {
                execStatement(m_db, QStringLiteral("ROLLBACK"));
            } catch (...) {
                // A failed rollback leaves the server to abort the transaction itself.
            }
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
        m_db.pendingHead() = BookHead();
        // PostgreSQL ends the transaction when COMMIT fails (a deferred check refused it);
        // SQLite keeps it open (busy), so the destructor still rolls back there.
        if (m_db.engine() == Database::Engine::PostgreSQL)
            m_done = true;
        throw;
    }
    m_done = true;
    m_db.publishHead();
}

namespace Retry {

bool allowed(Database &db)
{
    return db.transactionDepth() == 0;
}

void pauseOrGiveUp(int attempt, const QString &sentence)
{
    constexpr int kAttempts = 6;
    if (attempt >= kAttempts)
        throw Error(Error::Kind::Conflict,
                    sentence.isEmpty()
                        ? QCoreApplication::translate("FactorDesk::Transaction",
                                                      "Another user changed these records at "
                                                      "the same moment; try again.")
                        : sentence);
    // 10, 20, 40, 80, 160 ms, each with up to as much again at random, so that two
    // connections that collided do not collide again in step.
    const int base = 10 << (attempt - 1);
    QThread::msleep(ulong(base + QRandomGenerator::global()->bounded(base)));
}

} // namespace Retry

} // namespace FactorDesk
