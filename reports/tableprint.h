#pragma once

#include "tabular.h"

#include <QString>
#include <memory>

class QTextDocument;

namespace FactorDesk {

// A table as a printable document: its title, a line of what it shows (the filter, the date
// printed), and the rows, numbers right-aligned, the header row repeated on every page.
std::unique_ptr<QTextDocument> tableDocument(const Tabular &table, const QString &title,
                                             const QString &subtitle);

} // namespace FactorDesk
