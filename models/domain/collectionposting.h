#pragma once

#include "journal.h"

namespace FactorDesk {

// The entries of docs/domain.md §7 for what reduces an invoice other than the debtor's cash:
// the client's credit notes (dilution), chargebacks to the client (recourse, disputes,
// buy-back), the client's cash paying a buy-back, and the factor's credit losses. Pure: values
// in, a balanced entry out (PostingBuilder), every line on factored receivables tagged with its
// client, debtor and invoice, every line on client reserves and recourse receivable with the
// client.

// An invoice an entry touches.
struct InvoiceRef
{
    qint64 invoiceId = 0;
    qint64 clientId = 0;
    qint64 debtorId = 0;
    QString invoiceNo;
};

// An amount taken off one invoice.
struct InvoiceAmount
{
    InvoiceRef invoice;
    Money amount;
};

// How a chargeback of `amount` is carried: the client's reserve first (its credit balance
// `reserve`; nothing when it is zero or less), the recourse receivable for the rest.
struct ChargebackSplit
{
    Money fromReserve;
    Money toRecourse;
};
ChargebackSplit chargebackSplit(Money amount, Money reserve);

// A credit note of the client: Dr client reserves / Cr factored receivables per invoice.
// kind "credit_note". The invoices are one client's.
JournalEntry creditNotePosting(QDate date, const QList<InvoiceAmount> &invoices,
                               const QString &memo);

// A chargeback to the client: Cr factored receivables per invoice; Dr client reserves up to
// what `reserve` (the client's reserve balance before it) covers, Dr recourse receivable for
// the rest. kind "chargeback".
JournalEntry chargebackPosting(QDate date, const QList<InvoiceAmount> &invoices, Money reserve,
                               const QString &memo);

// The client pays a buy-back in cash: Dr bank `amount`; Cr recourse receivable up to what the
// client owes there (`recourseOwed`, its debit balance), Cr client reserves beyond it.
// kind "buyback_payment".
JournalEntry buybackPaymentPosting(QDate date, qint64 clientId, Money amount, Money recourseOwed,
                                   const QString &memo);

// The factor's credit loss (without recourse, debtor insolvent, credit-approved): Dr credit
// losses / Cr factored receivables per invoice. kind "credit_loss".
JournalEntry creditLossPosting(QDate date, const QList<InvoiceAmount> &invoices,
                               const QString &memo);

} // namespace FactorDesk
