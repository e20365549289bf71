#include "interestcalc.h"

#include "error.h"
#include "posting.h"

#include <QCoreApplication>

namespace FactorDesk {

ExactInterest ExactInterest::ofDay(Money balance, Rate annualRate, DayCount basis)
{
    ExactInterest e;
    e.m_currency = balance.currency();
    if (balance.isPositive() && annualRate.ppm() > 0)
        e.m_units = static_cast<__int128>(balance.minor()) * annualRate.ppm() *
                    (26280 / static_cast<int>(basis));
    return e;
}

ExactInterest &ExactInterest::operator+=(const ExactInterest &other)
{
    if (m_currency.isNone())
        m_currency = other.m_currency;
    else if (!other.m_currency.isNone() && other.m_currency != m_currency)
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate("FactorDesk::Money",
                                                "Interest in %1 cannot be added to interest in %2.")
                        .arg(other.m_currency.code(), m_currency.code()));
    m_units += other.m_units;
    return *this;
}

ExactInterest ExactInterest::times(qint64 days) const
{
    ExactInterest r = *this;
    r.m_units *= days;
    return r;
}

Money ExactInterest::rounded(Rounding rounding) const
{
    return Money::fromMinor(divideRounded(m_units, Denominator, rounding), m_currency);
}

QString ExactInterest::toExactString() const
{
    // Six decimals beyond the minor unit: units / (Denominator / 10^6) = minor × 10^6.
    const qint64 micro = divideRounded(m_units, Denominator / 1000000, Rounding::HalfEven);
    const int decimals = (m_currency.isNone() ? 2 : m_currency.decimals()) + 6;
    return Money::plain(micro, decimals);
}

Rate baseRateOn(const QList<BaseRatePoint> &points, QDate day)
{
    QDate best;
    Rate rate;
    for (const BaseRatePoint &p : points) {
        if (p.from <= day && (!best.isValid() || p.from > best)) {
            best = p.from;
            rate = p.rate;
        }
    }
    return rate;
}

InterestWorking interestWorking(const QList<InterestDayInput> &days)
{
    InterestWorking w;
    for (const InterestDayInput &in : days) {
        InterestDay d;
        d.date = in.date;
        d.balance = in.balance;
        d.baseRate = in.baseRate;
        d.margin = in.margin;
        d.rate = in.baseRate + in.margin;
        d.basis = in.basis;
        d.amount = ExactInterest::ofDay(in.balance, d.rate, in.basis);
        w.exactTotal += d.amount;
        w.days.append(d);
    }
    w.total = w.exactTotal.rounded(Rounding::HalfEven);
    return w;
}

JournalEntry interestPosting(QDate date, qint64 clientId, Money interest, const QString &month)
{
    PostingBuilder b(
        date, interest.currency(), QStringLiteral("interest"),
        QCoreApplication::translate("FactorDesk::Interest", "Interest for %1").arg(month));
    b.forClient(clientId);
    b.debit(Accounts::clientReserves(), interest, {}, PostingTags{clientId, 0, 0});
    b.credit(Accounts::interestIncome(), interest, {}, PostingTags{clientId, 0, 0});
    return b.build();
}

} // namespace FactorDesk
