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
