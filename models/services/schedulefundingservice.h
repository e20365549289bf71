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
    QList<FundingProblem> overridden;     // what no longer fitted and was bought by override
};

// What undoing a purchase did (ScheduleFundingService::unfund).
struct UnfundResult
{
    qint64 scheduleId = 0;
    QString number;
    qint64 purchaseEntryId = 0;
    qint64 reversalEntryId = 0;
    bool paymentCancelled = false; // a payment due to the client was cancelled
};

// What a manager decides with the act of funding itself.
struct FundingOptions
{
    // Funding that takes the client beyond its availability (advance rate × eligible
    // receivables − funds employed + over-advance line, docs/domain.md §6; see
    // Pricing::overAvailability) is refused unless a manager overrides it with this reason;
    // the reason is kept in the audit record.
    QString availabilityOverrideReason;
};

// What funding a schedule on a date would pay and do to the client's availability.
struct FundingPreview
{
    ScheduleTotals totals;
    Availability before;
    Availability after;
    // By how much the funding goes beyond the availability (Pricing::overAvailability): zero
    // for a purchase at the agreement's advance rate on a client within its availability,
    // although `after` is lower by the commission it earns.
    Money overAvailability;
};

// The purchase of an approved schedule (docs/domain.md §4.3, §7): the invoices become the factor's,
// the purchase entry is built by purchasePosting() and stored by JournalService, the payment
// due to the client is recorded, and debtors new to a notified client get a notice of
// assignment. All in one Transaction with an audit record; nothing is half-done when anything
// throws.
//
// Funding checks the schedule again inside its transaction against the books as they are at
// that moment (ScheduleApprovalService::fundingProblems: duplicates, credit limits and their
// expiry, sub-limits, concentration, facility), and requires the verifications the agreement
// asks for (InvoiceVerificationService). What no longer fits is not bought: fund() refuses
// with Error(Conflict, field "override") listing it, unless the manager's FundingOverride
// gives a reason (kept in the audit record); a duplicate invoice number is never overridden.
class ScheduleFundingService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ScheduleFundingService)
public:
    explicit ScheduleFundingService(Database &db)
        : m_db(db)
    {}

    // Funds an approved schedule on `date` (invalid: today; managers). Throws
    // Error(Conflict, field "override") for lines that no longer fit and `override` does not
    // cover, and Error(Conflict, field "availability") when the funding goes beyond the
    // client's availability (FundingPreview::overAvailability) and `options` carry no reason.
    FundingResult fund(const Session &who, qint64 scheduleId, QDate date = {},
                       const FundingOverride &override = {}, const FundingOptions &options = {});
    // What fund() would pay on `date` and the availability before and after (managers, clerks).
    FundingPreview preview(const Session &who, qint64 scheduleId, QDate date = {}) const;
    // Undoes the purchase of a funded schedule (managers), a business act: posts the reversal
    // of its purchase entry on `date` (invalid: today; not before the funding date), returns
    // its invoices to pending with no open balance and the schedule to approved, cancels the
    // payment due to the client and removes the notices of assignment the funding created, in
    // one transaction with an audit record. Refused (Conflict) once anything was posted on
    // its invoices besides the purchase (a collection, a chargeback) or the payment was sent.
    UnfundResult unfund(const Session &who, qint64 scheduleId, const QString &reason,
                        QDate date = {});
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
    FundingPreview previewOf(const Schedule &s, const QList<ScheduleLine> &lines,
                             const JournalEntry &posting, const ScheduleTotals &totals,
                             QDate date) const;
    Database &m_db;
};

} // namespace FactorDesk
