#include "collectionsquery.h"

#include "businesscalendar.h"
#include "clock.h"
#include "database.h"
#include "journal.h"
#include "sqlquery.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace FactorDesk {

namespace {

// The notes that say what is next: the newest of each debtor, of each invoice, and the newest
// promise of each debtor.
QHash<qint64, CollectionNote> latestNotes(Database &db, qint64 debtorId)
{
    const QString only = debtorId ? QStringLiteral(" WHERE debtor_id = ?") : QString();
    const QString onlyAnd = debtorId ? QStringLiteral(" AND debtor_id = ?") : QString();
    SqlQuery q(db,
               QStringLiteral("SELECT n.id, n.debtor_id, n.invoice_id, COALESCE(i.invoice_no, ''), "
                              "n.note, n.follow_up, n.promised_date, n.promised_amount, "
                              "n.promised_currency, u.username, n.created_at FROM "
                              "collection_notes n JOIN users u ON u.id = n.created_by LEFT JOIN "
                              "invoices i ON i.id = n.invoice_id WHERE n.id IN (SELECT "
                              "MAX(id) FROM collection_notes%1 GROUP BY debtor_id) OR n.id IN "
                              "(SELECT MAX(id) FROM collection_notes WHERE invoice_id IS NOT "
                              "NULL%2 GROUP BY invoice_id) OR n.id IN (SELECT MAX(id) FROM "
                              "collection_notes WHERE promised_date IS NOT NULL%2 GROUP BY "
                              "debtor_id)")
                   .arg(only, onlyAnd));
    if (debtorId)
        q.bind(debtorId).bind(debtorId).bind(debtorId);
    q.exec();
    QHash<qint64, CollectionNote> out;
    while (q.next()) {
        CollectionNote n;
        n.id = q.int64(0);
        n.debtorId = q.int64(1);
        n.invoiceId = q.int64(2);
        n.invoiceNo = q.text(3);
        n.text = q.text(4);
        n.followUp = parseIsoDate(q.text(5));
        n.promisedDate = parseIsoDate(q.text(6));
        if (!q.isNull(7))
            n.promisedAmount = Money::fromMinor(q.int64(7), Currency(q.text(8)));
        n.createdBy = q.text(9);
        n.createdAt = q.text(10);
        out.insert(n.id, n);
    }
    return out;
}

} // namespace

bool CollectionsQuery::comesBefore(const WorklistDebtor &a, const WorklistDebtor &b)
{
    if (a.followUpDue != b.followUpDue)
        return a.followUpDue;
    // Amounts of two currencies are compared by their minor units: an order, not a sum.
    if (a.overdue.minor() != b.overdue.minor())
        return a.overdue.minor() > b.overdue.minor();
    if (a.debtorCode != b.debtorCode)
        return a.debtorCode < b.debtorCode;
    return a.overdue.currency().code() < b.overdue.currency().code();
}

QList<WorklistDebtor> CollectionsQuery::worklist(const WorklistFilter &filter) const
{
    const QDate asOf = filter.asOf.isValid() ? filter.asOf : BusinessCalendar(m_db).today();
    // One grouped pass: the overdue invoices joined to their lines on factored receivables up
    // to the as-of day; what the journal leaves open is what is owed.
    QString sql = QStringLiteral(
        "SELECT i.id, i.invoice_no, c.code, i.debtor_id, d.code, d.name, i.invoice_date, "
        "i.due_date, i.currency, i.amount, SUM(l.debit) - SUM(l.credit) FROM invoices i JOIN "
        "clients c ON c.id = i.client_id JOIN debtors d ON d.id = i.debtor_id JOIN journal_lines "
        "l ON l.invoice_id = i.id JOIN accounts a ON a.id = l.account_id WHERE a.code = ? AND "
        "l.entry_date <= ? AND i.due_date < ? AND i.status NOT IN ('pending', 'rejected')");
    if (filter.clientId)
        sql += QStringLiteral(" AND i.client_id = ?");
    if (filter.debtorId)
        sql += QStringLiteral(" AND i.debtor_id = ?");
    sql += QStringLiteral(" GROUP BY i.id, i.invoice_no, c.code, i.debtor_id, d.code, d.name, "
                          "i.invoice_date, i.due_date, i.currency, i.amount HAVING SUM(l.debit) "
                          "- SUM(l.credit) > 0 ORDER BY i.due_date, i.invoice_date, i.id");
    SqlQuery q(m_db, sql);
    q.bind(Accounts::factoredReceivables()).bind(isoDate(asOf)).bind(isoDate(asOf));
    if (filter.clientId)
        q.bind(filter.clientId);
    if (filter.debtorId)
        q.bind(filter.debtorId);
    q.exec();

    QMap<QPair<qint64, QString>, WorklistDebtor> debtors;
    while (q.next()) {
        const Currency currency(q.text(8));
        WorklistInvoice inv;
        inv.invoiceId = q.int64(0);
        inv.invoiceNo = q.text(1);
        inv.clientCode = q.text(2);
        inv.invoiceDate = parseIsoDate(q.text(6));
        inv.dueDate = parseIsoDate(q.text(7));
        inv.daysOverdue = int(inv.dueDate.daysTo(asOf));
        inv.amount = Money::fromMinor(q.int64(9), currency);
        inv.open = Money::fromMinor(q.int64(10), currency);
        WorklistDebtor &d = debtors[{q.int64(3), currency.code()}];
        if (!d.debtorId) {
            d.debtorId = q.int64(3);
            d.debtorCode = q.text(4);
            d.debtorName = q.text(5);
            d.overdue = Money::fromMinor(0, currency);
        }
        d.overdue += inv.open;
        d.maxDaysOverdue = std::max(d.maxDaysOverdue, inv.daysOverdue);
        d.invoices.append(inv);
    }
    if (debtors.isEmpty())
        return {};

    // Notes are read after the invoices, newest per debtor, per invoice and per promise.
    QHash<qint64, CollectionNote> latestOfDebtor;
    QHash<qint64, CollectionNote> latestOfInvoice;
    QHash<qint64, CollectionNote> promiseOfDebtor;
    const QHash<qint64, CollectionNote> notes = latestNotes(m_db, filter.debtorId);
    for (const CollectionNote &n : notes) {
        const auto newer = [&n](QHash<qint64, CollectionNote> &hash, qint64 key) {
            auto it = hash.find(key);
            if (it == hash.end())
                hash.insert(key, n);
            else if (n.id > it->id)
                *it = n;
        };
        newer(latestOfDebtor, n.debtorId);
        if (n.invoiceId)
            newer(latestOfInvoice, n.invoiceId);
        if (n.promisedDate.isValid())
            newer(promiseOfDebtor, n.debtorId);
    }

    QList<WorklistDebtor> out;
    out.reserve(debtors.size());
    for (WorklistDebtor &d : debtors) {
        if (latestOfDebtor.contains(d.debtorId)) {
            d.latestNote = latestOfDebtor.value(d.debtorId);
            d.nextFollowUp = d.latestNote->followUp;
        }
        if (promiseOfDebtor.contains(d.debtorId))
            d.latestPromise = promiseOfDebtor.value(d.debtorId);
        d.followUpDue = d.nextFollowUp.isValid() && d.nextFollowUp <= asOf;
        for (WorklistInvoice &inv : d.invoices)
            if (latestOfInvoice.contains(inv.invoiceId))
                inv.latestNote = latestOfInvoice.value(inv.invoiceId);
        out.append(d);
    }
    std::sort(out.begin(), out.end(), &CollectionsQuery::comesBefore);
    return out;
}

} // namespace FactorDesk
