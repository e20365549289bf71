#include "invoicequery.h"

#include "clock.h"
#include "database.h"
#include "error.h"
#include "invoicefiltersql.h"
#include "invoicenumber.h"
#include "sqlquery.h"
#include "transaction.h"

namespace FactorDesk {

QString agingBucketName(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::None:
        return {};
    case AgingBucket::Current:
        return QStringLiteral("current");
    case AgingBucket::Days1To30:
        return QStringLiteral("1-30");
    case AgingBucket::Days31To60:
        return QStringLiteral("31-60");
    case AgingBucket::Days61To90:
        return QStringLiteral("61-90");
    case AgingBucket::Over90:
        return QStringLiteral("90+");
    }
    return {};
}

QString agingBucketTitle(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::None:
        return {};
    case AgingBucket::Current:
        return InvoiceQuery::tr("Current");
    case AgingBucket::Days1To30:
        return InvoiceQuery::tr("1–30 days");
    case AgingBucket::Days31To60:
        return InvoiceQuery::tr("31–60 days");
    case AgingBucket::Days61To90:
        return InvoiceQuery::tr("61–90 days");
    case AgingBucket::Over90:
        return InvoiceQuery::tr("Over 90 days");
    }
    return {};
}

AgingBucket parseAgingBucket(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (AgingBucket b : {AgingBucket::None, AgingBucket::Current, AgingBucket::Days1To30,
                          AgingBucket::Days31To60, AgingBucket::Days61To90, AgingBucket::Over90})
        if (agingBucketName(b) == t)
            return b;
    if (t == QLatin1String("over90") || t == QLatin1String("91+"))
        return AgingBucket::Over90;
    throw Error(Error::Kind::Validation,
                InvoiceQuery::tr("bucket: \"%1\" is not one of current, 1-30, 31-60, 61-90, 90+.")
                    .arg(text),
                QStringLiteral("bucket"));
}

AgingBucket agingBucketFor(int daysPastDue)
{
    if (daysPastDue <= 0)
        return AgingBucket::Current;
    if (daysPastDue <= 30)
        return AgingBucket::Days1To30;
    if (daysPastDue <= 60)
        return AgingBucket::Days31To60;
    if (daysPastDue <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

namespace {

const QString kFrom = QStringLiteral(" FROM invoices i JOIN clients c ON c.id = i.client_id JOIN "
                                     "debtors d ON d.id = i.debtor_id JOIN schedules s ON s.id = "
                                     "i.schedule_id");

} // namespace

QList<InvoiceRow> InvoiceQuery::rows(const InvoiceFilter &filter, InvoiceSort sort,
                                     Qt::SortOrder order, int offset, int limit) const
{
    const QDate asOf = filter.asOf.isValid() ? filter.asOf : today();
    const bool sqlite = m_db.engine() == Database::Engine::SQLite;
    QVariantList binds;
    QString sql =
        QStringLiteral("SELECT i.id, i.schedule_id, s.number, i.client_id, c.code, c.name, "
                       "i.debtor_id, d.code, d.name, i.invoice_no, i.invoice_date, i.due_date, "
                       "i.currency, i.amount, i.open_balance, i.status") +
        kFrom;
    const QString where =
        InvoiceFilterSql::where(InvoiceFilterSql::conditions(filter, asOf, sqlite), binds);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") +
           InvoiceFilterSql::orderBy(InvoiceFilterSql::sortTerms(sort),
                                     InvoiceFilterSql::ascending(sort, order));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(std::max(0, offset));
    else if (offset > 0)
        sql += QStringLiteral(" LIMIT -1 OFFSET %1").arg(offset);
    SqlQuery q(m_db, sql);
    for (const QVariant &b : std::as_const(binds))
        q.bind(b);
    q.exec();
    QList<InvoiceRow> out;
    while (q.next()) {
        InvoiceRow r;
        r.id = q.int64(0);
        r.scheduleId = q.int64(1);
        r.scheduleNumber = q.text(2);
        r.clientId = q.int64(3);
        r.clientCode = q.text(4);
        r.clientName = q.text(5);
        r.debtorId = q.int64(6);
        r.debtorCode = q.text(7);
        r.debtorName = q.text(8);
        r.invoiceNo = q.text(9);
        r.invoiceDate = parseIsoDate(q.text(10));
        r.dueDate = parseIsoDate(q.text(11));
        r.currency = q.text(12);
        r.amount = q.int64(13);
        r.openBalance = q.int64(14);
        r.status = q.text(15);
        if (r.status == QLatin1String("open")) {
            r.daysPastDue = int(std::max<qint64>(0, r.dueDate.daysTo(asOf)));
            r.bucket = agingBucketFor(r.daysPastDue);
        }
        out.append(r);
    }
    return out;
}

qint64 InvoiceQuery::count(const InvoiceFilter &filter) const
{
    const QDate asOf = filter.asOf.isValid() ? filter.asOf : today();
    const bool sqlite = m_db.engine() == Database::Engine::SQLite;
    QVariantList binds;
    const QString where =
        InvoiceFilterSql::where(InvoiceFilterSql::conditions(filter, asOf, sqlite), binds);
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM invoices i") +
                         (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &b : std::as_const(binds))
        q.bind(b);
    return q.scalar().toLongLong();
}

qint64 InvoiceQuery::generateOpenInvoices(Database &db, qint64 count,
                                          const QList<qint64> &clientIds,
                                          const QList<qint64> &debtorIds, qint64 userId, QDate asOf)
{
    if (count <= 0 || clientIds.isEmpty() || debtorIds.isEmpty())
        return 0;
    if (db.engine() == Database::Engine::SQLite)
        execStatement(db,
                      QStringLiteral("PRAGMA cache_size = -262144")); // index pages stay in memory
    Transaction tx(db);
    const QString stamp = timestamp();
    // One funded schedule per client holds its generated invoices.
    QList<qint64> scheduleIds;
    QList<QString> currencies;
    for (qint64 clientId : clientIds) {
        SqlQuery cur(db, QStringLiteral("SELECT currency FROM clients WHERE id = ?"));
        const QString currency = cur.bind(clientId).scalar().toString();
        SqlQuery s(db,
                   QStringLiteral(
                       "INSERT INTO schedules (number, client_id, schedule_date, status, currency, "
                       "source_file, created_by, created_at, funded_by, funded_at, funding_date) "
                       "VALUES (?, ?, ?, 'funded', ?, 'generated', ?, ?, ?, ?, ?) RETURNING id"));
        const QString number = QStringLiteral("G-%1-%2").arg(clientId).arg(stamp.right(8));
        scheduleIds << s.bind(number)
                           .bind(clientId)
                           .bind(isoDate(asOf))
                           .bind(currency)
                           .bind(userId)
                           .bind(stamp)
                           .bind(userId)
                           .bind(stamp)
                           .bind(isoDate(asOf))
                           .scalar()
                           .toLongLong();
        currencies << currency;
    }
    // One prepared statement reused for every row (Qt's binding costs per placeholder, so
    // multi-row statements do not pay).
    SqlQuery q(db,
               QStringLiteral(
                   "INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, invoice_no, "
                   "invoice_date, due_date, currency, amount, status, eligible_amount, "
                   "advance, commission, reserve, open_balance, purchased_at, invoice_key, "
                   "live_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<int> lineNo(clientIds.size(), 0);
    // A cheap deterministic spread of dates and amounts (no randomness: reproducible runs).
    quint64 state = 0x9E3779B97F4A7C15ull;
    auto next = [&state]() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    QStringList dates;
    for (int d = 0; d < 400; ++d)
        dates << isoDate(asOf.addDays(-d));
    for (qint64 done = 0; done < count; ++done) {
        const qsizetype c = qsizetype(done % clientIds.size());
        const qint64 debtor = debtorIds[qsizetype(next() % quint64(debtorIds.size()))];
        const int age = int(next() % 180);
        const int terms = 30 + int(next() % 4) * 15;
        const qint64 amount = 10000 + qint64(next() % 5000000);
        const qint64 commission = amount / 50;
        const qint64 advance = amount * 8 / 10;
        const QString number = QStringLiteral("G%1").arg(done + 1, 8, 10, QLatin1Char('0'));
        const QString key = InvoiceNumber::key(number); // bought: live
        q.bind(scheduleIds[c])
            .bind(qint64(++lineNo[c]))
            .bind(clientIds[c])
            .bind(debtor)
            .bind(number)
            .bind(dates[age])
            .bind(age >= terms ? dates[age - terms] : isoDate(asOf.addDays(terms - age)))
            .bind(currencies[c])
            .bind(amount)
            .bind(amount)
            .bind(advance)
            .bind(commission)
            .bind(amount - advance - commission)
            .bind(amount)
            .bind(stamp)
            .bind(key)
            .bind(key)
            .exec();
    }
    tx.commit();
    return count;
}

} // namespace FactorDesk
