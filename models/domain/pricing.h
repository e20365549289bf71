#pragma once

#include "agreement.h"
#include "schedule.h"

#include <QDate>
#include <QList>

namespace FactorDesk {

// The purchase split of one line (docs/domain.md §3): the three parts add up to the face exactly.
struct LineSplit
{
    Money advance;
    Money commission;
    Money reserve;
    friend bool operator==(const LineSplit &, const LineSplit &) = default;
};

// Prices a schedule (docs/domain.md §3, §6): exact integer arithmetic, each product rounded once,
// half to even. Per line: commission = round(face × commission rate) on the full face; advance =
// round(eligible × advance rate) (0 under the collection arrangement); reserve = face − advance −
// commission. Totals are sums of the lines. Charges (per schedule, per invoice, per transfer when
// money moves) are deducted from the net payment; what the advance cannot carry comes out of the
// reserve.
class Pricing
{
public:
    // `face` and `eligible` in one currency; the split is in it too.
    static LineSplit split(Money face, Money eligible, const Agreement &agreement);
    // Fills advance/commission/reserve of every line.
    static void priceLines(QList<ScheduleLine> &lines, const Agreement &agreement);
    // Sums the lines and derives charges, net payment, maturity and payment dates.
    static ScheduleTotals totals(const QList<ScheduleLine> &lines, const Agreement &agreement,
                                 QDate fundingDate);
    // Average due date weighted by amount, rounded half-even to a whole day (invalid: no lines).
    static QDate averageDueDate(const QList<ScheduleLine> &lines);
    // What the purchase entry credits to the client's reserve account: the reserve less the
    // charges the advance could not carry; under the maturity arrangement also the net payment,
    // which is owed to the client until the maturity date.
    static Money reserveCredit(const ScheduleTotals &totals, Arrangement arrangement);
    // advance rate × eligible receivables − funds employed + over-advance line.
    static qint64 availability(const Agreement &agreement, qint64 eligibleReceivables,
                               qint64 fundsEmployed);
    // The client's availability after a purchase that adds `eligibleAdded` to its eligible
    // receivables and `fundsEmployedAdded` to its funds employed.
    static Availability availabilityAfter(const Availability &before, const Agreement &agreement,
                                          Money eligibleAdded, Money fundsEmployedAdded);
    // By how much a purchase of `lines` advancing `advanced` goes beyond the client's
    // availability (docs/domain.md §6; the over-advance line is in `before` and `after`, the
    // availability before and after it). It goes beyond when the availability after it is
    // negative where the purchase's own effect is what it advances compared with what its
    // lines add to advance rate × eligible (each line's round(eligible × rate), as the split
    // rounds it): the commission it earns adds to funds employed but is not advanced, so a
    // purchase at the agreement's rate on a client within its availability never goes beyond
    // it. When it does, it is over by how far `after` is below zero (commission included).
    // Zero when nothing is advanced.
    static Money overAvailability(const Availability &before, const Availability &after,
                                  const Agreement &agreement, const QList<ScheduleLine> &lines,
                                  Money advanced);
    // The eligible part of `face` that keeps round(eligible × rate) within `headroom` advance.
    static qint64 eligibleWithinAdvance(qint64 eligible, qint64 headroom, Rate advanceRate);
};

} // namespace FactorDesk
