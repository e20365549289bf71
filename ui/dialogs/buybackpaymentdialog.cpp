#include "buybackpaymentdialog.h"

#include "books.h"
#include "chargebackservice.h"
#include "clientservice.h"
#include "clock.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"

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

BuybackPaymentDialog::BuybackPaymentDialog(const AppContext &context, const QString &clientCode,
                                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(new QComboBox(this))
    , m_owed(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_reference(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_record(m_buttons->addButton(tr("&Record payment"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("buybackPaymentDialog"));
    setWindowTitle(tr("Buy-back payment"));
    m_client->setObjectName(QStringLiteral("client"));
    try {
        for (const Client &c : ClientService(*context.db).list())
            m_client->addItem(tr("%1 — %2").arg(c.code, c.name), c.code);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    const int at = m_client->findData(clientCode, Qt::UserRole, Qt::MatchFixedString);
    if (at >= 0)
        m_client->setCurrentIndex(at);
    m_owed->setObjectName(QStringLiteral("owed"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("e.g. 1250.00"));
    m_amount->setAlignment(Qt::AlignRight);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_date->setDate(context.today());
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("The bank's or the client's reference"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setDefault(true);

    auto *intro = new QLabel(tr("The client pays back in cash what was charged back to it."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Owed on recourse:"), m_owed);
    form->addRow(tr("&Amount received:"), m_amount);
    form->addRow(tr("&Value date:"), m_date);
    form->addRow(tr("&Reference:"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    setTabOrder(m_client, m_amount);
    setTabOrder(m_amount, m_date);
    setTabOrder(m_date, m_reference);
    m_amount->setFocus();

    if (!context.session.hasAny(Roles(Role::Clerk) | Role::Manager))
        m_error->showMessage(tr("Only clerks and managers record buy-back payments."));
    connect(m_client, &QComboBox::currentIndexChanged, this, &BuybackPaymentDialog::showOwed);
    connect(m_amount, &QLineEdit::textChanged, this, &BuybackPaymentDialog::updateButton);
    // A refusal stays shown only until the amount is typed again.
    connect(m_amount, &QLineEdit::textChanged, m_error, &ErrorLabel::clearMessage);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BuybackPaymentDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showOwed();
    updateButton();
}

void BuybackPaymentDialog::showOwed()
{
    const QString code = m_client->currentData().toString();
    if (code.isEmpty()) {
        m_owed->clear();
        return;
    }
    try {
        const Money owed = ChargebackService(*m_context.db).recourseOwed(code);
        m_owed->setText(tr("%1 %2").arg(owed.toLocaleString(), owed.currency().code()));
    } catch (const Error &e) {
        m_owed->clear();
        m_error->showMessage(e.message());
    }
}

void BuybackPaymentDialog::updateButton()
{
    const bool may = m_context.session.hasAny(Roles(Role::Clerk) | Role::Manager);
    m_record->setEnabled(may && !m_id && !m_amount->text().trimmed().isEmpty() &&
                         m_client->currentIndex() >= 0);
    m_record->setToolTip(may ? QString() : tr("Clerks and managers record buy-back payments"));
}

bool BuybackPaymentDialog::record()
{
    m_error->clearMessage();
    const QString code = m_client->currentData().toString();
    try {
        Currency currency = ClientService(*m_context.db).byCode(code).currency;
        if (!currency.isValid())
            currency = Books::currency(*m_context.db);
        const auto parsed = Money::parseLocale(m_amount->text().trimmed(), QLocale(), currency);
        if (!parsed || !parsed->isPositive())
            throw Error(Error::Kind::Validation,
                        tr("Amount: \"%1\" is not an amount above zero (for example %2).")
                            .arg(m_amount->text().trimmed(),
                                 Money::fromMinor(12345, currency).toLocaleString()),
                        QStringLiteral("amount"));
        const Money amount = *parsed;
        m_id = ChargebackService(*m_context.db)
                   .recordBuybackPayment(m_context.session, code, amount, m_date->date(),
                                         m_reference->text().trimmed());
        const Money owed = ChargebackService(*m_context.db).recourseOwed(code);
        m_result->setText(tr("Buy-back payment %1 recorded: %2 %3 from %4. Still owed on "
                             "recourse: %5 %6.")
                              .arg(m_id)
                              .arg(amount.toLocaleString(), currency.code(), code,
                                   owed.toLocaleString(), owed.currency().code()));
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        if (e.field() == QLatin1String("amount"))
            m_amount->setFocus();
        return false;
    }
    m_result->show();
    showOwed();
    for (QWidget *w : {static_cast<QWidget *>(m_client), static_cast<QWidget *>(m_amount),
                       static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_reference)})
        w->setEnabled(false);
    m_record->hide();
    QPushButton *close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setText(tr("&Close"));
    close->setDefault(true);
    close->setFocus();
    emit recorded(m_id);
    return true;
}

} // namespace FactorDesk
