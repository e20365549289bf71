#pragma once

#include "eligibility.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QList>

namespace FactorDesk {

// A manager's decision to make an ineligible line eligible in full.
struct LineOverride
{
    QString invoiceNo;
    QString reason; // required, kept with the line
};

// The steps from checked inputs to the lines a purchase buys, shared by the preview, the
// re-check and the approval so that what a manager is shown is what approving posts. Pure.
class PurchaseRules
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::PurchaseRules)
public:
    // Checks the lines (Eligibility::evaluate), prices them (Pricing::priceLines) and marks
    // the lines refused outright (ScheduleLine::isRefused) "rejected" with nothing eligible;
    // the others "pending".
    static void checkAndPrice(const EligibilityInputs &inputs, QList<ScheduleLine> &lines);

    // Applies `overrides` (by invoice number) to lines already checked: each needs a written
    // reason, names a line of the schedule that has an ineligible check, not twice, and no
    // refused line. Sets the reason, `by` and `at` on the lines, then checks and prices all
    // lines again. Returns the indices of the overridden lines. Throws Error(Validation) or
    // Error(Conflict) naming the invoice and stores nothing on failure (lines unchanged).
    static QList<qsizetype> applyOverrides(const EligibilityInputs &inputs,
                                           QList<ScheduleLine> &lines,
                                           const QList<LineOverride> &overrides,
                                           const QString &scheduleNumber, const QString &by,
                                           const QString &at);

    // The lines a purchase buys (all but the refused ones).
    static QList<ScheduleLine> purchasable(const QList<ScheduleLine> &lines);
    // The totals of what `lines` buys on `date` (Pricing::totals of purchasable()).
    static ScheduleTotals totals(const QList<ScheduleLine> &lines, const Agreement &agreement,
                                 QDate date);
};

} // namespace FactorDesk
