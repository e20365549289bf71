#pragma once

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

} // namespace FactorDesk
