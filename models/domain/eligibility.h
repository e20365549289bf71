#pragma once

#include "agreement.h"
#include "money.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <QSet>

namespace FactorDesk {

// What the checks need to know about one debtor, loaded by set queries.
struct DebtorCreditState
{
    qint64 id = 0;
    QString code;
    QString status = QStringLiteral("active"); // active, blocked, insolvent
    Money creditLimit;                         // zero: no limit
    QDate limitExpiry;                         // invalid: no expiry
    Currency limitCurrency; // the limit's (and sub-limit's) currency; none: the lines'
    // The figures below are in the schedule's currency only (never summed across currencies).
    Money exposure;       // open factored receivables of the debtor, all clients, plus the
                          // lines of approved schedules not yet funded (refused lines not)
    Money openBalance;    // the part of `exposure` bought and open
    Money overdue90;      // the part of `openBalance` more than 90 days past due
    Money subLimit;       // this client's sub-limit on the debtor (zero: none)
    Money clientExposure; // the same as `exposure`, of this client only
};

// A decided order approval that an invoice's approval code may match.
struct ApprovalState
{
    qint64 id = 0;
    QString code;
    qint64 clientId = 0;
    qint64 debtorId = 0;
    QString status; // approved, partial (others never match)
    Money approvedAmount;
    QDate expiry;     // invalid: none
    QDate shipFrom;   // invalid: open
    QDate shipTo;     // invalid: open
    Money usedAmount; // invoice amounts already matched to it (other schedules)
};

// An invoice's debtor, date and amount: the second kind of duplicate.
struct DebtorDateAmount
{
    qint64 debtorId = 0;
    qint64 day = 0; // QDate::toJulianDay()
    qint64 amount = 0;
    friend bool operator==(const DebtorDateAmount &, const DebtorDateAmount &) = default;
};
inline size_t qHash(const DebtorDateAmount &k, size_t seed = 0)
{
    return qHashMulti(seed, k.debtorId, k.day, k.amount);
}

// Which approved, unfunded schedules count towards exposure and funds employed: all of them
// (approvedAt empty: checking a schedule before it is approved), or those approved before a
// schedule that is being funded (approvedAt, scheduleId: its approval), which were counted
// when it was approved; the later ones counted it in turn.
struct CountApproved
{
    QString approvedAt;
    qint64 scheduleId = 0;
};

// An invoice line already in the books that a line being checked may duplicate, and where it
// is. Of two schedules with the same debtor, date and amount, the earlier one (the lower
// schedule id) stands and only the later is the possible duplicate, unless the later one was
// bought already (then it is the one in the books). An invoice number is held by one live
// line at most, and that line always stands.
struct BookedInvoice
{
    qint64 scheduleId = 0;
    bool bought = false; // open, paid, charged back ... (not pending)

    // Whether this booked line counts against a line of schedule `scheduleId` (0: a schedule
    // not stored yet, which comes after everything stored).
    bool standsBefore(qint64 checkedScheduleId) const
    {
        return bought || checkedScheduleId == 0 || scheduleId < checkedScheduleId;
    }
    // Of two booked lines with the same key, the one that counts against more schedules.
    static BookedInvoice stronger(BookedInvoice a, BookedInvoice b)
    {
        if (a.bought != b.bought)
            return a.bought ? a : b;
        return a.scheduleId <= b.scheduleId ? a : b;
    }
};

// Everything the checks of one schedule read from the books, gathered before they run (by
// EligibilityRepository) so that evaluating is pure and fast (and testable without a
// database). Amounts are in the client's currency.
struct EligibilityInputs
{
    qint64 clientId = 0;
    qint64 scheduleId = 0; // the schedule checked; 0: not stored yet (it comes last)
    QDate scheduleDate;
    QDate limitDate; // the day credit limits must be in force (invalid: scheduleDate)
    Agreement agreement;
    QHash<qint64, DebtorCreditState> debtors; // by debtor id
    QHash<QString, ApprovalState> approvals;  // by approval code (as typed)
    // This client's live invoice lines in the books (not rejected, not refused), by
    // InvoiceNumber::key (invoices.live_key), and every client's live lines by debtor, date and
    // amount (the strongest per key: BookedInvoice::stronger).
    QHash<QString, BookedInvoice> existingInvoiceNos;
    QHash<DebtorDateAmount, BookedInvoice> existingDebtorDateAmount;
    // Open receivables of the client plus its approved, unfunded lines, all debtors / per
    // debtor (in the schedule's currency).
    Money clientReceivables;
    QHash<qint64, Money> clientReceivablesByDebtor;
    // The client's funds employed before this schedule: the journal's, plus the rise that its
    // approved, unfunded schedules will bring when they are funded.
    Money fundsEmployed;
};

// The checks of docs/domain.md §4.2, each with a code, a severity and the figures of its reason
// (CheckResult; checkText() writes the sentence when shown), and the
// eligible amount of each line. Lines are checked in order; earlier lines of the same schedule
// count towards the debtor's exposure, the concentration and the facility, except lines
// refused outright (ScheduleLine::isRefused), which are not bought. Ineligible checks reduce
// the eligible amount by their `amount` (the whole face, or only the excess for credit limit,
// sub-limit, concentration and facility). A limit in another currency than the lines' is no
// limit for them. The facility caps funds employed: what buying the line adds to them
// (advance + commission) must fit. Overridden lines stay eligible in full.
class Eligibility
{
public:
    // Pure: fills checks and eligible of every line.
    static void evaluate(const EligibilityInputs &inputs, QList<ScheduleLine> &lines);
};

} // namespace FactorDesk
