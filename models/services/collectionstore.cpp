#include "collectionstore.h"

#include "auditlog.h"
#include "businesscalendar.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "invoiceledger.h"
#include "invoicenumber.h"
#include "ledger.h"
#include "sqlquery.h"

#include <QJsonObject>
#include <algorithm>

namespace FactorDesk {

namespace {

const char *const kInvoiceColumns =
    "SELECT i.id, i.client_id, i.debtor_id, i.invoice_no, c.code, d.code, i.currency, "
    "i.due_date, i.amount, i.open_balance, i.eligible_amount, COALESCE(i.order_approval_id, 0), "
    "i.status FROM invoices i JOIN clients c ON c.id = i.client_id JOIN debtors d ON d.id = "
    "i.debtor_id WHERE ";

} // namespace

QString collectionSourceName(CollectionStore::Source s)
{
    switch (s) {
    case CollectionStore::Source::Manual:
        return QStringLiteral("manual");
    case CollectionStore::Source::Csv:
        return QStringLiteral("csv");
    case CollectionStore::Source::Dispute:
        return QStringLiteral("dispute");
    case CollectionStore::Source::Recourse:
        return QStringLiteral("recourse");
    case CollectionStore::Source::Insolvency:
        return QStringLiteral("insolvency");
    }
    return {};
}

qint64 CollectionStore::clientIdOf(const QString &clientCode) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM clients WHERE lower(code) = lower(?)"));
    const QVariant id = q.bind(clientCode.trimmed()).scalar();
    if (!id.isValid())
        throw Error(Error::Kind::NotFound, tr("There is no client %1.").arg(clientCode),
                    QStringLiteral("client"));
    return id.toLongLong();
}

CollectionStore::Invoice CollectionStore::readInvoice(const QString &where, const QVariant &a,
                                                      const QVariant &b) const
{
    SqlQuery q(m_db, QString::fromLatin1(kInvoiceColumns) + where);
    q.bind(a);
    if (b.isValid())
        q.bind(b);
    q.exec();
    if (!q.next())
        return {};
    Invoice inv;
    inv.ref = InvoiceRef{q.int64(0), q.int64(1), q.int64(2), q.text(3)};
    inv.clientCode = q.text(4);
    inv.debtorCode = q.text(5);
    inv.currency = Currency(q.text(6));
    inv.dueDate = parseIsoDate(q.text(7));
    inv.amount = q.int64(8);
    inv.openBalance = q.int64(9);
    inv.eligible = q.int64(10);
    inv.orderApprovalId = q.int64(11);
    inv.status = q.text(12);
    return inv;
}

CollectionStore::Invoice CollectionStore::invoiceOf(qint64 clientId, const QString &invoiceNo) const
{
    // A number bought again after a chargeback: the open copy is the one meant.
    Invoice inv = readInvoice(
        QStringLiteral("i.client_id = ? AND i.invoice_key = ? AND i.status NOT IN ('pending', "
                       "'rejected') ORDER BY CASE WHEN i.status = 'open' THEN 0 ELSE 1 END, "
                       "i.id DESC"),
        clientId, InvoiceNumber::key(invoiceNo));
    if (inv.ref.invoiceId)
        return inv;
    SqlQuery pending(m_db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE client_id = ? AND "
                                          "invoice_key = ?"));
    if (pending.bind(clientId).bind(InvoiceNumber::key(invoiceNo)).scalar().toLongLong() > 0)
        throw Error(
            Error::Kind::Conflict,
            tr("invoice: %1 is not funded; only bought invoices can be changed.").arg(invoiceNo),
            QStringLiteral("invoice"));
    throw Error(Error::Kind::NotFound, tr("invoice: the client has no invoice %1.").arg(invoiceNo),
                QStringLiteral("invoice"));
}

CollectionStore::Invoice CollectionStore::invoice(qint64 invoiceId) const
{
    Invoice inv = readInvoice(QStringLiteral("i.id = ?"), invoiceId);
    if (!inv.ref.invoiceId)
        throw Error(Error::Kind::NotFound, tr("There is no invoice %1.").arg(invoiceId));
    return inv;
}

Money CollectionStore::checkAmount(const Invoice &inv, Money amount) const
{
    if (!amount.currency().isNone() && amount.currency() != inv.currency)
        throw Error(Error::Kind::Validation,
                    tr("amount: invoice %1 is in %2, not %3.")
                        .arg(inv.ref.invoiceNo, inv.currency.code(), amount.currency().code()),
                    QStringLiteral("amount"));
    const Money m = amount.withCurrency(inv.currency);
    if (!m.isPositive())
        throw Error(Error::Kind::Validation, tr("amount: must be more than zero."),
                    QStringLiteral("amount"));
    if (inv.status != QLatin1String("open") || inv.openBalance <= 0)
        throw Error(
            Error::Kind::Conflict,
            tr("invoice: %1 is %2; nothing is open on it.").arg(inv.ref.invoiceNo, inv.status),
            QStringLiteral("invoice"));
    if (m.minor() > inv.openBalance)
        throw Error(Error::Kind::Validation,
                    tr("amount: %1 is more than the %2 open on invoice %3.")
                        .arg(m.toPlainString(),
                             Money::fromMinor(inv.openBalance, inv.currency).toPlainString(),
                             inv.ref.invoiceNo),
                    QStringLiteral("amount"));
    return m;
}

qint64 CollectionStore::openDisputes(qint64 invoiceId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM disputes WHERE "
                                    "invoice_id = ? AND status = 'open'"));
    return q.bind(invoiceId).scalar().toLongLong();
}

void CollectionStore::follow(const Invoice &inv, Money taken, const QString &settledStatus,
                             qint64 chargebackId)
{
    const qint64 delta = taken.minor();
    SqlQuery q(m_db, QStringLiteral("UPDATE invoices SET open_balance = open_balance - ?, status "
                                    "= CASE WHEN open_balance - ? = 0 THEN ? ELSE 'open' END, "
                                    "live_key = CASE WHEN open_balance - ? = 0 AND ? = 1 THEN "
                                    "NULL ELSE live_key END WHERE id = ? AND "
                                    "status = 'open' AND open_balance - ? >= 0"));
    q.bind(delta)
        .bind(delta)
        .bind(settledStatus)
        .bind(delta)
        .bind(settledStatus == QLatin1String("charged_back") ? 1 : 0)
        .bind(inv.ref.invoiceId)
        .bind(delta)
        .exec();
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    tr("Invoice %1 changed meanwhile; try again.").arg(inv.ref.invoiceNo));
    if (delta == inv.openBalance && chargebackId > 0) {
        // Nothing is left to dispute: the open disputes went back to the client with it.
        SqlQuery d(m_db, QStringLiteral("UPDATE disputes SET status = 'charged_back', "
                                        "chargeback_id = ?, resolved_by = (SELECT created_by "
                                        "FROM chargebacks WHERE id = ?), resolved_at = ?, "
                                        "resolution_note = ? WHERE invoice_id = ? AND status = "
                                        "'open'"));
        d.bind(chargebackId)
            .bind(chargebackId)
            .bind(timestamp())
            .bind(tr("charged back with the invoice"))
            .bind(inv.ref.invoiceId)
            .exec();
    }
}

QDate CollectionStore::postingDay(QDate date) const
{
    return date.isValid() ? date : BusinessCalendar(m_db).today();
}

qint64 CollectionStore::postCreditNote(const Session &who, const Invoice &inv, Money amount,
                                       QDate date, const QString &reference, Source source,
                                       int sourceLine)
{
    const Money m = checkAmount(inv, amount);
    const QDate day = postingDay(date);
    const QString memo = reference.isEmpty()
                             ? tr("Credit note on %1").arg(inv.ref.invoiceNo)
                             : tr("Credit note %1 on %2").arg(reference, inv.ref.invoiceNo);
    const JournalEntry entry = creditNotePosting(day, {{inv.ref, m}}, memo);
    const qint64 entryId = JournalService(m_db).post(who, entry);
    follow(inv, m, QStringLiteral("closed"));
    const QString stamp = timestamp();
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO credit_notes (client_id, invoice_id, amount, "
                                      "currency, note_date, reference, source, source_line, "
                                      "journal_entry_id, created_by, created_at) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id = ins.bind(inv.ref.clientId)
                          .bind(inv.ref.invoiceId)
                          .bind(m.minor())
                          .bind(inv.currency.code())
                          .bind(isoDate(day))
                          .bind(reference)
                          .bind(collectionSourceName(source))
                          .bind(sourceLine)
                          .bind(entryId)
                          .bind(who.userId())
                          .bind(stamp)
                          .scalar()
                          .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("credit_note.add"), QStringLiteral("credit_note"),
                          QString::number(id), {},
                          QJsonObject{{QStringLiteral("invoice"), inv.ref.invoiceNo},
                                      {QStringLiteral("client"), inv.clientCode},
                                      {QStringLiteral("amount"), m.toPlainString()},
                                      {QStringLiteral("date"), isoDate(day)},
                                      {QStringLiteral("reference"), reference},
                                      {QStringLiteral("source"), collectionSourceName(source)},
                                      {QStringLiteral("journal_entry"), entryId}});
    return id;
}

qint64 CollectionStore::postChargeback(const Session &who, const Invoice &inv, Money amount,
                                       QDate date, const QString &reason, Source source)
{
    const Money m = checkAmount(inv, amount);
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: say why it is charged back."),
                    QStringLiteral("reason"));
    const QDate day = postingDay(date);
    // The reserve is read under the client's lock: two chargebacks cannot both spend it.
    lockRow(m_db, QStringLiteral("clients"), inv.ref.clientId);
    const QDate asOf = std::max(day, BusinessCalendar(m_db).today());
    const Money reserve =
        Money::fromMinor(InvoiceLedger(m_db).reserve(inv.ref.clientId, asOf), inv.currency);
    const ChargebackSplit split = chargebackSplit(m, reserve);
    const JournalEntry entry =
        chargebackPosting(day, {{inv.ref, m}}, reserve,
                          tr("Chargeback of %1: %2").arg(inv.ref.invoiceNo, reason.trimmed()));
    const qint64 entryId = JournalService(m_db).post(who, entry);
    const QString stamp = timestamp();
    SqlQuery ins(m_db,
                 QStringLiteral("INSERT INTO chargebacks (client_id, invoice_id, amount, "
                                "from_reserve, to_recourse, currency, chargeback_date, reason, "
                                "source, journal_entry_id, created_by, created_at) VALUES (?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id = ins.bind(inv.ref.clientId)
                          .bind(inv.ref.invoiceId)
                          .bind(m.minor())
                          .bind(split.fromReserve.minor())
                          .bind(split.toRecourse.minor())
                          .bind(inv.currency.code())
                          .bind(isoDate(day))
                          .bind(reason.trimmed())
                          .bind(collectionSourceName(source))
                          .bind(entryId)
                          .bind(who.userId())
                          .bind(stamp)
                          .scalar()
                          .toLongLong();
    follow(inv, m, QStringLiteral("charged_back"), id);
    AuditLog(m_db).record(
        who, QStringLiteral("chargeback.post"), QStringLiteral("chargeback"), QString::number(id),
        {},
        QJsonObject{{QStringLiteral("invoice"), inv.ref.invoiceNo},
                    {QStringLiteral("client"), inv.clientCode},
                    {QStringLiteral("amount"), m.toPlainString()},
                    {QStringLiteral("from_reserve"), split.fromReserve.toPlainString()},
                    {QStringLiteral("to_recourse"), split.toRecourse.toPlainString()},
                    {QStringLiteral("date"), isoDate(day)},
                    {QStringLiteral("reason"), reason.trimmed()},
                    {QStringLiteral("source"), collectionSourceName(source)},
                    {QStringLiteral("journal_entry"), entryId}});
    return id;
}

qint64 CollectionStore::postCreditLoss(const Session &who, const Invoice &inv, Money amount,
                                       QDate date)
{
    const Money m = checkAmount(inv, amount);
    const QDate day = postingDay(date);
    const JournalEntry entry = creditLossPosting(
        day, {{inv.ref, m}},
        tr("Credit loss on %1 (debtor %2 insolvent)").arg(inv.ref.invoiceNo, inv.debtorCode));
    const qint64 entryId = JournalService(m_db).post(who, entry);
    follow(inv, m, QStringLiteral("written_off"));
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO credit_losses (client_id, debtor_id, "
                                      "invoice_id, amount, currency, loss_date, "
                                      "journal_entry_id, created_by, created_at) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id = ins.bind(inv.ref.clientId)
                          .bind(inv.ref.debtorId)
                          .bind(inv.ref.invoiceId)
                          .bind(m.minor())
                          .bind(inv.currency.code())
                          .bind(isoDate(day))
                          .bind(entryId)
                          .bind(who.userId())
                          .bind(timestamp())
                          .scalar()
                          .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("credit_loss.post"), QStringLiteral("credit_loss"),
                          QString::number(id), {},
                          QJsonObject{{QStringLiteral("invoice"), inv.ref.invoiceNo},
                                      {QStringLiteral("debtor"), inv.debtorCode},
                                      {QStringLiteral("amount"), m.toPlainString()},
                                      {QStringLiteral("date"), isoDate(day)},
                                      {QStringLiteral("journal_entry"), entryId}});
    return id;
}

} // namespace FactorDesk
