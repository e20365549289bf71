#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// One problem with one line of an imported request file.
struct ImportIssue
{
    int line = 0;   // 1-based line of the file (the header is line 1); 0: the whole file
    QString column; // header name, empty for the whole line
    QString message;
};

// One data line of a client's order-request file, as the file writes it: cells trimmed, the
// amount as text (a decimal comma already turned into a point in a semicolon file), the ship
// date parsed when it is one.
struct OrderCsvLine
{
    int line = 0;
    QString client;
    QString debtor;
    QString orderRef;
    QString amount;
    QString shipDateText;
    QDate shipDate; // invalid when shipDateText is not YYYY-MM-DD
    // What the file alone shows wrong with this line, in column order. A whole-line issue
    // (wrong number of fields) comes alone: the cells are then empty.
    QList<ImportIssue> issues;

    // The issue about `column` (empty: the whole line), or nullptr.
    const ImportIssue *issueFor(const QString &column) const;
};

struct OrderCsvFile
{
    // Problems with the file as a whole or with its header; there are no lines then.
    QList<ImportIssue> fileIssues;
    int dataLines = 0; // lines with data (header and blank lines not counted)
    QList<OrderCsvLine> lines;
};

// Reads a client's order-request file: a header naming client, debtor, order_ref (or ref,
// reference, order), amount and ship_date in any order and spelling of case and spaces; comma
// or semicolon; UTF-8 with or without BOM (through CsvReader, which also refuses control
// characters in fields, naming line and field). A file with a header and no lines is an issue
// too (there is nothing to import). Never throws for what is inside
// the file: every problem is an ImportIssue naming the line, the column and the reason. Knows
// nothing of the books (whether the client exists, the currency's decimals, today's date).
class OrderCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::OrderCsvReader)
public:
    static constexpr int MaxOrderRefLength = 64;

    static OrderCsvFile parse(const QByteArray &data);
    // Error(NotFound) when the file cannot be opened.
    static OrderCsvFile readFile(const QString &fileName);
};

} // namespace FactorDesk
