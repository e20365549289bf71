#pragma once

#include "appcontext.h"
#include "creditnoteservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace FactorDesk {

class ErrorLabel;

// File → Import credit notes… (Collections view): a client's credit notes CSV (columns
// invoice_no, amount, date, reference; a client column when the file holds several clients').
// The clerk picks the file and the client; the dialog checks every line against the books
// (CreditNoteService::check, nothing stored) and lists them, each refused line naming its line,
// field and reason. Import is possible only when no line is refused, and takes the file whole
// (all or nothing); the dialog then says what was imported and offers Close.
class CreditNoteImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreditNoteImportDialog(const AppContext &context, QWidget *parent = nullptr);

    QComboBox *clientCombo() const { return m_client; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *summaryLabel() const { return m_summary; }
    ErrorLabel *errorLabel() const { return m_error; }
    // The ids of the credit notes imported (empty until the import).
    QList<qint64> importedIds() const { return m_ids; }

    // Checks the file named in the file field and fills the preview; true when it can be
    // imported.
    bool checkFile();
    // Imports the checked file; true when it was imported.
    bool importFile();

signals:
    void imported(int count);

private:
    QString clientCode() const;
    void invalidate();
    void browse();

    AppContext m_context;
    QComboBox *m_client;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QPushButton *m_check;
    QTableWidget *m_preview;
    QLabel *m_summary;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QList<qint64> m_ids;
    bool m_checked = false;
};

} // namespace FactorDesk
