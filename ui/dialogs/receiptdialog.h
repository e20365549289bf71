#pragma once

#include "errorlabel.h"

#include "appcontext.h"
#include "money.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace FactorDesk {

// Types in a receipt — a cheque, a transfer read off a statement — for one debtor: amount in
// the user's locale, value date, the reference it carried and the invoices it pays (empty:
// matched like a bank entry). Made for a day's cheques at the keyboard: Tab through the
// fields, Enter posts (ReceiptService::add) and clears the form for the next one, keeping the
// date; Esc closes. A refusal stays in the dialog, naming the field and the reason.
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiptDialog(const AppContext &context, QWidget *parent = nullptr);

    QLineEdit *debtorEdit() const { return m_debtor; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QLineEdit *invoicesEdit() const { return m_invoices; }
    ErrorLabel *errorLabel() const { return m_error; }
    QLabel *postedLabel() const { return m_posted; }
    QPushButton *postButton() const { return m_post; }
    // The receipts posted since the dialog opened, oldest first.
    QList<qint64> postedIds() const { return m_postedIds; }

    // The debtor a typed text names: its code ("BUYER1", any case), "CODE — Name" as the
    // completer offers it, or a name that only one debtor has. nullopt: none.
    std::optional<qint64> debtorFor(const QString &text) const;

signals:
    void posted(qint64 receiptId);

public slots:
    // Posts what is typed; true when it was posted (the form is then ready for the next).
    bool post();

private:
    void loadDebtors();
    void refuse(QWidget *field, const QString &message);

    AppContext m_context;
    Currency m_currency;
    QHash<QString, qint64> m_byCode; // upper-case code → id
    QHash<QString, qint64> m_byName; // case-folded name → id (-1: more than one)
    QLineEdit *m_debtor;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QLineEdit *m_reference;
    QLineEdit *m_invoices;
    ErrorLabel *m_error;
    QLabel *m_posted;
    QPushButton *m_post;
    QList<qint64> m_postedIds;
};

} // namespace FactorDesk
