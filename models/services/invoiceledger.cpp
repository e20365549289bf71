#include "invoiceledger.h"

#include "businesscalendar.h"
#include "clock.h"
#include "database.h"
#include "journal.h"
#include "sqlquery.h"

namespace FactorDesk {

namespace {

QString day(Database &db, QDate asOf)
{
    return isoDate(asOf.isValid() ? asOf : BusinessCalendar(db).today());
}

} // namespace

qint64 InvoiceLedger::openBalance(qint64 invoiceId, QDate asOf) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(l.debit), 0) - COALESCE(SUM(l.credit), 0) "
                                    "FROM journal_lines l JOIN accounts a ON a.id = l.account_id "
                                    "WHERE a.code = ? AND l.invoice_id = ? AND l.entry_date <= ?"));
    return q.bind(Accounts::factoredReceivables())
        .bind(invoiceId)
        .bind(day(m_db, asOf))
        .scalar()
        .toLongLong();
}

QHash<qint64, qint64> InvoiceLedger::openBalances(QDate asOf, qint64 clientId) const
{
    QString sql = QStringLiteral(
        "SELECT l.invoice_id, SUM(l.debit) - SUM(l.credit) FROM journal_lines l JOIN accounts a "
        "ON a.id = l.account_id WHERE a.code = ? AND l.invoice_id IS NOT NULL AND "
        "l.entry_date <= ?");
    if (clientId > 0)
        sql += QStringLiteral(" AND l.client_id = ?");
    sql += QStringLiteral(" GROUP BY l.invoice_id HAVING SUM(l.debit) <> SUM(l.credit)");
    SqlQuery q(m_db, sql);
    q.bind(Accounts::factoredReceivables()).bind(day(m_db, asOf));
    if (clientId > 0)
        q.bind(clientId);
    q.exec();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.int64(0), q.int64(1));
    return out;
}

qint64 InvoiceLedger::reserve(qint64 clientId, QDate asOf) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(l.credit), 0) - COALESCE(SUM(l.debit), 0) "
                                    "FROM journal_lines l JOIN accounts a ON a.id = l.account_id "
                                    "WHERE a.code = ? AND l.client_id = ? AND l.entry_date <= ?"));
    return q.bind(Accounts::clientReserves())
        .bind(clientId)
        .bind(day(m_db, asOf))
        .scalar()
        .toLongLong();
}

qint64 InvoiceLedger::otherEntryOnSchedule(qint64 scheduleId, qint64 exceptEntryId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT MIN(l.entry_id) FROM journal_lines l JOIN invoices i "
                                    "ON i.id = l.invoice_id WHERE i.schedule_id = ? AND "
                                    "l.entry_id <> ?"));
    return q.bind(scheduleId).bind(exceptEntryId).scalar().toLongLong();
}

std::optional<InvoiceLedger::Disagreement> InvoiceLedger::firstDisagreement() const
{
    // One pass over the invoices joined to one grouped pass over the receivables lines. An
    // open invoice has a positive balance; one not bought, or settled (paid, charged back,
    // written off, closed), has none.
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT i.id, i.invoice_no, i.status, i.open_balance, COALESCE(j.balance, 0), "
                   "i.currency FROM invoices i LEFT JOIN (SELECT l.invoice_id, SUM(l.debit) - "
                   "SUM(l.credit) AS balance FROM journal_lines l JOIN accounts a ON a.id = "
                   "l.account_id WHERE a.code = ? AND l.invoice_id IS NOT NULL GROUP BY "
                   "l.invoice_id) j ON j.invoice_id = i.id WHERE i.open_balance <> "
                   "COALESCE(j.balance, 0) OR (i.status = 'open' AND COALESCE(j.balance, 0) <= 0) "
                   "OR (i.status <> 'open' AND COALESCE(j.balance, 0) <> 0) ORDER BY i.id LIMIT "
                   "1"));
    q.bind(Accounts::factoredReceivables()).exec();
    if (!q.next())
        return std::nullopt;
    return Disagreement{q.int64(0), q.text(1), q.text(2), q.int64(3), q.int64(4), q.text(5)};
}

} // namespace FactorDesk
