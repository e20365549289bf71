#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace FactorDesk {

class Database;

// The invoice ledger as the journal says it (docs/domain.md §7): an invoice's open balance is
// the debit-minus-credit sum of its lines on factored receivables, as of the end of any date;
// a client's reserve is the credit balance of client reserves tagged with it. The stored
// invoices.open_balance and status are a cache of this for lists and filters; BooksVerifier
// compares the cache with firstDisagreement(). Read-only, any signed-in user.
class InvoiceLedger
{
public:
    explicit InvoiceLedger(Database &db)
        : m_db(db)
    {}

    // The open balance of one invoice as of the end of `asOf` (invalid: today).
    qint64 openBalance(qint64 invoiceId, QDate asOf = {}) const;
    // Every invoice with a non-zero open balance as of the end of `asOf`, optionally of one
    // client: invoice id → balance (one set query).
    QHash<qint64, qint64> openBalances(QDate asOf = {}, qint64 clientId = 0) const;
    // The client's reserve (what the factor holds back and owes the client), as of `asOf`.
    qint64 reserve(qint64 clientId, QDate asOf = {}) const;

    // The first journal entry other than `exceptEntryId` with a line on an invoice of the
    // schedule (a collection, a chargeback, ...), 0 when there is none.
    qint64 otherEntryOnSchedule(qint64 scheduleId, qint64 exceptEntryId) const;

    // The first invoice (by id) whose stored open balance or status disagrees with the journal.
    struct Disagreement
    {
        qint64 invoiceId = 0;
        QString invoiceNo;
        QString status;
        qint64 stored = 0;  // invoices.open_balance
        qint64 journal = 0; // what the journal holds on factored receivables for it
        QString currency;
    };
    std::optional<Disagreement> firstDisagreement() const;

private:
    Database &m_db;
};

} // namespace FactorDesk
