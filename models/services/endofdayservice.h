#pragma once

#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace FactorDesk {

class Database;

// What the end-of-day run did on one business day.
struct EndOfDayResult
{
    QDate day;
    int accruals = 0;        // clients whose interest was accrued
    int feeEntries = 0;      // discount_fee entries posted
    Money fees;              // their total
    int interestEntries = 0; // interest entries posted (a month's last day)
    Money interest;
    int limitsExpired = 0;
    int approvalsExpired = 0;
    int chargedBack = 0;     // invoices charged back past their recourse period (with recourse)
    int creditLosses = 0;    // insolvent debtors' credit-protected invoices written off
    int penaltyAccruals = 0; // invoices past their recourse date whose penalty was accrued
    int penaltyEntries = 0;  // penalty entries posted (a month's last day)
    Money penalties;
    int minimumFeeEntries = 0; // minimum-fee top-ups posted (a month's last day)
    Money minimumFees;
    int chargeEntries = 0; // per-credit-decision charge entries posted (a month's last day)
    Money charges;
    int refundEntries = 0; // discount fees refunded on reversed receipts
    Money refunds;

    // "2026-03-31: interest accrued for 2 clients; …" — translated, one line.
    QString summary() const;
};

// Called after each day is committed with that day's result, its index and the number of days
// to run. Returning false stops the run there: every day before is kept, none is half done.
using EndOfDayProgress = std::function<bool(const EndOfDayResult &day, int index, int count)>;

// The end-of-day run of docs/domain.md §11 (a manager's act): each business day from the books'
// business date up to a target date, in order, one transaction per day, each day's steps
// (steps()) in order. A day done is recorded (eod_runs) and never run again, so re-running
// changes nothing; after a day the business date is the next day. Every calendar day is a
// business day: interest accrues on each.
class EndOfDayService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::EndOfDayService)
public:
    // The steps of one day, in the order they run (DOMAIN §11: accrual, then recourse and
    // credit losses, then the expiries, then a month's end).
    enum class Step {
        PostDiscountFees,   // on the day's collections: Dr 2100 / Cr 4100, one entry per client
        RefundReversedFees, // the fees charged on collections a receipt reversal undid
        AccrueInterest,     // each client's funds employed at the end of the day (not the journal)
        ChargeBackOverdue,  // with recourse: invoices unpaid past due date + recourse days
        PostCreditLosses,   // without recourse: insolvent debtors' credit-protected invoices
        AccruePenalties,    // open invoices past their recourse date, after the day's chargebacks
        ExpireLimitsAndApprovals, // limits and order approvals whose last valid day was yesterday
        PostMonthInterest, // a month's last day: the month's accruals rounded once, Dr 2100 / Cr
                           // 4200
        PostMonthCharges,  // a month's last day: penalties, per-credit-decision charges, then the
                           // minimum-fee top-up over the month's fees and interest (Dr 2100 /
                           // Cr 4300)
    };
    static QList<Step> steps();

    explicit EndOfDayService(Database &db)
        : m_db(db)
    {}

    // Runs each day not yet run from the business date up to `to` inclusive (invalid: the
    // calendar date). Returns what each day did; empty when every day is done already. Throws
    // Error(Permission) unless a manager; an error in a day rolls that day back and stops.
    QList<EndOfDayResult> run(const Session &who, QDate to, const EndOfDayProgress &progress = {});
    // The last day run; invalid when none.
    QDate lastRun() const;

    // The interest one client has accrued up to `upTo` and not posted yet (interest_accruals),
    // summed exactly and rounded once (DOMAIN §10: when a statement or a reserve release is
    // cut), posted as one interest entry dated `upTo` and marked posted; the month-end posting
    // then takes only the days after. Inside the caller's transaction; the caller checks who
    // may act. Returns the entry id and the amount: 0 and zero when nothing was to post.
    QPair<qint64, Money> postAccruedInterest(const Session &who, qint64 clientId, QDate upTo);

private:
    EndOfDayResult runDay(const Session &who, QDate day);
    void postDiscountFees(const Session &who, QDate day, EndOfDayResult &r);
    void accrueInterest(QDate day, EndOfDayResult &r);
    void expire(const Session &who, QDate day, EndOfDayResult &r);
    void postMonthInterest(const Session &who, QDate day, EndOfDayResult &r);
    void postMonthCharges(const Session &who, QDate day, EndOfDayResult &r);

    Database &m_db;
};

} // namespace FactorDesk
