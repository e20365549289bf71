#include "readerchecks.h"

#include "camtreader.h"
#include "csvreader.h"
#include "error.h"
#include "ordercsv.h"
#include "receiptcsv.h"
#include "scheduleimport.h"

#include <QHash>
#include <QSet>

namespace FactorDesk::ReaderChecks {

namespace {

// The physical lines of the input as the reader counts them (\n, \r\n or a lone \r ends a
// line); no UTF-8 sequence contains either byte, so the raw bytes can be counted.
int physicalLines(const QByteArray &data)
{
    int lines = 1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n')
            ++lines;
        else if (data[i] == '\r' && !(i + 1 < data.size() && data[i + 1] == '\n'))
            ++lines;
    }
    return lines;
}

QString broken(const char *what)
{
    return QString::fromLatin1(what);
}

QString tableBroken(const CsvTable &t, int lastLine, bool matchHeader)
{
    if (t.header.isEmpty())
        return broken("an accepted table has no header");
    if (t.headerLine < 1 || t.headerLine > lastLine)
        return QStringLiteral("header line %1 outside 1..%2").arg(t.headerLine).arg(lastLine);
    int previous = t.headerLine;
    for (const CsvRecord &r : t.records) {
        if (r.line <= previous || r.line > lastLine)
            return QStringLiteral("record line %1 after line %2 (last %3)")
                .arg(r.line)
                .arg(previous)
                .arg(lastLine);
        if (r.fields.isEmpty())
            return QStringLiteral("record on line %1 has no fields").arg(r.line);
        if (matchHeader && r.fields.size() != t.header.size())
            return QStringLiteral("record on line %1 has %2 fields, the header %3")
                .arg(r.line)
                .arg(r.fields.size())
                .arg(t.header.size());
        previous = r.line;
    }
    return {};
}

} // namespace

QString csvReader(const QByteArray &data)
{
    const int lastLine = physicalLines(data);
    for (const auto width : {CsvReader::Width::MatchHeader, CsvReader::Width::AnyWidth}) {
        CsvReader::Problem problem;
        const auto table = CsvReader::tryParse(data, width, &problem);
        if (!table) {
            if (problem.reason.isEmpty())
                return broken("a refusal without a reason");
            if (problem.line < 0 || problem.line > lastLine)
                return QStringLiteral("refused at line %1 outside 0..%2")
                    .arg(problem.line)
                    .arg(lastLine);
        } else if (const QString b =
                       tableBroken(*table, lastLine, width == CsvReader::Width::MatchHeader);
                   !b.isEmpty()) {
            return b;
        }
    }
    // parse() refuses exactly what tryParse() refuses, as an Error naming the file.
    const bool accepted =
        CsvReader::tryParse(data, CsvReader::Width::MatchHeader, nullptr).has_value();
    try {
        CsvReader::parse(data, QStringLiteral("f.csv"));
        if (!accepted)
            return broken("parse() accepted what tryParse() refused");
    } catch (const Error &e) {
        if (accepted)
            return broken("parse() refused what tryParse() accepted");
        if (e.kind() != Error::Kind::Validation || e.field().isEmpty() ||
            !e.message().startsWith(QLatin1String("f.csv")))
            return QStringLiteral("a refusal that is not a Validation naming the file: %1")
                .arg(e.message());
    }
    return {};
}

QString scheduleImport(const QByteArray &data)
{
    const auto table = CsvReader::tryParse(data, CsvReader::Width::MatchHeader, nullptr);
    if (!table)
        return {};
    QList<ScheduleInputLine> input;
    try {
        input = ScheduleImport::inputLines(*table);
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Validation || e.field().isEmpty() ||
            !e.message().contains(QStringLiteral("line %1").arg(table->headerLine)))
            return QStringLiteral("a header refusal without its line and column: %1")
                .arg(e.message());
        return {};
    }
    if (input.size() != table->records.size())
        return broken("input lines and records differ in number");
    QSet<int> sourceLines;
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (input[i].sourceLine != table->records[i].line)
            return broken("an input line lost its source line");
        sourceLines.insert(input[i].sourceLine);
    }

    // A currency with 2, 0 or 3 decimals, by the input's length, so every amount rule is tried.
    static const char *const currencies[] = {"EUR", "JPY", "KWD"};
    const QString currency = QString::fromLatin1(currencies[data.size() % 3]);
    QHash<QString, DebtorRef> debtors;
    qint64 id = 0;
    for (const char *code : {"NORD", "SUED", "BIG"})
        debtors.insert(QString::fromLatin1(code),
                       DebtorRef{++id, QString::fromLatin1(code), QString::fromLatin1(code),
                                 QStringLiteral("active")});
    const ParsedLines parsed = ScheduleImport::validate(input, currency, debtors);

    if (parsed.inputCount != input.size())
        return broken("inputCount differs from the lines read");
    const QStringList columns = ScheduleImport::columns();
    QSet<int> badLines;
    for (const ImportError &e : parsed.errors) {
        if (!sourceLines.contains(e.line))
            return QStringLiteral("an error names line %1, not a line of the file").arg(e.line);
        if (!columns.contains(e.column))
            return QStringLiteral("an error on line %1 names no column (%2)")
                .arg(e.line)
                .arg(e.column);
        if (e.message.isEmpty() || !e.toString().contains(QStringLiteral("line %1").arg(e.line)))
            return QStringLiteral("an error on line %1 without its message").arg(e.line);
        badLines.insert(e.line);
    }
    if (parsed.lines.size() + badLines.size() != input.size())
        return QStringLiteral("%1 good and %2 bad lines of %3")
            .arg(parsed.lines.size())
            .arg(badLines.size())
            .arg(input.size());
    int lineNo = 0;
    for (const ScheduleLine &l : parsed.lines) {
        if (l.lineNo != ++lineNo)
            return broken("good lines are not numbered 1..n");
        if (badLines.contains(l.sourceLine))
            return QStringLiteral("line %1 is both good and bad").arg(l.sourceLine);
        if (!l.amount.isPositive() || l.amount.currency().code() != currency)
            return QStringLiteral("line %1 was accepted with amount %2")
                .arg(l.sourceLine)
                .arg(l.amount.minor());
        if (!l.invoiceDate.isValid() || !l.dueDate.isValid() || l.dueDate < l.invoiceDate)
            return QStringLiteral("line %1 was accepted with bad dates").arg(l.sourceLine);
        if (l.debtorId == 0 || l.invoiceNo.isEmpty() || l.invoiceNo.size() > 64)
            return QStringLiteral("line %1 was accepted without debtor or number")
                .arg(l.sourceLine);
    }
    return {};
}

QString orderCsv(const QByteArray &data)
{
    const OrderCsvFile f = OrderCsvReader::parse(data);
    const int lastLine = physicalLines(data);
    // A file issue names a line of the file, or line 0 for the file as a whole: where the CSV
    // reader finds no header line at all (an empty file, blank lines, one empty field).
    const auto wholeFile = [&data] {
        CsvReader::Problem p;
        return !CsvReader::tryParse(data, CsvReader::Width::AnyWidth, &p) && p.line == 0;
    };
    for (const ImportIssue &i : f.fileIssues)
        if (i.line < 0 || (i.line == 0 && !wholeFile()) || i.line > lastLine ||
            i.message.isEmpty())
            return QStringLiteral("a file issue at line %1 (last %2): %3")
                .arg(i.line)
                .arg(lastLine)
                .arg(i.message);
    if (!f.fileIssues.isEmpty()) {
        if (!f.lines.isEmpty())
            return broken("lines read from a refused file");
        return {};
    }
    if (f.lines.size() != f.dataLines)
        return broken("dataLines differs from the lines read");
    static const QSet<QString> columns{QStringLiteral("client"), QStringLiteral("debtor"),
                                       QStringLiteral("order_ref"), QStringLiteral("amount"),
                                       QStringLiteral("ship_date")};
    int previous = 0;
    for (const OrderCsvLine &l : f.lines) {
        if (l.line <= previous || l.line < 2 || l.line > lastLine)
            return QStringLiteral("line %1 after %2 (last %3)")
                .arg(l.line)
                .arg(previous)
                .arg(lastLine);
        previous = l.line;
        for (const ImportIssue &i : l.issues) {
            if (i.line != l.line || i.message.isEmpty())
                return QStringLiteral("an issue of line %1 names line %2").arg(l.line).arg(i.line);
            if (i.column.isEmpty() ? l.issues.size() != 1 : !columns.contains(i.column))
                return QStringLiteral("an issue of line %1 names column \"%2\"")
                    .arg(l.line)
                    .arg(i.column);
        }
        if (l.issues.isEmpty() &&
            (l.client.isEmpty() || l.debtor.isEmpty() || l.amount.isEmpty() ||
             !l.shipDate.isValid() || l.orderRef.size() > OrderCsvReader::MaxOrderRefLength))
            return QStringLiteral("line %1 has no issue yet is incomplete").arg(l.line);
    }
    return {};
}

namespace {

// A refusal of a bank-file reader: a Validation naming the file and a line of it.
QString refusalBroken(const Error &e, const QString &fileName, int lastLine)
{
    if (e.kind() != Error::Kind::Validation)
        return QStringLiteral("a refusal that is not a Validation: %1").arg(e.message());
    if (!e.message().startsWith(fileName + QStringLiteral(": line ")))
        return QStringLiteral("a refusal not naming the file and line: %1").arg(e.message());
    bool ok = false;
    const int line = e.field().mid(5).toInt(&ok);
    if (!e.field().startsWith(QLatin1String("line ")) || !ok || line < 0 || line > lastLine)
        return QStringLiteral("a refusal at \"%1\", not a line in 1..%2")
            .arg(e.field())
            .arg(lastLine);
    return {};
}

// A transaction read from any input: on a line of the file, and either usable (a positive
// amount, a status) or kept with why it cannot be used.
QString transactionBroken(const BankTransaction &t, int lastLine, int previousLine)
{
    if (t.line < 1 || t.line > lastLine || t.line < previousLine)
        return QStringLiteral("a transaction at line %1 (after %2, last %3)")
            .arg(t.line)
            .arg(previousLine)
            .arg(lastLine);
    if (t.problem.isEmpty() && !t.amount.isPositive())
        return QStringLiteral("a usable transaction at line %1 with amount %2")
            .arg(t.line)
            .arg(t.amount.minor());
    if (t.status.isEmpty())
        return QStringLiteral("a transaction at line %1 without a status").arg(t.line);
    if (t.fingerprint.isEmpty())
        return QStringLiteral("a transaction at line %1 without a fingerprint").arg(t.line);
    return {};
}

} // namespace

QString camtReader(const QByteArray &data)
{
    const int lastLine = physicalLines(data);
    BankFile file;
    try {
        file = CamtReader::parse(data, QStringLiteral("f.xml"));
    } catch (const Error &e) {
        return refusalBroken(e, QStringLiteral("f.xml"), lastLine);
    }
    if (!file.message.startsWith(QLatin1String("camt.05")))
        return QStringLiteral("accepted as \"%1\", not a camt message").arg(file.message);
    int previous = 0;
    for (const BankStatement &st : file.statements) {
        if (st.line < 1 || st.line > lastLine)
            return QStringLiteral("a statement at line %1 (last %2)").arg(st.line).arg(lastLine);
        for (const BankTransaction &t : st.transactions) {
            if (const QString b = transactionBroken(t, lastLine, previous); !b.isEmpty())
                return b;
            previous = t.line;
        }
    }
    return {};
}

QString receiptCsv(const QByteArray &data)
{
    const int lastLine = physicalLines(data);
    QList<ReceiptCsvRow> rows;
    try {
        rows = ReceiptCsv::parse(data, QStringLiteral("f.csv"),
                                 Currency::fromCode(QStringLiteral("EUR")));
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Validation || !e.message().startsWith(QLatin1String("f.csv")))
            return QStringLiteral("a refusal that is not a Validation naming the file: %1")
                .arg(e.message());
        return {};
    }
    int previous = 0;
    for (const ReceiptCsvRow &r : rows) {
        const BankTransaction &t = r.transaction;
        if (t.line <= previous || t.line < 2 || t.line > lastLine)
            return QStringLiteral("a row at line %1 after %2 (last %3)")
                .arg(t.line)
                .arg(previous)
                .arg(lastLine);
        previous = t.line;
        if (!t.problem.isEmpty() && !t.problem.contains(QStringLiteral("line %1").arg(t.line)))
            return QStringLiteral("a problem of line %1 not naming it: %2")
                .arg(t.line)
                .arg(t.problem);
        if (t.problem.isEmpty() && (!t.amount.isPositive() || !t.credit || !t.valueDate.isValid()))
            return QStringLiteral("line %1 was accepted with amount %2 and date %3")
                .arg(t.line)
                .arg(t.amount.minor())
                .arg(t.valueDate.toString(Qt::ISODate));
    }
    return {};
}

Check byName(const QString &target)
{
    if (target == QLatin1String("csvreader"))
        return csvReader;
    if (target == QLatin1String("scheduleimport"))
        return scheduleImport;
    if (target == QLatin1String("ordercsv"))
        return orderCsv;
    if (target == QLatin1String("camt"))
        return camtReader;
    if (target == QLatin1String("receiptcsv"))
        return receiptCsv;
    return nullptr;
}

} // namespace FactorDesk::ReaderChecks
