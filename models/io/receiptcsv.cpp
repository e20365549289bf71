#include "receiptcsv.h"

#include "clock.h"
#include "csvreader.h"
#include "error.h"
#include "iban.h"

#include <QCryptographicHash>
#include <QHash>

namespace FactorDesk {

namespace {

QString canonical(const QString &header)
{
    const QString h = CsvReader::headerKey(header);
    static const QHash<QString, QString> names{
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("value_date"), QStringLiteral("date")},
        {QStringLiteral("booking_date"), QStringLiteral("date")},
        {QStringLiteral("amount"), QStringLiteral("amount")},
        {QStringLiteral("currency"), QStringLiteral("currency")},
        {QStringLiteral("ccy"), QStringLiteral("currency")},
        {QStringLiteral("debtor"), QStringLiteral("debtor")},
        {QStringLiteral("debtor_code"), QStringLiteral("debtor")},
        {QStringLiteral("remitter"), QStringLiteral("remitter")},
        {QStringLiteral("name"), QStringLiteral("remitter")},
        {QStringLiteral("payer"), QStringLiteral("remitter")},
        {QStringLiteral("account"), QStringLiteral("account")},
        {QStringLiteral("iban"), QStringLiteral("account")},
        {QStringLiteral("reference"), QStringLiteral("reference")},
        {QStringLiteral("remittance"), QStringLiteral("reference")},
        {QStringLiteral("text"), QStringLiteral("reference")},
        {QStringLiteral("invoice"), QStringLiteral("invoice")},
        {QStringLiteral("invoice_no"), QStringLiteral("invoice")},
        {QStringLiteral("invoices"), QStringLiteral("invoice")},
        {QStringLiteral("bank_ref"), QStringLiteral("bank_ref")},
        {QStringLiteral("bank_reference"), QStringLiteral("bank_ref")},
    };
    return names.value(h);
}

} // namespace

QList<ReceiptCsvRow> ReceiptCsv::parse(const QByteArray &data, const QString &fileName,
                                       Currency defaultCurrency)
{
    const CsvTable table = CsvReader::parse(data, fileName);
    const auto refuse = [&fileName](int line, const QString &reason) {
        throw Error(Error::Kind::Validation,
                    tr("%1: line %2: %3").arg(fileName).arg(line).arg(reason),
                    QStringLiteral("line %1").arg(line));
    };
    QHash<QString, int> column;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString c = canonical(table.header[i]);
        if (!c.isEmpty() && !column.contains(c))
            column.insert(c, i);
    }
    for (const char *required : {"date", "amount"})
        if (!column.contains(QString::fromLatin1(required)))
            refuse(table.headerLine,
                   tr("the header has no %1 column (a receipts file needs date and amount)")
                       .arg(QString::fromLatin1(required)));
    if (table.records.isEmpty())
        refuse(table.headerLine, tr("the file has a header but no receipts"));
    const auto cell = [&column](const CsvRecord &r, const char *name) {
        const int i = column.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
    };
    QList<ReceiptCsvRow> rows;
    QHash<QString, int> seen;
    for (const CsvRecord &r : table.records) {
        ReceiptCsvRow row;
        BankTransaction &t = row.transaction;
        t.line = r.line;
        t.entryNo = int(rows.size()) + 1;
        t.status = QStringLiteral("BOOK");
        const QString ccy = cell(r, "currency");
        const Currency currency = ccy.isEmpty() ? defaultCurrency : Currency(ccy);
        const QString amount = cell(r, "amount");
        const QString date = cell(r, "date");
        if (!currency.isValid())
            t.problem = tr("line %1, currency: \"%2\" is not a currency code").arg(r.line).arg(ccy);
        else if (const std::optional<Money> m = Money::parse(amount, currency); !m)
            t.problem = tr("line %1, amount: \"%2\" is not an amount of %3")
                            .arg(r.line)
                            .arg(amount.left(40), currency.code());
        else if (!m->isPositive())
            t.problem = tr("line %1, amount: a receipt is more than zero").arg(r.line);
        else
            t.amount = *m;
        const QDate d = parseIsoDate(date);
        if (t.problem.isEmpty() && !d.isValid())
            t.problem = tr("line %1, date: \"%2\" is not a date (YYYY-MM-DD)")
                            .arg(r.line)
                            .arg(date.left(40));
        t.bookingDate = d;
        t.valueDate = d;
        t.counterpartyName = cell(r, "remitter").simplified();
        const QString account = cell(r, "account");
        t.counterpartyAccount = Iban::looksLikeIban(account) ? Iban::compact(account) : account;
        const QString reference = cell(r, "reference");
        if (!reference.isEmpty())
            t.unstructured << reference;
        const QString invoices = cell(r, "invoice");
        if (!invoices.isEmpty())
            t.documentNumbers = invoices.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        t.bankReference = cell(r, "bank_ref");
        row.debtorCode = cell(r, "debtor");
        // Two identical rows are two payments: the occurrence is part of what identifies one.
        const QString identity =
            QStringList{date,    amount,    ccy,     row.debtorCode, t.counterpartyName,
                        account, reference, invoices}
                .join(QChar(0x1f));
        const int n = ++seen[identity];
        t.fingerprint = QString::fromLatin1(
            QCryptographicHash::hash((identity + QChar(0x1e) + QString::number(n)).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex());
        rows << row;
    }
    return rows;
}

} // namespace FactorDesk
