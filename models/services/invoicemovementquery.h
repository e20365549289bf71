#pragma once

#include <QDate>
#include <QHash>
#include <QList>

namespace FactorDesk {

class Database;

// What took an invoice's open balance down, from the journal's lines on factored receivables
// (docs/domain.md §7) by the kind of their entry: the debtor's payments (receipts and cash
// applied, less returned payments), credit notes, chargebacks and credit losses; a reversal
// counts with the entry it reverses. Beside them, what is in open dispute (disputes, which
// post nothing). Minor units in the invoice's currency.
struct InvoiceMovements
{
    qint64 paid = 0;
    qint64 credited = 0;
    qint64 chargedBack = 0;
    qint64 lost = 0;
    qint64 disputed = 0;
};

class InvoiceMovementQuery
{
public:
    explicit InvoiceMovementQuery(Database &db)
        : m_db(db)
    {}

    // The movements of each of `invoiceIds` as of the end of `asOf` (invalid: every line);
    // invoices with none are left out.
    QHash<qint64, InvoiceMovements> forInvoices(const QList<qint64> &invoiceIds,
                                                QDate asOf = {}) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
