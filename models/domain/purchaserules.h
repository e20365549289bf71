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

// A check on a line that no longer fits when the schedule is funded: the books as they are at
// funding give it (or give it for more) than they gave when the schedule was approved, or a
// verification that was required and is not recorded.
struct FundingProblem
{
    int lineNo = 0;
    QString invoiceNo;
    CheckResult check;       // as the books give it now (amount: the part that no longer fits)
    bool overridable = true; // a duplicate invoice number is never bought twice
};

// A manager's decision to fund lines that no longer fit (FundingProblem): the invoices named
// (empty: every line that no longer fits), with the written reason kept with them.
struct FundingOverride
{
    QString reason;
    QStringList invoiceNos;
    bool isEmpty() const { return reason.trimmed().isEmpty() && invoiceNos.isEmpty(); }
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

    // The checks run again when a schedule is funded (CheckCode: the duplicates, the credit
    // limit and its expiry, the sub-limit, the concentration and the facility).
    static bool isRecheckedAtFunding(const QString &code);
    // What no longer fits: `approved` are the purchasable lines as approved (their checks as
    // stored), `now` the same lines checked again against the books at funding with no
    // override. A check of isRecheckedAtFunding() that is new on a line, or cuts more than it
    // did, is a problem. Pure.
    static QList<FundingProblem> fundingProblems(const QList<ScheduleLine> &approved,
                                                 const QList<ScheduleLine> &now);
    // The problems `override` does not cover: refusals always, the others unless the override
    // has a reason and names the invoice (or names none). Throws Error(Validation) for an
    // override with no reason or naming an invoice with no problem.
    static QList<FundingProblem> notOverridden(const QList<FundingProblem> &problems,
                                               const FundingOverride &override);

    // The lines a purchase buys (all but the refused ones).
    static QList<ScheduleLine> purchasable(const QList<ScheduleLine> &lines);
    // The totals of what `lines` buys on `date` (Pricing::totals of purchasable()).
    static ScheduleTotals totals(const QList<ScheduleLine> &lines, const Agreement &agreement,
                                 QDate date);
};

} // namespace FactorDesk
