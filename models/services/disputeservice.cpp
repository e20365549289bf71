#include "disputeservice.h"

#include "auditlog.h"
#include "businesscalendar.h"
#include "clock.h"
#include "collectionstore.h"
#include "database.h"
#include "error.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonObject>

namespace FactorDesk {

namespace {

const char *const kDisputeColumns =
    "SELECT s.id, s.client_id, c.code, i.debtor_id, d.code, s.invoice_id, i.invoice_no, "
    "s.amount, s.currency, s.reason_code, s.note, COALESCE(s.receipt_id, 0), s.status, "
    "s.opened_on, u.username, s.resolution_note, COALESCE(r.username, ''), "
    "COALESCE(s.resolved_at, ''), COALESCE(s.credit_note_id, s.chargeback_id, 0) FROM disputes s "
    "JOIN clients c ON c.id = s.client_id JOIN invoices i ON i.id = s.invoice_id JOIN debtors d "
    "ON d.id = i.debtor_id JOIN users u ON u.id = s.opened_by LEFT JOIN users r ON r.id = "
    "s.resolved_by";

Dispute readDispute(const SqlQuery &q)
{
    Dispute d;
    d.id = q.int64(0);
    d.clientId = q.int64(1);
    d.clientCode = q.text(2);
    d.debtorId = q.int64(3);
    d.debtorCode = q.text(4);
    d.invoiceId = q.int64(5);
    d.invoiceNo = q.text(6);
    d.amount = Money::fromMinor(q.int64(7), Currency(q.text(8)));
    d.reasonCode = q.text(9);
    d.note = q.text(10);
    d.receiptId = q.int64(11);
    d.status = parseDisputeStatus(q.text(12)).value_or(DisputeStatus::Open);
    d.openedOn = parseIsoDate(q.text(13));
    d.openedBy = q.text(14);
    d.resolutionNote = q.text(15);
    d.resolvedBy = q.text(16);
    d.resolvedAt = q.text(17);
    d.resultId = q.int64(18);
    return d;
}

} // namespace

qint64 DisputeService::open(const Session &who, const DisputeInput &in)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("open disputes"));
    const std::optional<DisputeReason> reason = DisputeReasons::find(in.reasonCode);
    if (!reason) {
        QStringList codes;
        for (const DisputeReason &r : DisputeReasons::all())
            codes << r.code;
        throw Error(Error::Kind::Validation,
                    tr("reason: \"%1\" is not a reason code (%2).")
                        .arg(in.reasonCode, codes.join(QStringLiteral(", "))),
                    QStringLiteral("reason"));
    }
    Transaction tx(m_db);
    CollectionStore store(m_db);
    const CollectionStore::Invoice inv =
        store.invoiceOf(store.clientIdOf(in.clientCode), in.invoiceNo.trimmed());
    lockRow(m_db, QStringLiteral("invoices"), inv.ref.invoiceId);
    const Money amount = store.checkAmount(inv, in.amount);
    const qint64 already = store.openDisputes(inv.ref.invoiceId);
    if (amount.minor() + already > inv.openBalance)
        throw Error(
            Error::Kind::Validation,
            tr("amount: %1 is in dispute on invoice %2 already; at most %3 more can be.")
                .arg(Money::fromMinor(already, inv.currency).toPlainString(), inv.ref.invoiceNo,
                     Money::fromMinor(inv.openBalance - already, inv.currency).toPlainString()),
            QStringLiteral("amount"));
    if (in.receiptId > 0) {
        SqlQuery r(m_db, QStringLiteral("SELECT id FROM receipts WHERE id = ?"));
        if (!r.bind(in.receiptId).scalar().isValid())
            throw Error(Error::Kind::NotFound, tr("There is no receipt %1.").arg(in.receiptId),
                        QStringLiteral("receipt"));
    }
    const QString stamp = timestamp();
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO disputes (client_id, invoice_id, amount, "
                                      "currency, reason_code, note, receipt_id, status, "
                                      "opened_on, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, "
                                      "?, ?, 'open', ?, ?, ?) RETURNING id"));
    const qint64 id = ins.bind(inv.ref.clientId)
                          .bind(inv.ref.invoiceId)
                          .bind(amount.minor())
                          .bind(inv.currency.code())
                          .bind(reason->code)
                          .bind(in.note.trimmed())
                          .bindId(in.receiptId)
                          .bind(isoDate(BusinessCalendar(m_db).today()))
                          .bind(who.userId())
                          .bind(stamp)
                          .scalar()
                          .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("dispute.open"), QStringLiteral("dispute"),
                          QString::number(id), {},
                          QJsonObject{{QStringLiteral("invoice"), inv.ref.invoiceNo},
                                      {QStringLiteral("client"), inv.clientCode},
                                      {QStringLiteral("amount"), amount.toPlainString()},
                                      {QStringLiteral("reason"), reason->code},
                                      {QStringLiteral("note"), in.note.trimmed()},
                                      {QStringLiteral("receipt_id"), in.receiptId}});
    tx.commit();
    return id;
}

void DisputeService::resolve(const Session &who, qint64 id, DisputeResolution resolution,
                             const QString &note)
{
    if (resolution == DisputeResolution::ChargedBack)
        who.require(Role::Manager, tr("charge disputes back to the client"));
    else
        who.require(Roles(Role::Clerk) | Role::Manager, tr("resolve disputes"));
    Transaction tx(m_db);
    lockRow(m_db, QStringLiteral("disputes"), id);
    const Dispute d = get(id);
    if (d.status != DisputeStatus::Open)
        throw Error(
            Error::Kind::Conflict,
            tr("Dispute %1 was resolved already (%2).").arg(id).arg(disputeStatusName(d.status)));
    CollectionStore store(m_db);
    const CollectionStore::Invoice inv = store.invoice(d.invoiceId);
    qint64 creditNoteId = 0;
    qint64 chargebackId = 0;
    const QString why = note.trimmed().isEmpty()
                            ? tr("dispute %1 (%2)").arg(id).arg(d.reasonCode)
                            : tr("dispute %1 (%2): %3").arg(id).arg(d.reasonCode, note.trimmed());
    // Dated by the business date, as every act of the books is (not the calendar's date).
    const QDate day = BusinessCalendar(m_db).today();
    DisputeStatus status = DisputeStatus::Paid;
    if (resolution == DisputeResolution::Credited) {
        creditNoteId =
            store.postCreditNote(who, inv, d.amount, day, why, CollectionStore::Source::Dispute);
        status = DisputeStatus::Credited;
    } else if (resolution == DisputeResolution::ChargedBack) {
        chargebackId =
            store.postChargeback(who, inv, d.amount, day, why, CollectionStore::Source::Dispute);
        status = DisputeStatus::ChargedBack;
    }
    SqlQuery upd(m_db, QStringLiteral("UPDATE disputes SET status = ?, resolution_note = ?, "
                                      "resolved_by = ?, resolved_at = ?, credit_note_id = ?, "
                                      "chargeback_id = ? WHERE id = ? AND (status = 'open' OR "
                                      "chargeback_id = ?)"));
    upd.bind(disputeStatusName(status))
        .bind(note.trimmed())
        .bind(who.userId())
        .bind(timestamp())
        .bindId(creditNoteId)
        .bindId(chargebackId)
        .bind(id)
        .bindId(chargebackId)
        .exec();
    if (upd.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    tr("Another user changed dispute %1; try again.").arg(id));
    AuditLog(m_db).record(who, QStringLiteral("dispute.resolve"), QStringLiteral("dispute"),
                          QString::number(id),
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}},
                          QJsonObject{{QStringLiteral("status"), disputeStatusName(status)},
                                      {QStringLiteral("note"), note.trimmed()},
                                      {QStringLiteral("credit_note_id"), creditNoteId},
                                      {QStringLiteral("chargeback_id"), chargebackId}});
    tx.commit();
}

Dispute DisputeService::get(qint64 id) const
{
    SqlQuery q(m_db, QString::fromLatin1(kDisputeColumns) + QStringLiteral(" WHERE s.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no dispute %1.").arg(id));
    return readDispute(q);
}

QList<Dispute> DisputeService::list(bool openOnly) const
{
    SqlQuery q(m_db, QString::fromLatin1(kDisputeColumns) +
                         (openOnly ? QStringLiteral(" WHERE s.status = 'open'") : QString()) +
                         QStringLiteral(" ORDER BY s.id DESC"));
    q.exec();
    QList<Dispute> out;
    while (q.next())
        out << readDispute(q);
    return out;
}

qint64 DisputeService::openAmount(qint64 invoiceId) const
{
    return CollectionStore(m_db).openDisputes(invoiceId);
}

} // namespace FactorDesk
