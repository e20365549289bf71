#include "creditnotecsv.h"

#include "clock.h"
#include "csvreader.h"
#include "error.h"

#include <QHash>

namespace FactorDesk {

namespace {

QString canonical(const QString &header)
{
    const QString h = CsvReader::headerKey(header);
    static const QHash<QString, QString> names{
        {QStringLiteral("invoice_no"), QStringLiteral("invoice_no")},
        {QStringLiteral("invoice"), QStringLiteral("invoice_no")},
        {QStringLiteral("amount"), QStringLiteral("amount")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("reference"), QStringLiteral("reference")},
        {QStringLiteral("ref"), QStringLiteral("reference")},
        {QStringLiteral("client"), QStringLiteral("client")},
    };
    return names.value(h);
}

} // namespace

QString CreditNoteCsv::problem(const QString &fileName, int line, const QString &field,
                               const QString &reason)
{
    return tr("%1: line %2: %3: %4").arg(fileName).arg(line).arg(field, reason);
}

CreditNoteCsv::Result CreditNoteCsv::parse(const QByteArray &data, const QString &fileName)
{
    const CsvTable table = CsvReader::parse(data, fileName);
    QHash<QString, int> column;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString c = canonical(table.header[i]);
        if (!c.isEmpty() && !column.contains(c))
            column.insert(c, i);
    }
    for (const char *required : {"invoice_no", "amount", "date"})
        if (!column.contains(QString::fromLatin1(required)))
            throw Error(Error::Kind::Validation,
                        tr("%1: line %2: the header has no %3 column (a credit notes file "
                           "needs invoice_no, amount and date)")
                            .arg(fileName)
                            .arg(table.headerLine)
                            .arg(QString::fromLatin1(required)),
                        QStringLiteral("line %1").arg(table.headerLine));
    if (table.records.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("%1: line %2: the file has a header but no credit notes")
                        .arg(fileName)
                        .arg(table.headerLine),
                    QStringLiteral("line %1").arg(table.headerLine));
    const auto cell = [&column](const CsvRecord &r, const char *name) {
        const int i = column.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
    };
    Result out;
    const auto report = [&](int line, const QString &field, const QString &reason) {
        out.problems << problem(fileName, line, field, reason);
        out.issues.append({line, field, reason});
    };
    for (const CsvRecord &r : table.records) {
        CreditNoteCsvRow row;
        row.line = r.line;
        row.client = cell(r, "client");
        row.invoiceNo = cell(r, "invoice_no");
        row.amount = cell(r, "amount");
        row.reference = cell(r, "reference");
        const QString date = cell(r, "date");
        row.date = parseIsoDate(date);
        bool ok = true;
        if (row.invoiceNo.isEmpty()) {
            report(r.line, QStringLiteral("invoice_no"), tr("no invoice number"));
            ok = false;
        }
        if (row.amount.isEmpty()) {
            report(r.line, QStringLiteral("amount"), tr("no amount"));
            ok = false;
        }
        if (!row.date.isValid()) {
            report(r.line, QStringLiteral("date"),
                   tr("\"%1\" is not a date (YYYY-MM-DD)").arg(date));
            ok = false;
        }
        out.lines.append(row);
        if (ok)
            out.rows.append(row);
    }
    return out;
}

} // namespace FactorDesk
