#include "daycount.h"

#include "error.h"

namespace FactorDesk {

qint64 actualDays(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    return from.daysTo(to);
}

Money simpleInterest(Money principal, Rate annualRate, qint64 days, DayCount basis,
                     Rounding rounding)
{
    const __int128 num = static_cast<__int128>(principal.minor()) * annualRate.ppm() * days;
    const __int128 den = static_cast<__int128>(Rate::Scale) * static_cast<int>(basis);
    return Money::fromMinor(divideRounded(num, den, rounding), principal.currency());
}

void InterestAccumulator::addDay(Money balance, Rate annualRate)
{
    addDays(balance, annualRate, 1);
}

void InterestAccumulator::addDays(Money balance, Rate annualRate, qint64 days)
{
    if (m_currency.isNone())
        m_currency = balance.currency();
    else if (!balance.currency().isNone() && balance.currency() != m_currency)
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate("FactorDesk::Money",
                                                "Interest in %1 cannot be added to interest in %2.")
                        .arg(balance.currency().code(), m_currency.code()));
    m_numerator += static_cast<__int128>(balance.minor()) * annualRate.ppm() * days;
}

Money InterestAccumulator::total(Rounding rounding) const
{
    const __int128 den = static_cast<__int128>(Rate::Scale) * static_cast<int>(m_basis);
    return Money::fromMinor(divideRounded(m_numerator, den, rounding), m_currency);
}

} // namespace FactorDesk
