#pragma once

#include "datatable.h"
#include "errorlabel.h"

#include "appcontext.h"
#include "receiptservice.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;

namespace FactorDesk {

class PaymentsModel;
class ReceiptApplicationsModel;
class ReceiptsModel;

// Cash posting (docs/domain.md §9): the receipts of bank files and those typed in, each with
// its match — applied, a suggestion waiting, or unapplied — filtered by status and debtor;
// below the list, the selected receipt's applications and suggestions and what is left.
// Clerks and managers import bank files (with progress and Cancel), type in receipts one
// after another ("Post and next"), confirm suggestions and split cash over invoices; analysts
// and others read. Everything is reachable from the keyboard: Ctrl+I import, Ctrl+N new
// receipt, Ctrl+Enter confirm, Ctrl+Shift+A or Enter on a row apply.
class CashPostingView : public QWidget
{
    Q_OBJECT
public:
    explicit CashPostingView(const AppContext &context, QWidget *parent = nullptr);

    ReceiptsModel *model() const { return m_model; }
    ReceiptApplicationsModel *applicationsModel() const { return m_parts; }
    DataTable *table() const { return m_table; }
    DataTable *applicationsTable() const { return m_partsTable; }
    // The outgoing payments (sent, executed) shown beside the receipts, in their own tab.
    PaymentsModel *paymentsOutModel() const { return m_paymentsOut; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *debtorCombo() const { return m_debtor; }
    QLabel *detailLabel() const { return m_detail; }
    ErrorLabel *messageLabel() const { return m_message; }
    QAction *importAction() const { return m_import; }
    QAction *newReceiptAction() const { return m_new; }
    QAction *confirmAction() const { return m_confirm; }
    QAction *applyAction() const { return m_apply; }
    QAction *shortPaymentAction() const { return m_short; }
    // The button that shows an action of the view (nullptr for none).
    QPushButton *buttonFor(QAction *action) const;

    // The receipt in the current row with its applications; nullopt when no row is current.
    std::optional<Receipt> selectedReceipt() const;
    // Makes the receipt's row current (false when the filters hide it).
    bool selectReceipt(qint64 receiptId);
    // Adds a later act on the selected receipt to the row of buttons and the table's context
    // menu; the act reads selectedReceipt() and calls refresh() when it changed something,
    // and follows currentReceiptChanged to enable itself.
    void addReceiptAction(QAction *action);
    // Whether the signed-in user may post (clerks and managers).
    bool mayPost() const;

signals:
    // The current receipt changed (0: none), or its data did after a reload.
    void currentReceiptChanged(qint64 receiptId);

public slots:
    void refresh();
    // Asks for a bank file, then imports it.
    void importBankFile();
    // Imports a camt.053/054 or receipts CSV file with a progress dialog; Cancel stores
    // nothing. Shows the summary; false when cancelled or refused.
    bool importBankFile(const QString &path);
    void newReceipt();
    void confirmSelected();
    void applySelected();
    // Says why an invoice of the selected receipt was paid short (ShortPaymentDialog).
    void shortPaymentSelected();
    // Enter or a double click on a receipt: apply what is left, else its detail.
    void openSelected();

private:
    QAction *addAct(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                    void (CashPostingView::*slot)());
    void loadDebtors();
    void reload();
    void showDetail();
    void updateActions();

    AppContext m_context;
    QComboBox *m_status;
    QComboBox *m_debtor;
    DataTable *m_table;
    DataTable *m_partsTable;
    QLabel *m_detail;
    QLabel *m_count;
    ErrorLabel *m_message;
    QHBoxLayout *m_buttons;
    ReceiptsModel *m_model;
    ReceiptApplicationsModel *m_parts;
    QSortFilterProxyModel *m_sorted;
    QTabWidget *m_tabs;
    PaymentsModel *m_paymentsOut;
    DataTable *m_paymentsOutTable;
    QAction *m_import = nullptr;
    QAction *m_new = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_short = nullptr;
    QList<QPair<QAction *, QPushButton *>> m_actionButtons;
    std::optional<Receipt> m_current; // the current row's receipt with its applications
    qint64 m_shownId = -1;
};

} // namespace FactorDesk
