#pragma once

#include "appcontext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace FactorDesk {

class ErrorLabel;

// Buy-back payment… (Clients view): the client pays back in cash what was charged back to it
// (ChargebackService::recordBuybackPayment: Dr bank / Cr recourse receivable, the client's
// reserve beyond). The dialog shows what the client owes on recourse, asks for the amount,
// value date and reference, and after recording says what is still owed. Clerks and managers.
class BuybackPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    BuybackPaymentDialog(const AppContext &context, const QString &clientCode,
                         QWidget *parent = nullptr);

    QComboBox *clientCombo() const { return m_client; }
    QLabel *owedLabel() const { return m_owed; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *resultLabel() const { return m_result; }
    ErrorLabel *errorLabel() const { return m_error; }
    qint64 paymentId() const { return m_id; }

    // Records the payment as entered; true when it was recorded.
    bool record();

signals:
    void recorded(qint64 id);

private:
    void showOwed();
    void updateButton();

    AppContext m_context;
    QComboBox *m_client;
    QLabel *m_owed;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QLineEdit *m_reference;
    QLabel *m_result;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_record;
    qint64 m_id = 0;
};

} // namespace FactorDesk
