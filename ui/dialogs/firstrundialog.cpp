#include "firstrundialog.h"

#include "error.h"
#include "errorlabel.h"
#include "passwordhasher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace FactorDesk {

FirstRunDialog::FirstRunDialog(const QString &databaseName, QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(QStringLiteral("admin"), this))
    , m_fullName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_message(new ErrorLabel(this))
{
    setWindowTitle(tr("New FactorDesk books"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<p>There are no books at <b>%1</b> yet. FactorDesk will create them.</p>"
           "<p>Choose the administrator account, who adds the other users, and the currency "
           "the books are kept in (it cannot be changed later).</p>")
            .arg(databaseName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_username->setObjectName(QStringLiteral("username"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("NOK"),
                          QStringLiteral("DKK"), QStringLiteral("PLN"), QStringLiteral("CZK"),
                          QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("JPY")});
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));

    auto *form = new QFormLayout;
    form->addRow(tr("Administrator &user name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(tr("Book &currency:"), m_currency);
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create books"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_fullName->setFocus();
}

QString FirstRunDialog::username() const
{
    return m_username->text().trimmed();
}

QString FirstRunDialog::fullName() const
{
    return m_fullName->text().trimmed();
}

QString FirstRunDialog::password() const
{
    return m_password->text();
}

Currency FirstRunDialog::currency() const
{
    return Currency(m_currency->currentText().trimmed());
}

QString FirstRunDialog::message() const
{
    return m_message->message();
}

void FirstRunDialog::fail(const QString &message, QWidget *focus)
{
    m_message->showMessage(message);
    focus->setFocus();
}

void FirstRunDialog::accept()
{
    if (username().isEmpty()) {
        fail(tr("User name: type the administrator's user name."), m_username);
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        fail(tr("Password: the two passwords differ; type the same password twice."), m_repeat);
        return;
    }
    try {
        PasswordHasher::checkStrength(m_password->text());
    } catch (const Error &e) {
        fail(e.message(), m_password);
        return;
    }
    if (!currency().isValid()) {
        fail(tr("Book currency: \"%1\" is not a three-letter currency code such as EUR.")
                 .arg(m_currency->currentText()),
             m_currency);
        return;
    }
    QDialog::accept();
}

} // namespace FactorDesk
