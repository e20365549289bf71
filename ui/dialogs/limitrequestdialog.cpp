#include "limitrequestdialog.h"

#include "books.h"
#include "creditservice.h"
#include "error.h"
#include "errorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

std::optional<qint64> parseAmountInput(const QString &text, Currency currency)
{
    if (const auto m = Money::parseLocale(text.trimmed(), QLocale(), currency))
        return m->minor();
    if (const auto m = Money::parse(text.trimmed(), currency))
        return m->minor();
    return std::nullopt;
}

LimitRequestDialog::LimitRequestDialog(const AppContext &context, const Debtor &debtor,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_debtor(debtor)
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_client(new QComboBox(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Request a credit limit for %1").arg(debtor.code));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Debtor:"),
                 new QLabel(QStringLiteral("%1 — %2").arg(debtor.code, debtor.name), this));
    form->addRow(tr("Current limit:"), new QLabel(debtor.creditLimit.toLocaleString(), this));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_client->setObjectName(QStringLiteral("client"));
    m_client->addItem(tr("Whole debtor (factor-wide limit)"), qint64(0));
    for (const ClientLink &l : debtor.clients)
        m_client->addItem(tr("Sub-limit for client %1").arg(l.clientCode), l.clientId);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&For:"), m_client);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LimitRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LimitRequestDialog::accept()
{
    const Currency currency = Books::currency(*m_context.db);
    const auto amount = parseAmountInput(m_amount->text(), currency);
    if (!amount) {
        m_error->showMessage(tr("amount: \"%1\" is not an amount.").arg(m_amount->text()));
        m_amount->setFocus();
        return;
    }
    try {
        m_requestId =
            CreditService(*m_context.db)
                .request(m_context.session, m_debtor.id, Money::fromMinor(*amount, currency),
                         m_reason->text(), m_client->currentData().toLongLong());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace FactorDesk
