#pragma once

#include "money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace FactorDesk {

// An open invoice of the factor as cash application sees it.
struct OpenInvoice
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 debtorId = 0;
    QString invoiceNo;
    QDate invoiceDate;
    QDate dueDate;
    Money open; // what is still owed on it
};

// One part of a receipt put on an invoice.
struct CashAllocation
{
    qint64 invoiceId = 0;
    Money amount;
    QString rule; // reference, debtor_amount, debtor_total, oldest, manual
};

// What the matcher decided for a receipt (docs/domain.md §9).
struct CashMatch
{
    enum class Outcome { Applied, Suggested, Unapplied };
    Outcome outcome = Outcome::Unapplied;
    qint64 debtorId = 0;             // the debtor it is for (0: unknown)
    QList<CashAllocation> applied;   // posted at once
    QList<CashAllocation> suggested; // waiting for a clerk
    Money unapplied;                 // left over (held as unapplied cash)
};

// The rules of docs/domain.md §9 as pure functions: how invoice numbers compare in bank text,
// which words of a reference can be invoice numbers, and how a receipt is spread.
class CashMatching
{
public:
    // The number as a receipt's text is compared with it: Unicode-normalised, upper case,
    // letters and digits only, leading zeros of every digit run dropped ("INV 0042",
    // "inv-42" → "INV42"). Empty when nothing is left.
    static QString matchKey(const QString &text);
    // The keys worth looking up for a receipt's reference texts: each structured reference
    // whole (and an RF creditor reference without its "RFnn"), each word and each pair of
    // neighbouring words of the free text; keys shorter than 3 characters or without a digit
    // are left out (words, not numbers). At most `limit` keys.
    static QStringList candidateKeys(const QStringList &structured, const QStringList &freeText,
                                     int limit = 200);

    // Spreads `amount` over `named` (the open invoices its references name, in the order
    // named): each up to what is open, the rest unapplied. Otherwise, with a known debtor and
    // its open invoices (`debtorOpen`, oldest first): one invoice of exactly the amount (only
    // one such) or all of them together → applied; else a suggestion oldest first. An unknown
    // debtor with no reference → unapplied. `ambiguous`: invoices the references name only
    // loosely (several invoices share the key): suggested, never applied.
    static CashMatch match(Money amount, qint64 debtorId, const QList<OpenInvoice> &named,
                           const QList<OpenInvoice> &ambiguous,
                           const QList<OpenInvoice> &debtorOpen);
};

} // namespace FactorDesk
