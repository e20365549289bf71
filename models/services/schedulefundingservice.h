#pragma once

#include "journal.h"
#include "purchaserules.h"
#include "schedule.h"
#include "scheduleimportservice.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <functional>

namespace FactorDesk {

class Database;

struct FundingResult
{
    qint64 scheduleId = 0;
    QString number;
    ScheduleTotals totals;
    qint64 journalEntryId = 0;
    qint64 clientPaymentId = 0;           // 0 when nothing is paid now (collection)
    QList<qint64> newlyNotifiedDebtorIds; // notices of assignment to print
};

// What a manager decides with the act of funding itself.
struct FundingOptions
{
    // Funding that takes the client beyond its availability (advance rate × eligible
    // receivables − funds employed + over-advance line, docs/domain.md §6) is refused unless a
    // manager overrides it with this reason; the reason is kept in the audit record.
    QString availabilityOverrideReason;
};

// What funding a schedule on a date would pay and do to the client's availability.
struct FundingPreview
{
    ScheduleTotals totals;
    Availability before;
    Availability after;
    // By how much `after` is below zero when the schedule advances money (zero when the
    // funding stays within availability or advances nothing).
    Money overAvailability;
};

// The purchase of an approved schedule (docs/domain.md §4.3, §7): the invoices become the factor's,
// the purchase entry is built by purchasePosting() and stored by JournalService, the payment
// due to the client is recorded, and debtors new to a notified client get a notice of
// assignment. All in one Transaction with an audit record; nothing is half-done when anything
// throws.
class ScheduleFundingService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ScheduleFundingService)
public:
    explicit ScheduleFundingService(Database &db)
        : m_db(db)
    {}

    // Funds an approved schedule on `date` (invalid: today; managers). Throws
    // Error(Conflict, field "availability") when the funding would take the client beyond its
    // availability and options carry no override reason.
    FundingResult fund(const Session &who, qint64 scheduleId, QDate date = {},
                       const FundingOptions &options = {});
    // What fund() would pay on `date` and the availability before and after (managers, clerks).
    FundingPreview preview(const Session &who, qint64 scheduleId, QDate date = {}) const;
    // The purchase wizard's Post (managers): imports the lines, approves them with the
    // overrides and funds the schedule on `date`, all in one transaction, so a refusal at any
    // step leaves no schedule behind.
    FundingResult purchase(const Session &who, qint64 clientId,
                           const QList<ScheduleInputLine> &input,
                           const ScheduleImportOptions &options,
                           const QList<LineOverride> &overrides, QDate date,
                           const FundingOptions &funding = {});

    // Test hook for crash-safety tests: called at named points of fund() ("fund-after-journal",
    // "fund-before-commit"). The environment variable FACTORDESK_CRASH_AT=<point> aborts the
    // process there as well.
    static void setTestHook(std::function<void(const char *point)> hook);

private:
    FundingPreview previewOf(const Schedule &s, const JournalEntry &posting,
                             const ScheduleTotals &totals, QDate date) const;
    Database &m_db;
};

} // namespace FactorDesk
