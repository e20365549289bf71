#pragma once

#include "csvreader.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace FactorDesk {

// One invoice line as typed in the wizard's grid or read from a CSV file: raw text, not yet
// validated.
struct ScheduleInputLine
{
    int sourceLine = 0; // CSV line number, 0 for a grid row
    QString invoiceNo;
    QString debtor;      // debtor code
    QString invoiceDate; // YYYY-MM-DD
    QString dueDate;     // YYYY-MM-DD, or empty when termsDays is given
    QString termsDays;   // whole days after the invoice date
    QString amount;      // plain decimal, "1234.50"
    QString currency;    // optional: must equal the client's
    QString approvalCode;
    QString po;
};

// A problem with one input line (or the file): which line, which column, why.
struct ImportError
{
    int line = 0;    // CSV line number, or the grid row (1-based); 0: the file as a whole
    QString column;  // canonical column name: invoice_no, debtor, invoice_date, ...
    QString message; // translated reason
    // "line 4, amount: ..." for messages and the CLI.
    QString toString() const;
};

// What a debtor code resolves to (loaded in one query for all codes of a file).
struct DebtorRef
{
    qint64 id = 0;
    QString code;
    QString name;
    QString status; // active, blocked, insolvent
};

struct ParsedLines
{
    QList<ScheduleLine> lines;  // the good lines, lineNo 1..n in input order
    QList<ImportError> errors;  // the bad lines (and file-level problems)
    int inputCount = 0;         // lines read
    QStringList unknownDebtors; // codes not found (the wizard offers to create them)
};

// Turns a CSV file or grid rows into validated schedule lines: maps columns by header name in
// any order (case-insensitive, common spellings: "Invoice Number", "Inv #", "Debtor Code",
// "Customer", "Face Value", "Terms", ...), parses strictly and resolves debtor codes. Per-line
// errors name line, column and reason: missing value, non-numeric/negative/zero amount, bad
// date, due date before invoice date, unknown debtor, currency other than the client's.
// Pure: the debtors are looked up by ScheduleImportService and passed in.
class ScheduleImport
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ScheduleImport)
public:
    // Canonical column names.
    static QStringList columns(); // invoice_no, debtor, invoice_date, due_date, terms_days, amount,
                                  // currency, approval_code, po
    // The canonical column for a header text ("Invoice No" -> "invoice_no"); empty if none.
    static QString canonicalColumn(const QString &header);

    // Maps the header and converts records to input lines. Throws Error(Validation) naming the
    // file when a required column is missing (invoice_no, debtor, invoice_date, amount, and
    // due_date or terms_days) or a header is repeated.
    static QList<ScheduleInputLine> inputLines(const CsvTable &table);

    // Validates input lines for a client whose currency is `currency`. `debtors` maps upper-case
    // codes to debtors (ScheduleImportService::debtorsOf).
    static ParsedLines validate(const QList<ScheduleInputLine> &input, const QString &currency,
                                const QHash<QString, DebtorRef> &debtors);
};

} // namespace FactorDesk
