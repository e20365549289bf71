#pragma once

#include "camtreader.h"

#include <QCoreApplication>

namespace FactorDesk {

// A receipts CSV as a bank or a clerk's spreadsheet writes it: columns by header name in any
// order (case-insensitive): date (or value_date), amount, currency (optional: the books'),
// debtor (a debtor code, optional), remitter (or name, payer), account (or iban), reference
// (or remittance, text), invoice (invoice numbers, space-separated), bank_ref (optional: the
// bank's reference; without it the row's fingerprint keeps it from being imported twice).
// Every row is a booked credit; a row it cannot read keeps its line and `problem`.
struct ReceiptCsvRow
{
    BankTransaction transaction;
    QString debtorCode;
};

class ReceiptCsv
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ReceiptCsv)
public:
    // Throws Error(Validation) naming the file and line for a file that is not such a CSV
    // (no date or amount column, not text, no rows).
    static QList<ReceiptCsvRow> parse(const QByteArray &data, const QString &fileName,
                                      Currency defaultCurrency);
};

} // namespace FactorDesk
