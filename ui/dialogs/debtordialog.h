#pragma once

#include "errorlabel.h"

#include "datatable.h"

#include "appcontext.h"
#include "debtor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace FactorDesk {

class CreditHistoryModel;

// One debtor: details (address, registration number, payment terms, status with the
// insolvency date), the clients it buys from, and its credit — limit, exposure, utilisation
// and the full history of requests and decisions, with a button to request a limit.
// Debtor id 0: a new debtor (only the details page). Users who may not edit debtors see the
// details read-only.
class DebtorDialog : public QDialog
{
    Q_OBJECT
public:
    DebtorDialog(const AppContext &context, qint64 debtorId, QWidget *parent = nullptr);

    Debtor debtor() const { return m_debtor; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *insolvencyEdit() const { return m_insolvency; }
    QSpinBox *termsSpin() const { return m_terms; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *errorLabel() const { return m_error; }
    QListWidget *clientList() const { return m_clients; }
    QComboBox *clientChooser() const { return m_clientChoice; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *requestButton() const { return m_request; }
    CreditHistoryModel *historyModel() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void accept() override;
    void linkClient();
    void unlinkClient();
    void requestLimit();
    void updateRequestButton();

private:
    QWidget *buildDetails();
    QWidget *buildClients();
    QWidget *buildCredit();
    void load();
    void loadClients();
    void loadCredit();
    void showError(const QString &message);

    AppContext m_context;
    Debtor m_debtor;
    bool m_canEdit = false;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_registration = nullptr;
    QSpinBox *m_terms = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_insolvency = nullptr;
    QListWidget *m_clients = nullptr;
    QComboBox *m_clientChoice = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    QLabel *m_limit = nullptr;
    QLabel *m_exposure = nullptr;
    QLabel *m_utilisation = nullptr;
    QLabel *m_review = nullptr;
    CreditHistoryModel *m_history = nullptr;
    DataTable *m_historyTable = nullptr;
    QPushButton *m_request = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FactorDesk
