#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

class Database;

// Aging buckets by days past due (docs/domain.md §6).
enum class AgingBucket { None, Current, Days1To30, Days31To60, Days61To90, Over90 };
QString agingBucketName(AgingBucket bucket);       // "", "current", "1-30", "31-60", "61-90", "90+"
QString agingBucketTitle(AgingBucket bucket);      // translated
AgingBucket parseAgingBucket(const QString &text); // throws Error(Validation)
AgingBucket agingBucketFor(int daysPastDue);

// What an invoice list shows: the one filter of the Invoices view (InvoicePageQuery) and of
// `invoice list` (InvoiceQuery). Both turn it into SQL through InvoiceFilterSql.
struct InvoiceFilter
{
    qint64 clientId = 0; // 0: every client (-1: none)
    QString clientCode;  // case-insensitive; empty: every client
    qint64 debtorId = 0; // 0: every debtor (-1: none, for a debtor code that does not exist)
    QString debtorCode;  // case-insensitive; empty: every debtor
    qint64 scheduleId = 0;
    // Empty: every purchased invoice (all but pending and rejected lines); "*" or "all": every
    // invoice; otherwise one status.
    QString status;
    // An aging bucket implies status "open" (a filter naming another status then matches
    // nothing).
    AgingBucket bucket = AgingBucket::None;
    QString text; // the invoice number starts with this (exact case)
    QDate asOf;   // for days past due and buckets; invalid: today()
    friend bool operator==(const InvoiceFilter &, const InvoiceFilter &) = default;
};

// The shortest and the longest terms (days from invoice date to due date) of the open
// invoices: with them an aging bucket's due dates also bound its invoice dates.
struct InvoiceTermsRange
{
    int shortest = 0;
    int longest = 0;
};

// The orders of an invoice list; every order ends in the invoice id, so it is total. Client and
// Debtor sort by name.
enum class InvoiceSort {
    Id,
    Client,
    Debtor,
    InvoiceNo,
    Schedule,
    InvoiceDate,
    DueDate,
    Amount,
    OpenBalance,
    Status,
    DaysPastDue
};

struct InvoiceRow
{
    qint64 id = 0;
    qint64 scheduleId = 0;
    QString scheduleNumber;
    qint64 clientId = 0;
    QString clientCode;
    QString clientName;
    qint64 debtorId = 0;
    QString debtorCode;
    QString debtorName;
    QString invoiceNo;
    QDate invoiceDate;
    QDate dueDate;
    QString currency;
    qint64 amount = 0;
    qint64 openBalance = 0;
    QString status;
    int daysPastDue = 0;                    // 0 unless open and past due
    AgingBucket bucket = AgingBucket::None; // None unless open
};

// Read-only lists of invoices for the CLI and the Invoices view: SQL filters, sorts and pages
// (offset/limit), so a million rows stay cheap. Bucket filters become due-date ranges.
class InvoiceQuery
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::InvoiceQuery)
public:
    explicit InvoiceQuery(Database &db)
        : m_db(db)
    {}
    QList<InvoiceRow> rows(const InvoiceFilter &filter, InvoiceSort sort = InvoiceSort::Id,
                           Qt::SortOrder order = Qt::AscendingOrder, int offset = 0,
                           int limit = -1) const;
    qint64 count(const InvoiceFilter &filter) const;

    // Bulk insert for benchmarks and generators: `count` open invoices spread over the given
    // clients/debtors (one funded schedule per client), in one transaction with one reused
    // prepared statement. Returns the number inserted. No journal entries: test data only.
    static qint64 generateOpenInvoices(Database &db, qint64 count, const QList<qint64> &clientIds,
                                       const QList<qint64> &debtorIds, qint64 userId, QDate asOf);

private:
    Database &m_db;
};

} // namespace FactorDesk
