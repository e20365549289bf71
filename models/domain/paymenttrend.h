#pragma once

#include "money.h"

#include <QDate>
#include <optional>

namespace FactorDesk {

// Days to pay and dilution of a debtor (docs/domain.md §9), as pure arithmetic on amounts in
// minor units of one currency: no SQL, no floating point, each figure rounded once.
//
// Days to pay: the amount-weighted mean of (payment date − invoice date) over what was paid in
// a window, in tenths of a day (rounded half to even). Dilution: (credit notes + deductions
// charged back) ÷ purchases over the same window, as an exact Rate (ppm, rounded half to even).
// This is the one place the rule is computed.
//
// A trend compares the last window with the one before it. It is Rising only past a margin
// (kDaysRisingMargin, kDilutionRisingMargin), so that one late cheque does not send a debtor to
// the analyst's queue, and Unknown when either window has nothing to compare.
namespace PaymentTrend {

// The windows: the last 90 days up to and including the business date, and the 90 before.
constexpr int kWindowDays = 90;
// Days to pay rises when the last window's figure is at least 5.0 days above the previous one.
constexpr qint64 kDaysRisingMargin = 50; // tenths of a day
// Dilution rises when the last window's rate is at least one percentage point above.
constexpr qint64 kDilutionRisingMargin = 10000; // ppm

enum class Trend { Unknown, Falling, Steady, Rising };

// The first and last day of window 0 (the last 90 days) or 1 (the 90 days before).
QDate windowStart(QDate asOf, int window);
QDate windowEnd(QDate asOf, int window);
// 0 or 1 for a payment date inside the windows, -1 outside.
int windowOf(QDate asOf, QDate date);

// What was bought, paid, credited and charged back as a deduction in one window.
class Window
{
public:
    // A payment (or a part of one) of `amount` minor units, `days` after the invoice date.
    // Payments before the invoice date count as paid on it (0 days).
    void addPayment(qint64 amount, qint64 days);
    void addCreditNote(qint64 amount) { m_credited += amount; }
    // A dispute (deduction) charged back to the client.
    void addDeductionChargedBack(qint64 amount) { m_deducted += amount; }
    // The face amount of invoices bought (net of purchases undone).
    void addPurchase(qint64 amount) { m_purchased += amount; }

    qint64 collected() const { return m_collected; }
    qint64 credited() const { return m_credited; }
    qint64 deductionsChargedBack() const { return m_deducted; }
    qint64 purchased() const { return m_purchased; }
    // Tenths of a day; nullopt when nothing was collected.
    std::optional<qint64> daysToPayTenths() const;
    // (credited + deductions charged back) ÷ purchased; nullopt when nothing was bought.
    std::optional<Rate> dilution() const;

private:
    qint64 m_collected = 0;
    __int128 m_weightedDays = 0; // Σ amount × days
    qint64 m_credited = 0;
    qint64 m_deducted = 0;
    qint64 m_purchased = 0;
};

Trend daysTrend(const std::optional<qint64> &last, const std::optional<qint64> &previous);
Trend dilutionTrend(const std::optional<Rate> &last, const std::optional<Rate> &previous);

// "12.5" for 125 tenths (plain, for CSV and JSON); empty for nullopt.
QString daysText(const std::optional<qint64> &tenths);
// "rising", "falling", "steady", "" (plain names for CSV and JSON).
QString trendName(Trend t);
// Translated: "rising", ...
QString trendTitle(Trend t);

} // namespace PaymentTrend

} // namespace FactorDesk
