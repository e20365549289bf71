#pragma once

#include "invoicepagequery.h"
#include "invoicequery.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace FactorDesk {

// The one translation of an InvoiceFilter and an InvoiceSort into SQL, for InvoiceQuery and
// InvoicePageQuery alike. Conditions name only columns of `invoices i`, so they serve both a
// joined select and a count over the invoices table; every value is bound.
class InvoiceFilterSql
{
public:
    // One condition of the filter. `sql` writes each indexable column as "%1col", so that on
    // SQLite the column can become "+col", which SQLite cannot look up through an index. `part`
    // names the index that can serve the condition ("client", "debtor", "status", "text",
    // "idate"), or is empty when none should.
    struct Condition
    {
        QString part;
        QString sql;
        QVariantList binds;
        // The SQL with every column plain (no index hint).
        QString plainSql() const;
    };

    // One ORDER BY term with its value in a given row (for keyset paging).
    struct SortTerm
    {
        QString expr;
        QVariant value;
    };

    using TermsRange = InvoiceTermsRange;

    // With `terms` null, a bucket's invoice-date bounds read the terms in the statement itself
    // (scalar subqueries, so they hold for the rows it reads); with terms read just before,
    // they are plain values, which PostgreSQL's planner can weigh (it takes a subquery's range
    // for a sliver of the table and sorts a whole bucket rather than walk the date index).
    static QList<Condition> conditions(const InvoiceFilter &filter, QDate asOf, bool sqlite,
                                       const TermsRange *terms = nullptr);
    // The terms range of the open invoices as the statement that reads it (no binds; one row,
    // NULLs when no invoice is open).
    static QString openTermsSql(bool sqlite);
    // The conditions joined by AND with no index hints, and their binds appended to `binds`
    // (an empty string when there are none).
    static QString where(const QList<Condition> &conditions, QVariantList &binds);

    // The ORDER BY terms of a sort key, each with the value it has in `row`. Every list ends in
    // the invoice id, so the order is total and stable; the terms in between follow the indexes
    // of the invoices table so SQLite can walk an index instead of sorting.
    static QList<SortTerm> sortTerms(InvoiceSort key, const InvoicePageRow &row = {});
    // Whether the terms run ascending: days past due grow as due dates fall, so that key sorts
    // the other way round.
    static bool ascending(InvoiceSort key, Qt::SortOrder order);
    // "a ASC, b ASC, i.id ASC" (without the ORDER BY).
    static QString orderBy(const QList<SortTerm> &terms, bool ascending);
    // The filter part whose index already runs in the sort order.
    static QString alignedPart(InvoiceSort key);
};

} // namespace FactorDesk
