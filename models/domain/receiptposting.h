#pragma once

#include "cashmatching.h"
#include "journal.h"

namespace FactorDesk {

// What a posting needs to know of an invoice a receipt is put on.
struct InvoiceTags
{
    qint64 clientId = 0;
    qint64 debtorId = 0;
};

// The entries of docs/domain.md §7 for money coming back. Each line on factored receivables is
// tagged with its client, debtor and invoice; unapplied cash with the debtor when known.

// A debtor's payment: Dr bank `amount`; Cr factored receivables per allocation; Cr unapplied
// cash for the rest. kind "receipt".
JournalEntry receiptPosting(QDate date, Money amount, qint64 debtorId,
                            const QList<CashAllocation> &applied,
                            const QHash<qint64, InvoiceTags> &invoices, const QString &memo);

// Unapplied cash put on invoices later: Dr unapplied cash / Cr factored receivables per
// allocation. kind "cash_application".
JournalEntry cashApplicationPosting(QDate date, qint64 debtorId,
                                    const QList<CashAllocation> &applied,
                                    const QHash<qint64, InvoiceTags> &invoices,
                                    const QString &memo);

// A returned or reversed payment undoes what it paid: Dr factored receivables per applied
// part, Dr unapplied cash what was still unapplied; Cr bank the whole. kind "receipt_reversal".
JournalEntry receiptReversalPosting(QDate date, Money amount, qint64 debtorId,
                                    const QList<CashAllocation> &applied,
                                    const QHash<qint64, InvoiceTags> &invoices,
                                    const QString &memo);

} // namespace FactorDesk
