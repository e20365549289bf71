#pragma once

#include "clientstatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace FactorDesk {

class Database;

// Reads a client's statement (docs/domain.md §8) from the journal, as of any date (§13): the
// balances from JournalService::balance (so they are the journal's own figures), every entry
// with lines tagged with the client in the period as one movement, the open invoices with
// their aging, and the availability by Pricing::availability. The movements sum to the
// difference of the closing and opening balances by construction; ClientStatement::ties()
// says so, and the tests prove it on the demo books. No writes.
class StatementQuery
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::StatementQuery)
public:
    explicit StatementQuery(Database &db)
        : m_db(db)
    {}

    // The statement of `clientCode` from `from` to `to` inclusive, counting only lines dated
    // on or before `asOf` (invalid: `to`). Throws Error(NotFound) for an unknown client and
    // Error(Validation) when the period is empty or backwards.
    ClientStatement statement(const QString &clientCode, QDate from, QDate to,
                              QDate asOf = {}) const;
    ClientStatement statement(qint64 clientId, QDate from, QDate to, QDate asOf = {}) const;

    // The translated title of a journal kind ("Purchase", "Collection", …); unknown kinds come
    // back as they are.
    static QString kindLabel(const QString &kind);

private:
    void readBalances(ClientStatement &s) const;
    void readMovements(ClientStatement &s) const;
    void readOpenInvoices(ClientStatement &s) const;
    void readAvailability(ClientStatement &s) const;
    QString feeWorking(const ClientStatement &s, qint64 entryId, const QStringList &invoices) const;
    QString interestWorking(const ClientStatement &s, QDate posted) const;

    Database &m_db;
};

} // namespace FactorDesk
