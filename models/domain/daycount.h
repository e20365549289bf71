#pragma once

#include "money.h"

#include <QDate>

namespace FactorDesk {

// Day-count conventions for interest (docs/domain.md §2, §3): actual days over a 360- or 365-day
// year.
enum class DayCount { Act360 = 360, Act365 = 365 };

// Days from `from` to `to` (exclusive of `from`, inclusive of `to`); 0 when to <= from.
qint64 actualDays(QDate from, QDate to);

// Exact interest: principal × rate × days / basis, rounded once.
// Seed 004: 60,000.00 at 10 % for 30 days ACT/360 is 500.00.
Money simpleInterest(Money principal, Rate annualRate, qint64 days, DayCount basis,
                     Rounding rounding = Rounding::HalfEven);

// Accumulates daily interest exactly (no rounding per day) and rounds only when asked:
// docs/domain.md §3 accrues each day and rounds when posted.
class InterestAccumulator
{
public:
    explicit InterestAccumulator(DayCount basis)
        : m_basis(basis)
    {}
    // One day's accrual on `balance` at `annualRate`.
    void addDay(Money balance, Rate annualRate);
    void addDays(Money balance, Rate annualRate, qint64 days);
    // The rounded total so far.
    Money total(Rounding rounding = Rounding::HalfEven) const;

private:
    DayCount m_basis;
    __int128 m_numerator = 0; // minor units × ppm
    Currency m_currency;
};

} // namespace FactorDesk
