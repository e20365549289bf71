#include "changepassworddialog.h"

#include "error.h"
#include "errorlabel.h"
#include "userservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

ChangePasswordDialog::ChangePasswordDialog(Database &db, const Session &session,
                                           const QString &knownPassword, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_knownPassword(knownPassword)
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new ErrorLabel(this))
{
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        knownPassword.isEmpty()
            ? tr("Choose a new password for %1.").arg(session.username())
            : tr("%1, please choose a new password before you continue.").arg(session.username()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    if (knownPassword.isEmpty()) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_new->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString ChangePasswordDialog::message() const
{
    return m_message->message();
}

void ChangePasswordDialog::fail(const QString &message, QLineEdit *focus)
{
    m_message->showMessage(message);
    if (focus) {
        focus->setFocus();
        focus->selectAll();
    }
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        fail(tr("The two new passwords differ; type the same password twice."), m_repeat);
        return;
    }
    const QString current = m_current ? m_current->text() : m_knownPassword;
    if (m_new->text() == current) {
        fail(tr("The new password must differ from the current one."), m_new);
        return;
    }
    try {
        UserService(m_db).changeOwnPassword(m_session, current, m_new->text());
    } catch (const Error &e) {
        fail(e.message(), e.kind() == Error::Kind::Authentication ? m_current : m_new);
        return;
    }
    QDialog::accept();
}

} // namespace FactorDesk
