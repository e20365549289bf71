#include "purchaserules.h"

#include "error.h"
#include "pricing.h"

#include <QSet>

namespace FactorDesk {

void PurchaseRules::checkAndPrice(const EligibilityInputs &inputs, QList<ScheduleLine> &lines)
{
    Eligibility::evaluate(inputs, lines);
    Pricing::priceLines(lines, inputs.agreement);
    for (ScheduleLine &l : lines) {
        if (l.isRefused()) {
            l.status = QStringLiteral("rejected");
            const Money zero = Money::fromMinor(0, l.amount.currency());
            l.eligible = l.advance = l.commission = l.reserve = zero;
        } else {
            l.status = QStringLiteral("pending");
        }
    }
}

QList<qsizetype> PurchaseRules::applyOverrides(const EligibilityInputs &inputs,
                                               QList<ScheduleLine> &lines,
                                               const QList<LineOverride> &overrides,
                                               const QString &scheduleNumber, const QString &by,
                                               const QString &at)
{
    QList<ScheduleLine> out = lines;
    QSet<QString> seen;
    QList<qsizetype> overridden;
    for (const LineOverride &o : overrides) {
        const QString no = o.invoiceNo.trimmed();
        const QString reason = o.reason.trimmed();
        if (reason.isEmpty())
            throw Error(Error::Kind::Validation,
                        tr("reason: the override of invoice %1 needs a written reason.").arg(no),
                        QStringLiteral("reason"));
        if (seen.contains(no))
            throw Error(Error::Kind::Validation, tr("Invoice %1 is overridden twice.").arg(no),
                        QStringLiteral("override"));
        seen.insert(no);
        bool found = false;
        for (qsizetype i = 0; i < out.size(); ++i) {
            ScheduleLine &l = out[i];
            if (l.invoiceNo != no)
                continue;
            found = true;
            if (l.isRefused())
                throw Error(Error::Kind::Conflict,
                            tr("Invoice %1 (line %2) is a duplicate invoice number; an invoice is "
                               "bought only once and no override can change that.")
                                .arg(no)
                                .arg(l.lineNo),
                            QStringLiteral("override"));
            if (!l.hasIneligibleCheck())
                throw Error(Error::Kind::Validation,
                            tr("Invoice %1 (line %2) is eligible in full; there is nothing to "
                               "override.")
                                .arg(no)
                                .arg(l.lineNo),
                            QStringLiteral("override"));
            l.overrideReason = reason;
            l.overrideBy = by;
            l.overrideAt = at;
            overridden << i;
        }
        if (!found)
            throw Error(Error::Kind::Validation,
                        tr("override: schedule %1 has no invoice %2.").arg(scheduleNumber, no),
                        QStringLiteral("override"));
    }
    if (!overridden.isEmpty())
        checkAndPrice(inputs, out);
    lines = out;
    return overridden;
}

bool PurchaseRules::isRecheckedAtFunding(const QString &code)
{
    return code == CheckCode::duplicateInFile() || code == CheckCode::duplicateInvoiceNo() ||
           code == CheckCode::duplicateDebtorDateAmount() || code == CheckCode::debtorNoLimit() ||
           code == CheckCode::overCreditLimit() || code == CheckCode::overSubLimit() ||
           code == CheckCode::concentration() || code == CheckCode::overFacility();
}

QList<FundingProblem> PurchaseRules::fundingProblems(const QList<ScheduleLine> &approved,
                                                     const QList<ScheduleLine> &now)
{
    QHash<int, const ScheduleLine *> byLine;
    for (const ScheduleLine &l : approved)
        byLine.insert(l.lineNo, &l);
    QList<FundingProblem> out;
    for (const ScheduleLine &l : now) {
        const ScheduleLine *before = byLine.value(l.lineNo);
        if (!before)
            continue;
        for (const CheckResult &c : l.checks) {
            if (c.severity != CheckSeverity::Ineligible || !isRecheckedAtFunding(c.code))
                continue;
            bool had = false;
            Money cutBefore = Money::fromMinor(0, c.amount.currency());
            for (const CheckResult &b : before->checks) {
                if (b.code == c.code && b.severity == CheckSeverity::Ineligible) {
                    had = true;
                    cutBefore = std::max(cutBefore, b.amount.withCurrency(c.amount.currency()));
                }
            }
            if (had && c.amount <= cutBefore)
                continue;
            FundingProblem p;
            p.lineNo = l.lineNo;
            p.invoiceNo = l.invoiceNo;
            p.check = c;
            if (had)
                p.check.amount = c.amount - cutBefore;
            p.overridable = CheckCode::isOverridable(c.code);
            out.append(p);
        }
    }
    return out;
}

QList<FundingProblem> PurchaseRules::notOverridden(const QList<FundingProblem> &problems,
                                                   const FundingOverride &override)
{
    if (override.isEmpty())
        return problems;
    if (override.reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("reason: funding lines that no longer fit needs a written reason."),
                    QStringLiteral("reason"));
    QSet<QString> named;
    for (const QString &no : override.invoiceNos)
        named.insert(no.trimmed());
    QSet<QString> withProblem;
    for (const FundingProblem &p : problems)
        withProblem.insert(p.invoiceNo);
    for (const QString &no : std::as_const(named))
        if (!withProblem.contains(no))
            throw Error(Error::Kind::Validation,
                        tr("override: invoice %1 has nothing that stops its funding.").arg(no),
                        QStringLiteral("override"));
    QList<FundingProblem> out;
    for (const FundingProblem &p : problems)
        if (!p.overridable || (!named.isEmpty() && !named.contains(p.invoiceNo)))
            out.append(p);
    return out;
}

QList<ScheduleLine> PurchaseRules::purchasable(const QList<ScheduleLine> &lines)
{
    QList<ScheduleLine> out;
    out.reserve(lines.size());
    for (const ScheduleLine &l : lines)
        if (l.status != QLatin1String("rejected"))
            out.append(l);
    return out;
}

ScheduleTotals PurchaseRules::totals(const QList<ScheduleLine> &lines, const Agreement &agreement,
                                     QDate date)
{
    return Pricing::totals(purchasable(lines), agreement, date);
}

} // namespace FactorDesk
