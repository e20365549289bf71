#include "invoicefiltersql.h"

#include "clock.h"

namespace FactorDesk {

namespace {

// The smallest string greater than every string that starts with `prefix`, in code-point
// (= UTF-8 byte) order: the prefix with its last character moved one code point up.
QString prefixUpperBound(const QString &prefix)
{
    QList<uint> cps = prefix.toUcs4();
    while (!cps.isEmpty()) {
        uint &last = cps.last();
        if (last < 0x10FFFF) {
            ++last;
            if (last >= 0xD800 && last <= 0xDFFF)
                last = 0xE000;
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()),
                                     cps.size());
        }
        cps.removeLast();
    }
    return {};
}

// A scalar subquery: the date (bound as its one value) less the shortest (`longest`: the
// longest) terms of the open invoices, as an ISO date; NULL when no invoice is open. It reads
// the invoices_open_terms index (schema 22): the ORDER BY is its expression, the WHERE its
// predicate, written as a literal so the planner can tell the partial index applies.
QString openTermsBound(bool sqlite, bool longest)
{
    const QString dir = longest ? QStringLiteral(" DESC") : QString();
    if (sqlite) {
        const QString terms =
            QStringLiteral("CAST(julianday(t.due_date) - julianday(t.invoice_date) AS INTEGER)");
        // Without statistics SQLite would rather read every open invoice through the status
        // index and sort them.
        return QStringLiteral("(SELECT date(?, printf('%+d days', -(%1))) FROM invoices t "
                              "INDEXED BY invoices_open_terms WHERE t.status = 'open' "
                              "ORDER BY %1%2 LIMIT 1)")
            .arg(terms, dir);
    }
    const QString terms = QStringLiteral("factordesk_terms_days(t.invoice_date, t.due_date)");
    return QStringLiteral("(SELECT to_char(CAST(? AS date) - %1, 'YYYY-MM-DD') FROM invoices t "
                          "WHERE t.status = 'open' ORDER BY %1%2 LIMIT 1)")
        .arg(terms, dir);
}

bool everyStatus(const QString &status)
{
    return status == QLatin1String("*") || status == QLatin1String("all");
}

} // namespace

QString InvoiceFilterSql::Condition::plainSql() const
{
    return QString(sql).replace(QLatin1String("%1"), QString());
}

QString InvoiceFilterSql::openTermsSql(bool sqlite)
{
    const QString terms =
        sqlite
            ? QStringLiteral("CAST(julianday(t.due_date) - julianday(t.invoice_date) AS INTEGER)")
            : QStringLiteral("factordesk_terms_days(t.invoice_date, t.due_date)");
    const QString index = sqlite ? QStringLiteral(" INDEXED BY invoices_open_terms") : QString();
    return QStringLiteral("SELECT (SELECT %1 FROM invoices t%2 WHERE t.status = 'open' ORDER BY "
                          "%1 LIMIT 1), (SELECT %1 FROM invoices t%2 WHERE t.status = 'open' "
                          "ORDER BY %1 DESC LIMIT 1)")
        .arg(terms, index);
}

QList<InvoiceFilterSql::Condition> InvoiceFilterSql::conditions(const InvoiceFilter &f, QDate asOf,
                                                                bool sqlite,
                                                                const TermsRange *terms)
{
    QList<Condition> out;
    if (f.clientId != 0)
        out.append({QStringLiteral("client"),
                    QStringLiteral("%1i.client_id = ?"),
                    {QVariant::fromValue(f.clientId)}});
    if (!f.clientCode.isEmpty())
        out.append({QString(),
                    QStringLiteral("i.client_id IN (SELECT id FROM clients WHERE upper(code) = "
                                   "upper(?))"),
                    {f.clientCode}});
    if (f.debtorId != 0)
        out.append({QStringLiteral("debtor"),
                    QStringLiteral("%1i.debtor_id = ?"),
                    {QVariant::fromValue(f.debtorId)}});
    if (!f.debtorCode.isEmpty())
        out.append({QString(),
                    QStringLiteral("i.debtor_id IN (SELECT id FROM debtors WHERE upper(code) = "
                                   "upper(?))"),
                    {f.debtorCode}});
    if (f.scheduleId != 0)
        out.append(
            {QString(), QStringLiteral("i.schedule_id = ?"), {QVariant::fromValue(f.scheduleId)}});
    QString status = f.status;
    if (f.bucket != AgingBucket::None) {
        // Only open invoices age: a bucket with another status matches nothing.
        if (!status.isEmpty() && !everyStatus(status) && status != QLatin1String("open"))
            out.append({QString(), QStringLiteral("i.status = ?"), {status}});
        status = QStringLiteral("open");
    }
    if (status.isEmpty()) {
        out.append({QString(), QStringLiteral("i.status NOT IN ('pending', 'rejected')"), {}});
    } else if (!everyStatus(status)) {
        Condition c{QStringLiteral("status"), QStringLiteral("%1i.status = ?"), {status}};
        // Days past due = asOf − due date, so each aging bucket is a range of due dates.
        int fromDays = 0; // fewest days past due in the bucket
        int toDays = 0;   // most
        bool hasFrom = true;
        bool hasTo = true;
        switch (f.bucket) {
        case AgingBucket::None:
            hasFrom = hasTo = false;
            break;
        case AgingBucket::Current:
            hasFrom = false;
            toDays = 0;
            break;
        case AgingBucket::Days1To30:
            fromDays = 1, toDays = 30;
            break;
        case AgingBucket::Days31To60:
            fromDays = 31, toDays = 60;
            break;
        case AgingBucket::Days61To90:
            fromDays = 61, toDays = 90;
            break;
        case AgingBucket::Over90:
            fromDays = 91;
            hasTo = false;
            break;
        }
        if (hasFrom) {
            c.sql += QStringLiteral(" AND %1i.due_date <= ?");
            c.binds << isoDate(asOf.addDays(-fromDays));
        }
        if (hasTo) {
            c.sql += QStringLiteral(" AND %1i.due_date >= ?");
            c.binds << isoDate(asOf.addDays(-toDays));
        }
        out.append(c);
        if (hasFrom || hasTo) {
            // Every open invoice is due between the shortest and the longest terms of the open
            // invoices after its date, so a bucket's due dates [lo, hi] hold only invoices
            // dated in [lo - longest, hi - shortest]. The bounds change nothing but let a walk
            // in invoice-date order start where the bucket's invoices begin and stop where
            // they end. Both terms are read in the same statement (one step of the
            // invoices_open_terms index each), so they are those of the rows it reads.
            Condition d{QStringLiteral("idate"), QString(), {}};
            if (hasFrom) {
                d.sql = QStringLiteral("%1i.invoice_date <= ") +
                        (terms ? QStringLiteral("?") : openTermsBound(sqlite, false));
                d.binds << isoDate(asOf.addDays(-fromDays - (terms ? terms->shortest : 0)));
            }
            if (hasTo) {
                if (!d.sql.isEmpty())
                    d.sql += QStringLiteral(" AND ");
                d.sql += QStringLiteral("%1i.invoice_date >= ") +
                         (terms ? QStringLiteral("?") : openTermsBound(sqlite, true));
                d.binds << isoDate(asOf.addDays(-toDays - (terms ? terms->longest : 0)));
            }
            out.append(d);
        }
    }
    if (!f.text.isEmpty()) {
        if (sqlite) {
            Condition c{QStringLiteral("text"), QStringLiteral("%1i.invoice_no >= ?"), {f.text}};
            const QString upper = prefixUpperBound(f.text);
            if (!upper.isEmpty()) {
                c.sql += QStringLiteral(" AND %1i.invoice_no < ?");
                c.binds << upper;
            }
            out.append(c);
        } else {
            // A range in code-point order (collation "C", the invoices_number_c index), which
            // is exactly the numbers that start with the text, whatever the server's collation.
            Condition c{QString(), QStringLiteral("i.invoice_no COLLATE \"C\" >= ?"), {f.text}};
            const QString upper = prefixUpperBound(f.text);
            if (!upper.isEmpty()) {
                c.sql += QStringLiteral(" AND i.invoice_no COLLATE \"C\" < ?");
                c.binds << upper;
            }
            out.append(c);
        }
    }
    return out;
}

QString InvoiceFilterSql::where(const QList<Condition> &conditions, QVariantList &binds)
{
    QStringList parts;
    for (const Condition &c : conditions) {
        parts << c.plainSql();
        binds << c.binds;
    }
    return parts.join(QLatin1String(" AND "));
}

QList<InvoiceFilterSql::SortTerm> InvoiceFilterSql::sortTerms(InvoiceSort key,
                                                              const InvoicePageRow &r)
{
    using K = InvoiceSort;
    const SortTerm id{QStringLiteral("i.id"), QVariant::fromValue(r.id)};
    switch (key) {
    case K::Id:
        return {id};
    case K::Client:
        return {{QStringLiteral("c.name"), r.clientName},
                {QStringLiteral("c.id"), QVariant::fromValue(r.clientId)},
                id};
    case K::Debtor:
        return {{QStringLiteral("d.name"), r.debtorName},
                {QStringLiteral("d.id"), QVariant::fromValue(r.debtorId)},
                id};
    case K::InvoiceNo:
        return {{QStringLiteral("i.invoice_no"), r.invoiceNo}, id};
    case K::Schedule:
        return {{QStringLiteral("s.number"), r.scheduleNumber},
                {QStringLiteral("s.id"), QVariant::fromValue(r.scheduleId)},
                {QStringLiteral("i.line_no"), QVariant::fromValue(qint64(r.lineNo))},
                id};
    case K::InvoiceDate:
        return {{QStringLiteral("i.invoice_date"), isoDate(r.invoiceDate)}, id};
    case K::DueDate:
    case K::DaysPastDue:
        return {{QStringLiteral("i.due_date"), isoDate(r.dueDate)}, id};
    case K::Amount:
        return {{QStringLiteral("i.amount"), QVariant::fromValue(r.amount)}, id};
    case K::OpenBalance:
        return {{QStringLiteral("i.open_balance"), QVariant::fromValue(r.openBalance)}, id};
    case K::Status:
        return {{QStringLiteral("i.status"), r.status},
                {QStringLiteral("i.due_date"), isoDate(r.dueDate)},
                id};
    }
    return {id};
}

bool InvoiceFilterSql::ascending(InvoiceSort key, Qt::SortOrder order)
{
    const bool asc = order == Qt::AscendingOrder;
    return key == InvoiceSort::DaysPastDue ? !asc : asc;
}

QString InvoiceFilterSql::orderBy(const QList<SortTerm> &terms, bool ascending)
{
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList exprs;
    for (const SortTerm &t : terms)
        exprs << t.expr + dir;
    return exprs.join(QLatin1String(", "));
}

QString InvoiceFilterSql::alignedPart(InvoiceSort key)
{
    using K = InvoiceSort;
    switch (key) {
    case K::Client:
        return QStringLiteral("client");
    case K::Debtor:
        return QStringLiteral("debtor");
    case K::InvoiceNo:
        return QStringLiteral("text");
    case K::InvoiceDate:
        return QStringLiteral("idate");
    case K::Status:
    case K::DueDate:
    case K::DaysPastDue:
        return QStringLiteral("status");
    default:
        return {};
    }
}

} // namespace FactorDesk
