#pragma once

#include "schedule.h"
#include "scheduleimport.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <functional>

namespace FactorDesk {

class Database;

struct ScheduleImportOptions
{
    QDate date;           // schedule date; invalid: today()
    QString number;       // empty: next "S-000001" from the "schedule" sequence
    bool skipBad = false; // keep only the good lines when some are bad
    bool submit = true;   // store as submitted (else draft)
    QString sourceFile;   // kept with the schedule (file name)
};

// A manager's decision to make an ineligible line eligible in full.
struct LineOverride
{
    QString invoiceNo;
    QString reason; // required, kept with the line
};

// The result of a preview or an import.
struct ScheduleImportResult
{
    Schedule schedule;         // id 0 when nothing was stored (preview)
    QList<ImportError> errors; // bad lines (skipped with skipBad)
    int inputCount = 0;
    Availability before;
    Availability after;
};

struct FundingResult
{
    qint64 scheduleId = 0;
    QString number;
    ScheduleTotals totals;
    qint64 journalEntryId = 0;
    qint64 clientPaymentId = 0;           // 0 when nothing is paid now (collection)
    QList<qint64> newlyNotifiedDebtorIds; // notices of assignment to print
};

struct ScheduleFilter
{
    qint64 clientId = 0;
    QString clientCode;
    QString status; // empty: all
    QDate from;
    QDate to;
    int limit = -1;
};

// Schedules of accounts from import to funding (DOMAIN §4.1–4.3, §7). Every act checks the
// session, validates, and writes in one Transaction with an audit record; funding posts the
// purchase entry through JournalService. Nothing is half-done when anything throws.
//
// Numbers: "S-" and six digits from the "schedule" sequence unless given; unique across all
// clients.
class ScheduleService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ScheduleService)
public:
    explicit ScheduleService(Database &db)
        : m_db(db)
    {}

    // Checks and prices without storing anything (the wizard's preview). Clerks and managers.
    // Lines with errors are returned in `errors` and left out of the schedule.
    ScheduleImportResult preview(const Session &who, qint64 clientId,
                                 const QList<ScheduleInputLine> &input, QDate date) const;
    ScheduleImportResult previewFile(const Session &who, qint64 clientId, const QString &path,
                                     QDate date) const;

    // Parses, checks, prices and stores a schedule (submitted by default) with its lines.
    // Clerks and managers. When a line is bad and !skipBad, throws Error(Validation) listing
    // the errors and stores nothing; a file with no good line is refused too.
    ScheduleImportResult importFile(const Session &who, qint64 clientId, const QString &path,
                                    const ScheduleImportOptions &options);
    ScheduleImportResult importLines(const Session &who, qint64 clientId,
                                     const QList<ScheduleInputLine> &input,
                                     const ScheduleImportOptions &options);

    // Re-runs the checks and pricing of a draft or submitted schedule against the books as
    // they are now (overrides kept). Clerks and managers.
    Schedule recheck(const Session &who, qint64 scheduleId);

    // Approves a draft or submitted schedule (managers): re-checks it, applies the overrides
    // (each needs a reason; the line becomes eligible in full; duplicates of an invoice
    // number cannot be overridden), re-prices, stores override_reason/by/at.
    Schedule approve(const Session &who, qint64 scheduleId,
                     const QList<LineOverride> &overrides = {});
    // Rejects a draft, submitted or approved schedule (managers) with a reason.
    Schedule reject(const Session &who, qint64 scheduleId, const QString &reason);
    // Funds an approved schedule on `date` (managers), in one transaction: schedule funded,
    // invoices open (open_balance = face), the purchase entry (Dr 1100 per invoice tagged
    // client+debtor+invoice; Cr 1000 net payment; Cr 4000 commission; Cr 4000 charges;
    // Cr 2100 reserve (maturity: net payment too, as it is paid later); all lines tagged with
    // the client), the client_payments row, and assignment notices for debtors new to a
    // notified client.
    FundingResult fund(const Session &who, qint64 scheduleId, QDate date = {});
    // The purchase wizard's Post (managers): imports the lines, approves them with the
    // overrides and funds the schedule on `date`, all in one transaction, so a refusal at any
    // step leaves no schedule behind.
    FundingResult purchase(const Session &who, qint64 clientId,
                           const QList<ScheduleInputLine> &input,
                           const ScheduleImportOptions &options,
                           const QList<LineOverride> &overrides, QDate date);

    // Reads (any signed-in user). Throw Error(NotFound).
    Schedule schedule(qint64 scheduleId, bool withLines = true) const;
    Schedule findByNumber(const QString &number, bool withLines = true) const;
    QList<Schedule> list(const ScheduleFilter &filter = {}) const;
    // The client's availability as of `date` (before any pending schedule).
    Availability availability(qint64 clientId, QDate date) const;
    // Debtors that got a notice of assignment with this schedule.
    QList<qint64> noticesOf(qint64 scheduleId) const;

    // Test hook for crash-safety tests: called at named points of fund() ("fund-after-journal",
    // "fund-before-commit"). The environment variable FACTORDESK_CRASH_AT=<point> aborts the
    // process there as well.
    static void setTestHook(std::function<void(const char *point)> hook);

private:
    Database &m_db;
};

} // namespace FactorDesk
