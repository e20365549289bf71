#include "endofdayservice.h"

#include "auditlog.h"
#include "bulkstatement.h"
#include "businesscalendar.h"
#include "chargebackservice.h"
#include "chargesservice.h"
#include "clock.h"
#include "database.h"
#include "discountfee.h"
#include "error.h"
#include "feesquery.h"
#include "interestcalc.h"
#include "ledger.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonObject>
#include <map>

namespace FactorDesk {

QString EndOfDayResult::summary() const
{
    QStringList parts;
    if (accruals > 0)
        parts << EndOfDayService::tr("interest accrued for %n client(s)", nullptr, accruals);
    if (feeEntries > 0)
        parts << EndOfDayService::tr("discount fees %1 (%n entries)", nullptr, feeEntries)
                     .arg(fees.toPlainString());
    if (interestEntries > 0)
        parts << EndOfDayService::tr("interest posted %1 (%n entries)", nullptr, interestEntries)
                     .arg(interest.toPlainString());
    if (limitsExpired > 0)
        parts << EndOfDayService::tr("%n credit limit(s) expired", nullptr, limitsExpired);
    if (approvalsExpired > 0)
        parts << EndOfDayService::tr("%n order approval(s) expired", nullptr, approvalsExpired);
    if (chargedBack > 0)
        parts << EndOfDayService::tr("%n invoice(s) charged back past recourse", nullptr,
                                     chargedBack);
    if (creditLosses > 0)
        parts << EndOfDayService::tr("%n credit loss(es) posted", nullptr, creditLosses);
    if (refundEntries > 0)
        parts << EndOfDayService::tr("discount fees refunded %1 (%n entries)", nullptr,
                                     refundEntries)
                     .arg(refunds.toPlainString());
    if (penaltyAccruals > 0)
        parts << EndOfDayService::tr("penalty accrued on %n invoice(s)", nullptr, penaltyAccruals);
    if (penaltyEntries > 0)
        parts << EndOfDayService::tr("penalties posted %1 (%n entries)", nullptr, penaltyEntries)
                     .arg(penalties.toPlainString());
    if (chargeEntries > 0)
        parts << EndOfDayService::tr("credit decision charges %1 (%n entries)", nullptr,
                                     chargeEntries)
                     .arg(charges.toPlainString());
    if (minimumFeeEntries > 0)
        parts << EndOfDayService::tr("minimum fee top-ups %1 (%n entries)", nullptr,
                                     minimumFeeEntries)
                     .arg(minimumFees.toPlainString());
    if (parts.isEmpty())
        parts << EndOfDayService::tr("nothing to post");
    return EndOfDayService::tr("%1: %2").arg(isoDate(day), parts.join(QStringLiteral("; ")));
}

QList<EndOfDayService::Step> EndOfDayService::steps()
{
    return {Step::PostDiscountFees,         Step::RefundReversedFees, Step::AccrueInterest,
            Step::ChargeBackOverdue,        Step::PostCreditLosses,   Step::AccruePenalties,
            Step::ExpireLimitsAndApprovals, Step::PostMonthInterest,  Step::PostMonthCharges};
}

QDate EndOfDayService::lastRun() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT max(day) FROM eod_runs"));
    return parseIsoDate(q.scalar().toString());
}

QList<EndOfDayResult> EndOfDayService::run(const Session &who, QDate to,
                                           const EndOfDayProgress &progress)
{
    who.require(Role::Manager, tr("run the end of day"));
    const QDate target = to.isValid() ? to : FactorDesk::today();
    QDate from = BusinessCalendar(m_db).today();
    const QDate last = lastRun();
    if (last.isValid() && last >= from)
        from = last.addDays(1);
    QList<EndOfDayResult> done;
    const int count = from <= target ? int(from.daysTo(target)) + 1 : 0;
    for (int i = 0; i < count; ++i) {
        done.append(runDay(who, from.addDays(i)));
        if (progress && !progress(done.last(), i, count))
            break;
    }
    return done;
}

EndOfDayResult EndOfDayService::runDay(const Session &who, QDate day)
{
    EndOfDayResult r;
    r.day = day;
    const Currency books = SettingsRepository(m_db).currency();
    r.fees = Money::fromMinor(0, books);
    r.interest = r.penalties = r.minimumFees = r.charges = r.refunds = Money::fromMinor(0, books);
    Transaction tx(m_db);
    SqlQuery done(m_db, QStringLiteral("SELECT count(*) FROM eod_runs WHERE day = ?"));
    if (done.bind(isoDate(day)).scalar().toLongLong() > 0) {
        tx.commit();
        return r; // another run did it meanwhile
    }
    for (Step step : steps()) {
        switch (step) {
        case Step::PostDiscountFees:
            postDiscountFees(who, day, r);
            break;
        case Step::RefundReversedFees: {
            const PostedCharges p = ChargesService(m_db).refundReversedFees(who, day);
            r.refundEntries = p.entries;
            r.refunds = p.total;
            break;
        }
        case Step::AccruePenalties:
            r.penaltyAccruals = ChargesService(m_db).accruePenalties(day);
            break;
        case Step::PostMonthCharges:
            if (day.addDays(1).month() != day.month())
                postMonthCharges(who, day, r);
            break;
        case Step::AccrueInterest:
            accrueInterest(day, r);
            break;
        case Step::ChargeBackOverdue:
            // Past the recourse period at the end of `day`: the chargeback is dated that day.
            r.chargedBack = ChargebackService(m_db).chargeBackOverdue(who, day);
            break;
        case Step::PostCreditLosses:
            r.creditLosses = int(ChargebackService(m_db).postCreditLosses(who, day).size());
            break;
        case Step::ExpireLimitsAndApprovals:
            expire(who, day, r);
            break;
        case Step::PostMonthInterest:
            if (day.addDays(1).month() != day.month())
                postMonthInterest(who, day, r);
            break;
        }
    }
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO eod_runs (day, summary, run_by, run_at) "
                                      "VALUES (?, ?, ?, ?)"));
    ins.bind(isoDate(day)).bind(r.summary()).bind(who.userId()).bind(timestamp()).exec();
    BusinessCalendar(m_db).moveTo(day.addDays(1));
    tx.commit();
    return r;
}

void EndOfDayService::postDiscountFees(const Session &who, QDate day, EndOfDayResult &r)
{
    std::map<qint64, QList<CollectionFee>> byClient;
    for (const CollectionFee &c : FeesQuery(m_db).unchargedCollections(day))
        if (c.working.fee.isPositive())
            byClient[c.clientId].append(c);
    QList<JournalEntry> entries;
    for (const auto &[clientId, list] : byClient) {
        QList<InvoiceFee> fees;
        for (const CollectionFee &c : list)
            fees.append({c.invoiceId, c.working.fee});
        entries.append(
            discountFeePosting(day, clientId, list.first().working.fee.currency(), fees));
    }
    const QList<qint64> ids = JournalService(m_db).postMany(who, entries);
    BulkStatement charge(m_db, QStringLiteral("INSERT INTO discount_fee_charges (source_line_id, "
                                              "fee_entry_id, days, rate_ppm, fee) VALUES (?, ?, "
                                              "?, ?, ?)"));
    qsizetype i = 0;
    for (const auto &[clientId, list] : byClient) {
        const qint64 entryId = ids.at(i++);
        for (const CollectionFee &c : list) {
            charge.bind(c.sourceLineId)
                .bind(entryId)
                .bind(c.working.days)
                .bind(c.working.rate.ppm())
                .bind(c.working.fee.minor())
                .exec();
            r.fees += c.working.fee;
        }
        ++r.feeEntries;
    }
}

void EndOfDayService::accrueInterest(QDate day, EndOfDayResult &r)
{
    // The funds employed of every client summed in one pass (FeesQuery); the day's rows
    // written through one prepared statement.
    const auto inputs = FeesQuery(m_db).interestInputsOn(day);
    BulkStatement ins(m_db, QStringLiteral("INSERT INTO interest_accruals (client_id, day, "
                                           "currency, balance, base_ppm, margin_ppm, "
                                           "day_count) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString today = isoDate(day);
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        const InterestDayInput &in = it.value();
        ins.bind(it.key())
            .bind(today)
            .bind(in.balance.currency().code())
            .bind(in.balance.minor())
            .bind(in.baseRate.ppm())
            .bind(in.margin.ppm())
            .bind(static_cast<int>(in.basis))
            .exec();
        ++r.accruals;
    }
}

void EndOfDayService::expire(const Session &who, QDate day, EndOfDayResult &r)
{
    // A limit or an approval is valid through its expiry date: it lapses on the day after and
    // gets the expired status (limit_expired_on, expired_on), which stops it counting;
    // any that an earlier day missed lapse too. The audit trail records each lapse.
    const QString today = isoDate(day);
    AuditLog audit(m_db);
    SqlQuery limits(m_db, QStringLiteral("SELECT id, code, credit_limit, limit_expiry_date FROM "
                                         "debtors WHERE limit_expiry_date < ? AND credit_limit > "
                                         "0 AND (limit_expired_on IS NULL OR limit_expired_on <= "
                                         "limit_expiry_date) ORDER BY code"));
    limits.bind(today).exec();
    struct Lapse
    {
        qint64 id;
        QString code;
        qint64 amount;
        QString expiry;
    };
    QList<Lapse> lapsed;
    while (limits.next())
        lapsed.append({limits.int64(0), limits.text(1), limits.int64(2), limits.text(3)});
    SqlQuery markLimit(m_db,
                       QStringLiteral("UPDATE debtors SET limit_expired_on = ? WHERE id = ?"));
    for (const Lapse &l : lapsed) {
        markLimit.bind(today).bind(l.id).exec();
        QJsonObject before;
        before.insert(QStringLiteral("credit_limit"), QString::number(l.amount));
        before.insert(QStringLiteral("expiry_date"), l.expiry);
        QJsonObject after;
        after.insert(QStringLiteral("status"), QStringLiteral("expired"));
        audit.record(who, QStringLiteral("credit_limit.expired"), QStringLiteral("debtor"), l.code,
                     before, after);
        ++r.limitsExpired;
    }
    SqlQuery approvals(m_db, QStringLiteral("SELECT id, approval_code, expiry_date FROM "
                                            "order_approvals WHERE expiry_date < ? AND status IN "
                                            "('approved', 'partial') AND expired_on IS NULL "
                                            "ORDER BY id"));
    approvals.bind(today).exec();
    lapsed.clear();
    while (approvals.next())
        lapsed.append({approvals.int64(0), approvals.text(1), 0, approvals.text(2)});
    SqlQuery markApproval(m_db,
                          QStringLiteral("UPDATE order_approvals SET expired_on = ? WHERE id = ?"));
    for (const Lapse &l : lapsed) {
        markApproval.bind(today).bind(l.id).exec();
        QJsonObject before;
        before.insert(QStringLiteral("expiry_date"), l.expiry);
        QJsonObject after;
        after.insert(QStringLiteral("status"), QStringLiteral("expired"));
        audit.record(who, QStringLiteral("order_approval.expired"),
                     QStringLiteral("order_approval"), l.code, before, after);
        ++r.approvalsExpired;
    }
}

void EndOfDayService::postMonthCharges(const Session &who, QDate day, EndOfDayResult &r)
{
    ChargesService charges(m_db);
    const PostedCharges penalties = charges.postPenalties(who, day);
    r.penaltyEntries = penalties.entries;
    r.penalties = penalties.total;
    const PostedCharges items = charges.postCreditDecisionCharges(who, day);
    r.chargeEntries = items.entries;
    r.charges = items.total;
    // Last: the top-up compares the minimum with the month's fees and interest, all posted.
    const PostedCharges minimum = charges.postMinimumFees(who, day);
    r.minimumFeeEntries = minimum.entries;
    r.minimumFees = minimum.total;
}

void EndOfDayService::postMonthInterest(const Session &who, QDate day, EndOfDayResult &r)
{
    const QDate first(day.year(), day.month(), 1);
    BulkStatement q(m_db, QStringLiteral("SELECT client_id, currency, balance, base_ppm, "
                                         "margin_ppm, day_count FROM interest_accruals WHERE day "
                                         ">= ? AND day <= ? AND posted_entry_id IS NULL ORDER BY "
                                         "client_id, day"));
    q.bind(isoDate(first)).bind(isoDate(day));
    std::map<qint64, ExactInterest> sums;
    while (q.next()) {
        const Money balance = Money::fromMinor(q.int64(2), Currency(q.text(1)));
        const Rate rate = Rate::fromPpm(q.int64(3) + q.int64(4));
        sums[q.int64(0)] += ExactInterest::ofDay(
            balance, rate, q.int64(5) == 365 ? DayCount::Act365 : DayCount::Act360);
    }
    const QString month = first.toString(QStringLiteral("yyyy-MM"));
    QList<JournalEntry> entries;
    QList<qint64> clients;
    for (const auto &[clientId, exact] : sums) {
        const Money interest = exact.rounded(Rounding::HalfEven);
        if (!interest.isPositive())
            continue;
        entries.append(interestPosting(day, clientId, interest, month));
        clients.append(clientId);
        ++r.interestEntries;
        r.interest += interest;
    }
    const QList<qint64> ids = JournalService(m_db).postMany(who, entries);
    // Days a reserve release posted already keep the entry that posted them.
    BulkStatement mark(m_db, QStringLiteral("UPDATE interest_accruals SET posted_entry_id = ? "
                                            "WHERE client_id = ? AND day >= ? AND day <= ? AND "
                                            "posted_entry_id IS NULL"));
    for (qsizetype i = 0; i < ids.size(); ++i)
        mark.bind(ids.at(i)).bind(clients.at(i)).bind(isoDate(first)).bind(isoDate(day)).exec();
}

QPair<qint64, Money> EndOfDayService::postAccruedInterest(const Session &who, qint64 clientId,
                                                          QDate upTo)
{
    SqlQuery q(m_db, QStringLiteral("SELECT day, currency, balance, base_ppm, margin_ppm, "
                                    "day_count FROM interest_accruals WHERE client_id = ? AND "
                                    "day <= ? AND posted_entry_id IS NULL ORDER BY day"));
    q.bind(clientId).bind(isoDate(upTo)).exec();
    ExactInterest exact;
    QDate first;
    while (q.next()) {
        if (!first.isValid())
            first = parseIsoDate(q.text(0));
        const Money balance = Money::fromMinor(q.int64(2), Currency(q.text(1)));
        const Rate rate = Rate::fromPpm(q.int64(3) + q.int64(4));
        exact += ExactInterest::ofDay(balance, rate,
                                      q.int64(5) == 365 ? DayCount::Act365 : DayCount::Act360);
    }
    const Money interest = exact.rounded(Rounding::HalfEven);
    if (!interest.isPositive())
        return {0, interest};
    const QString period = tr("%1 to %2").arg(isoDate(first), isoDate(upTo));
    const qint64 entryId =
        JournalService(m_db).post(who, interestPosting(upTo, clientId, interest, period));
    SqlQuery mark(m_db, QStringLiteral("UPDATE interest_accruals SET posted_entry_id = ? WHERE "
                                       "client_id = ? AND day <= ? AND posted_entry_id IS NULL"));
    mark.bind(entryId).bind(clientId).bind(isoDate(upTo)).exec();
    return {entryId, interest};
}

} // namespace FactorDesk
