#pragma once

#include "creditnotecsv.h"
#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace FactorDesk {

class Database;

// What importing a credit notes file would do, for a preview: every line read and what would
// refuse the file (line, field, reason). Nothing is stored by the check.
struct CreditNoteImportCheck
{
    QList<CreditNoteCsvRow> lines;
    QList<CreditNoteCsv::Issue> issues;
    bool ok() const { return issues.isEmpty(); }
};

struct CreditNoteInput
{
    QString clientCode;
    QString invoiceNo;
    Money amount;
    QDate date;
    QString reference;
};

struct CreditNote
{
    qint64 id = 0;
    QString clientCode;
    QString debtorCode;
    QString invoiceNo;
    Money amount;
    QDate date;
    QString reference;
    QString source; // manual, csv, dispute
    qint64 journalEntryId = 0;
    QString createdBy;
};

// The client's credit notes (docs/domain.md §4.5): each reduces one bought invoice and the
// client's reserve (Dr client reserves / Cr factored receivables; the client bears the
// dilution). Clerks and managers enter them one at a time or as a CSV file, which is taken
// whole or not at all.
class CreditNoteService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CreditNoteService)
public:
    explicit CreditNoteService(Database &db)
        : m_db(db)
    {}

    // Refuses an amount over the invoice's open balance, in another currency, or an invoice
    // not bought. Returns the credit note's id.
    qint64 add(const Session &who, const CreditNoteInput &in);
    // A CSV with columns by header name (any order, case-insensitive): invoice_no, amount,
    // date (YYYY-MM-DD), reference (optional). Every row of `clientCode`. Throws
    // Error(Validation) naming the file, line, field and reason of every bad row, and stores
    // nothing then. Returns the ids in file order.
    QList<qint64> importCsv(const Session &who, const QString &clientCode, const QString &path);
    // The same for a file whose rows name their client (a client column).
    QList<qint64> importCsv(const Session &who, const QString &path)
    {
        return importCsv(who, QString(), path);
    }
    QList<qint64> importData(const Session &who, const QString &clientCode, const QByteArray &data,
                             const QString &fileName);
    // The same checks as importData, every row against the books, in a transaction that is
    // rolled back: what the import would refuse, line by line. Throws Error(Validation) for
    // what is not a credit notes file at all, and Permission.
    CreditNoteImportCheck check(const Session &who, const QString &clientCode,
                                const QByteArray &data, const QString &fileName);

    // Newest first; empty code: every client's.
    QList<CreditNote> list(const QString &clientCode = {}) const;

private:
    // Posts each parsed row; what a row is refused for goes to `issues` and `problems`.
    QList<qint64> postRows(const Session &who, const QString &clientCode,
                           const CreditNoteCsv::Result &parsed, const QString &fileName,
                           QList<CreditNoteCsv::Issue> &issues, QStringList &problems);

    Database &m_db;
};

} // namespace FactorDesk
