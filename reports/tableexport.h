#pragma once

#include "tabular.h"

#include <QString>

class QAbstractItemModel;

namespace FactorDesk {

// What a user sees in a table, written to a file: the rows and columns of a model exactly as
// shown (filtered and sorted: pass the view's own model), the header row first.
//   Plain   amounts as plain decimals and dates as ISO dates (for other programs);
//   Locale  every cell as displayed (grouped amounts, the locale's dates).
// Right-aligned columns are numbers; columns whose plain values are dates are dates.
enum class ExportStyle { Plain, Locale };

// How a table is laid out in a file beyond its cells.
struct TableFileOptions
{
    int totalsRows = 0; // the last rows are totals: bold in XLSX
};

Tabular tabularFromModel(const QAbstractItemModel &model, ExportStyle style);

// Writes `table` as RFC 4180 CSV (UTF-8 with BOM, so spreadsheets pick the encoding; text
// that a spreadsheet would run as a formula is prefixed with an apostrophe). Throws Error.
void writeCsvFile(const Tabular &table, const QString &path);
// Writes `table` as an XLSX workbook of one sheet: a bold, frozen header row; number columns
// as numbers with their own decimals; date columns as dates. Throws Error.
// The last `options.totalsRows` rows are bold. Columns are as wide as their contents.
void writeXlsxFile(const Tabular &table, const QString &path, const QString &sheetName,
                   const TableFileOptions &options = {});
// Picks the format from the file's extension (.csv or .xlsx). Throws Error for another one.
void writeTableFile(const Tabular &table, const QString &path, const QString &sheetName,
                    const TableFileOptions &options = {});
// Throws Error(Validation) naming the extension when `path` is neither .csv nor .xlsx (so a
// caller can refuse before it gathers the data).
void checkTableFileName(const QString &path);

} // namespace FactorDesk
