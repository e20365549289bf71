#include "collectionnotedialog.h"

#include "books.h"
#include "clock.h"
#include "collectionsservice.h"
#include "error.h"
#include "errorlabel.h"
#include "limitrequestdialog.h"
#include "optionaldateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace FactorDesk {

CollectionNoteDialog::CollectionNoteDialog(const AppContext &context, qint64 debtorId,
                                           const QString &debtorCode,
                                           const QList<InvoiceChoice> &invoices, qint64 invoiceId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_debtorId(debtorId)
    , m_text(new QPlainTextEdit(this))
    , m_invoice(new QComboBox(this))
    , m_followUp(new OptionalDateEdit(tr("&Follow up on"), this))
    , m_promisedDate(new OptionalDateEdit(tr("&Promised to pay on"), this))
    , m_promisedAmount(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("collectionNoteDialog"));
    m_followUp->setOfferedDate(context.today());
    m_promisedDate->setOfferedDate(context.today());
    setWindowTitle(tr("Add a note on %1").arg(debtorCode));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What was said or done"));
    m_invoice->setObjectName(QStringLiteral("noteInvoice"));
    m_invoice->addItem(tr("The debtor as a whole"), qint64(0));
    for (const InvoiceChoice &c : invoices)
        m_invoice->addItem(c.label, c.id);
    const int preselected = m_invoice->findData(invoiceId);
    m_invoice->setCurrentIndex(preselected < 0 ? 0 : preselected);
    const QDate now = m_context.today();
    m_followUp->setObjectName(QStringLiteral("noteFollowUp"));
    m_followUp->dateEdit()->setMinimumDate(now);
    m_followUp->dateEdit()->setDate(now.addDays(7));
    m_promisedDate->setObjectName(QStringLiteral("notePromisedDate"));
    m_promisedDate->dateEdit()->setDate(now.addDays(7));
    m_promisedAmount->setObjectName(QStringLiteral("notePromisedAmount"));
    m_promisedAmount->setPlaceholderText(tr("optional"));

    auto *form = new QFormLayout;
    auto *textLabel = new QLabel(tr("&Note:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    form->addRow(tr("&Invoice:"), m_invoice);
    form->addRow(m_followUp);
    form->addRow(m_promisedDate);
    form->addRow(tr("Promised &amount:"), m_promisedAmount);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save note"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    setTabOrder(m_text, m_invoice);

    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &CollectionNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CollectionNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text->setFocus();
}

void CollectionNoteDialog::accept()
{
    CollectionNoteInput in;
    in.debtorId = m_debtorId;
    in.invoiceId = m_invoice->currentData().toLongLong();
    in.text = m_text->toPlainText();
    in.followUp = m_followUp->date();
    in.promisedDate = m_promisedDate->date();
    const QString amount = m_promisedAmount->text().trimmed();
    if (!amount.isEmpty()) {
        // The promise is in the invoice's currency; the service checks it. Typed in the
        // books' decimals, which is how every amount is typed in this program.
        const Currency currency = Books::currency(*m_context.db);
        const auto minor = parseAmountInput(amount, currency);
        if (!minor || *minor <= 0) {
            m_error->showMessage(tr("Promised amount: \"%1\" is not an amount.").arg(amount));
            m_promisedAmount->setFocus();
            return;
        }
        in.promisedAmount = Money::fromMinor(*minor);
    }
    try {
        m_noteId = CollectionsService(*m_context.db).addNote(m_context.session, in);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace FactorDesk
