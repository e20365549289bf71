#include "reserve.h"

#include "posting.h"

namespace FactorDesk {

Money ReserveFigures::releasable() const
{
    const Money r = balance - held - accrued() - disputes;
    return r.isNegative() ? Money::fromMinor(0, r.currency()) : r;
}

Money ReserveFigures::shortfall() const
{
    return balance.isNegative() ? -balance : Money::fromMinor(0, balance.currency());
}

Money heldReserve(const QList<HeldInvoice> &invoices, Currency currency)
{
    Money sum = Money::fromMinor(0, currency);
    __int128 exact = 0;
    for (const HeldInvoice &i : invoices) {
        sum += i.open; // the currency check: every invoice in one currency
        const qint64 kept = std::max<qint64>(0, Rate::Scale - i.advanceRate.ppm());
        exact += __int128(i.open.minor()) * kept;
    }
    return Money::fromMinor(divideRounded(exact, Rate::Scale, Rounding::HalfEven), sum.currency());
}

JournalEntry reserveReleasePosting(QDate date, qint64 clientId, Money amount, const QString &memo)
{
    PostingBuilder b(date, amount.currency(), QStringLiteral("reserve_release"),
                     memo.isEmpty()
                         ? QCoreApplication::translate("FactorDesk::Reserve", "Reserve release")
                         : memo);
    b.forClient(clientId);
    b.debit(Accounts::clientReserves(), amount, {}, PostingTags{clientId, 0, 0});
    b.credit(Accounts::paymentsDue(), amount, {}, PostingTags{clientId, 0, 0});
    return b.build();
}

} // namespace FactorDesk
