#pragma once

#include "agreement.h"
#include "checkresult.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// The value types of a schedule of accounts (docs/domain.md §4.1–4.3): its header, its invoice
// lines with the result of every eligibility check and the purchase split, and its totals. Shared
// by the import, the checks, the pricing, the service and the views; no behaviour beyond small
// helpers. Amounts are Money in the schedule's currency.

enum class ScheduleStatus { Draft, Submitted, Approved, Funded, Rejected };
QString scheduleStatusName(ScheduleStatus status);  // "draft"
QString scheduleStatusTitle(ScheduleStatus status); // translated
// Throws Error(Validation) for anything but draft|submitted|approved|funded|rejected.
ScheduleStatus parseScheduleStatus(const QString &text);

// The largest face value of one invoice line: 1,000,000,000 units of its currency
// (1,000,000,000.00 EUR, ¥1,000,000,000). The import refuses a line above it, so that no sum
// of a schedule's lines comes near the 64-bit range (nine million such lines would be needed);
// every sum is still checked (Money's arithmetic throws Error(Overflow)).
inline constexpr qint64 kMaxInvoiceUnits = 1'000'000'000;
Money maxInvoiceAmount(Currency currency);

// One invoice line: as parsed (lineNo, sourceLine, raw fields resolved), as checked (checks,
// eligible) and as priced (advance, commission, reserve: they add up to amount exactly).
struct ScheduleLine
{
    qint64 id = 0;      // invoices.id once stored
    int lineNo = 0;     // 1-based position in the schedule
    int sourceLine = 0; // line number in the CSV file (0: entered by hand)
    QString invoiceNo;
    qint64 debtorId = 0;
    QString debtorCode;
    QString debtorName;
    QDate invoiceDate;
    QDate dueDate;
    Money amount; // face value, in `currency`
    QString currency;
    QString approvalCode;
    qint64 orderApprovalId = 0; // set when the approval code matched
    QString po;
    QString status = QStringLiteral("pending"); // invoices.status

    QList<CheckResult> checks;
    Money eligible;
    Money advance;
    Money commission;
    Money reserve;
    Money openBalance;

    QString overrideReason; // non-empty: a manager made the line eligible in full
    QString overrideBy;     // user name
    QString overrideAt;     // time stamp

    bool isOverridden() const { return !overrideReason.isEmpty(); }
    Money ineligible() const { return amount - eligible; }
    bool hasIneligibleCheck() const;
    bool hasCheck(const QString &code) const;
    // A check no override can lift (CheckCode::isOverridable): the line is refused outright.
    bool isRefused() const;
};

// Sums of the lines and what follows from them for this funding.
struct ScheduleTotals
{
    int count = 0;
    Money face;
    Money eligible;
    Money ineligible;
    Money advance;
    Money commission;
    Money reserve;
    Money charges;    // per-schedule + per-invoice (+ per-transfer when money moves)
    Money netPayment; // paid to the client: advance − charges (never below 0)
    // Charges that exceed the advance are taken from the reserve (collection arrangement):
    Money chargesFromReserve;
    QDate maturityDate; // amount-weighted average due date (set for every schedule)
    QDate paymentDate;  // when netPayment is due: funding date, or maturityDate (maturity)
};

// Availability of the client (docs/domain.md §6) before and after this schedule is funded.
// Amounts in the client's currency.
struct Availability
{
    Money eligibleReceivables;
    Money fundsEmployed;
    Money overAdvanceLimit;
    Money facilityLimit;
    Money available; // advance rate × eligible receivables − funds employed + over-advance
};

struct Schedule
{
    qint64 id = 0;
    QString number;
    qint64 clientId = 0;
    QString clientCode;
    QString clientName;
    QDate date;
    ScheduleStatus status = ScheduleStatus::Draft;
    QString currency;
    QString sourceFile;
    qint64 agreementId = 0;
    Agreement agreement; // the terms in force on `date` (id 0 when none)
    ScheduleTotals totals;
    QString createdBy;
    QString createdAt;
    QString approvedBy;
    QString approvedAt;
    QString rejectedBy;
    QString rejectedAt;
    QString rejectedReason;
    QString fundedBy;
    QString fundedAt;
    QDate fundingDate;
    qint64 journalEntryId = 0;
    QList<ScheduleLine> lines; // empty in lists
};

// Which schedules a list shows.
struct ScheduleFilter
{
    qint64 clientId = 0;
    QString clientCode;
    QString status; // empty: all
    QDate from;
    QDate to;
    int limit = -1;
};

} // namespace FactorDesk
