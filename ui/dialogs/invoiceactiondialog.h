#pragma once

#include "errorlabel.h"

#include "appcontext.h"
#include "money.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace FactorDesk {

// What is done to one bought invoice from its dialog (docs/domain.md §4 steps 5–7, §7):
//   CreditNote  the client's credit note reduces it (dilution): CreditNoteService::add;
//   Dispute     the debtor disputes or deducted part of it, with a reason code:
//               DisputeService::open (posts nothing until resolved);
//   Chargeback  a manager charges it back to the client (the reserve first, the recourse
//               receivable for the rest): ChargebackService::chargeBack.
// The amount starts at the invoice's open balance and is read strictly in the user's locale.
// A refusal stays in the dialog and changes nothing.
class InvoiceActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Act { CreditNote, Dispute, Chargeback };

    struct Invoice
    {
        QString clientCode;
        QString invoiceNo;
        Money open;
    };

    InvoiceActionDialog(const AppContext &context, Act act, const Invoice &invoice, QDate today,
                        QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *reasonCombo() const { return m_reason; }
    QLineEdit *textEdit() const { return m_text; }
    QDateEdit *dateEdit() const { return m_date; }
    ErrorLabel *errorLabel() const { return m_error; }

    // The act's title ("Credit note…"), and why the user may not do it ("" when they may).
    static QString title(Act act);
    static QString refusal(Act act, const Session &who);

signals:
    // The credit note, dispute or chargeback was recorded (its id).
    void recorded(qint64 id);

private:
    void accept() override;

    AppContext m_context;
    Act m_act;
    Invoice m_invoice;
    QLineEdit *m_amount;
    QComboBox *m_reason = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_text;
    ErrorLabel *m_error;
};

} // namespace FactorDesk
