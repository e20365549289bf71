#pragma once

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace FactorDesk {

class CollectionNoteModel;
class DataTable;
class WorklistModel;

// The collections worklist (docs/domain.md §9): overdue invoices by debtor, debtors whose
// follow-up is due today or earlier on top (in the alert colour), then by amount overdue; each
// debtor row opens to its invoices. Below, the notes of the selected debtor with who wrote them
// and when. "Add note…" (Alt+N, or Insert anywhere in the view) asks for the note; the view
// filters by client and by debtor code. Clerks, analysts and managers write notes.
// The view's actions: Import credit notes… (clerks and managers, CreditNoteImportDialog),
// Charge back overdue… and Post credit losses… (managers, RecourseRunDialog); each button is
// disabled, saying which role it needs, for the others.
class CollectionsView : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsView(const AppContext &context, QWidget *parent = nullptr);

    WorklistModel *model() const { return m_model; }
    CollectionNoteModel *notesModel() const { return m_notesModel; }
    QTreeView *tree() const { return m_tree; }
    QTableView *notesTable() const;
    QComboBox *clientCombo() const { return m_client; }
    QLineEdit *debtorEdit() const { return m_debtor; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QPushButton *importCreditNotesButton() const { return m_importCreditNotes; }
    QPushButton *chargeBackOverdueButton() const { return m_chargeBackOverdue; }
    QPushButton *creditLossButton() const { return m_creditLosses; }
    // Selects the debtor's row; false when it is not on the worklist.
    bool selectDebtor(const QString &code);
    // The debtor (and invoice, 0 for a debtor row) of the current row.
    qint64 currentDebtorId() const;
    qint64 currentInvoiceId() const;

public slots:
    void refresh();
    void addNote();
    void applyFilter();
    void importCreditNotes();
    void chargeBackOverdue();
    void postCreditLosses();

private:
    void showNotes();

    AppContext m_context;
    WorklistModel *m_model;
    CollectionNoteModel *m_notesModel;
    QComboBox *m_client;
    QLineEdit *m_debtor;
    QTreeView *m_tree;
    DataTable *m_notes;
    QLabel *m_summary;
    QLabel *m_notesTitle;
    QPushButton *m_addNote;
    QPushButton *m_importCreditNotes;
    QPushButton *m_chargeBackOverdue;
    QPushButton *m_creditLosses;
};

} // namespace FactorDesk
