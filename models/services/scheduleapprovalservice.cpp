#include "scheduleapprovalservice.h"
#include "businesscalendar.h"

#include "auditlog.h"
#include "availabilityquery.h"
#include "clock.h"
#include "database.h"
#include "eligibilityrepository.h"
#include "error.h"
#include "posting.h"
#include "pricing.h"
#include "schedulequery.h"
#include "schedulerepository.h"
#include "transaction.h"

#include <QJsonArray>

namespace FactorDesk {

namespace {

bool isOpenForChecks(ScheduleStatus status)
{
    return status == ScheduleStatus::Draft || status == ScheduleStatus::Submitted;
}

// Amounts in audit records: plain, with the decimals of the schedule's currency (also for a
// sum of no lines, which has none of its own).
QString plain(const Schedule &s, Money amount)
{
    return (amount.currency().isNone() ? amount.withCurrency(Currency(s.currency)) : amount)
        .toPlainString();
}

} // namespace

QString ScheduleApprovalService::concurrentChange()
{
    return tr("Another user changed this schedule at the same moment; try again.");
}

Error ScheduleApprovalService::changedMeanwhile()
{
    // Busy: the act runs again (retryOnConflict) and then sees the schedule as it is now.
    return Error(Error::Kind::Busy, concurrentChange());
}

void ScheduleApprovalService::lockSchedule(qint64 scheduleId)
{
    // Before anything is read: two acts on one schedule take turns here, and the second reads
    // the status the first one left.
    ScheduleRepository(m_db).lock(scheduleId);
}

EligibilityInputs ScheduleApprovalService::inputsFor(const Schedule &s, qint64 excludeScheduleId,
                                                     const CountApproved &count,
                                                     QDate booksAsOf) const
{
    const Currency currency(s.currency);
    EligibilityInputs inputs = EligibilityRepository(m_db).load(
        s.clientId, currency, s.agreement, s.date, s.lines, excludeScheduleId, count);
    // The books as they are now, not as of a schedule dated earlier: a purchase posted since
    // then is funds employed all the same.
    const QDate asOf =
        booksAsOf.isValid() ? booksAsOf : std::max(s.date, BusinessCalendar(m_db).today());
    inputs.fundsEmployed +=
        Money::fromMinor(AvailabilityQuery(m_db).fundsEmployed(s.clientId, asOf), currency);
    return inputs;
}

QList<FundingProblem> ScheduleApprovalService::fundingProblems(const Schedule &s, QDate date) const
{
    EligibilityInputs inputs = inputsFor(s, s.id, CountApproved{s.approvedAt, s.id},
                                         std::max(date, BusinessCalendar(m_db).today()));
    inputs.limitDate = date;
    // The lines as the books give them now, before any override: an override given at
    // approval answered what was wrong then.
    QList<ScheduleLine> now = s.lines;
    for (ScheduleLine &l : now)
        l.overrideReason.clear();
    PurchaseRules::checkAndPrice(inputs, now);
    return PurchaseRules::fundingProblems(PurchaseRules::purchasable(s.lines), now);
}

SchedulePreview ScheduleApprovalService::preview(const Session &who, const ScheduleDraft &draft,
                                                 const QList<LineOverride> &overrides) const
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("enter a schedule"));
    if (!overrides.isEmpty())
        who.require(Role::Manager, tr("override a line"));
    SchedulePreview r;
    r.errors = draft.errors;
    r.inputCount = draft.inputCount;
    Schedule &s = r.schedule;
    s = draft.schedule;
    const EligibilityInputs inputs = inputsFor(s, s.id);
    PurchaseRules::checkAndPrice(inputs, s.lines);
    PurchaseRules::applyOverrides(inputs, s.lines, overrides,
                                  s.number.isEmpty() ? tr("(new)") : s.number, who.username(),
                                  timestamp());
    s.totals = PurchaseRules::totals(s.lines, s.agreement, s.date);
    r.before = AvailabilityQuery(m_db).availability(s.clientId, s.date);
    r.after = r.before;
    r.overAvailability = Money::fromMinor(0, Currency(s.currency));
    if (s.totals.count > 0) {
        const QList<ScheduleLine> bought = PurchaseRules::purchasable(s.lines);
        r.posting = purchasePosting(s, bought, s.totals, s.date);
        r.after = Pricing::availabilityAfter(r.before, s.agreement, s.totals.eligible,
                                             fundsEmployedChange(r.posting));
        r.overAvailability =
            Pricing::overAvailability(r.before, r.after, s.agreement, bought, s.totals.advance);
    }
    return r;
}

Schedule ScheduleApprovalService::recheck(const Session &who, qint64 scheduleId)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("check a schedule"));
    return retryOnConflict(m_db, concurrentChange(), [&] {
        Transaction tx(m_db);
        lockSchedule(scheduleId);
        Schedule s = ScheduleQuery(m_db).schedule(scheduleId);
        if (!isOpenForChecks(s.status))
            throw Error(
                Error::Kind::Conflict,
                tr("Schedule %1 is %2; only draft and submitted schedules are checked again.")
                    .arg(s.number, scheduleStatusTitle(s.status)));
        PurchaseRules::checkAndPrice(inputsFor(s, s.id), s.lines);
        s.totals = PurchaseRules::totals(s.lines, s.agreement, s.date);
        // The checks and totals only: a recheck never changes what the schedule's status is.
        if (!ScheduleRepository(m_db).updateChecks(s))
            throw changedMeanwhile();
        AuditLog(m_db).record(
            who, QStringLiteral("schedule.recheck"), QStringLiteral("schedule"), s.number, {},
            QJsonObject{{QStringLiteral("eligible"), plain(s, s.totals.eligible)}});
        tx.commit();
        return ScheduleQuery(m_db).schedule(scheduleId);
    });
}

Schedule ScheduleApprovalService::approve(const Session &who, qint64 scheduleId,
                                          const QList<LineOverride> &overrides)
{
    who.require(Role::Manager, tr("approve a schedule"));
    return retryOnConflict(m_db, concurrentChange(), [&] {
        Transaction tx(m_db);
        lockSchedule(scheduleId);
        Schedule s = ScheduleQuery(m_db).schedule(scheduleId);
        if (!isOpenForChecks(s.status))
            throw Error(Error::Kind::Conflict,
                        tr("Schedule %1 is %2; only draft and submitted schedules can be approved.")
                            .arg(s.number, scheduleStatusTitle(s.status)));
        // Checks run again against the books as they are now.
        const EligibilityInputs inputs = inputsFor(s, s.id);
        PurchaseRules::checkAndPrice(inputs, s.lines);
        const QString at = timestamp();
        const QList<qsizetype> overridden =
            PurchaseRules::applyOverrides(inputs, s.lines, overrides, s.number, who.username(), at);
        s.totals = PurchaseRules::totals(s.lines, s.agreement, s.date);
        if (s.totals.count == 0)
            throw Error(Error::Kind::Conflict,
                        tr("Schedule %1 has no invoice that can be bought; reject it instead.")
                            .arg(s.number));
        ScheduleRepository repository(m_db);
        if (!repository.updateChecks(s))
            throw changedMeanwhile();
        QJsonArray overrideLog;
        for (qsizetype i : overridden) {
            const ScheduleLine &l = s.lines[i];
            repository.setOverride(l.id, l.overrideReason, who.userId(), at);
            overrideLog.append(
                QJsonObject{{QStringLiteral("invoice"), l.invoiceNo},
                            {QStringLiteral("line"), l.lineNo},
                            {QStringLiteral("reason"), l.overrideReason},
                            {QStringLiteral("ineligible"), plain(s, l.ineligible())}});
        }
        if (!repository.setApproved(s.id, s.status, who.userId(), at))
            throw changedMeanwhile();
        AuditLog(m_db).record(who, QStringLiteral("schedule.approve"), QStringLiteral("schedule"),
                              s.number,
                              QJsonObject{{QStringLiteral("status"), scheduleStatusName(s.status)}},
                              QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                          {QStringLiteral("eligible"), plain(s, s.totals.eligible)},
                                          {QStringLiteral("advance"), plain(s, s.totals.advance)},
                                          {QStringLiteral("overrides"), overrideLog}});
        tx.commit();
        // What was just written, without reading 100,000 lines back: the lines as checked,
        // priced and overridden above, the header as setApproved left it.
        s.status = ScheduleStatus::Approved;
        s.approvedBy = who.username();
        s.approvedAt = at;
        return s;
    });
}

Schedule ScheduleApprovalService::reject(const Session &who, qint64 scheduleId,
                                         const QString &reason)
{
    who.require(Role::Manager, tr("reject a schedule"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: rejecting a schedule needs a reason."),
                    QStringLiteral("reason"));
    return retryOnConflict(m_db, concurrentChange(), [&] {
        Transaction tx(m_db);
        lockSchedule(scheduleId);
        const Schedule s = ScheduleQuery(m_db).schedule(scheduleId, false);
        if (s.status == ScheduleStatus::Funded || s.status == ScheduleStatus::Rejected)
            throw Error(Error::Kind::Conflict, tr("Schedule %1 is %2 and cannot be rejected.")
                                                   .arg(s.number, scheduleStatusTitle(s.status)));
        if (!ScheduleRepository(m_db).setRejected(s.id, s.status, who.userId(), timestamp(), why))
            throw changedMeanwhile();
        AuditLog(m_db).record(who, QStringLiteral("schedule.reject"), QStringLiteral("schedule"),
                              s.number,
                              QJsonObject{{QStringLiteral("status"), scheduleStatusName(s.status)}},
                              QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                          {QStringLiteral("reason"), why}});
        tx.commit();
        return ScheduleQuery(m_db).schedule(scheduleId);
    });
}

} // namespace FactorDesk
