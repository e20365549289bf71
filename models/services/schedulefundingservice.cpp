#include "schedulefundingservice.h"
#include "businesscalendar.h"

#include "auditlog.h"
#include "availabilityquery.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "invoiceledger.h"
#include "invoiceverificationservice.h"
#include "ledger.h"
#include "plannerstatistics.h"
#include "posting.h"
#include "pricing.h"
#include "scheduleapprovalservice.h"
#include "schedulequery.h"
#include "schedulerepository.h"
#include "sqlquery.h"
#include "testhooks.h"
#include "transaction.h"

#include <QJsonArray>

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

// The verifications the lines ask for and do not have.
QList<FundingProblem> unverified(const QList<ScheduleLine> &lines, const QSet<qint64> &verified)
{
    QList<FundingProblem> out;
    for (const ScheduleLine &l : lines) {
        if (verified.contains(l.id))
            continue;
        for (const CheckResult &c : l.checks) {
            if (c.code != CheckCode::verificationRequired())
                continue;
            FundingProblem p;
            p.lineNo = l.lineNo;
            p.invoiceNo = l.invoiceNo;
            p.check = c;
            out.append(p);
            break;
        }
    }
    return out;
}

QString problemList(const QList<FundingProblem> &problems, Currency currency)
{
    QStringList out;
    for (const FundingProblem &p : problems)
        out << ScheduleFundingService::tr("line %1 (invoice %2): %3")
                   .arg(p.lineNo)
                   .arg(p.invoiceNo, checkText(p.check, currency));
    return out.join(QLatin1Char('\n'));
}

// The tables a big funding grows in one step (see PlannerStatistics).
const QStringList kBulkTables = {QStringLiteral("invoices"), QStringLiteral("journal_lines")};

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
    const FundingResult result =
        retryOnConflict(m_db, ScheduleApprovalService::concurrentChange(), [&] {
            // The three acts join this scope: they commit together or not at all (and are run
            // again together).
            Transaction tx(m_db);
            const qint64 id =
                ScheduleImportService(m_db).importLines(who, clientId, input, options).schedule.id;
            ScheduleApprovalService(m_db).approve(who, id, overrides);
            const FundingResult funded = fund(who, id, date, {}, funding);
            tx.commit();
            return funded;
        });
    PlannerStatistics::refreshAfterBulkWrite(m_db, input.size(), kBulkTables);
    return result;
}

FundingPreview ScheduleFundingService::previewOf(const Schedule &s,
                                                 const QList<ScheduleLine> &lines,
                                                 const JournalEntry &posting,
                                                 const ScheduleTotals &totals, QDate date) const
{
    FundingPreview p;
    p.totals = totals;
    p.before = AvailabilityQuery(m_db).availability(s.clientId, date);
    p.after = Pricing::availabilityAfter(p.before, s.agreement, totals.eligible,
                                         fundsEmployedChange(posting));
    // Only what is advanced now can overdraw the availability (collection pays nothing now).
    p.overAvailability =
        Pricing::overAvailability(p.before, p.after, s.agreement, lines, totals.advance);
    return p;
}

FundingPreview ScheduleFundingService::preview(const Session &who, qint64 scheduleId,
                                               QDate date) const
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("look at a funding"));
    const QDate fundingDate = date.isValid() ? date : BusinessCalendar(m_db).today();
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
    return previewOf(s, lines, purchasePosting(s, lines, t, fundingDate), t, fundingDate);
}

FundingResult ScheduleFundingService::fund(const Session &who, qint64 scheduleId, QDate date,
                                           const FundingOverride &override,
                                           const FundingOptions &options)
{
    who.require(Role::Manager, tr("fund a schedule"));
    const QDate fundingDate = date.isValid() ? date : BusinessCalendar(m_db).today();
    return retryOnConflict(m_db, ScheduleApprovalService::concurrentChange(), [&] {
        Transaction tx(m_db);
        // Locked before the status is read: a second manager funding the same schedule waits
        // here and then finds it funded.
        ScheduleRepository(m_db).lock(scheduleId);
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
            throw Error(Error::Kind::Conflict,
                        tr("Schedule %1 has no invoice to buy.").arg(s.number));
        for (const ScheduleLine &l : lines)
            if (l.advance + l.commission + l.reserve != l.amount)
                throw Error(Error::Kind::Conflict,
                            tr("Line %1 of schedule %2 does not split exactly; check it again.")
                                .arg(l.lineNo)
                                .arg(s.number));
        // The books may have moved since the approval: check again, here, in this transaction.
        const Currency lineCurrency(s.currency);
        QList<FundingProblem> problems =
            ScheduleApprovalService(m_db).fundingProblems(s, fundingDate);
        problems += unverified(lines, InvoiceVerificationService(m_db).verifiedInvoices(s.id));
        const QList<FundingProblem> standing = PurchaseRules::notOverridden(problems, override);
        if (!standing.isEmpty()) {
            bool refusal = false;
            for (const FundingProblem &p : standing)
                refusal = refusal || !p.overridable;
            throw Error(Error::Kind::Conflict,
                        (refusal ? tr("Schedule %1 cannot be funded: an invoice on it is already "
                                      "in the books. Reject the schedule or check it again.\n%2")
                                 : tr("Schedule %1 cannot be funded as approved: the books have "
                                      "changed or a verification is missing. A manager may fund "
                                      "it anyway with a reason (override), or reject it.\n%2"))
                            .arg(s.number, problemList(standing, lineCurrency)),
                        QStringLiteral("override"));
        }
        const QList<FundingProblem> overridden = problems;
        const Agreement &terms = s.agreement;
        const ScheduleTotals t = Pricing::totals(lines, terms, fundingDate);
        const Client client = ClientService(m_db).get(s.clientId);
        const Currency currency(s.currency);
        const QString stamp = timestamp();
        ScheduleRepository repository(m_db);

        const JournalEntry posting = purchasePosting(s, lines, t, fundingDate);

        // Beyond the availability only with a manager's written reason (docs/domain.md §6).
        const FundingPreview check = previewOf(s, lines, posting, t, fundingDate);
        const QString availabilityOverride = options.availabilityOverrideReason.trimmed();
        if (check.overAvailability.isPositive() && availabilityOverride.isEmpty())
            throw Error(Error::Kind::Conflict,
                        tr("availability: funding schedule %1 takes client %2 %3 over its "
                           "availability; a manager must override this with a reason.")
                            .arg(s.number, client.code, check.overAvailability.toLocaleString()),
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
            throw ScheduleApprovalService::changedMeanwhile();
        const auto plain = [currency](Money v) { return v.withCurrency(currency).toPlainString(); };
        QJsonArray overrideLog;
        for (const FundingProblem &p : overridden)
            overrideLog.append(QJsonObject{{QStringLiteral("invoice"), p.invoiceNo},
                                           {QStringLiteral("line"), p.lineNo},
                                           {QStringLiteral("check"), p.check.code},
                                           {QStringLiteral("amount"), plain(p.check.amount)},
                                           {QStringLiteral("reason"), override.reason.trimmed()}});
        QJsonObject after{{QStringLiteral("status"), QStringLiteral("funded")},
                          {QStringLiteral("date"), isoDate(fundingDate)},
                          {QStringLiteral("face"), plain(t.face)},
                          {QStringLiteral("advance"), plain(t.advance)},
                          {QStringLiteral("commission"), plain(t.commission)},
                          {QStringLiteral("reserve"), plain(t.reserve)},
                          {QStringLiteral("charges"), plain(t.charges)},
                          {QStringLiteral("net_payment"), plain(t.netPayment)},
                          {QStringLiteral("journal_entry"), entryId}};
        if (!overrideLog.isEmpty())
            after.insert(QStringLiteral("overrides"), overrideLog);
        if (check.overAvailability.isPositive()) {
            after.insert(QStringLiteral("over_availability"), plain(check.overAvailability));
            after.insert(QStringLiteral("availability_override"), availabilityOverride);
        }
        AuditLog(m_db).record(
            who, QStringLiteral("schedule.fund"), QStringLiteral("schedule"), s.number,
            QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")}}, after);
        reachPoint("fund-before-commit");
        tx.commit();
        PlannerStatistics::refreshAfterBulkWrite(m_db, lines.size(), kBulkTables);

        FundingResult r;
        r.scheduleId = s.id;
        r.number = s.number;
        r.totals = t;
        r.journalEntryId = entryId;
        r.clientPaymentId = paymentId;
        r.newlyNotifiedDebtorIds = notified;
        r.overridden = overridden;
        return r;
    });
}

UnfundResult ScheduleFundingService::unfund(const Session &who, qint64 scheduleId,
                                            const QString &reason, QDate date)
{
    who.require(Role::Manager, tr("unfund a schedule"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: say why the purchase is undone."),
                    QStringLiteral("reason"));
    const QDate day = date.isValid() ? date : BusinessCalendar(m_db).today();
    Transaction tx(m_db);
    const Schedule s = ScheduleQuery(m_db).schedule(scheduleId, false);
    if (s.status != ScheduleStatus::Funded || s.journalEntryId <= 0)
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 is %2; only a funded schedule can be unfunded.")
                        .arg(s.number, scheduleStatusTitle(s.status)));
    if (day < s.fundingDate)
        throw Error(Error::Kind::Validation,
                    tr("date: the purchase is undone on or after its funding date %1.")
                        .arg(isoDate(s.fundingDate)),
                    QStringLiteral("date"));
    ScheduleRepository repository(m_db);
    // The guarded step first: it takes the schedule's row (the write lock on SQLite), so a
    // second unfund, or a funding racing this one, finds the schedule changed.
    if (!repository.setUnfunded(s.id))
        throw Error(
            Error::Kind::Conflict,
            tr("Schedule %1 changed while it was being unfunded; try again.").arg(s.number));
    const qint64 purchaseId = s.journalEntryId;
    if (const qint64 other = InvoiceLedger(m_db).otherEntryOnSchedule(s.id, purchaseId))
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 cannot be unfunded: journal entry %2 was posted on its "
                       "invoices after the purchase (something was collected or charged back).")
                        .arg(s.number)
                        .arg(other));
    const QString payment = repository.paymentStatusOf(purchaseId);
    if (!payment.isEmpty() && payment != QLatin1String("due"))
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 cannot be unfunded: its payment to the client was already "
                       "sent by a payment run (it is %2); the money has left the factor's bank, "
                       "so the purchase stands. Nothing was changed.")
                        .arg(s.number, payment));

    JournalService journal(m_db);
    // Books from before schedule unfund may hold a bare `journal reverse` of the purchase:
    // that reversal stands, and unfunding brings the invoices, schedule and payment in line.
    SqlQuery already(m_db, QStringLiteral("SELECT id FROM journal_entries WHERE reverses_id = ?"));
    qint64 reversalId = already.bind(purchaseId).scalar().toLongLong();
    if (reversalId == 0)
        reversalId = journal.post(who, reversalPosting(journal.entry(purchaseId), day, why));
    repository.returnInvoices(s.id);
    const bool cancelled = repository.cancelPaymentOf(purchaseId);
    repository.removeNotices(s.id);
    AuditLog(m_db).record(who, QStringLiteral("schedule.unfund"), QStringLiteral("schedule"),
                          s.number,
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("funded")},
                                      {QStringLiteral("journal_entry"), purchaseId},
                                      {QStringLiteral("funding_date"), isoDate(s.fundingDate)}},
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                      {QStringLiteral("date"), isoDate(day)},
                                      {QStringLiteral("reason"), why},
                                      {QStringLiteral("reversal_entry"), reversalId},
                                      {QStringLiteral("payment_cancelled"), cancelled}});
    tx.commit();

    UnfundResult r;
    r.scheduleId = s.id;
    r.number = s.number;
    r.purchaseEntryId = purchaseId;
    r.reversalEntryId = reversalId;
    r.paymentCancelled = cancelled;
    return r;
}

} // namespace FactorDesk
