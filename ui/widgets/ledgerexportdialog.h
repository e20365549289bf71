#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace FactorDesk {

// File → Export… of the ledger views: asks for a file (Excel workbook or CSV; the format is
// the file's extension), runs `write` (which returns the number of rows written, or throws
// Error), and says what was saved, naming the file and the row count, or what went wrong.
// The file dialog is Qt's own (objectName "ledgerExportDialog"), so tests can drive it.
// Returns the path written, or an empty string.
QString exportLedgerWithDialog(QWidget *parent, const QString &title, const QString &baseName,
                               const std::function<int(const QString &path)> &write);

} // namespace FactorDesk
