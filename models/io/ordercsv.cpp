#include "ordercsv.h"

#include "clock.h"
#include "csvreader.h"
#include "error.h"

#include <QFile>
#include <QHash>

namespace FactorDesk {

const ImportIssue *OrderCsvLine::issueFor(const QString &column) const
{
    for (const ImportIssue &i : issues)
        if (i.column == column)
            return &i;
    return nullptr;
}

namespace {

// The canonical column name a header cell stands for ("Ship Date" -> ship_date, "Ref" ->
// order_ref).
QString columnName(const QString &headerCell)
{
    QString h = headerCell.trimmed().toLower();
    h.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (h == QLatin1String("ref") || h == QLatin1String("reference") || h == QLatin1String("order"))
        return QStringLiteral("order_ref");
    if (h == QLatin1String("client_code"))
        return QStringLiteral("client");
    if (h == QLatin1String("debtor_code"))
        return QStringLiteral("debtor");
    if (h == QLatin1String("shipdate") || h == QLatin1String("ship"))
        return QStringLiteral("ship_date");
    return h;
}

} // namespace

OrderCsvFile OrderCsvReader::parse(const QByteArray &data)
{
    OrderCsvFile file;
    CsvReader::Problem problem;
    const auto table = CsvReader::tryParse(data, CsvReader::Width::AnyWidth, &problem);
    if (!table) {
        // The reader names the line (0: the file as a whole) and the field where it can.
        file.fileIssues.append({problem.line, problem.column, problem.reason});
        return file;
    }
    QHash<QString, int> col;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString name = columnName(table->header[i]);
        if (!col.contains(name))
            col.insert(name, i);
    }
    for (const QString &need : {QStringLiteral("client"), QStringLiteral("debtor"),
                                QStringLiteral("amount"), QStringLiteral("ship_date")}) {
        if (!col.contains(need))
            file.fileIssues.append({table->headerLine, need,
                                    tr("the header has no column \"%1\" (it needs client, debtor, "
                                       "order_ref, amount, ship_date).")
                                        .arg(need)});
    }
    file.dataLines = int(table->records.size());
    if (file.fileIssues.isEmpty() && file.dataLines == 0)
        file.fileIssues.append(
            {table->headerLine, {}, tr("the file has a header line and no order lines under it.")});
    if (!file.fileIssues.isEmpty())
        return file;

    const qsizetype width = table->header.size();
    for (const CsvRecord &rec : table->records) {
        OrderCsvLine l;
        l.line = rec.line;
        const auto issue = [&](const QString &column, const QString &message) {
            l.issues.append({rec.line, column, message});
        };
        if (rec.fields.size() != width) {
            issue({}, tr("%1 fields where the header has %2.").arg(rec.fields.size()).arg(width));
            file.lines.append(l);
            continue;
        }
        const auto cell = [&](const QString &name) {
            return col.contains(name) ? rec.fields.value(col.value(name)).trimmed() : QString();
        };
        l.client = cell(QStringLiteral("client"));
        l.debtor = cell(QStringLiteral("debtor"));
        l.orderRef = cell(QStringLiteral("order_ref"));
        l.amount = cell(QStringLiteral("amount"));
        l.shipDateText = cell(QStringLiteral("ship_date"));
        // A semicolon file often comes from a spreadsheet writing decimal commas.
        if (table->delimiter == QLatin1Char(';') && l.amount.contains(QLatin1Char(',')) &&
            !l.amount.contains(QLatin1Char('.')))
            l.amount.replace(QLatin1Char(','), QLatin1Char('.'));
        l.shipDate = parseIsoDate(l.shipDateText);

        if (l.client.isEmpty())
            issue(QStringLiteral("client"), tr("no client code."));
        if (l.debtor.isEmpty())
            issue(QStringLiteral("debtor"), tr("no debtor code."));
        if (l.amount.isEmpty())
            issue(QStringLiteral("amount"), tr("no amount."));
        if (!l.shipDate.isValid())
            issue(QStringLiteral("ship_date"),
                  tr("\"%1\" is not a date (write YYYY-MM-DD).").arg(l.shipDateText));
        if (l.orderRef.size() > MaxOrderRefLength)
            issue(QStringLiteral("order_ref"), tr("at most %1 characters.").arg(MaxOrderRefLength));
        file.lines.append(l);
    }
    return file;
}

OrderCsvFile OrderCsvReader::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    tr("%1 cannot be read: %2").arg(fileName, file.errorString()),
                    QStringLiteral("file"));
    return parse(file.readAll());
}

} // namespace FactorDesk
