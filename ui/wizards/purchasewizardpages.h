#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace FactorDesk {

class PurchaseWizard;

// The five pages of PurchaseWizard. Each shows the wizard's state and sends what the user
// does back to the wizard; none talks to the database itself.

// 1. Client and schedule header; the terms in force on the schedule date.
class ClientPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ClientPage(PurchaseWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QComboBox *clientCombo() const { return m_client; }
    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }
    QString termsText() const;

private:
    void update();

    PurchaseWizard *m_wizard;
    QComboBox *m_client;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QLabel *m_terms;
};

// 2. The invoices: a grid to type in, or a CSV file; the bad lines with line, column, reason.
class InvoicesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit InvoicesPage(PurchaseWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *grid() const { return m_grid; }
    QTableWidget *errorTable() const { return m_errors; }
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
    QTableWidget *m_grid;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_clearFile;
    QLabel *m_fileLabel;
    QTableWidget *m_errors;
    QCheckBox *m_keepGood;
    QPushButton *m_createDebtor;
    QLabel *m_summary;
    QTimer *m_typing;
    bool m_filling = false;
};

// 3. The checks of every line; managers override a line with a written reason.
class ChecksPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(PurchaseWizard *wizard);
    void initializePage() override;

    QTableView *table() const { return m_table; }
    QPushButton *overrideButton() const { return m_override; }
    QLabel *summaryLabel() const { return m_summary; }
    // Overrides the line in `row` (managers); false with a message when not allowed.
    bool overrideLine(int row, const QString &reason, QString *why = nullptr);

private:
    void askOverride();
    void updateSummary();

    PurchaseWizard *m_wizard;
    QTableView *m_table;
    QPushButton *m_override;
    QLabel *m_summary;
};

// 4. Pricing: every line and the totals; availability before and after.
class PricingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PricingPage(PurchaseWizard *wizard);
    void initializePage() override;

    QTableView *table() const { return m_table; }
    // The shown value of a total by its key (face, eligible, ineligible, advance, commission,
    // reserve, charges, net, paymentDate, maturityDate, availableBefore, availableAfter).
    QString totalText(const QString &key) const;

private:
    PurchaseWizard *m_wizard;
    QTableView *m_table;
    QLabel *m_note;
    QWidget *m_totalsBox;
};

// 5. Confirm and post (managers), or save as submitted (clerks); then print the documents.
class ConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConfirmPage(PurchaseWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QPushButton *postButton() const { return m_post; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *explanationLabel() const { return m_explain; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *printAdviceButton() const { return m_printAdvice; }
    QPushButton *saveAdviceButton() const { return m_saveAdvice; }
    QPushButton *printNoticesButton() const { return m_printNotices; }
    QPushButton *saveNoticesButton() const { return m_saveNotices; }

private:
    void post();
    void submit();
    void showResult();

    PurchaseWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_explain;
    QPushButton *m_post;
    QPushButton *m_submit;
    QLabel *m_result;
    QPushButton *m_printAdvice;
    QPushButton *m_saveAdvice;
    QPushButton *m_printNotices;
    QPushButton *m_saveNotices;
};

} // namespace FactorDesk
