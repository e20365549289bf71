#pragma once

#include "errorlabel.h"

#include "appcontext.h"
#include "debtor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace FactorDesk {

// Asks for a credit limit for one debtor (clerks and analysts): amount, reason, and optionally
// a client for a per-client sub-limit. On OK it calls CreditService::request and stays open
// with the service's message when refused.
class LimitRequestDialog : public QDialog
{
    Q_OBJECT
public:
    LimitRequestDialog(const AppContext &context, const Debtor &debtor, QWidget *parent = nullptr);

    qint64 requestId() const { return m_requestId; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *clientCombo() const { return m_client; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void accept() override;

private:
    AppContext m_context;
    Debtor m_debtor;
    qint64 m_requestId = 0;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QComboBox *m_client;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// Reads an amount typed in the user's locale ("1.234,56") or plain ("1234.56"); nullopt
// when it is neither. For the dialogs of the debtors area.
std::optional<qint64> parseAmountInput(const QString &text, Currency currency);

} // namespace FactorDesk
