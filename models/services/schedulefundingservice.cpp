#include "schedulefundingservice.h"

#include "auditlog.h"
#include "availabilityquery.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "ledger.h"
#include "posting.h"
#include "pricing.h"
#include "scheduleapprovalservice.h"
#include "schedulequery.h"
#include "schedulerepository.h"
#include "testhooks.h"
#include "transaction.h"

namespace FactorDesk {

namespace {

std::function<void(const char *)> &testHook()
{
    static std::function<void(const char *)> hook;
    return hook;
}

// Crash-safety tests stop the process at a named point of funding.
void reachPoint(const char *point)
{
    if (testHook())
        testHook()(point);
    TestHooks::reachPoint(point);
}

} // namespace

void ScheduleFundingService::setTestHook(std::function<void(const char *)> hook)
{
    testHook() = std::move(hook);
}

FundingResult ScheduleFundingService::purchase(const Session &who, qint64 clientId,
                                               const QList<ScheduleInputLine> &input,
                                               const ScheduleImportOptions &options,
                                               const QList<LineOverride> &overrides, QDate date,
                                               const FundingOptions &funding)
{
    who.require(Role::Manager, tr("buy a schedule"));
    // The three acts join this scope: they commit together or not at all.
    Transaction tx(m_db);
    const qint64 id =
        ScheduleImportService(m_db).importLines(who, clientId, input, options).schedule.id;
    ScheduleApprovalService(m_db).approve(who, id, overrides);
    const FundingResult result = fund(who, id, date, funding);
    tx.commit();
    return result;
}

FundingPreview ScheduleFundingService::previewOf(const Schedule &s, const JournalEntry &posting,
                                                 const ScheduleTotals &totals, QDate date) const
{
    FundingPreview p;
    p.totals = totals;
    p.before = AvailabilityQuery(m_db).availability(s.clientId, date);
    p.after = Pricing::availabilityAfter(p.before, s.agreement, totals.eligible,
                                         fundsEmployedChange(posting));
    // Only what is advanced now can overdraw the availability (collection pays nothing now).
    const qint64 over = totals.advance.isPositive() ? -p.after.available.minor() : 0;
    p.overAvailability = Money::fromMinor(std::max<qint64>(0, over), Currency(s.currency));
    return p;
}

FundingPreview ScheduleFundingService::preview(const Session &who, qint64 scheduleId,
                                               QDate date) const
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("look at a funding"));
    const QDate fundingDate = date.isValid() ? date : today();
    const Schedule s = ScheduleQuery(m_db).schedule(scheduleId);
    const QList<ScheduleLine> lines = PurchaseRules::purchasable(s.lines);
    const ScheduleTotals t = Pricing::totals(lines, s.agreement, fundingDate);
    if (lines.isEmpty()) {
        FundingPreview p;
        p.totals = t;
        p.before = p.after = AvailabilityQuery(m_db).availability(s.clientId, fundingDate);
        p.overAvailability = Money::fromMinor(0, Currency(s.currency));
        return p;
    }
    return previewOf(s, purchasePosting(s, lines, t, fundingDate), t, fundingDate);
}

FundingResult ScheduleFundingService::fund(const Session &who, qint64 scheduleId, QDate date,
                                           const FundingOptions &options)
{
    who.require(Role::Manager, tr("fund a schedule"));
    const QDate fundingDate = date.isValid() ? date : today();
    Transaction tx(m_db);
    const Schedule s = ScheduleQuery(m_db).schedule(scheduleId);
    if (s.status != ScheduleStatus::Approved)
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 is %2; only an approved schedule can be funded.")
                        .arg(s.number, scheduleStatusTitle(s.status)));
    if (fundingDate < s.date)
        throw Error(Error::Kind::Validation,
                    tr("date: the funding date %1 is before the schedule date %2.")
                        .arg(isoDate(fundingDate), isoDate(s.date)),
                    QStringLiteral("date"));
    const QList<ScheduleLine> lines = PurchaseRules::purchasable(s.lines);
    if (lines.isEmpty())
        throw Error(Error::Kind::Conflict, tr("Schedule %1 has no invoice to buy.").arg(s.number));
    for (const ScheduleLine &l : lines)
        if (l.advance + l.commission + l.reserve != l.amount)
            throw Error(Error::Kind::Conflict,
                        tr("Line %1 of schedule %2 does not split exactly; check it again.")
                            .arg(l.lineNo)
                            .arg(s.number));
    const Agreement &terms = s.agreement;
    const ScheduleTotals t = Pricing::totals(lines, terms, fundingDate);
    const Client client = ClientService(m_db).get(s.clientId);
    const Currency currency(s.currency);
    const QString stamp = timestamp();
    ScheduleRepository repository(m_db);
    const JournalEntry posting = purchasePosting(s, lines, t, fundingDate);

    // Beyond the availability only with a manager's written reason (docs/domain.md §6).
    const FundingPreview check = previewOf(s, posting, t, fundingDate);
    const QString availabilityOverride = options.availabilityOverrideReason.trimmed();
    if (check.overAvailability.isPositive() && availabilityOverride.isEmpty())
        throw Error(Error::Kind::Conflict,
                    tr("availability: funding schedule %1 takes client %2 %3 over its "
                       "availability; a manager must override this with a reason.")
                        .arg(s.number, client.code, check.overAvailability.toPlainString()),
                    QStringLiteral("availability"));

    // The invoices become the factor's, open for their full face; the purchase entry.
    repository.openInvoices(s.id, stamp);
    const qint64 entryId = JournalService(m_db).post(who, posting);
    reachPoint("fund-after-journal");

    // What is owed to the client now (or on the maturity date).
    qint64 paymentId = 0;
    if (t.netPayment.isPositive()) {
        ClientPaymentRow p;
        p.clientId = s.clientId;
        p.scheduleId = s.id;
        p.kind = terms.arrangement == Arrangement::Maturity ? QStringLiteral("maturity")
                                                            : QStringLiteral("funding");
        p.amount = t.netPayment.minor();
        p.currency = s.currency;
        p.dueDate = t.paymentDate;
        p.bankAccount = client.bankAccount;
        p.journalEntryId = entryId;
        p.createdBy = who.userId();
        p.createdAt = stamp;
        paymentId = repository.insertClientPayment(p);
    }

    // Notices of assignment for debtors new to this (notified) client's factoring.
    QList<qint64> notified;
    if (terms.notification) {
        QSet<qint64> known = repository.noticedDebtors(s.clientId);
        for (const ScheduleLine &l : lines) {
            if (known.contains(l.debtorId))
                continue;
            known.insert(l.debtorId);
            notified << l.debtorId;
            repository.insertNotice(s.clientId, l.debtorId, s.id, stamp);
        }
    }

    if (!repository.setFunded(s.id, who.userId(), stamp, fundingDate, entryId, t))
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 changed while it was being funded.").arg(s.number));
    const auto plain = [currency](Money v) { return v.withCurrency(currency).toPlainString(); };
    QJsonObject after{{QStringLiteral("status"), QStringLiteral("funded")},
                      {QStringLiteral("date"), isoDate(fundingDate)},
                      {QStringLiteral("face"), plain(t.face)},
                      {QStringLiteral("advance"), plain(t.advance)},
                      {QStringLiteral("commission"), plain(t.commission)},
                      {QStringLiteral("reserve"), plain(t.reserve)},
                      {QStringLiteral("charges"), plain(t.charges)},
                      {QStringLiteral("net_payment"), plain(t.netPayment)},
                      {QStringLiteral("journal_entry"), entryId}};
    if (check.overAvailability.isPositive()) {
        after.insert(QStringLiteral("over_availability"), plain(check.overAvailability));
        after.insert(QStringLiteral("availability_override"), availabilityOverride);
    }
    AuditLog(m_db).record(
        who, QStringLiteral("schedule.fund"), QStringLiteral("schedule"), s.number,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")}}, after);
    reachPoint("fund-before-commit");
    tx.commit();

    FundingResult r;
    r.scheduleId = s.id;
    r.number = s.number;
    r.totals = t;
    r.journalEntryId = entryId;
    r.clientPaymentId = paymentId;
    r.newlyNotifiedDebtorIds = notified;
    return r;
}

} // namespace FactorDesk
