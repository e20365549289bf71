#pragma once

#include "ledger.h"
#include "money.h"
#include "tabular.h"

#include <QDate>
#include <QString>

namespace FactorDesk {

// The general ledger for an accountant's other programs: the journal lines of a filter and the
// trial balance as of a date, as CSV or XLSX (the format from the file's extension). Amounts
// are plain decimals with their currency's decimals (XLSX: numbers with that number format),
// dates are dates; the header row is bold and frozen, and the last rows are totals (one per
// currency for the journal). The figures come from JournalService alone, so the file's debit
// and credit totals are the journal's and the trial balance's own.
namespace LedgerExport {

// The columns of the journal export, in order: entry, date, kind, memo, account,
// account_name, debit, credit, currency, client, debtor, invoice.
QStringList journalColumns();
// The lines, then one "Total" row per currency (in the order the currencies first appear).
// `totalsRows` (optional) receives how many totals rows there are.
Tabular journalTable(const QList<JournalRow> &rows, int *totalsRows = nullptr);
// Every account of the chart with its debit or credit balance, then a "Total" row.
Tabular trialBalanceTable(const QList<AccountBalance> &balances, const Currency &currency);

// Writes `path` (.csv or .xlsx; Error(Validation) naming any other extension, before reading
// anything). Returns the number of rows written, totals rows not counted. Throws Error.
int exportJournal(const JournalService &journal, const JournalFilter &filter, const QString &path);
int exportTrialBalance(const JournalService &journal, QDate asOf, const Currency &currency,
                       const QString &path);

} // namespace LedgerExport
} // namespace FactorDesk
