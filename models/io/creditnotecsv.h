#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// A credit notes CSV as a client sends it: columns by header name in any order
// (case-insensitive): invoice_no (or invoice), amount, date (YYYY-MM-DD), reference (or ref,
// optional), client (optional: the client's code, when one file holds several clients').
// Pure: the amounts stay text, read later in the invoice's currency.
struct CreditNoteCsvRow
{
    int line = 0;
    QString client;
    QString invoiceNo;
    QString amount;
    QDate date;
    QString reference;
};

class CreditNoteCsv
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CreditNoteCsv)
public:
    // One bad field of one line, as values (for a preview that lists them).
    struct Issue
    {
        int line = 0;
        QString field;
        QString reason;
    };
    struct Result
    {
        QList<CreditNoteCsvRow> rows;
        // "file: line N: field: reason", one per bad row or field.
        QStringList problems;
        // The same problems as values, in the same order.
        QList<Issue> issues;
        // Every line read, the bad ones too, in file order.
        QList<CreditNoteCsvRow> lines;
    };
    // Throws Error(Validation) naming the file and line for what is not such a file (not
    // text, no invoice_no or amount or date column, no rows).
    static Result parse(const QByteArray &data, const QString &fileName);
    static QString problem(const QString &fileName, int line, const QString &field,
                           const QString &reason);
};

} // namespace FactorDesk
