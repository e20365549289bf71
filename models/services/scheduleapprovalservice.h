#pragma once

#include "error.h"
#include "journal.h"
#include "purchaserules.h"
#include "schedule.h"
#include "scheduleimport.h"
#include "session.h"

#include <QCoreApplication>
#include <QList>

namespace FactorDesk {

class Database;

// A schedule as read from its input, before any check: the header (client, date, terms in
// force, currency) and the good lines (ScheduleImportService::draft).
struct ScheduleDraft
{
    Schedule schedule;
    QList<ImportError> errors; // bad lines, left out of the schedule
    int inputCount = 0;
};

// What buying a schedule would do: its lines checked and priced (overrides applied), the
// totals, the purchase entry it would post and the client's availability before and after.
struct SchedulePreview
{
    Schedule schedule;         // id 0 when nothing was stored
    QList<ImportError> errors; // bad lines (skipped with skipBad)
    int inputCount = 0;
    Availability before;
    Availability after;
    JournalEntry posting;   // the purchase entry on the schedule date (no lines: nothing to buy)
    Money overAvailability; // Pricing::overAvailability: funding needs a manager's reason
};

// The checks and the approval of schedules of accounts (docs/domain.md §4.2): a preview of what
// approving would buy, re-checking a stored schedule against the books as they are now,
// approving with a manager's overrides, rejecting. The preview and the approval share every
// step (PurchaseRules), so the preview is exactly what approving and funding post. Each act
// checks the session and writes in one Transaction with an audit record.
class ScheduleApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ScheduleApprovalService)
public:
    explicit ScheduleApprovalService(Database &db)
        : m_db(db)
    {}

    // Checks and prices `draft`'s lines against the books, applies `overrides` as approving
    // would, and stores nothing. Clerks and managers; overrides only managers. Throws
    // Error(Validation/Conflict) for an override approving would refuse.
    SchedulePreview preview(const Session &who, const ScheduleDraft &draft,
                            const QList<LineOverride> &overrides = {}) const;

    // Re-runs the checks and pricing of a draft or submitted schedule against the books as
    // they are now (overrides kept). Clerks and managers.
    Schedule recheck(const Session &who, qint64 scheduleId);
    // Approves a draft or submitted schedule (managers): re-checks it, applies the overrides
    // (PurchaseRules::applyOverrides), re-prices, stores override_reason/by/at.
    Schedule approve(const Session &who, qint64 scheduleId,
                     const QList<LineOverride> &overrides = {});
    // Rejects a draft, submitted or approved schedule (managers) with a reason.
    Schedule reject(const Session &who, qint64 scheduleId, const QString &reason);

    // The one sentence a user sees when another user's change to the same schedule kept an
    // act from finishing even after it was run again.
    static QString concurrentChange();
    // Error(Busy) for a guarded status change that found the status changed.
    static Error changedMeanwhile();
    // What no longer fits when approved schedule `schedule` is funded on `date`: its lines
    // checked again against the books as they are now (funded invoices and the schedules
    // approved before it; the limits in force on `date`), compared with the checks it was
    // approved with (PurchaseRules::fundingProblems). Stores nothing; the funding service
    // calls it inside its transaction.
    QList<FundingProblem> fundingProblems(const Schedule &schedule, QDate date) const;

private:
    // Locks the schedule's row for the rest of the transaction (ScheduleRepository::lock).
    void lockSchedule(qint64 scheduleId);
    // `booksAsOf`: the journal's funds employed as of that day (invalid: the schedule date or
    // today, whichever is later).
    EligibilityInputs inputsFor(const Schedule &schedule, qint64 excludeScheduleId,
                                const CountApproved &count = {}, QDate booksAsOf = {}) const;
    Database &m_db;
};

} // namespace FactorDesk
