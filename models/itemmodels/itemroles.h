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
};

} // namespace FactorDesk::ItemRoles
