#pragma once

#include "monthendcharges.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

class Database;

// What one posting step of the end-of-day run did: entries posted and their total.
struct PostedCharges
{
    int entries = 0;
    Money total;
};

// A client's penalties of a month, invoice by invoice, day by day.
struct PenaltyMonth
{
    QString client;
    QString month; // "2026-03"
    QList<InvoicePenalty> invoices;
    Money total; // sum of the invoices' totals, each rounded once
};

// A client's minimum-fee working of a month, once the month-end has run.
struct MinimumFeeMonth
{
    QString month;
    MinimumFeeWorking working;
    qint64 entryId = 0; // the top-up entry; 0: none was due
};

// The charges the end-of-day run makes besides discount fees and interest (docs/domain.md
// §10, §11): penalty interest after the recourse date (accrued per invoice per day, kept in
// penalty_runs as runs of days with what each day is computed from, so a day writes only
// where an invoice's penalty starts, changes or stops), and at a month's end the penalties,
// the minimum-fee top-up and the charges per credit decision, each posted Dr client reserves /
// Cr charges income and recorded so that it is charged once whatever reruns; plus the refund
// of discount fees charged on collections a receipt reversal undid. The writes run inside the
// caller's transaction (EndOfDayService's day).
class ChargesService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ChargesService)
public:
    explicit ChargesService(Database &db)
        : m_db(db)
    {}

    // Accrues one day's penalty on every open invoice past its recourse date whose agreement
    // (in force on `day`) has a penalty rate, on its open amount at the end of the day (after
    // the day's chargebacks and credit losses). Returns the number of invoices accrued.
    int accruePenalties(QDate day);
    // A month's last day: the month's penalty accruals not yet posted, per invoice summed
    // exactly and rounded once, one "penalty" entry per client dated `day`.
    PostedCharges postPenalties(const Session &who, QDate day);
    // A month's last day: for each client whose agreement in force has a minimum fee, the
    // top-up of the minimum over the discount fees and interest charged in the month (net of
    // refunds), one "minimum_fee" entry each; the working is kept even when no top-up is due.
    PostedCharges postMinimumFees(const Session &who, QDate day);
    // A month's last day: the charge per credit decision of the agreement in force on the
    // decision date, for each credit-limit decision (approved, partial, declined) of the month
    // on a debtor of the client (a per-client request: that client; a debtor-wide one: each
    // client selling to the debtor), one "charge" entry per client.
    PostedCharges postCreditDecisionCharges(const Session &who, QDate day);
    // The discount fees charged on collection lines that receipt reversals dated on or before
    // `day` undid, each refunded once: the whole fee entry reversed when every line it
    // charged was undone, otherwise a "discount_fee" entry Dr discount fee income / Cr client
    // reserves for those lines. Returns the entries posted.
    PostedCharges refundReversedFees(const Session &who, QDate day);

    // The working of a client's penalties for `month` ("YYYY-MM"). Throws Error(Validation)
    // for a bad month, Error(NotFound) for an unknown client.
    PenaltyMonth penaltyMonth(const QString &clientCode, const QString &month) const;
    // The client's penalty accrued on or before `asOf` and not posted by an entry dated on or
    // before it: per invoice and month summed exactly and rounded once, as the month-end posts
    // it (docs/domain.md §12: part of what is accrued and not posted, held from a release).
    Money penaltyAccrued(qint64 clientId, Currency currency, QDate asOf) const;
    // The minimum-fee working of a month; nullopt before its month-end ran or without a minimum.
    std::optional<MinimumFeeMonth> minimumFee(qint64 clientId, const QString &month) const;

private:
    Money zero() const;
    Database &m_db;
};

} // namespace FactorDesk
