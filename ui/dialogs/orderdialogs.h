#pragma once

#include "errorlabel.h"

#include "appcontext.h"
#include "orderapprovalservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace FactorDesk {

// The dialogs of the Order approvals view. Each calls OrderApprovalService on OK and stays
// open with the service's message when refused.

// A client's request for an order approval: client, debtor code, order reference, amount,
// ship date.
class OrderRequestDialog : public QDialog
{
    Q_OBJECT
public:
    OrderRequestDialog(const AppContext &context, qint64 clientId, QWidget *parent = nullptr);

    qint64 requestId() const { return m_id; }
    QComboBox *clientCombo() const { return m_client; }
    QLineEdit *debtorEdit() const { return m_debtor; }
    QLineEdit *refEdit() const { return m_ref; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *shipDateEdit() const { return m_ship; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void accept() override;

private:
    AppContext m_context;
    qint64 m_id = 0;
    QComboBox *m_client;
    QLineEdit *m_debtor;
    QLineEdit *m_ref;
    QLineEdit *m_amount;
    QDateEdit *m_ship;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// The analyst's decision on an order approval: outcome, amount approved in part, days valid,
// reason. Shows the approval code once granted.
class OrderDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDecisionDialog(const AppContext &context, qint64 id, QWidget *parent = nullptr);

    OrderApproval result() const { return m_result; }
    QComboBox *decisionCombo() const { return m_decision; }
    QLineEdit *amountEdit() const { return m_amount; }
    QSpinBox *daysSpin() const { return m_days; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void setDecision(Decision d);

public slots:
    void accept() override;

private:
    void updateFields();

    AppContext m_context;
    OrderApproval m_request;
    OrderApproval m_result;
    QComboBox *m_decision;
    QLineEdit *m_amount;
    QSpinBox *m_days;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// The approval code of a granted order approval, said once more after the decision and made
// easy to pass on: shown in full, selectable, with a Copy button.
class ApprovalCodeDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalCodeDialog(const OrderApproval &approval, QWidget *parent = nullptr);
    QString code() const { return m_code; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QString m_code;
    QPushButton *m_copy;
};

// Imports a client's request file after showing what was found: the number of good lines
// and each problem (line, column, reason). "Import" is offered only for a clean file;
// "Import good lines only" skips the bad ones.
class OrderImportDialog : public QDialog
{
    Q_OBJECT
public:
    OrderImportDialog(const AppContext &context, const QString &fileName,
                      QWidget *parent = nullptr);

    const OrderImportResult &preview() const { return m_preview; }
    const OrderImportResult &result() const { return m_result; }
    QListWidget *issueList() const { return m_issues; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *importGoodButton() const { return m_importGood; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void importAll();
    void importGood();

private:
    void run(bool skipBad);

    AppContext m_context;
    QString m_fileName;
    OrderImportResult m_preview;
    OrderImportResult m_result;
    QLabel *m_summary;
    QListWidget *m_issues;
    ErrorLabel *m_error;
    QPushButton *m_import;
    QPushButton *m_importGood;
};

} // namespace FactorDesk
