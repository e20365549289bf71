#include "invoiceactiondialog.h"

#include "chargebackservice.h"
#include "creditnoteservice.h"
#include "dispute.h"
#include "disputeservice.h"
#include "error.h"
#include "session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

QString InvoiceActionDialog::title(Act act)
{
    switch (act) {
    case Act::CreditNote:
        return tr("Credit &note…");
    case Act::Dispute:
        return tr("&Dispute…");
    case Act::Chargeback:
        return tr("C&harge back…");
    }
    return {};
}

QString InvoiceActionDialog::refusal(Act act, const Session &who)
{
    if (act == Act::Chargeback)
        return who.has(Role::Manager) ? QString() : tr("Only managers charge invoices back.");
    return who.has(Role::Clerk) || who.has(Role::Manager)
               ? QString()
               : tr("Clerks and managers record credit notes and disputes.");
}

InvoiceActionDialog::InvoiceActionDialog(const AppContext &context, Act act, const Invoice &invoice,
                                         QDate today, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_act(act)
    , m_invoice(invoice)
    , m_amount(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("invoiceActionDialog"));
    const QString what = act == Act::CreditNote ? tr("Credit note on invoice %1")
                         : act == Act::Dispute  ? tr("Dispute on invoice %1")
                                                : tr("Charge invoice %1 back");
    setWindowTitle(what.arg(invoice.invoiceNo));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(invoice.open.toLocaleString());
    m_text->setObjectName(QStringLiteral("text"));
    auto *form = new QFormLayout;
    form->addRow(tr("Invoice:"),
                 new QLabel(tr("%1 of %2, open %3 %4")
                                .arg(invoice.invoiceNo, invoice.clientCode,
                                     invoice.open.toLocaleString(), invoice.open.currency().code()),
                            this));
    form->addRow(tr("&Amount:"), m_amount);
    if (act == Act::Dispute) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        for (const DisputeReason &r : DisputeReasons::all())
            m_reason->addItem(r.title, r.code);
        form->addRow(tr("&Reason:"), m_reason);
    } else {
        m_date = new QDateEdit(today, this);
        m_date->setObjectName(QStringLiteral("date"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        form->addRow(tr("Da&te:"), m_date);
    }
    form->addRow(act == Act::CreditNote ? tr("Client's &reference:")
                 : act == Act::Dispute  ? tr("N&ote:")
                                        : tr("&Why:"),
                 m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoiceActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_amount->setFocus();
    m_amount->selectAll();
}

void InvoiceActionDialog::accept()
{
    m_error->clearMessage();
    const Currency currency = m_invoice.open.currency();
    const auto amount = Money::parseLocale(m_amount->text().trimmed(), QLocale(), currency);
    if (!amount || !amount->isPositive()) {
        m_error->showMessage(tr("Amount: \"%1\" is not an amount above zero (for example %2).")
                                 .arg(m_amount->text().trimmed(),
                                      Money::fromMinor(12345, currency).toLocaleString()));
        m_amount->setFocus();
        return;
    }
    try {
        qint64 id = 0;
        switch (m_act) {
        case Act::CreditNote: {
            CreditNoteInput in;
            in.clientCode = m_invoice.clientCode;
            in.invoiceNo = m_invoice.invoiceNo;
            in.amount = *amount;
            in.date = m_date->date();
            in.reference = m_text->text().trimmed();
            id = CreditNoteService(*m_context.db).add(m_context.session, in);
            break;
        }
        case Act::Dispute: {
            DisputeInput in;
            in.clientCode = m_invoice.clientCode;
            in.invoiceNo = m_invoice.invoiceNo;
            in.amount = *amount;
            in.reasonCode = m_reason->currentData().toString();
            in.note = m_text->text().trimmed();
            id = DisputeService(*m_context.db).open(m_context.session, in);
            break;
        }
        case Act::Chargeback: {
            ChargebackInput in;
            in.clientCode = m_invoice.clientCode;
            in.invoiceNo = m_invoice.invoiceNo;
            in.amount = *amount;
            in.reason = m_text->text().trimmed();
            in.date = m_date->date();
            id = ChargebackService(*m_context.db).chargeBack(m_context.session, in);
            break;
        }
        }
        emit recorded(id);
        QDialog::accept();
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
}

} // namespace FactorDesk
