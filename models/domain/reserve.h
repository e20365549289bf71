#pragma once

#include "journal.h"
#include "money.h"

#include <QDate>
#include <QList>

namespace FactorDesk {

// The figures of a client's reserve as of a date (docs/domain.md §12), in the client's
// currency: what the factor holds, what it must keep back and what it may pay out. Values
// only; ReserveQuery reads them from the journal, ReserveService releases by them.
struct ReserveFigures
{
    Money balance;         // client reserves (2100) tagged with the client: credit − debit
    Money held;            // against open invoices: Σ open × (1 − advance rate), rounded once
    Money interestAccrued; // interest and penalty interest accrued, not posted; rounded once
    Money feesAccrued;     // discount fees due on collections not yet charged
    Money disputes;        // open disputes not yet charged back
    Money recourse;        // recourse receivable (1200) tagged with the client: debit − credit

    // Interest and fees accrued but not posted.
    Money accrued() const { return interestAccrued + feesAccrued; }
    // balance − held − accrued − disputes, never below zero.
    Money releasable() const;
    // The part of the balance below zero (0 when the balance is not negative): what the
    // client owes the factor beyond its reserve, shown as recourse receivable.
    Money shortfall() const;
    // The recourse receivable as shown: 1200's balance and the reserve's shortfall.
    Money recourseShown() const { return recourse + shortfall(); }
};

// One open invoice for the reserve held: its open amount and the advance rate it was bought at.
struct HeldInvoice
{
    Money open;
    Rate advanceRate;
};
// Σ open × (1 − advance rate), computed exactly and rounded once (half to even). An advance
// rate above 100 % holds nothing. `currency` names the sum when the list is empty.
Money heldReserve(const QList<HeldInvoice> &invoices, Currency currency);

// The reserve release of docs/domain.md §7 (kind "reserve_release"): Dr client reserves /
// Cr payments due to clients, both tagged with the client. Throws Error(Validation) unless
// the amount is positive.
JournalEntry reserveReleasePosting(QDate date, qint64 clientId, Money amount,
                                   const QString &memo = {});

} // namespace FactorDesk
