#pragma once

#include "daycount.h"
#include "interestcalc.h"
#include "journal.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// The charges of docs/domain.md §10 that the end-of-day run adds to discount fees and
// interest, from values only (no SQL): penalty interest after the recourse date, the minimum
// monthly fee's top-up and per-item charges. Each posts Dr client reserves / Cr charges income
// (§7), tagged with the client (and the invoice where there is one).

// The last day an invoice due on `due` may stay unpaid: due + recourse days. The penalty runs
// from the day after it.
QDate recourseDate(QDate due, int recourseDays);
// Whether the penalty accrues on `day` for an invoice due on `due`: only after its recourse date.
bool penaltyAccrues(QDate due, int recourseDays, QDate day);

// What one day's penalty of one invoice is computed from, and the exact amount.
struct PenaltyDay
{
    QDate date;
    Money openAmount; // the invoice's open amount at the end of the day
    Rate rate;        // the agreement's penalty rate, a year
    DayCount basis = DayCount::Act360;
    ExactInterest amount; // openAmount × rate ÷ basis, exact
};
PenaltyDay penaltyDay(QDate date, Money openAmount, Rate rate, DayCount basis);

// One invoice's penalty over a period: the days, summed exactly and rounded once.
struct InvoicePenalty
{
    qint64 invoiceId = 0;
    QString invoiceNo;
    QDate recourseDate;
    QList<PenaltyDay> days;
    ExactInterest exactTotal;
    Money total; // exactTotal rounded once, half to even
    qint64 postedEntryId = 0;
};
// Sums `days` (any order) into `penalty`; total is rounded once.
void sumPenalty(InvoicePenalty &penalty);

// One amount to post on an invoice (0: none).
struct InvoiceCharge
{
    qint64 invoiceId = 0;
    Money amount;
    QString memo;
};

// The penalty entry (kind "penalty") for `month` ("2026-03"): Dr client reserves, Cr charges
// income, the total of the invoices' penalties (each already rounded once), both lines tagged
// with the client, like interest: the invoices' share is the working (ChargesService::
// penaltyMonth, from the accrual runs), not a journal line each, so a month's end writes two
// lines per client and not one per overdue invoice. Zero amounts are left out; throws
// Error(Validation) when nothing remains.
JournalEntry penaltyPosting(QDate date, qint64 clientId, Currency currency,
                            const QList<InvoiceCharge> &penalties, const QString &month);

// The minimum monthly fee's working: the minimum, what discount fees and interest charged in
// the month came to, and the top-up (the minimum less both, never below 0).
struct MinimumFeeWorking
{
    Money minimum;
    Money discountFees;
    Money interest;
    Money topUp;
};
MinimumFeeWorking minimumFeeTopUp(Money minimum, Money discountFees, Money interest);
// The top-up entry (kind "minimum_fee"): Dr client reserves / Cr charges income, tagged client.
JournalEntry minimumFeePosting(QDate date, qint64 clientId, const MinimumFeeWorking &w,
                               const QString &month);

// The per-item charges entry (kind "charge"): one debit on client reserves per item (its memo
// says what was charged), Cr charges income the total; every line tagged with the client.
JournalEntry chargePosting(QDate date, qint64 clientId, Currency currency,
                           const QList<InvoiceCharge> &items, const QString &memo);

} // namespace FactorDesk
