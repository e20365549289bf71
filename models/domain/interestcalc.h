#pragma once

#include "daycount.h"
#include "journal.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// Interest on funds employed, day by day (docs/domain.md §3, §10), from values only (no SQL).
// Each day's amount is kept exact: balance × rate ÷ basis is a whole number of
// `ExactInterest::Denominator`-ths of a minor unit for both 360 and 365 (the denominator is
// a multiple of both), so days of either basis add up without rounding. Rounding happens once,
// in ExactInterest::rounded(), when the total is posted.

// A sum of daily interest in units of 1/Denominator of a minor unit.
class ExactInterest
{
public:
    // ppm × 26280 (= lcm(360, 365)): any balance × ppm × days / basis is a whole number of these.
    static constexpr qint64 Denominator = Rate::Scale * 26280;

    ExactInterest() = default;
    // One day's interest: balance × annualRate ÷ basis.
    static ExactInterest ofDay(Money balance, Rate annualRate, DayCount basis);
    ExactInterest &operator+=(const ExactInterest &other);
    // The same amount on each of `days` days (days >= 0).
    ExactInterest times(qint64 days) const;
    friend bool operator==(const ExactInterest &, const ExactInterest &) = default;

    Currency currency() const { return m_currency; }
    // Rounded once to the minor unit (half to even unless told).
    Money rounded(Rounding rounding = Rounding::HalfEven) const;
    // The unrounded amount, for display only, with six decimals more than the currency has
    // (rounded half to even there): 60,000.00 at 10 % for one day of ACT/360 is "16.66666667".
    QString toExactString() const;

private:
    __int128 m_units = 0;
    Currency m_currency;
};

// An effective-dated base rate: `rate` from `from` until the next point's date.
struct BaseRatePoint
{
    QDate from;
    Rate rate;
};
// The rate in force on `day` (the last point from on or before it); 0 before the first one.
// `points` need not be sorted.
Rate baseRateOn(const QList<BaseRatePoint> &points, QDate day);

// What one day's interest is computed from.
struct InterestDayInput
{
    QDate date;
    Money balance; // funds employed at the end of the day
    Rate baseRate;
    Rate margin;
    DayCount basis = DayCount::Act360;
};

// One line of the working: the inputs, the rate and the exact daily amount.
struct InterestDay
{
    QDate date;
    Money balance;
    Rate baseRate;
    Rate margin;
    Rate rate; // base + margin
    DayCount basis = DayCount::Act360;
    ExactInterest
        amount; // 0 on a day whose balance is not positive: no interest is charged on a credit
};

struct InterestWorking
{
    QList<InterestDay> days;
    ExactInterest exactTotal;
    Money total; // exactTotal rounded once, half to even
};

// The working over the given days (in the order given).
InterestWorking interestWorking(const QList<InterestDayInput> &days);

// The inputs for each day from `from` to `to` inclusive, given the balance at the end of each
// day (balanceOn(day)), the base-rate table, the margin and the basis.
template <typename BalanceOn>
QList<InterestDayInput> interestInputs(QDate from, QDate to, BalanceOn balanceOn,
                                       const QList<BaseRatePoint> &baseRates, Rate margin,
                                       DayCount basis)
{
    QList<InterestDayInput> out;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        out.append({d, balanceOn(d), baseRateOn(baseRates, d), margin, basis});
    return out;
}

// The interest entry of docs/domain.md §7 (kind "interest"): Dr client reserves / Cr interest
// income, both tagged with the client, for the interest of `month` ("2026-03") rounded once.
JournalEntry interestPosting(QDate date, qint64 clientId, Money interest, const QString &month);

} // namespace FactorDesk
