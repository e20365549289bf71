#include "eligibility.h"

#include "clock.h"
#include "database.h"
#include "ledger.h"
#include "money.h"
#include "pricing.h"
#include "sqlquery.h"

#include <QSet>
#include <algorithm>

namespace FactorDesk {

namespace {

constexpr int kChunk = 500;

qint64 applyPpm(qint64 amount, qint64 ppm)
{
    return divideRounded(__int128(amount) * ppm, Rate::Scale, Rounding::HalfEven);
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

// Runs `run(placeholders, chunk)` for slices of `values` small enough for any engine's limit
// on bound values.
template <typename T, typename F> void inChunks(const QList<T> &values, F run)
{
    for (qsizetype i = 0; i < values.size(); i += kChunk) {
        const QList<T> chunk = values.mid(i, kChunk);
        run(placeholders(chunk.size()), chunk);
    }
}

DebtorDateAmount ddaKey(qint64 debtorId, QDate date, qint64 amount)
{
    return DebtorDateAmount{debtorId, date.toJulianDay(), amount};
}

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("0");
    return Rate::fromPpm(divideRounded(__int128(part) * Rate::Scale, whole)).toPercentString();
}

QDate dateOf(const SqlQuery &q, int i)
{
    return q.isNull(i) ? QDate() : parseIsoDate(q.text(i));
}

} // namespace

bool Eligibility::isOverridable(const QString &code)
{
    return code != CheckCode::duplicateInFile() && code != CheckCode::duplicateInvoiceNo();
}

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

    for (ScheduleLine &l : lines) {
        l.checks.clear();
        l.orderApprovalId = 0;
        const int dec = Currency(l.currency).isValid() ? Currency(l.currency).decimals() : 2;
        auto money = [dec](qint64 v) { return Money::plain(v, dec); };
        bool whole = false;
        qint64 excess = 0;
        auto ineligible = [&](const QString &code, const QString &message) {
            l.checks.append({code, CheckSeverity::Ineligible, message, l.amount});
            whole = true;
        };

        // Duplicates: the same invoice bought twice, in this file or in the books.
        if (const auto it = seenNos.constFind(l.invoiceNo); it != seenNos.constEnd())
            ineligible(
                CheckCode::duplicateInFile(),
                tr("Invoice %1 is already on line %2 of this schedule.").arg(l.invoiceNo).arg(*it));
        else
            seenNos.insert(l.invoiceNo, l.lineNo);
        if (in.existingInvoiceNos.contains(l.invoiceNo))
            ineligible(CheckCode::duplicateInvoiceNo(),
                       tr("Invoice %1 of this client is already in the books.").arg(l.invoiceNo));
        const DebtorDateAmount key = ddaKey(l.debtorId, l.invoiceDate, l.amount);
        if (const auto it = seenKeys.constFind(key); it != seenKeys.constEnd()) {
            ineligible(
                CheckCode::duplicateDebtorDateAmount(),
                tr("Line %1 of this schedule has the same debtor, date and amount.").arg(*it));
        } else {
            seenKeys.insert(key, l.lineNo);
            if (in.existingDebtorDateAmount.contains(key))
                ineligible(CheckCode::duplicateDebtorDateAmount(),
                           tr("An invoice to %1 dated %2 for %3 is already in the books.")
                               .arg(l.debtorCode, isoDate(l.invoiceDate), money(l.amount)));
        }

        // The debtor.
        const DebtorCreditState d = in.debtors.value(l.debtorId);
        if (d.status == QLatin1String("blocked"))
            ineligible(CheckCode::debtorBlocked(), tr("Debtor %1 is blocked.").arg(l.debtorCode));
        else if (d.status == QLatin1String("insolvent"))
            ineligible(CheckCode::debtorInsolvent(),
                       tr("Debtor %1 is insolvent.").arg(l.debtorCode));
        const bool limitValid =
            d.creditLimit > 0 && (!d.limitExpiry.isValid() || d.limitExpiry >= date);
        if (d.creditLimit <= 0)
            ineligible(CheckCode::debtorNoLimit(),
                       tr("Debtor %1 has no credit limit.").arg(l.debtorCode));
        else if (!limitValid)
            ineligible(CheckCode::debtorNoLimit(),
                       tr("The credit limit of debtor %1 expired on %2.")
                           .arg(l.debtorCode, isoDate(d.limitExpiry)));

        // Age.
        if (a.maxInvoiceAgeDays > 0 && l.invoiceDate.daysTo(date) > a.maxInvoiceAgeDays)
            ineligible(CheckCode::tooOld(),
                       tr("The invoice is %1 days old on %2; the agreement buys invoices up to %3 "
                          "days old.")
                           .arg(l.invoiceDate.daysTo(date))
                           .arg(isoDate(date))
                           .arg(a.maxInvoiceAgeDays));
        if (l.dueDate < date)
            ineligible(CheckCode::pastDue(), tr("The invoice fell due on %1, before the schedule "
                                                "date %2.")
                                                 .arg(isoDate(l.dueDate), isoDate(date)));
        if (a.crossAgingLimit.ppm() < noLimitPpm && d.exposure > 0 &&
            __int128(d.overdue90) * Rate::Scale > __int128(a.crossAgingLimit.ppm()) * d.exposure)
            ineligible(CheckCode::crossAged(),
                       tr("Debtor %1 is cross-aged: %2 % of its balance is more than 90 days past "
                          "due (limit %3 %).")
                           .arg(l.debtorCode, percentOf(d.overdue90, d.exposure),
                                a.crossAgingLimit.toPercentString()));

        // Credit limit and sub-limit: only the excess over what is left is unapproved.
        auto eit = exposure.find(l.debtorId);
        if (eit == exposure.end())
            eit = exposure.insert(l.debtorId, d.exposure);
        if (limitValid) {
            const qint64 room = std::max<qint64>(0, d.creditLimit - *eit);
            const qint64 over = std::max<qint64>(0, l.amount - room);
            if (over > 0) {
                excess = std::max(excess, over);
                l.checks.append(
                    {CheckCode::overCreditLimit(), CheckSeverity::Ineligible,
                     tr("Over the credit limit of debtor %1: limit %2, exposure %3; "
                        "%4 is unapproved.")
                         .arg(l.debtorCode, money(d.creditLimit), money(*eit), money(over)),
                     over});
            }
        }
        *eit += l.amount;
        auto cit = clientExposure.find(l.debtorId);
        if (cit == clientExposure.end())
            cit = clientExposure.insert(l.debtorId, d.clientExposure);
        if (d.subLimit > 0) {
            const qint64 room = std::max<qint64>(0, d.subLimit - *cit);
            const qint64 over = std::max<qint64>(0, l.amount - room);
            if (over > 0) {
                excess = std::max(excess, over);
                l.checks.append(
                    {CheckCode::overSubLimit(), CheckSeverity::Ineligible,
                     tr("Over this client's sub-limit on debtor %1: sub-limit %2, "
                        "exposure %3; %4 is unapproved.")
                         .arg(l.debtorCode, money(d.subLimit), money(*cit), money(over)),
                     over});
            }
        }
        *cit += l.amount;

        if (a.verificationThreshold > 0 && l.amount >= a.verificationThreshold)
            l.checks.append({CheckCode::verificationRequired(), CheckSeverity::Warning,
                             tr("Verify with the debtor before funding: the amount is at or above "
                                "%1.")
                                 .arg(money(a.verificationThreshold)),
                             0});

        if (!l.approvalCode.isEmpty()) {
            const auto it = in.approvals.constFind(l.approvalCode);
            QString reason;
            if (it == in.approvals.constEnd()) {
                reason = tr("Approval code %1 is unknown.").arg(l.approvalCode);
            } else if (it->clientId != in.clientId || it->debtorId != l.debtorId) {
                reason = tr("Approval code %1 was given for another client or debtor.")
                             .arg(l.approvalCode);
            } else if (it->status != QLatin1String("approved") &&
                       it->status != QLatin1String("partial")) {
                reason =
                    tr("Approval code %1 is %2, not approved.").arg(l.approvalCode, it->status);
            } else if (it->expiry.isValid() && it->expiry < date) {
                reason =
                    tr("Approval code %1 expired on %2.").arg(l.approvalCode, isoDate(it->expiry));
            } else if ((it->shipFrom.isValid() && l.invoiceDate < it->shipFrom) ||
                       (it->shipTo.isValid() && l.invoiceDate > it->shipTo)) {
                reason = tr("The invoice date %1 is outside the ship window %2 to %3 of approval "
                            "code %4.")
                             .arg(isoDate(l.invoiceDate), isoDate(it->shipFrom),
                                  isoDate(it->shipTo), l.approvalCode);
            } else {
                auto uit = approvalUsed.find(l.approvalCode);
                if (uit == approvalUsed.end())
                    uit = approvalUsed.insert(l.approvalCode, it->usedAmount);
                qint64 &used = *uit;
                if (used + l.amount > it->approvedAmount)
                    reason = tr("%1 exceeds what is left of approval code %2 (approved %3, already "
                                "used %4).")
                                 .arg(money(l.amount), l.approvalCode, money(it->approvedAmount),
                                      money(used));
                else
                    used += l.amount;
            }
            if (reason.isEmpty()) {
                l.orderApprovalId = it->id;
                l.checks.append(
                    {CheckCode::approvalMatched(), CheckSeverity::Info,
                     tr("Approval code %1 matched: credit-protected.").arg(l.approvalCode), 0});
            } else {
                l.checks.append(
                    {CheckCode::approvalNotMatched(), CheckSeverity::Warning, reason, 0});
            }
        }
        l.eligible = whole ? 0 : l.amount - std::min(excess, l.amount);
    }

    // Concentration: the part of a debtor's share of the client's receivables above the
    // limit is ineligible, taken from the latest lines of that debtor.
    if (a.concentrationLimit.ppm() < noLimitPpm && !lines.isEmpty()) {
        qint64 total = in.clientReceivables;
        QHash<qint64, qint64> byDebtor;
        for (const ScheduleLine &l : lines) {
            total += l.amount;
            byDebtor[l.debtorId] += l.amount;
        }
        const qint64 allowed = qint64(__int128(total) * a.concentrationLimit.ppm() / Rate::Scale);
        for (auto it = byDebtor.begin(); it != byDebtor.end(); ++it) {
            const qint64 held = it.value() + in.clientReceivablesByDebtor.value(it.key());
            qint64 remaining = held - allowed;
            if (remaining <= 0)
                continue;
            for (qsizetype i = lines.size() - 1; i >= 0 && remaining > 0; --i) {
                ScheduleLine &l = lines[i];
                if (l.debtorId != it.key() || l.eligible <= 0)
                    continue;
                const qint64 cut = std::min(l.eligible, remaining);
                const int dec =
                    Currency(l.currency).isValid() ? Currency(l.currency).decimals() : 2;
                l.checks.append(
                    {CheckCode::concentration(), CheckSeverity::Ineligible,
                     tr("Concentration: debtor %1 would hold %2 % of the client's "
                        "receivables (limit %3 %); %4 is ineligible.")
                         .arg(l.debtorCode, percentOf(held, total),
                              a.concentrationLimit.toPercentString(), Money::plain(cut, dec)),
                     cut});
                l.eligible -= cut;
                remaining -= cut;
            }
        }
    }

    // Facility: the advances of this schedule may not take funds employed over the limit.
    if (a.facilityLimit > 0 && a.arrangement != Arrangement::Collection) {
        qint64 headroom = a.facilityLimit - in.fundsEmployed;
        for (ScheduleLine &l : lines) {
            if (l.eligible <= 0)
                continue;
            const qint64 advance = applyPpm(l.eligible, a.advanceRate.ppm());
            if (advance <= headroom) {
                headroom -= advance;
                continue;
            }
            const qint64 fits = Pricing::eligibleWithinAdvance(
                l.eligible, std::max<qint64>(0, headroom), a.advanceRate);
            const qint64 cut = l.eligible - fits;
            const int dec = Currency(l.currency).isValid() ? Currency(l.currency).decimals() : 2;
            l.checks.append({CheckCode::overFacility(), CheckSeverity::Ineligible,
                             tr("Over the client's facility limit of %1 (funds employed %2); %3 is "
                                "ineligible.")
                                 .arg(Money::plain(a.facilityLimit, dec),
                                      Money::plain(in.fundsEmployed, dec), Money::plain(cut, dec)),
                             cut});
            l.eligible = fits;
            headroom -= applyPpm(fits, a.advanceRate.ppm());
        }
    }

    // A manager's override makes the line eligible in full; the reason stays with it.
    for (ScheduleLine &l : lines) {
        if (!l.isOverridden())
            continue;
        l.eligible = l.amount;
        l.checks.append({CheckCode::overridden(), CheckSeverity::Info,
                         tr("Overridden by %1: %2").arg(l.overrideBy, l.overrideReason), 0});
    }
}

EligibilityInputs Eligibility::load(Database &db, qint64 clientId, const Agreement &agreement,
                                    QDate scheduleDate, const QList<ScheduleLine> &lines,
                                    qint64 excludeScheduleId)
{
    EligibilityInputs in;
    in.clientId = clientId;
    in.scheduleDate = scheduleDate;
    in.agreement = agreement;

    QSet<qint64> debtorSet;
    QSet<QString> codeSet;
    QSet<QString> noSet;
    QDate minDate;
    QDate maxDate;
    for (const ScheduleLine &l : lines) {
        debtorSet.insert(l.debtorId);
        if (!l.approvalCode.isEmpty())
            codeSet.insert(l.approvalCode);
        noSet.insert(l.invoiceNo);
        if (!minDate.isValid() || l.invoiceDate < minDate)
            minDate = l.invoiceDate;
        if (!maxDate.isValid() || l.invoiceDate > maxDate)
            maxDate = l.invoiceDate;
    }
    const QList<qint64> debtorIds(debtorSet.begin(), debtorSet.end());
    const QList<QString> codes(codeSet.begin(), codeSet.end());
    const QList<QString> numbers(noSet.begin(), noSet.end());

    inChunks(debtorIds, [&](const QString &ph, const QList<qint64> &chunk) {
        SqlQuery q(db, QStringLiteral("SELECT id, code, status, credit_limit, limit_expiry_date "
                                      "FROM debtors WHERE id IN (%1)")
                           .arg(ph));
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next()) {
            DebtorCreditState &d = in.debtors[q.int64(0)];
            d.id = q.int64(0);
            d.code = q.text(1);
            d.status = q.text(2);
            d.creditLimit = q.int64(3);
            d.limitExpiry = dateOf(q, 4);
        }
    });
    const QString overdueBefore = isoDate(scheduleDate.addDays(-90));
    inChunks(debtorIds, [&](const QString &ph, const QList<qint64> &chunk) {
        SqlQuery q(db,
                   QStringLiteral("SELECT debtor_id, CAST(SUM(open_balance) AS BIGINT), "
                                  "CAST(SUM(CASE WHEN due_date < ? THEN open_balance ELSE 0 END) "
                                  "AS BIGINT) FROM invoices WHERE status = 'open' AND debtor_id "
                                  "IN (%1) GROUP BY debtor_id")
                       .arg(ph));
        q.bind(overdueBefore);
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next()) {
            DebtorCreditState &d = in.debtors[q.int64(0)];
            d.exposure = q.int64(1);
            d.overdue90 = q.int64(2);
        }
    });
    {
        SqlQuery q(db, QStringLiteral("SELECT debtor_id, CAST(SUM(open_balance) AS BIGINT) FROM "
                                      "invoices WHERE client_id = ? AND status = 'open' GROUP BY "
                                      "debtor_id"));
        q.bind(clientId).exec();
        while (q.next()) {
            in.clientReceivablesByDebtor.insert(q.int64(0), q.int64(1));
            in.clientReceivables += q.int64(1);
            if (in.debtors.contains(q.int64(0)))
                in.debtors[q.int64(0)].clientExposure = q.int64(1);
        }
    }
    {
        SqlQuery q(db, QStringLiteral("SELECT debtor_id, sub_limit FROM client_debtors WHERE "
                                      "client_id = ? AND sub_limit > 0"));
        q.bind(clientId).exec();
        while (q.next())
            if (in.debtors.contains(q.int64(0)))
                in.debtors[q.int64(0)].subLimit = q.int64(1);
    }
    inChunks(codes, [&](const QString &ph, const QList<QString> &chunk) {
        SqlQuery q(db,
                   QStringLiteral("SELECT id, approval_code, client_id, debtor_id, status, "
                                  "COALESCE(approved_amount, 0), expiry_date, ship_from, ship_to "
                                  "FROM order_approvals WHERE approval_code IN (%1)")
                       .arg(ph));
        for (const QString &c : chunk)
            q.bind(c);
        q.exec();
        while (q.next()) {
            ApprovalState s;
            s.id = q.int64(0);
            s.code = q.text(1);
            s.clientId = q.int64(2);
            s.debtorId = q.int64(3);
            s.status = q.text(4);
            s.approvedAmount = q.int64(5);
            s.expiry = dateOf(q, 6);
            s.shipFrom = dateOf(q, 7);
            s.shipTo = dateOf(q, 8);
            in.approvals.insert(s.code, s);
        }
    });
    if (!in.approvals.isEmpty()) {
        QList<qint64> ids;
        for (const ApprovalState &s : std::as_const(in.approvals))
            ids << s.id;
        QHash<qint64, qint64> used;
        inChunks(ids, [&](const QString &ph, const QList<qint64> &chunk) {
            SqlQuery q(db,
                       QStringLiteral("SELECT order_approval_id, CAST(SUM(amount) AS BIGINT) FROM "
                                      "invoices WHERE status <> 'rejected' AND schedule_id <> ? "
                                      "AND order_approval_id IN (%1) GROUP BY order_approval_id")
                           .arg(ph));
            q.bind(excludeScheduleId);
            for (qint64 id : chunk)
                q.bind(id);
            q.exec();
            while (q.next())
                used.insert(q.int64(0), q.int64(1));
        });
        for (ApprovalState &s : in.approvals)
            s.usedAmount = used.value(s.id);
    }
    // Duplicate invoice numbers: a client with a short history is read whole in one query;
    // a long one is asked only about the numbers of this schedule.
    const qint64 history =
        SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE client_id = ? AND "
                                    "status <> 'rejected' AND schedule_id <> ?"))
            .bind(clientId)
            .bind(excludeScheduleId)
            .scalar()
            .toLongLong();
    if (history <= 4 * qint64(numbers.size()) + 1000) {
        if (history > 0) {
            SqlQuery q(db, QStringLiteral(
                               "SELECT invoice_no FROM invoices WHERE client_id = ? AND status <> "
                               "'rejected' AND schedule_id <> ?"));
            q.bind(clientId).bind(excludeScheduleId).exec();
            while (q.next()) {
                const QString n = q.text(0);
                if (noSet.contains(n))
                    in.existingInvoiceNos.insert(n);
            }
        }
    } else {
        inChunks(numbers, [&](const QString &ph, const QList<QString> &chunk) {
            SqlQuery q(db, QStringLiteral(
                               "SELECT invoice_no FROM invoices WHERE client_id = ? AND "
                               "status <> 'rejected' AND schedule_id <> ? AND invoice_no IN (%1)")
                               .arg(ph));
            q.bind(clientId).bind(excludeScheduleId);
            for (const QString &n : chunk)
                q.bind(n);
            q.exec();
            while (q.next())
                in.existingInvoiceNos.insert(q.text(0));
        });
    }
    if (minDate.isValid()) {
        inChunks(debtorIds, [&](const QString &ph, const QList<qint64> &chunk) {
            SqlQuery q(db,
                       QStringLiteral("SELECT debtor_id, invoice_date, amount FROM invoices WHERE "
                                      "debtor_id IN (%1) AND invoice_date >= ? AND invoice_date "
                                      "<= ? AND status <> 'rejected' AND schedule_id <> ?")
                           .arg(ph));
            for (qint64 id : chunk)
                q.bind(id);
            q.bind(isoDate(minDate)).bind(isoDate(maxDate)).bind(excludeScheduleId);
            q.exec();
            while (q.next())
                in.existingDebtorDateAmount.insert(
                    ddaKey(q.int64(0), parseIsoDate(q.text(1)), q.int64(2)));
        });
    }
    JournalService journal(db);
    in.fundsEmployed = journal.balance(Accounts::factoredReceivables(), scheduleDate, clientId) +
                       journal.balance(Accounts::clientReserves(), scheduleDate, clientId);
    return in;
}

void Eligibility::check(Database &db, qint64 clientId, const Agreement &agreement,
                        QDate scheduleDate, QList<ScheduleLine> &lines, qint64 excludeScheduleId)
{
    const EligibilityInputs in =
        load(db, clientId, agreement, scheduleDate, lines, excludeScheduleId);
    evaluate(in, lines);
}

} // namespace FactorDesk
