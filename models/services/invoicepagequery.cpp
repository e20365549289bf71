#include "invoicepagequery.h"
#include "businesscalendar.h"

#include "clock.h"
#include "database.h"
#include "invoicefiltersql.h"
#include "sqlquery.h"

#include <limits>
#include <utility>

namespace FactorDesk {

InvoicePageQuery::InvoicePageQuery(Database &db)
    : m_db(db)
{}

QStringList InvoicePageQuery::statuses()
{
    return {QStringLiteral("pending"),      QStringLiteral("rejected"),
            QStringLiteral("open"),         QStringLiteral("paid"),
            QStringLiteral("charged_back"), QStringLiteral("written_off"),
            QStringLiteral("closed")};
}

QString InvoicePageQuery::statusTitle(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("charged_back"))
        return tr("Charged back");
    if (status == QLatin1String("written_off"))
        return tr("Written off");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

namespace {

using Condition = InvoiceFilterSql::Condition;
using SortTerm = InvoiceFilterSql::SortTerm;

constexpr qint64 kEstimateCap = 50000;
// Reading a row through a filter's index and sorting it costs about as much as stepping over a
// row while walking the sort order's index (both read the row from the table; measured on
// SQLite 3.40 over a million invoices: 2 to 5 µs a row).
constexpr qint64 kSortedRowCost = 1;
// Up to this many rows, reading through the filter's index and sorting is chosen whatever the
// estimate of the walk: its cost is bounded (some 50 ms), while a walk can take far longer than
// estimated when the filter and the sort order go together (invoice numbers and dates grow
// together, so a number prefix sits in one stretch of dates).
constexpr qint64 kAlwaysIndexBelow = 20000;

} // namespace

struct InvoicePageQuery::Plan
{
    QString indexed; // the filter part read through its index; empty: walk the sort index
    bool forceJoinOrder = false;
};

void InvoicePageQuery::setFilter(const Filter &filter)
{
    if (!(filter == m_filter))
        m_estimates.clear();
    m_filter = filter;
}

void InvoicePageQuery::setSort(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    m_order = order;
}

QDate InvoicePageQuery::asOf() const
{
    return m_filter.asOf.isValid() ? m_filter.asOf : BusinessCalendar(m_db).today();
}

QList<InvoicePageRow> InvoicePageQuery::firstPage(int limit)
{
    return fetch(nullptr, limit);
}

QList<InvoicePageRow> InvoicePageQuery::nextPage(const InvoicePageRow &last, int limit)
{
    return fetch(&last, limit);
}

qint64 InvoicePageQuery::cappedCount(const QString &where, const QVariantList &binds, qint64 cap)
{
    QString sql = QStringLiteral("SELECT 1 FROM invoices i");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    QVariantList all = binds;
    if (cap >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        all << QVariant::fromValue(cap);
    }
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (") + sql + QStringLiteral(") AS x"));
    for (const QVariant &b : std::as_const(all))
        q.bind(b);
    return q.scalar().toLongLong();
}

InvoicePageQuery::Plan InvoicePageQuery::plan(int limit)
{
    Plan p;
    const bool sqlite = m_db.engine() == Database::Engine::SQLite;
    using K = SortKey;
    // PostgreSQL plans with its own statistics, except for the orders of a joined name: it
    // cannot walk an index in client (debtor, schedule) order, so it would sort every row
    // that passes the filter. The estimates below tell whether to walk the parties instead.
    if (!sqlite && m_sortKey != K::Client && m_sortKey != K::Debtor && m_sortKey != K::Schedule)
        return p;
    const QList<Condition> conds = InvoiceFilterSql::conditions(m_filter, asOf(), sqlite);
    const QString aligned = InvoiceFilterSql::alignedPart(m_sortKey);
    if (!m_estimates.contains(QStringLiteral("*"))) {
        SqlQuery q(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM invoices"));
        m_estimates.insert(QStringLiteral("*"), q.scalar().toLongLong());
    }
    const qint64 total = qMax<qint64>(1, m_estimates.value(QStringLiteral("*")));
    // Rows stepped over while walking the sort index until a page is full, if the parts are
    // independent; never more than the table (both stay far below 2^31, so no overflow).
    qint64 walk = qMin<qint64>(qMax(limit, 1), total);
    for (const Condition &c : conds) {
        if (c.part.isEmpty() || c.part == aligned || c.part == QLatin1String("idate"))
            continue;
        if (!m_estimates.contains(c.part))
            m_estimates.insert(c.part, cappedCount(c.plainSql(), c.binds, kEstimateCap));
        const qint64 n = qMax<qint64>(1, m_estimates.value(c.part));
        walk = qMin(total, walk * total / n);
    }
    qint64 best = walk;
    for (const Condition &c : conds) {
        if (c.part.isEmpty() || c.part == aligned || c.part == QLatin1String("idate"))
            continue;
        const qint64 n = m_estimates.value(c.part);
        const qint64 cost = n <= kAlwaysIndexBelow ? 0 : kSortedRowCost * n;
        if (cost < best) {
            best = cost;
            p.indexed = c.part;
        }
    }
    p.forceJoinOrder = p.indexed.isEmpty() && (m_sortKey == K::Client || m_sortKey == K::Debtor ||
                                               m_sortKey == K::Schedule);
    return p;
}

QList<InvoicePageRow> InvoicePageQuery::fetch(const InvoicePageRow *after, int limit)
{
    const bool sqlite = m_db.engine() == Database::Engine::SQLite;
    const QDate date = asOf();
    const Plan how = plan(limit);
    InvoiceTermsRange openTerms;
    const InvoiceTermsRange *known = nullptr;
    // On PostgreSQL the bounds serve the invoice-date order alone: in any other order they
    // only lower the planner's row estimate (it takes the dates for independent of the due
    // dates), which makes a sort of the whole bucket look cheaper than walking that order.
    const bool dateBounds = sqlite || m_sortKey == SortKey::InvoiceDate;
    if (!sqlite && dateBounds && m_filter.bucket != AgingBucket::None) {
        // PostgreSQL: a bucket's invoice-date bounds as values, read just before (two steps of
        // one index), so the planner walks the date index from the bucket's first invoice.
        // Each page is its own statement anyway: the terms are as fresh as the page.
        SqlQuery q(m_db, InvoiceFilterSql::openTermsSql(false));
        q.exec();
        if (!q.next() || q.isNull(0))
            return {}; // no invoice is open, so none ages
        openTerms = {int(q.int64(0)), int(q.int64(1))};
        known = &openTerms;
    }
    if (!sqlite && how.forceJoinOrder)
        return readRows(partyWalk(after, limit));
    QVariantList binds;
    QString sql = QStringLiteral(
        "SELECT i.id, i.schedule_id, i.line_no, s.number, i.client_id, c.name, i.debtor_id, "
        "d.name, i.invoice_no, i.invoice_date, i.due_date, i.currency, i.amount, "
        "i.open_balance, i.status, ");
    sql += sqlite ? QStringLiteral("CAST(julianday(?) - julianday(i.due_date) AS INTEGER)")
                  : QStringLiteral("(CAST(? AS date) - CAST(i.due_date AS date))");
    binds << isoDate(date);

    QStringList where;
    if (how.forceJoinOrder) {
        // SQLite keeps the table order of a CROSS JOIN: the outer loop walks the clients (or
        // debtors, schedules) by name, the inner one that party's invoices by id, and the rows
        // come out in the sort order with no sorting at all.
        using K = SortKey;
        if (m_sortKey == K::Client) {
            sql += QStringLiteral(" FROM clients c CROSS JOIN invoices i"
                                  " JOIN debtors d ON d.id = i.debtor_id"
                                  " JOIN schedules s ON s.id = i.schedule_id");
            where << QStringLiteral("c.id = i.client_id");
        } else if (m_sortKey == K::Debtor) {
            sql += QStringLiteral(" FROM debtors d CROSS JOIN invoices i"
                                  " JOIN clients c ON c.id = i.client_id"
                                  " JOIN schedules s ON s.id = i.schedule_id");
            where << QStringLiteral("d.id = i.debtor_id");
        } else {
            sql += QStringLiteral(" FROM schedules s CROSS JOIN invoices i"
                                  " JOIN clients c ON c.id = i.client_id"
                                  " JOIN debtors d ON d.id = i.debtor_id");
            where << QStringLiteral("s.id = i.schedule_id");
        }
    } else {
        sql += QStringLiteral(" FROM invoices i JOIN clients c ON c.id = i.client_id"
                              " JOIN debtors d ON d.id = i.debtor_id"
                              " JOIN schedules s ON s.id = i.schedule_id");
    }

    const QString open =
        how.indexed.isEmpty() ? InvoiceFilterSql::alignedPart(m_sortKey) : how.indexed;
    for (const Condition &c : InvoiceFilterSql::conditions(m_filter, date, sqlite, known)) {
        if (!dateBounds && c.part == QLatin1String("idate"))
            continue;
        const bool plus = sqlite && !c.part.isEmpty() && c.part != open;
        where << QString(c.sql).replace(QLatin1String("%1"),
                                        plus ? QStringLiteral("+") : QString());
        binds << c.binds;
    }

    const bool ascending = InvoiceFilterSql::ascending(m_sortKey, m_order);
    const QList<SortTerm> terms =
        InvoiceFilterSql::sortTerms(m_sortKey, after ? *after : InvoicePageRow());
    QStringList exprs;
    for (const SortTerm &t : terms)
        exprs << t.expr;
    if (after) {
        // Keyset paging: the rows strictly after the last one in (key..., id) order.
        QStringList marks;
        for (const SortTerm &t : terms) {
            marks << QStringLiteral("?");
            binds << t.value;
        }
        where << QStringLiteral("(%1) %2 (%3)")
                     .arg(exprs.join(QLatin1String(", ")),
                          ascending ? QStringLiteral(">") : QStringLiteral("<"),
                          marks.join(QLatin1String(", ")));
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY ") + InvoiceFilterSql::orderBy(terms, ascending);
    sql += QStringLiteral(" LIMIT ?");
    binds << qint64(qMax(limit, 0));

    return readRows({sql, binds});
}

InvoicePageQuery::Statement InvoicePageQuery::partyWalk(const InvoicePageRow *after, int limit)
{
    // PostgreSQL: the parties in name order (an index), and for each its invoices in id order
    // (the party's invoice index) up to one page, so the rows arrive sorted by party and only
    // each party's page is sorted: one page read, however many invoices pass the filter.
    using K = SortKey;
    QString party;    // the table walked outside
    QString partyKey; // the invoices' column that points at it
    QString joins;
    if (m_sortKey == K::Client) {
        party = QStringLiteral("clients c");
        partyKey = QStringLiteral("i.client_id = c.id");
        joins = QStringLiteral(" JOIN debtors d ON d.id = i.debtor_id"
                               " JOIN schedules s ON s.id = i.schedule_id");
    } else if (m_sortKey == K::Debtor) {
        party = QStringLiteral("debtors d");
        partyKey = QStringLiteral("i.debtor_id = d.id");
        joins = QStringLiteral(" JOIN clients c ON c.id = i.client_id"
                               " JOIN schedules s ON s.id = i.schedule_id");
    } else {
        party = QStringLiteral("schedules s");
        partyKey = QStringLiteral("i.schedule_id = s.id");
        joins = QStringLiteral(" JOIN clients c ON c.id = i.client_id"
                               " JOIN debtors d ON d.id = i.debtor_id");
    }
    const bool ascending = InvoiceFilterSql::ascending(m_sortKey, m_order);
    const QString cmp = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QList<SortTerm> terms =
        InvoiceFilterSql::sortTerms(m_sortKey, after ? *after : InvoicePageRow());
    // terms: the party's name and id, then the invoice's own order.
    const QList<SortTerm> outer = terms.mid(0, 2);
    const QList<SortTerm> inner = terms.mid(2);
    const auto exprs = [](const QList<SortTerm> &ts) {
        QStringList e;
        for (const SortTerm &t : ts)
            e << t.expr;
        return e.join(QLatin1String(", "));
    };
    const auto marks = [](qsizetype n) {
        QStringList m;
        for (qsizetype i = 0; i < n; ++i)
            m << QStringLiteral("?");
        return m.join(QLatin1String(", "));
    };
    QVariantList binds;
    QString sql = QStringLiteral(
        "SELECT i.id, i.schedule_id, i.line_no, s.number, i.client_id, c.name, i.debtor_id, "
        "d.name, i.invoice_no, i.invoice_date, i.due_date, i.currency, i.amount, "
        "i.open_balance, i.status, (CAST(? AS date) - CAST(i.due_date AS date))");
    binds << isoDate(asOf());
    QStringList where{partyKey};
    for (const Condition &c : InvoiceFilterSql::conditions(m_filter, asOf(), false)) {
        if (c.part == QLatin1String("idate")) // the walk is in party order, not by date
            continue;
        where << c.plainSql();
        binds << c.binds;
    }
    if (after) {
        // Within the last row's party, the invoices after it; the later parties from their
        // first invoice.
        where << QStringLiteral("(%1 <> ? OR (%2) %3 (%4))")
                     .arg(outer[1].expr, exprs(inner), cmp, marks(inner.size()));
        binds << outer[1].value;
        for (const SortTerm &t : inner)
            binds << t.value;
    }
    sql += QStringLiteral(" FROM %1 CROSS JOIN LATERAL (SELECT * FROM invoices i WHERE %2 "
                          "ORDER BY %3 LIMIT ?) i")
               .arg(party, where.join(QLatin1String(" AND ")),
                    InvoiceFilterSql::orderBy(inner, ascending));
    binds << qint64(qMax(limit, 0));
    sql += joins;
    if (after) {
        sql += QStringLiteral(" WHERE (%1) %2= (?, ?)").arg(exprs(outer), cmp);
        binds << outer[0].value << outer[1].value;
    }
    sql += QStringLiteral(" ORDER BY ") + InvoiceFilterSql::orderBy(terms, ascending) +
           QStringLiteral(" LIMIT ?");
    binds << qint64(qMax(limit, 0));
    return {sql, binds};
}

QList<InvoicePageRow> InvoicePageQuery::readRows(const Statement &statement)
{
    SqlQuery q(m_db, statement.sql);
    for (const QVariant &b : std::as_const(statement.binds))
        q.bind(b);
    q.exec();
    QList<InvoicePageRow> out;
    while (q.next()) {
        InvoicePageRow r;
        r.id = q.int64(0);
        r.scheduleId = q.int64(1);
        r.lineNo = int(q.int64(2));
        r.scheduleNumber = shared(m_names, q.text(3));
        r.clientId = q.int64(4);
        r.clientName = shared(m_names, q.text(5));
        r.debtorId = q.int64(6);
        r.debtorName = shared(m_names, q.text(7));
        r.invoiceNo = q.text(8);
        r.invoiceDate = parseIsoDate(q.text(9));
        r.dueDate = parseIsoDate(q.text(10));
        r.currency = shared(m_small, q.text(11));
        r.amount = q.int64(12);
        r.openBalance = q.int64(13);
        r.status = shared(m_small, q.text(14));
        r.daysPastDue = int(q.int64(15));
        out.append(std::move(r));
    }
    // The pool only saves memory; keep it from growing without bound over a long session.
    if (m_names.size() > 50000)
        m_names.clear();
    return out;
}

qint64 InvoicePageQuery::count(qint64 cap)
{
    const bool sqlite = m_db.engine() == Database::Engine::SQLite;
    QVariantList binds;
    const QString where =
        InvoiceFilterSql::where(InvoiceFilterSql::conditions(m_filter, asOf(), sqlite), binds);
    return cappedCount(where, binds, cap);
}

QString InvoicePageQuery::shared(QHash<QString, QString> &pool, const QString &text)
{
    auto it = pool.constFind(text);
    if (it != pool.constEnd())
        return it.value();
    pool.insert(text, text);
    return text;
}

} // namespace FactorDesk
