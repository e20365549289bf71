#pragma once

#include "invoicequery.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace FactorDesk {

class Database;

// One invoice as the Invoices list shows it. Strings that repeat from row to row (client and
// debtor names, schedule numbers, currencies) share their data, so a page costs little memory.
struct InvoicePageRow
{
    qint64 id = 0;
    qint64 scheduleId = 0;
    int lineNo = 0;
    QString scheduleNumber;
    qint64 clientId = 0;
    QString clientName;
    qint64 debtorId = 0;
    QString debtorName;
    QString invoiceNo;
    QDate invoiceDate;
    QDate dueDate;
    QString currency;
    qint64 amount = 0;      // face value, minor units
    qint64 openBalance = 0; // minor units
    QString status;         // pending, rejected, open, paid, charged_back, written_off, closed
    int daysPastDue = 0;    // as of the query's date; negative while not yet due
};

// A read-only, paged, sortable and filterable query over the invoices table for the Invoices
// view. SQL does the filtering and the sorting (with a stable tie-break on the invoice id), and
// pages are read by key (keyset paging: "the rows after this one"), so the first page and any
// later page cost the same however many invoices there are. Nothing is kept between calls but
// the filter, the sort and a small cache of shared strings.
//
// On SQLite the query also chooses its access path: either it walks the index of the sort
// order and stops after one page (right when the filter keeps many rows), or it reads the rows
// of a selective filter through that filter's index and sorts them (right when it keeps few).
// It decides from capped row counts of each filter part, so neither case reads a million rows.
// On PostgreSQL the server plans, except for the orders of a joined name (client, debtor,
// schedule), where the same estimates choose between sorting a selective filter's rows and
// walking the parties in name order, each party's invoices by id (a lateral join).
class InvoicePageQuery
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::InvoicePageQuery)
public:
    using SortKey = InvoiceSort;

    // Every invoice status, in life-cycle order, and its translated title.
    static QStringList statuses();
    static QString statusTitle(const QString &status);

    using Filter = InvoiceFilter;

    explicit InvoicePageQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setSort(SortKey key, Qt::SortOrder order);
    SortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_order; }
    QDate asOf() const;

    // The first `limit` rows in the current order.
    QList<InvoicePageRow> firstPage(int limit);
    // The `limit` rows that follow `last` (a row this query returned) in the current order.
    QList<InvoicePageRow> nextPage(const InvoicePageRow &last, int limit);
    // How many invoices pass the filter, counting no further than `cap` (-1: all of them;
    // a full count over a million rows takes a noticeable fraction of a second).
    qint64 count(qint64 cap = -1);

private:
    struct Plan;
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    QList<InvoicePageRow> fetch(const InvoicePageRow *after, int limit);
    Statement partyWalk(const InvoicePageRow *after, int limit);
    QList<InvoicePageRow> readRows(const Statement &statement);
    Plan plan(int limit);
    qint64 cappedCount(const QString &where, const QVariantList &binds, qint64 cap);
    QString shared(QHash<QString, QString> &pool, const QString &text);

    Database &m_db;
    Filter m_filter;
    SortKey m_sortKey = SortKey::InvoiceDate;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_small;
    // Row estimates of the current filter's parts (SQLite planning), computed once per filter.
    QHash<QString, qint64> m_estimates;
};

} // namespace FactorDesk
