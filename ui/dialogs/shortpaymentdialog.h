#pragma once

#include "errorlabel.h"

#include "appcontext.h"
#include "receiptservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace FactorDesk {

// Why an invoice was paid short (docs/domain.md §9): the clerk picks one of the receipt's
// invoices that is still partly open and says what the rest is — still owed (nothing is
// posted; it stays on the collections worklist), a deduction or dispute with its reason code
// (DisputeService::open, tied to the receipt), or a credit note the client issued
// (CreditNoteService::add, dilution). The amount starts at what is still open. A refusal stays
// in the dialog and changes nothing.
class ShortPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    ShortPaymentDialog(const AppContext &context, const Receipt &receipt,
                       QWidget *parent = nullptr);

    QComboBox *invoiceCombo() const { return m_invoice; }
    QRadioButton *owedButton() const { return m_owed; }
    QRadioButton *disputeButton() const { return m_dispute; }
    QRadioButton *creditNoteButton() const { return m_creditNote; }
    QComboBox *reasonCombo() const { return m_reason; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *textEdit() const { return m_text; }
    ErrorLabel *errorLabel() const { return m_error; }
    // The number of the receipt's invoices still partly open.
    int invoiceCount() const;

signals:
    // A dispute or credit note was recorded (its id).
    void recorded(qint64 id);

private:
    struct Line
    {
        QString clientCode;
        QString invoiceNo;
        Money open;
    };
    void loadInvoices();
    void invoiceChanged();
    void kindChanged();
    void accept() override;

    AppContext m_context;
    Receipt m_receipt;
    QList<Line> m_lines;
    QComboBox *m_invoice;
    QLabel *m_openLabel;
    QRadioButton *m_owed;
    QRadioButton *m_dispute;
    QRadioButton *m_creditNote;
    QComboBox *m_reason;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QLineEdit *m_text;
    ErrorLabel *m_error;
};

} // namespace FactorDesk
