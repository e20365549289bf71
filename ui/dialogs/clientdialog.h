#pragma once

#include "errorlabel.h"

#include "datatable.h"

#include "agreement.h"
#include "appcontext.h"
#include "client.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace FactorDesk {

class AgreementHistoryModel;
class Error;

// Adds or edits one client. Tabs: Details (address, contacts, tax number, the bank account
// with live IBAN feedback, status), Agreement (the terms in force today and "New version from
// date…", for managers only), History (every version: from when, who, what changed). Clerks
// and managers save details; other users see them read-only. A new agreement version is saved
// by its own dialog at once, independent of the details.
class ClientDialog : public QDialog
{
    Q_OBJECT
public:
    // clientId 0: a new client.
    ClientDialog(const AppContext &context, qint64 clientId, QWidget *parent = nullptr);

    // The client as last saved (id 0 before a new one is saved).
    const Client &client() const { return m_client; }
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *ibanFeedback() const { return m_ibanFeedback; }
    QPushButton *newVersionButton() const { return m_newVersion; }
    AgreementHistoryModel *historyModel() const { return m_history; }
    QLabel *changesLabel() const { return m_changes; }

public slots:
    void accept() override;
    // Opens the agreement editor for a new version (managers).
    void newVersion();

private:
    QWidget *buildDetails();
    QWidget *buildAgreement();
    QWidget *buildHistory();
    void loadDetails();
    void loadTerms();
    void updateIbanFeedback();
    void showChanges(int row);
    void showError(const Error &error);

    AppContext m_context;
    Client m_client;
    bool m_canEdit;
    QTabWidget *m_tabs;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    // Details
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_currency = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_taxNumber = nullptr;
    QLineEdit *m_bankAccount = nullptr;
    QLabel *m_ibanFeedback = nullptr;
    QLineEdit *m_bankName = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_funds = nullptr;
    // Agreement
    QLabel *m_termsTitle = nullptr;
    QFormLayout *m_termsForm = nullptr;
    QPushButton *m_newVersion = nullptr;
    // History
    AgreementHistoryModel *m_history = nullptr;
    DataTable *m_historyTable = nullptr;
    QLabel *m_changes = nullptr;
};

} // namespace FactorDesk
