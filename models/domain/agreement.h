#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// One tier of the discount fee schedule: `rate` for the first `days` (the first tier), then
// `rate` for each further `days` or part of them (the following tiers, the last repeating).
// "30:1.5,10:0.5" reads "1.5 % for the first 30 days, then 0.5 % per further 10 days or part".
struct DiscountTier
{
    int days = 0;
    Rate rate;
    friend bool operator==(const DiscountTier &, const DiscountTier &) = default;
};

enum class Arrangement { Advance, Collection, Maturity };
QString arrangementName(Arrangement a);  // "advance"
QString arrangementTitle(Arrangement a); // translated
// Throws Error(Validation) naming the field for anything but advance|collection|maturity.
Arrangement parseArrangement(const QString &text);

// One version of a client's factoring agreement (docs/domain.md §2), in force from `effectiveFrom`
// until the next version's date. Amounts are Money in the client's currency: AgreementService
// gives the versions it reads that currency and refuses to store an amount in any other.
struct Agreement
{
    qint64 id = 0;
    qint64 clientId = 0;
    QDate effectiveFrom;
    Arrangement arrangement = Arrangement::Advance;
    bool recourse = true;
    bool notification = true;
    Rate advanceRate;
    Rate commissionRate;
    QList<DiscountTier> discountTiers;
    Rate interestMargin;
    QString baseRate; // the base rate's name (BaseRateService) the margin is added to; "": none
    int dayCount = 360; // 360 or 365
    Money minimumFee;   // per month
    int recourseDays = 90;
    Money facilityLimit; // 0: no facility set
    Money overAdvanceLimit;
    Rate concentrationLimit = Rate::fromPpm(1000000); // 100 %: no limit
    Rate crossAgingLimit = Rate::fromPpm(1000000);
    bool purchaseDayCounts = true;
    int clearanceDays = 0;
    Money chargePerInvoice;
    Money chargePerSchedule;
    Money chargePerTransfer;
    Money chargePerCreditDecision;
    Rate penaltyRate;
    Money verificationThreshold; // 0: no verification rule
    int maxInvoiceAgeDays = 0;   // 0: no age limit
    QString note;
    QString createdBy; // user name
    QString createdAt;

    // "30:1.5,10:0.5" <-> tiers. parseTiers throws Error(Validation) naming the field.
    static QList<DiscountTier> parseTiers(const QString &text);
    static QString tiersToString(const QList<DiscountTier> &tiers);
    // The discount fee on `face` for an invoice outstanding `days` days, rounded once.
    Money discountFee(Money face, int days) const;
};

} // namespace FactorDesk
