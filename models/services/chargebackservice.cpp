#include "chargebackservice.h"

#include "agreementservice.h"
#include "auditlog.h"
#include "businesscalendar.h"
#include "clock.h"
#include "collectionstore.h"
#include "database.h"
#include "debtorservice.h"
#include "error.h"
#include "ledger.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QJsonObject>
#include <algorithm>

namespace FactorDesk {

qint64 ChargebackService::chargeBack(const Session &who, const ChargebackInput &in)
{
    who.require(Role::Manager, tr("charge invoices back to the client"));
    if (in.reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: say why it is charged back."),
                    QStringLiteral("reason"));
    return retryOnConflict(
        m_db, tr("Another user changed invoice %1; try again.").arg(in.invoiceNo), [&] {
            Transaction tx(m_db);
            CollectionStore store(m_db);
            const CollectionStore::Invoice inv =
                store.invoiceOf(store.clientIdOf(in.clientCode), in.invoiceNo.trimmed());
            const Money amount =
                in.amount ? *in.amount : Money::fromMinor(inv.openBalance, inv.currency);
            const qint64 id =
                store.postChargeback(who, inv, amount, CollectionStore(m_db).postingDay(in.date),
                                     in.reason.trimmed(), CollectionStore::Source::Manual);
            tx.commit();
            return id;
        });
}

Money ChargebackService::recourseOwed(const QString &clientCode, QDate asOf) const
{
    const qint64 clientId = CollectionStore(m_db).clientIdOf(clientCode);
    SqlQuery c(m_db, QStringLiteral("SELECT currency FROM clients WHERE id = ?"));
    const Currency currency(c.bind(clientId).scalar().toString());
    return Money::fromMinor(JournalService(m_db).balance(Accounts::recourseReceivable(),
                                                         CollectionStore(m_db).postingDay(asOf),
                                                         clientId),
                            currency);
}

qint64 ChargebackService::recordBuybackPayment(const Session &who, const QString &clientCode,
                                               Money amount, QDate date, const QString &reference)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("record buy-back payments"));
    Transaction tx(m_db);
    CollectionStore store(m_db);
    const qint64 clientId = store.clientIdOf(clientCode);
    lockRow(m_db, QStringLiteral("clients"), clientId);
    const QDate day = CollectionStore(m_db).postingDay(date);
    const Money owed = recourseOwed(clientCode, std::max(day, BusinessCalendar(m_db).today()));
    if (!amount.currency().isNone() && amount.currency() != owed.currency())
        throw Error(Error::Kind::Validation,
                    tr("amount: client %1 is in %2, not %3.")
                        .arg(clientCode, owed.currency().code(), amount.currency().code()),
                    QStringLiteral("amount"));
    const Money m = amount.withCurrency(owed.currency());
    const QString memo = reference.trimmed().isEmpty()
                             ? tr("Buy-back paid by %1").arg(clientCode)
                             : tr("Buy-back paid by %1: %2").arg(clientCode, reference.trimmed());
    const JournalEntry entry = buybackPaymentPosting(day, clientId, m, owed, memo);
    const qint64 entryId = JournalService(m_db).post(who, entry);
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO buyback_payments (client_id, amount, "
                                      "currency, payment_date, reference, journal_entry_id, "
                                      "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"));
    const qint64 id = ins.bind(clientId)
                          .bind(m.minor())
                          .bind(m.currency().code())
                          .bind(isoDate(day))
                          .bind(reference.trimmed())
                          .bind(entryId)
                          .bind(who.userId())
                          .bind(timestamp())
                          .scalar()
                          .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("buyback.pay"), QStringLiteral("buyback_payment"),
                          QString::number(id), {},
                          QJsonObject{{QStringLiteral("client"), clientCode},
                                      {QStringLiteral("amount"), m.toPlainString()},
                                      {QStringLiteral("date"), isoDate(day)},
                                      {QStringLiteral("reference"), reference.trimmed()},
                                      {QStringLiteral("journal_entry"), entryId}});
    tx.commit();
    return id;
}

QList<RecourseDue> ChargebackService::dueForRecourse(QDate asOf) const
{
    const QDate day = CollectionStore(m_db).postingDay(asOf);
    // Every client's terms of the day in one pass; only those with recourse matter, and only
    // invoices due before the earliest recourse cut-off of any of them are read.
    QHash<qint64, Agreement> terms = AgreementService(m_db).inForceForAll(day);
    terms.removeIf([](const QHash<qint64, Agreement>::iterator it) { return !it->recourse; });
    QList<RecourseDue> out;
    if (terms.isEmpty())
        return out;
    int shortest = terms.cbegin()->recourseDays;
    for (const Agreement &a : terms)
        shortest = std::min(shortest, a.recourseDays);
    // Credit-protected invoices (an order approval code) are without recourse (§5).
    SqlQuery q(m_db, QStringLiteral("SELECT i.id, i.client_id, c.code, d.code, i.invoice_no, "
                                    "i.due_date, i.open_balance, i.currency FROM invoices i JOIN "
                                    "clients c ON c.id = i.client_id JOIN debtors d ON d.id = "
                                    "i.debtor_id WHERE i.status = 'open' AND i.open_balance > 0 "
                                    "AND i.order_approval_id IS NULL AND i.due_date < ? ORDER BY "
                                    "i.due_date, i.id"));
    q.bind(isoDate(day.addDays(-shortest))).exec();
    while (q.next()) {
        const auto a = terms.constFind(q.int64(1));
        if (a == terms.cend())
            continue;
        const QDate due = parseIsoDate(q.text(5));
        const QDate last = due.addDays(a->recourseDays);
        if (last >= day)
            continue;
        out.append(RecourseDue{q.int64(0), q.text(2), q.text(3), q.text(4), due, last,
                               Money::fromMinor(q.int64(6), Currency(q.text(7)))});
    }
    return out;
}

int ChargebackService::chargeBackOverdue(const Session &who, QDate asOf)
{
    who.require(Role::Manager, tr("charge invoices back to the client"));
    const QDate day = CollectionStore(m_db).postingDay(asOf);
    Transaction tx(m_db);
    CollectionStore store(m_db);
    int n = 0;
    for (const RecourseDue &due : dueForRecourse(day)) {
        const CollectionStore::Invoice inv = store.invoice(due.invoiceId);
        store.postChargeback(who, inv, Money::fromMinor(inv.openBalance, inv.currency), day,
                             tr("unpaid past its recourse date %1 (due %2)")
                                 .arg(isoDate(due.recourseDate), isoDate(due.dueDate)),
                             CollectionStore::Source::Recourse);
        ++n;
    }
    tx.commit();
    return n;
}

void ChargebackService::markInsolvent(const Session &who, const QString &debtorCode, QDate date)
{
    who.require(Role::Manager, tr("mark a debtor insolvent"));
    if (!date.isValid())
        throw Error(Error::Kind::Validation, tr("date: give the date of the insolvency."),
                    QStringLiteral("date"));
    Transaction tx(m_db);
    DebtorService debtors(m_db);
    const Debtor d = debtors.requireByCode(debtorCode);
    debtors.setStatus(who, d.id, DebtorStatus::Insolvent, date);
    tx.commit();
}

QList<CreditLossResult> ChargebackService::postCreditLosses(const Session &who, QDate asOf)
{
    who.require(Role::Manager, tr("post credit losses"));
    const QDate day = CollectionStore(m_db).postingDay(asOf);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("SELECT i.id FROM invoices i JOIN debtors d ON d.id = "
                                    "i.debtor_id WHERE d.status = 'insolvent' AND "
                                    "d.insolvency_date <= ? AND i.status = 'open' AND "
                                    "i.open_balance > 0 ORDER BY i.id"));
    q.bind(isoDate(day)).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.int64(0);
    CollectionStore store(m_db);
    AgreementService agreements(m_db);
    QList<CreditLossResult> out;
    for (qint64 id : ids) {
        const CollectionStore::Invoice inv = store.invoice(id);
        const std::optional<Agreement> terms = agreements.inForce(inv.ref.clientId, day);
        const bool withoutRecourse = terms && !terms->recourse;
        if (!inv.orderApprovalId && !withoutRecourse)
            continue; // with recourse: the client's, charged back when its recourse date passes
        // What the factor approved: the order approval's amount (less the losses already taken
        // on it), or, without recourse and no approval, the part within the debtor's limit.
        qint64 cap = inv.eligible;
        if (inv.orderApprovalId) {
            SqlQuery a(m_db, QStringLiteral(
                                 "SELECT COALESCE(o.approved_amount, 0) - COALESCE((SELECT "
                                 "SUM(l.amount) FROM credit_losses l JOIN invoices x ON x.id = "
                                 "l.invoice_id WHERE x.order_approval_id = o.id), 0) FROM "
                                 "order_approvals o WHERE o.id = ? AND o.status IN ('approved', "
                                 "'partial')"));
            cap = a.bind(inv.orderApprovalId).scalar().toLongLong();
        }
        const qint64 disputed = store.openDisputes(id);
        const qint64 loss =
            qBound<qint64>(0, qMin(inv.openBalance - disputed, cap), inv.openBalance);
        const qint64 rest = inv.openBalance - loss;
        CreditLossResult r{inv.ref.invoiceNo, inv.clientCode, Money::fromMinor(loss, inv.currency),
                           Money::fromMinor(rest, inv.currency)};
        if (rest > 0) {
            const qint64 chargebackId = store.postChargeback(
                who, inv, r.chargeback, day,
                tr("debtor %1 insolvent: disputed or over the approved amount").arg(inv.debtorCode),
                CollectionStore::Source::Insolvency);
            // The disputes go back to the client with that chargeback.
            SqlQuery d(m_db, QStringLiteral("UPDATE disputes SET status = 'charged_back', "
                                            "chargeback_id = ?, resolved_by = ?, resolved_at = "
                                            "?, resolution_note = ? WHERE invoice_id = ? AND "
                                            "status = 'open'"));
            d.bind(chargebackId)
                .bind(who.userId())
                .bind(timestamp())
                .bind(tr("debtor insolvent"))
                .bind(id)
                .exec();
        }
        if (loss > 0)
            store.postCreditLoss(who, store.invoice(id), r.loss, day);
        out << r;
    }
    tx.commit();
    return out;
}

} // namespace FactorDesk
