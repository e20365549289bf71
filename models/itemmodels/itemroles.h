#pragma once

#include <Qt>

namespace FactorDesk::ItemRoles {

// Roles every table model of the program may answer, read by the shared table widget and the
// exporters (reports/tableexport.h).
enum : int {
    // The plain value of a cell for files: an amount as a plain decimal string with the
    // currency's own decimals ("-1234.56", no grouping), a date as a QDate, a count as an
    // integer. A model that does not answer it exports its display text.
    ExportRole = Qt::UserRole + 200,
    // The value a column sorts by where its display text would sort wrongly ("9.5 (rising)"
    // after "10.0"): a number as qint64 (days in tenths, a rate in ppm), an invalid QVariant
    // when there is nothing to show (those rows sort last either way).
    SortRole = Qt::UserRole + 201,
};

} // namespace FactorDesk::ItemRoles
