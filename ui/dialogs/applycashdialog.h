#pragma once

#include "errorlabel.h"

#include "appcontext.h"
#include "receiptservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace FactorDesk {

// Puts what is left of a receipt on invoices: a grid of the debtor's open invoices with their
// open balances, and an amount per invoice typed by the clerk, so one receipt can be split
// over several. The running total and what is left stay in sight; more than the receipt's
// unapplied amount is refused. Entering an empty amount after others were typed offers what
// is left (up to that invoice's open balance). The matcher's waiting suggestions are filled in
// to start with. A receipt whose remitter is not known lets the clerk pick the debtor.
// OK calls ReceiptService::apply; a refusal stays in the dialog.
class ApplyCashDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { InvoiceColumn, ClientColumn, DateColumn, DueColumn, OpenColumn, ApplyColumn };

    ApplyCashDialog(const AppContext &context, const Receipt &receipt, QWidget *parent = nullptr);

    QComboBox *debtorCombo() const { return m_debtor; }
    QTableWidget *grid() const { return m_grid; }
    // The amount field of a grid row (nullptr outside the grid).
    QLineEdit *amountEdit(int row) const;
    // The row of an invoice, -1 when it is not one of the debtor's open invoices.
    int rowOf(const QString &invoiceNo) const;
    QLabel *totalLabel() const { return m_total; }
    ErrorLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void applied(qint64 receiptId);

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Line
    {
        QString invoiceNo;
        Money open;
    };
    void loadDebtors();
    void loadInvoices();
    // The amount typed in a row (nullopt: empty); `ok` is false when it is not an amount.
    std::optional<Money> amountAt(int row, bool *ok) const;
    Money typedTotal(int skipRow = -1) const;
    void updateTotal();

    AppContext m_context;
    Receipt m_receipt;
    QList<Line> m_lines;
    QComboBox *m_debtor;
    QTableWidget *m_grid;
    QLabel *m_total;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace FactorDesk
