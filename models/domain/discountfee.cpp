#include "discountfee.h"

#include "posting.h"

#include <QCoreApplication>
#include <algorithm>

namespace FactorDesk {

int daysOutstanding(QDate purchased, QDate collected, int clearanceDays, bool purchaseDayCounts)
{
    if (!purchased.isValid() || !collected.isValid())
        return 0;
    const qint64 days =
        purchased.daysTo(collected) + (purchaseDayCounts ? 1 : 0) + std::max(clearanceDays, 0);
    return int(std::max<qint64>(days, 0));
}

Rate discountRate(const QList<DiscountTier> &tiers, int days, int *furtherPeriods)
{
    int periods = 0;
    qint64 ppm = 0;
    if (!tiers.isEmpty()) {
        ppm = tiers.first().rate.ppm();
        qint64 remaining = qint64(std::max(days, 0)) - tiers.first().days;
        qsizetype next = tiers.size() > 1 ? 1 : 0;
        while (remaining > 0) {
            const DiscountTier &tier = tiers[next];
            if (tier.days <= 0)
                break; // parseTiers refuses such a tier; never loop on one
            if (next == tiers.size() - 1) {
                const qint64 n = (remaining + tier.days - 1) / tier.days;
                ppm += n * tier.rate.ppm();
                periods += int(n);
                break;
            }
            ppm += tier.rate.ppm();
            remaining -= tier.days;
            ++periods;
            ++next;
        }
    }
    if (furtherPeriods)
        *furtherPeriods = periods;
    return Rate::fromPpm(ppm);
}

QString DiscountFeeWorking::tierText() const
{
    if (tiers.isEmpty())
        return QCoreApplication::translate("FactorDesk::DiscountFee", "no discount fee");
    QString text =
        QCoreApplication::translate("FactorDesk::DiscountFee", "%1 % for the first %2 days")
            .arg(tiers.first().rate.toPercentString())
            .arg(tiers.first().days);
    if (furtherPeriods > 0) {
        const DiscountTier &step = tiers.size() > 1 ? tiers.last() : tiers.first();
        text += QCoreApplication::translate("FactorDesk::DiscountFee",
                                            " + %1 × %2 % per further %3 days")
                    .arg(furtherPeriods)
                    .arg(step.rate.toPercentString())
                    .arg(step.days);
    }
    return text;
}

DiscountFeeWorking discountFee(const QList<DiscountTier> &tiers, Money amount, QDate purchased,
                               QDate collected, int clearanceDays, bool purchaseDayCounts)
{
    DiscountFeeWorking w;
    w.amount = amount;
    w.purchased = purchased;
    w.collected = collected;
    w.clearanceDays = clearanceDays;
    w.purchaseDayCounts = purchaseDayCounts;
    w.tiers = tiers;
    w.days = daysOutstanding(purchased, collected, clearanceDays, purchaseDayCounts);
    w.rate = discountRate(tiers, w.days, &w.furtherPeriods);
    w.fee = amount.applyRate(w.rate, Rounding::HalfEven);
    return w;
}

DiscountFeeWorking discountFee(const Agreement &terms, Money amount, QDate purchased,
                               QDate collected)
{
    return discountFee(terms.discountTiers, amount, purchased, collected, terms.clearanceDays,
                       terms.purchaseDayCounts);
}

JournalEntry discountFeePosting(QDate date, qint64 clientId, Currency currency,
                                const QList<InvoiceFee> &fees)
{
    PostingBuilder b(
        date, currency, QStringLiteral("discount_fee"),
        QCoreApplication::translate("FactorDesk::DiscountFee", "Discount fees on collections of %1")
            .arg(date.toString(Qt::ISODate)));
    b.forClient(clientId);
    Money total = Money::fromMinor(0, currency);
    for (const InvoiceFee &f : fees) {
        b.debit(Accounts::clientReserves(), f.fee, {}, PostingTags{clientId, 0, f.invoiceId});
        total += f.fee;
    }
    b.credit(Accounts::discountFeeIncome(), total, {}, PostingTags{clientId, 0, 0});
    return b.build();
}

} // namespace FactorDesk
