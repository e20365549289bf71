#pragma once

#include "agreement.h"
#include "journal.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// The discount fee of docs/domain.md §10, computed from values only (no SQL): the days an
// amount was outstanding and the tiered rate for them, with every figure of the working kept so
// that a client's query can be answered from the screen.

// Days from the purchase date to the collection's value date plus the clearance days. With
// `purchaseDayCounts` the purchase day is day 1 (bought 2026-03-02, collected 2026-03-31: day
// 30). Never below 0.
int daysOutstanding(QDate purchased, QDate collected, int clearanceDays, bool purchaseDayCounts);

// The rate for `days` outstanding: the first tier's rate for its first days (charged even on
// day 0: it is the minimum period), each middle tier once, and the last tier once per further
// period of its days or part of one. `furtherPeriods` receives how many later periods were
// charged. Rate 0 when there are no tiers.
Rate discountRate(const QList<DiscountTier> &tiers, int days, int *furtherPeriods = nullptr);

// The working of one fee: what it was charged on, the dates, the days, the tier and the fee.
struct DiscountFeeWorking
{
    Money amount; // the collected (or charged-back) amount the fee is charged on
    QDate purchased;
    QDate collected; // the receipt's value date
    int clearanceDays = 0;
    bool purchaseDayCounts = true;
    int days = 0; // days outstanding, clearance days included
    QList<DiscountTier> tiers;
    int furtherPeriods = 0; // periods charged after the first tier
    Rate rate;              // the total rate for `days`
    Money fee;              // amount × rate, rounded once (half to even)

    // "1.5 % for the first 30 days + 2 × 0.5 % per further 10 days": translated.
    QString tierText() const;
};

// The fee on `amount` collected on `collected` for an invoice bought on `purchased`.
DiscountFeeWorking discountFee(const QList<DiscountTier> &tiers, Money amount, QDate purchased,
                               QDate collected, int clearanceDays, bool purchaseDayCounts);
// The same with the agreement's tiers, clearance days and purchase-day rule.
DiscountFeeWorking discountFee(const Agreement &terms, Money amount, QDate purchased,
                               QDate collected);

// One fee to post: the invoice it is charged on and the fee.
struct InvoiceFee
{
    qint64 invoiceId = 0;
    Money fee;
};

// The discount fee entry of docs/domain.md §7 for one client's collections of a day (kind
// "discount_fee"): Dr client reserves per invoice (tagged client and invoice), Cr discount fee
// income the total (tagged client). Zero fees are left out; throws Error(Validation) when
// nothing remains.
JournalEntry discountFeePosting(QDate date, qint64 clientId, Currency currency,
                                const QList<InvoiceFee> &fees);

} // namespace FactorDesk
