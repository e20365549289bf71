#pragma once

#include "errorlabel.h"

#include "appcontext.h"
#include "creditservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace FactorDesk {

// The analyst's one dialog for deciding a credit-limit request: decision (approve, approve in
// part, decline, on hold), the amount granted in part, the review date and the reason. OK
// calls CreditService::decide; a refusal (four eyes, validation) is shown in the dialog with
// the service's message and nothing changes.
class CreditDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    CreditDecisionDialog(const AppContext &context, qint64 requestId, QWidget *parent = nullptr);

    QComboBox *decisionCombo() const { return m_decision; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *reviewEdit() const { return m_review; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void setDecision(Decision d);

public slots:
    void accept() override;

private:
    void updateFields();

    AppContext m_context;
    CreditRequest m_request;
    bool m_ownRequest = false;
    QComboBox *m_decision;
    QLineEdit *m_amount;
    QDateEdit *m_review;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace FactorDesk
