#include "shortpaymentdialog.h"

#include "creditnoteservice.h"
#include "dispute.h"
#include "disputeservice.h"
#include "error.h"
#include "invoicequery.h"
#include "localeformat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace FactorDesk {

ShortPaymentDialog::ShortPaymentDialog(const AppContext &context, const Receipt &receipt,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_receipt(receipt)
    , m_invoice(new QComboBox(this))
    , m_openLabel(new QLabel(this))
    , m_owed(new QRadioButton(tr("&Still owed: the debtor pays the rest later"), this))
    , m_dispute(new QRadioButton(tr("&Deduction or dispute"), this))
    , m_creditNote(new QRadioButton(tr("Credit &note from the client"), this))
    , m_reason(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Short payment on receipt %1").arg(receipt.id));
    setObjectName(QStringLiteral("shortPaymentDialog"));
    m_invoice->setObjectName(QStringLiteral("invoice"));
    m_owed->setObjectName(QStringLiteral("owed"));
    m_dispute->setObjectName(QStringLiteral("dispute"));
    m_creditNote->setObjectName(QStringLiteral("creditNote"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(receipt.valueDate);
    m_text->setObjectName(QStringLiteral("text"));
    for (const DisputeReason &r : DisputeReasons::all())
        m_reason->addItem(r.title, r.code);

    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_owed, m_dispute, m_creditNote})
        group->addButton(b);
    m_dispute->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Receipt:"), new QLabel(tr("%1 %2, value date %3")
                                                .arg(receipt.amount.toLocaleString(),
                                                     receipt.amount.currency().code(),
                                                     LocaleFormat::date(receipt.valueDate)),
                                            this));
    form->addRow(tr("&Invoice:"), m_invoice);
    form->addRow(tr("Still open:"), m_openLabel);
    layout->addLayout(form);
    layout->addWidget(m_owed);
    layout->addWidget(m_dispute);
    layout->addWidget(m_creditNote);
    auto *details = new QFormLayout;
    details->addRow(tr("&Reason:"), m_reason);
    details->addRow(tr("&Amount:"), m_amount);
    details->addRow(tr("Da&te:"), m_date);
    details->addRow(tr("N&ote or reference:"), m_text);
    layout->addLayout(details);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShortPaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_invoice, &QComboBox::currentIndexChanged, this, &ShortPaymentDialog::invoiceChanged);
    for (QRadioButton *b : {m_owed, m_dispute, m_creditNote})
        connect(b, &QRadioButton::toggled, this, &ShortPaymentDialog::kindChanged);

    loadInvoices();
    invoiceChanged();
    kindChanged();
    m_invoice->setFocus();
}

int ShortPaymentDialog::invoiceCount() const
{
    return int(m_lines.size());
}

void ShortPaymentDialog::loadInvoices()
{
    // The receipt's applied invoices that it did not pay in full.
    QSet<qint64> paidBy;
    for (const ReceiptApplication &a : std::as_const(m_receipt.applications))
        if (!a.suggested)
            paidBy.insert(a.invoiceId);
    if (paidBy.isEmpty() || !m_receipt.debtorId)
        return;
    InvoiceFilter filter;
    filter.debtorId = m_receipt.debtorId;
    filter.status = QStringLiteral("open");
    try {
        for (const InvoiceRow &r :
             InvoiceQuery(*m_context.db).rows(filter, InvoiceSort::InvoiceDate))
            if (paidBy.contains(r.id) && r.openBalance > 0) {
                m_lines.append({r.clientCode, r.invoiceNo,
                                Money::fromMinor(r.openBalance, Currency(r.currency))});
                m_invoice->addItem(tr("%1 (%2)").arg(r.invoiceNo, r.clientCode));
            }
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
}

void ShortPaymentDialog::invoiceChanged()
{
    const int i = m_invoice->currentIndex();
    if (i < 0 || i >= m_lines.size()) {
        m_openLabel->setText(tr("none of this receipt's invoices is still open"));
        m_amount->clear();
        return;
    }
    const Money open = m_lines.at(i).open;
    m_openLabel->setText(tr("%1 %2").arg(open.toLocaleString(), open.currency().code()));
    m_amount->setText(open.toLocaleString());
}

void ShortPaymentDialog::kindChanged()
{
    const bool dispute = m_dispute->isChecked();
    const bool credit = m_creditNote->isChecked();
    m_reason->setEnabled(dispute);
    m_amount->setEnabled(dispute || credit);
    m_date->setEnabled(credit);
    m_text->setEnabled(dispute || credit);
    m_text->setPlaceholderText(credit ? tr("the client's credit note number")
                                      : tr("what the debtor said"));
}

void ShortPaymentDialog::accept()
{
    m_error->clearMessage();
    if (m_owed->isChecked()) {
        // Nothing to post: the invoice stays open and on the collections worklist.
        QDialog::accept();
        return;
    }
    const int i = m_invoice->currentIndex();
    if (i < 0 || i >= m_lines.size()) {
        m_error->showMessage(tr("Invoice: none of this receipt's invoices is still open."));
        m_invoice->setFocus();
        return;
    }
    const Line &line = m_lines.at(i);
    const auto amount =
        Money::parseLocale(m_amount->text().trimmed(), QLocale(), line.open.currency());
    if (!amount || !amount->isPositive()) {
        m_error->showMessage(
            tr("Amount: \"%1\" is not an amount above zero (for example %2).")
                .arg(m_amount->text().trimmed(),
                     Money::fromMinor(12345, line.open.currency()).toLocaleString()));
        m_amount->setFocus();
        return;
    }
    try {
        qint64 id = 0;
        if (m_dispute->isChecked()) {
            DisputeInput in;
            in.clientCode = line.clientCode;
            in.invoiceNo = line.invoiceNo;
            in.amount = *amount;
            in.reasonCode = m_reason->currentData().toString();
            in.note = m_text->text().trimmed();
            in.receiptId = m_receipt.id;
            id = DisputeService(*m_context.db).open(m_context.session, in);
        } else {
            CreditNoteInput in;
            in.clientCode = line.clientCode;
            in.invoiceNo = line.invoiceNo;
            in.amount = *amount;
            in.date = m_date->date();
            in.reference = m_text->text().trimmed();
            id = CreditNoteService(*m_context.db).add(m_context.session, in);
        }
        emit recorded(id);
        QDialog::accept();
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
}

} // namespace FactorDesk
