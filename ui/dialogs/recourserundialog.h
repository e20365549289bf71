#pragma once

#include "appcontext.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace FactorDesk {

class ErrorLabel;

// The manager's two runs of the Collections view, each as of a day (not after today):
//  - Charge back overdue…: first lists every funded invoice of a client with recourse that is
//    unpaid past its recourse date (ChargebackService::dueForRecourse), then, when the manager
//    confirms with "Charge back N invoices", charges them all back in one transaction;
//  - Post credit losses…: posts the credit losses on credit-approved invoices of insolvent
//    debtors (what is disputed or over the approval is charged back) and lists what it did.
// Afterwards the dialog says what was done and offers Close.
class RecourseRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ChargeBackOverdue, PostCreditLosses };

    RecourseRunDialog(const AppContext &context, Mode mode, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *runButton() const { return m_run; }
    ErrorLabel *errorLabel() const { return m_error; }

    // Lists what a chargeback run as of the date would take (overdue mode).
    void preview();
    // Runs; true when it ran.
    bool run();

signals:
    void done();

private:
    void setRows(const QList<QStringList> &rows, const QList<int> &rightAligned);
    void finish(const QString &message);

    AppContext m_context;
    Mode m_mode;
    QDateEdit *m_date;
    QTableWidget *m_table;
    QLabel *m_summary;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    int m_due = 0;
    bool m_done = false;
};

} // namespace FactorDesk
