#include "eligibility.h"

#include "clock.h"
#include "invoicenumber.h"
#include "money.h"
#include "pricing.h"

#include <algorithm>

namespace FactorDesk {

namespace {

qint64 applyPpm(qint64 amount, qint64 ppm)
{
    return divideRounded(__int128(amount) * ppm, Rate::Scale, Rounding::HalfEven);
}

// A running sum of minor units, checked as Money's arithmetic is (throws Error(Overflow)).
qint64 plus(qint64 a, qint64 b)
{
    return (Money::fromMinor(a) + Money::fromMinor(b)).minor();
}

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("0");
    return Rate::fromPpm(divideRounded(__int128(part) * Rate::Scale, whole)).toPercentString();
}

// Collects the checks of one line: amounts in its currency, the figures as canonical text.
class LineChecks
{
public:
    explicit LineChecks(ScheduleLine &line)
        : m_line(line)
        , m_currency(line.currency)
    {}
    Money money(qint64 minor) const { return Money::fromMinor(minor, m_currency); }
    QString plain(qint64 minor) const { return Money::plain(minor, m_currency.decimals()); }
    void add(const QString &code, CheckSeverity severity, qint64 amount,
             QMap<QString, QString> params)
    {
        m_line.checks.append({code, severity, money(amount), std::move(params), {}});
    }
    // The whole face is ineligible.
    void ineligible(const QString &code, QMap<QString, QString> params)
    {
        add(code, CheckSeverity::Ineligible, m_line.amount.minor(), std::move(params));
        m_whole = true;
    }
    bool whole() const { return m_whole; }

private:
    ScheduleLine &m_line;
    Currency m_currency;
    bool m_whole = false;
};

using Params = QMap<QString, QString>;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Why an approval code does not cover the line (empty: it does); counts what it uses.
Params approvalProblem(const EligibilityInputs &in, const ScheduleLine &l, const LineChecks &lc,
                       QHash<QString, qint64> &approvalUsed)
{
    const QString reason = key("reason");
    const QString code = key("code");
    const auto it = in.approvals.constFind(l.approvalCode);
    if (it == in.approvals.constEnd())
        return {{reason, key("unknown")}, {code, l.approvalCode}};
    if (it->clientId != in.clientId || it->debtorId != l.debtorId)
        return {{reason, key("other_party")}, {code, l.approvalCode}};
    if (it->status != QLatin1String("approved") && it->status != QLatin1String("partial"))
        return {{reason, key("status")}, {code, l.approvalCode}, {key("status"), it->status}};
    if (it->expiry.isValid() && it->expiry < in.scheduleDate)
        return {
            {reason, key("expired")}, {code, l.approvalCode}, {key("expiry"), isoDate(it->expiry)}};
    if ((it->shipFrom.isValid() && l.invoiceDate < it->shipFrom) ||
        (it->shipTo.isValid() && l.invoiceDate > it->shipTo))
        return {{reason, key("ship_window")},
                {code, l.approvalCode},
                {key("date"), isoDate(l.invoiceDate)},
                {key("ship_from"), isoDate(it->shipFrom)},
                {key("ship_to"), isoDate(it->shipTo)}};
    auto uit = approvalUsed.find(l.approvalCode);
    if (uit == approvalUsed.end())
        uit = approvalUsed.insert(l.approvalCode, it->usedAmount.minor());
    qint64 &used = *uit;
    if (plus(used, l.amount.minor()) > it->approvedAmount.minor())
        return {{reason, key("exhausted")},
                {code, l.approvalCode},
                {key("invoice_amount"), lc.plain(l.amount.minor())},
                {key("approved"), lc.plain(it->approvedAmount.minor())},
                {key("used"), lc.plain(used)}};
    used = plus(used, l.amount.minor());
    return {};
}

} // namespace

void Eligibility::evaluate(const EligibilityInputs &in, QList<ScheduleLine> &lines)
{
    const Agreement &a = in.agreement;
    const QDate date = in.scheduleDate;
    QHash<QString, int> seenNos;
    QHash<DebtorDateAmount, int> seenKeys;
    QHash<qint64, qint64> exposure;       // running, all clients
    QHash<qint64, qint64> clientExposure; // running, this client
    QHash<QString, qint64> approvalUsed;  // running per approval code
    const qint64 noLimitPpm = Rate::Scale;
    const QString kDebtor = key("debtor");

    for (ScheduleLine &l : lines) {
        l.checks.clear();
        l.orderApprovalId = 0;
        LineChecks lc(l);
        const qint64 amount = l.amount.minor();
        qint64 excess = 0;

        // Duplicates: the same invoice bought twice, in this file or in the books. Numbers
        // compare as a person reads them (InvoiceNumber::key). A number in the books is held
        // by one live line at most (the database's invoices_live_number index): the line that
        // holds it stands, whichever schedule it is in, and this one is the duplicate. Of two
        // lines with one debtor, date and amount the earlier schedule's stands
        // (BookedInvoice::standsBefore), so two schedules never refuse each other.
        const QString noKey = InvoiceNumber::key(l.invoiceNo);
        if (const auto it = seenNos.constFind(noKey); it != seenNos.constEnd())
            lc.ineligible(CheckCode::duplicateInFile(),
                          {{key("invoice"), l.invoiceNo}, {key("line"), QString::number(*it)}});
        else
            seenNos.insert(noKey, l.lineNo);
        if (in.existingInvoiceNos.contains(noKey))
            lc.ineligible(CheckCode::duplicateInvoiceNo(), {{key("invoice"), l.invoiceNo}});
        const DebtorDateAmount dda{l.debtorId, l.invoiceDate.toJulianDay(), amount};
        if (const auto it = seenKeys.constFind(dda); it != seenKeys.constEnd()) {
            lc.ineligible(CheckCode::duplicateDebtorDateAmount(),
                          {{key("line"), QString::number(*it)}});
        } else {
            seenKeys.insert(dda, l.lineNo);
            if (const auto bit = in.existingDebtorDateAmount.constFind(dda);
                bit != in.existingDebtorDateAmount.constEnd() && bit->standsBefore(in.scheduleId))
                lc.ineligible(CheckCode::duplicateDebtorDateAmount(),
                              {{kDebtor, l.debtorCode},
                               {key("date"), isoDate(l.invoiceDate)},
                               {key("invoice_amount"), lc.plain(amount)}});
        }

        // A line refused outright is not bought: it adds to no exposure, total or facility.
        const bool refused = l.isRefused();

        // The debtor.
        const DebtorCreditState state = in.debtors.value(l.debtorId);
        // The line's amounts are minor units: so are the figures they are compared with.
        const struct
        {
            QString status;
            qint64 creditLimit, exposure, openBalance, overdue90, subLimit, clientExposure;
            QDate limitExpiry;
        } d{state.status,
            state.creditLimit.minor(),
            state.exposure.minor(),
            state.openBalance.minor(),
            state.overdue90.minor(),
            state.subLimit.minor(),
            state.clientExposure.minor(),
            state.limitExpiry};
        if (d.status == QLatin1String("blocked"))
            lc.ineligible(CheckCode::debtorBlocked(), {{kDebtor, l.debtorCode}});
        else if (d.status == QLatin1String("insolvent"))
            lc.ineligible(CheckCode::debtorInsolvent(), {{kDebtor, l.debtorCode}});
        // A limit covers amounts in its own currency only.
        const bool otherCurrency =
            !state.limitCurrency.isNone() && state.limitCurrency != Currency(l.currency);
        const QDate limitDate = in.limitDate.isValid() ? in.limitDate : date;
        const bool limitValid = d.creditLimit > 0 && !otherCurrency &&
                                (!d.limitExpiry.isValid() || d.limitExpiry >= limitDate);
        if (d.creditLimit <= 0)
            lc.ineligible(CheckCode::debtorNoLimit(), {{kDebtor, l.debtorCode}});
        else if (otherCurrency)
            lc.ineligible(CheckCode::debtorNoLimit(),
                          {{kDebtor, l.debtorCode},
                           {key("limit_currency"), state.limitCurrency.code()},
                           {key("currency"), l.currency}});
        else if (!limitValid)
            lc.ineligible(CheckCode::debtorNoLimit(),
                          {{kDebtor, l.debtorCode}, {key("expiry"), isoDate(d.limitExpiry)}});

        // Age.
        if (a.maxInvoiceAgeDays > 0 && l.invoiceDate.daysTo(date) > a.maxInvoiceAgeDays)
            lc.ineligible(CheckCode::tooOld(),
                          {{key("days"), QString::number(l.invoiceDate.daysTo(date))},
                           {key("date"), isoDate(date)},
                           {key("max_days"), QString::number(a.maxInvoiceAgeDays)}});
        if (l.dueDate < date)
            lc.ineligible(CheckCode::pastDue(),
                          {{key("due"), isoDate(l.dueDate)}, {key("date"), isoDate(date)}});
        if (a.crossAgingLimit.ppm() < noLimitPpm && d.openBalance > 0 &&
            __int128(d.overdue90) * Rate::Scale > __int128(a.crossAgingLimit.ppm()) * d.openBalance)
            lc.ineligible(CheckCode::crossAged(),
                          {{kDebtor, l.debtorCode},
                           {key("share"), percentOf(d.overdue90, d.openBalance)},
                           {key("limit"), a.crossAgingLimit.toPercentString()}});

        // Credit limit and sub-limit: only the excess over what is left is unapproved.
        auto eit = exposure.find(l.debtorId);
        if (eit == exposure.end())
            eit = exposure.insert(l.debtorId, d.exposure);
        if (limitValid) {
            const qint64 room = std::max<qint64>(0, d.creditLimit - *eit);
            const qint64 over = std::max<qint64>(0, amount - room);
            if (over > 0) {
                excess = std::max(excess, over);
                lc.add(CheckCode::overCreditLimit(), CheckSeverity::Ineligible, over,
                       {{kDebtor, l.debtorCode},
                        {key("limit"), lc.plain(d.creditLimit)},
                        {key("exposure"), lc.plain(*eit)},
                        {key("excess"), lc.plain(over)}});
            }
        }
        if (!refused)
            *eit = plus(*eit, amount);
        auto cit = clientExposure.find(l.debtorId);
        if (cit == clientExposure.end())
            cit = clientExposure.insert(l.debtorId, d.clientExposure);
        if (d.subLimit > 0 && !otherCurrency) {
            const qint64 room = std::max<qint64>(0, d.subLimit - *cit);
            const qint64 over = std::max<qint64>(0, amount - room);
            if (over > 0) {
                excess = std::max(excess, over);
                lc.add(CheckCode::overSubLimit(), CheckSeverity::Ineligible, over,
                       {{kDebtor, l.debtorCode},
                        {key("limit"), lc.plain(d.subLimit)},
                        {key("exposure"), lc.plain(*cit)},
                        {key("excess"), lc.plain(over)}});
            }
        }
        if (!refused)
            *cit = plus(*cit, amount);

        if (a.verificationThreshold.isPositive() && amount >= a.verificationThreshold.minor())
            lc.add(CheckCode::verificationRequired(), CheckSeverity::Warning, 0,
                   {{key("threshold"), lc.plain(a.verificationThreshold.minor())}});

        if (!l.approvalCode.isEmpty()) {
            const Params problem = approvalProblem(in, l, lc, approvalUsed);
            if (problem.isEmpty()) {
                l.orderApprovalId = in.approvals.value(l.approvalCode).id;
                lc.add(CheckCode::approvalMatched(), CheckSeverity::Info, 0,
                       {{key("code"), l.approvalCode}});
            } else {
                lc.add(CheckCode::approvalNotMatched(), CheckSeverity::Warning, 0, problem);
            }
        }
        l.eligible = lc.money(lc.whole() ? 0 : amount - std::min(excess, amount));
    }

    // Concentration: the part of a debtor's share of the client's receivables above the
    // limit is ineligible, taken from the latest lines of that debtor.
    if (a.concentrationLimit.ppm() < noLimitPpm && !lines.isEmpty()) {
        qint64 total = in.clientReceivables.minor();
        QHash<qint64, qint64> byDebtor;
        for (const ScheduleLine &l : lines) {
            if (l.isRefused())
                continue;
            total = plus(total, l.amount.minor());
            qint64 &debtorTotal = byDebtor[l.debtorId];
            debtorTotal = plus(debtorTotal, l.amount.minor());
        }
        const qint64 allowed = qint64(__int128(total) * a.concentrationLimit.ppm() / Rate::Scale);
        for (auto it = byDebtor.begin(); it != byDebtor.end(); ++it) {
            const qint64 held =
                plus(it.value(), in.clientReceivablesByDebtor.value(it.key()).minor());
            qint64 remaining = held - allowed;
            if (remaining <= 0)
                continue;
            for (qsizetype i = lines.size() - 1; i >= 0 && remaining > 0; --i) {
                ScheduleLine &l = lines[i];
                if (l.debtorId != it.key() || !l.eligible.isPositive())
                    continue;
                const qint64 cut = std::min(l.eligible.minor(), remaining);
                LineChecks lc(l);
                lc.add(CheckCode::concentration(), CheckSeverity::Ineligible, cut,
                       {{kDebtor, l.debtorCode},
                        {key("share"), percentOf(held, total)},
                        {key("limit"), a.concentrationLimit.toPercentString()},
                        {key("excess"), lc.plain(cut)}});
                l.eligible -= lc.money(cut);
                remaining -= cut;
            }
        }
    }

    // Facility: buying this schedule may not take funds employed over the limit. What a line
    // adds to funds employed is its advance and its commission (the rest of the face is the
    // reserve, held back); charges come out of the advance first, and only the part the
    // advance cannot carry is taken from the reserve, so cutting advances never lowers the
    // rise below commission + charges. Commissions are due on the full face whatever is
    // eligible: they take their headroom first, and the advances then fit in line order.
    if (a.facilityLimit.isPositive() && a.arrangement != Arrangement::Collection) {
        qint64 headroom = a.facilityLimit.minor() - in.fundsEmployed.minor();
        for (const ScheduleLine &l : lines)
            if (!l.isRefused())
                headroom -= applyPpm(l.amount.minor(), a.commissionRate.ppm());
        for (ScheduleLine &l : lines) {
            if (l.isRefused() || !l.eligible.isPositive())
                continue;
            const qint64 advance = applyPpm(l.eligible.minor(), a.advanceRate.ppm());
            if (advance <= headroom) {
                headroom -= advance;
                continue;
            }
            const qint64 fits = Pricing::eligibleWithinAdvance(
                l.eligible.minor(), std::max<qint64>(0, headroom), a.advanceRate);
            const qint64 cut = l.eligible.minor() - fits;
            LineChecks lc(l);
            lc.add(CheckCode::overFacility(), CheckSeverity::Ineligible, cut,
                   {{key("facility"), lc.plain(a.facilityLimit.minor())},
                    {key("funds_employed"), lc.plain(in.fundsEmployed.minor())},
                    {key("excess"), lc.plain(cut)}});
            l.eligible = lc.money(fits);
            headroom -= applyPpm(fits, a.advanceRate.ppm());
        }
    }

    // A manager's override makes the line eligible in full; the reason stays with it.
    for (ScheduleLine &l : lines) {
        if (!l.isOverridden())
            continue;
        l.eligible = l.amount;
        LineChecks(l).add(CheckCode::overridden(), CheckSeverity::Info, 0,
                          {{key("by"), l.overrideBy}, {key("reason"), l.overrideReason}});
    }
}

} // namespace FactorDesk
