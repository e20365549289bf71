#pragma once

#include "error.h"

#include <QString>

namespace FactorDesk {

class Database;

// A scoped write transaction, like KMyMoney's MyMoneyFileTransaction: a service opens one,
// validates, writes and calls commit(); leaving the scope without commit (an exception
// anywhere) rolls everything back. Nested scopes join the outermost one, and only the
// outermost commit writes. On SQLite the transaction takes the write lock at once
// (BEGIN IMMEDIATE), so two writers never deadlock half-way.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
    bool m_outermost = false;
};

namespace Retry {
// True when no Transaction is open on db: only an outermost act can be run again.
bool allowed(Database &db);
// After a Busy failure of attempt `attempt`: waits a short, growing, jittered pause, or throws
// Error(Conflict, sentence) when the attempts are used up.
void pauseOrGiveUp(int attempt, const QString &sentence);
} // namespace Retry

// Runs `act` -- one whole act that opens its own Transaction -- and, when another connection
// got in the way (Error::Kind::Busy: a deadlock, a serialization failure, a lock not granted),
// runs it again from the start, a few times with a short pause. When it still fails, the user
// sees only `sentence` ("Another user changed schedule S-000001; try again."), as
// Error(Conflict). Inside an outer transaction the act runs once: the outermost act is the one
// run again, since a failed statement has already ended the outer transaction on PostgreSQL.
template <typename Act>
auto retryOnConflict(Database &db, const QString &sentence, Act &&act) -> decltype(act())
{
    if (!Retry::allowed(db))
        return act();
    for (int attempt = 1;; ++attempt) {
        try {
            return act();
        } catch (const Error &e) {
            if (e.kind() != Error::Kind::Busy)
                throw;
            Retry::pauseOrGiveUp(attempt, sentence);
        }
    }
}

} // namespace FactorDesk
