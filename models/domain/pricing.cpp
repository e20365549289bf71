#include "pricing.h"

#include <algorithm>

namespace FactorDesk {

namespace {

qint64 applyPpm(qint64 amount, qint64 ppm)
{
    return divideRounded(__int128(amount) * ppm, Rate::Scale, Rounding::HalfEven);
}

} // namespace

LineSplit Pricing::split(Money face, Money eligible, const Agreement &agreement)
{
    const Money zero = Money::fromMinor(0, face.currency());
    LineSplit s{zero, zero, zero};
    s.commission = face.applyRate(agreement.commissionRate);
    if (agreement.arrangement != Arrangement::Collection)
        s.advance = std::clamp(eligible, zero, face).applyRate(agreement.advanceRate);
    s.reserve = face - s.advance - s.commission;
    if (s.reserve.isNegative()) {
        // Only when advance + commission rates make 100 % and both round up on a tie: the
        // advance gives way, so the three parts still add up to the face.
        s.advance += s.reserve;
        s.reserve = zero;
    }
    return s;
}

void Pricing::priceLines(QList<ScheduleLine> &lines, const Agreement &agreement)
{
    for (ScheduleLine &l : lines) {
        const LineSplit s = split(l.amount, l.eligible, agreement);
        l.advance = s.advance;
        l.commission = s.commission;
        l.reserve = s.reserve;
    }
}

QDate Pricing::averageDueDate(const QList<ScheduleLine> &lines)
{
    __int128 weighted = 0;
    __int128 total = 0;
    for (const ScheduleLine &l : lines) {
        weighted += __int128(l.amount.minor()) * l.dueDate.toJulianDay();
        total += l.amount.minor();
    }
    if (total <= 0)
        return {};
    return QDate::fromJulianDay(divideRounded(weighted, total, Rounding::HalfEven));
}

ScheduleTotals Pricing::totals(const QList<ScheduleLine> &lines, const Agreement &agreement,
                               QDate fundingDate)
{
    // The sums start in the lines' currency so that an empty sum still has one; Money's
    // checked addition throws Error(Overflow) rather than wrap.
    const Currency currency = lines.isEmpty() ? Currency() : lines.first().amount.currency();
    const Money zero = Money::fromMinor(0, currency);
    const auto money = [currency](qint64 minor) { return Money::fromMinor(minor, currency); };
    ScheduleTotals t;
    t.face = t.eligible = t.advance = t.commission = t.reserve = zero;
    t.charges = t.netPayment = t.chargesFromReserve = zero;
    t.count = int(lines.size());
    for (const ScheduleLine &l : lines) {
        t.face += l.amount;
        t.eligible += l.eligible;
        t.advance += l.advance;
        t.commission += l.commission;
        t.reserve += l.reserve;
    }
    t.ineligible = t.face - t.eligible;
    if (t.count > 0) {
        t.charges = money(agreement.chargePerSchedule.minor()) +
                    money(agreement.chargePerInvoice.minor()).times(t.count);
        if (t.advance.isPositive())
            t.charges += money(agreement.chargePerTransfer.minor());
    }
    const Money fromAdvance = std::min(t.charges, t.advance);
    t.netPayment = t.advance - fromAdvance;
    t.chargesFromReserve = t.charges - fromAdvance;
    t.maturityDate = averageDueDate(lines);
    t.paymentDate = agreement.arrangement == Arrangement::Maturity ? t.maturityDate : fundingDate;
    return t;
}

Money Pricing::reserveCredit(const ScheduleTotals &t, Arrangement arrangement)
{
    Money credit = t.reserve - t.chargesFromReserve;
    if (arrangement == Arrangement::Maturity)
        credit += t.netPayment;
    return credit;
}

qint64 Pricing::availability(const Agreement &agreement, qint64 eligibleReceivables,
                             qint64 fundsEmployed)
{
    const qint64 base = agreement.arrangement == Arrangement::Collection
                            ? 0
                            : applyPpm(eligibleReceivables, agreement.advanceRate.ppm());
    return base - fundsEmployed + agreement.overAdvanceLimit.minor();
}

Availability Pricing::availabilityAfter(const Availability &before, const Agreement &agreement,
                                        Money eligibleAdded, Money fundsEmployedAdded)
{
    Availability after = before;
    after.eligibleReceivables += eligibleAdded;
    after.fundsEmployed += fundsEmployedAdded;
    after.available = Money::fromMinor(
        availability(agreement, after.eligibleReceivables.minor(), after.fundsEmployed.minor()),
        after.fundsEmployed.currency());
    return after;
}

Money Pricing::overAvailability(const Availability &before, const Availability &after,
                                const Agreement &agreement, const QList<ScheduleLine> &lines,
                                Money advanced)
{
    const Currency currency = advanced.currency();
    if (!advanced.isPositive())
        return Money::fromMinor(0, currency);
    qint64 base = 0;
    if (agreement.arrangement != Arrangement::Collection)
        for (const ScheduleLine &l : lines)
            base += applyPpm(l.eligible.minor(), agreement.advanceRate.ppm());
    const qint64 beyond = before.available.minor() + base - advanced.minor();
    if (beyond >= 0)
        return Money::fromMinor(0, currency);
    return Money::fromMinor(std::max(-beyond, -after.available.minor()), currency);
}

qint64 Pricing::eligibleWithinAdvance(qint64 eligible, qint64 headroom, Rate advanceRate)
{
    const qint64 ppm = advanceRate.ppm();
    if (ppm <= 0 || applyPpm(eligible, ppm) <= headroom)
        return eligible;
    if (headroom <= 0)
        return 0;
    // Largest e with round(e × rate) <= headroom: e × rate <= headroom + 1/2 bounds it from
    // above; a tie rounded up may cost one step down.
    qint64 e = std::min<qint64>(
        eligible, qint64(((__int128(headroom) * 2 + 1) * Rate::Scale) / (__int128(ppm) * 2)));
    while (e > 0 && applyPpm(e, ppm) > headroom)
        --e;
    while (e < eligible && applyPpm(e + 1, ppm) <= headroom)
        ++e;
    return e;
}

} // namespace FactorDesk
