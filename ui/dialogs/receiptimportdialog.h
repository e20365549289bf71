#pragma once

#include "receiptservice.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace FactorDesk {

// What an import of a bank file did: the counts (read, booked credits, applied, suggested,
// unapplied, reversals, duplicates), every movement that was skipped with its line and
// reason, and the schema warnings. Shown after each import; nothing is hidden.
class ReceiptImportDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptImportDialog(const QString &fileName, const ReceiptImportResult &result,
                        QWidget *parent = nullptr);

    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *skippedTable() const { return m_skipped; }
    QPlainTextEdit *warningsEdit() const { return m_warnings; }

private:
    QLabel *m_counts;
    QTableWidget *m_skipped;
    QPlainTextEdit *m_warnings;
};

} // namespace FactorDesk
