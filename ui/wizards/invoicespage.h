#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace FactorDesk {

class ImportErrorModel;
class InvoiceEntryModel;
class InvoiceGridView;
class PurchaseWizard;

// 2. The invoices: a grid to type in, or a CSV file; the bad lines with line, column, reason.
class InvoicesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit InvoicesPage(PurchaseWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    // What was typed in the last 400 ms is read before the page is left.
    bool validatePage() override;

    InvoiceGridView *grid() const { return m_grid; }
    InvoiceEntryModel *gridModel() const { return m_gridModel; }
    QTableView *errorTable() const { return m_errors; }
    ImportErrorModel *errorModel() const { return m_errorModel; }
    QCheckBox *keepGoodCheck() const { return m_keepGood; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *createDebtorButton() const { return m_createDebtor; }
    QLabel *summaryLabel() const { return m_summary; }
    // Puts the wizard's input into the grid (read-only when it came from a file).
    void showInput();
    // Reads the grid rows into the wizard (grid mode).
    void gridEdited();
    // Imports a CSV file (what "Import CSV…" does once a file is chosen).
    bool importFile(const QString &path);

private:
    void chooseFile();
    void createDebtor();
    void showValidation();

    PurchaseWizard *m_wizard;
    InvoiceGridView *m_grid;
    InvoiceEntryModel *m_gridModel;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_clearFile;
    QLabel *m_fileLabel;
    QTableView *m_errors;
    ImportErrorModel *m_errorModel;
    QCheckBox *m_keepGood;
    QPushButton *m_createDebtor;
    QLabel *m_summary;
    QTimer *m_typing;
    bool m_filling = false;
};

} // namespace FactorDesk
