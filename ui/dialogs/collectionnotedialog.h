#pragma once

#include "appcontext.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace FactorDesk {

class ErrorLabel;
class OptionalDateEdit;

// "Add note…" of the Collections view: what was said or done, about the whole debtor or one of
// its invoices, when to follow up (a date with a calendar popup) and what the debtor promised.
// Keyboard-first: Tab moves between the fields (not into the text), Ctrl+Return saves. OK calls
// CollectionsService::addNote, which checks everything again; a refusal is shown in the dialog.
class CollectionNoteDialog : public QDialog
{
    Q_OBJECT
public:
    struct InvoiceChoice
    {
        qint64 id = 0;
        QString label; // "INV-42 (ACME, 12 days overdue)"
    };

    CollectionNoteDialog(const AppContext &context, qint64 debtorId, const QString &debtorCode,
                         const QList<InvoiceChoice> &invoices, qint64 invoiceId = 0,
                         QWidget *parent = nullptr);

    qint64 noteId() const { return m_noteId; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *invoiceCombo() const { return m_invoice; }
    OptionalDateEdit *followUpEdit() const { return m_followUp; }
    OptionalDateEdit *promisedDateEdit() const { return m_promisedDate; }
    QLineEdit *promisedAmountEdit() const { return m_promisedAmount; }
    ErrorLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    AppContext m_context;
    qint64 m_debtorId;
    QPlainTextEdit *m_text;
    QComboBox *m_invoice;
    OptionalDateEdit *m_followUp;
    OptionalDateEdit *m_promisedDate;
    QLineEdit *m_promisedAmount;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_noteId = 0;
};

} // namespace FactorDesk
