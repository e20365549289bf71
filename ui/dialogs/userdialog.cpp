#include "userdialog.h"

#include "error.h"
#include "errorlabel.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

UserDialog::UserDialog(Mode mode, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_user(user)
    , m_message(new ErrorLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    QString okText;
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add user"));
        okText = tr("Add user");
        break;
    case Mode::Roles:
        setWindowTitle(tr("Roles of %1").arg(user.username));
        okText = tr("Set roles");
        break;
    case Mode::Password:
        setWindowTitle(tr("Reset password of %1").arg(user.username));
        okText = tr("Reset password");
        break;
    }

    if (mode == Mode::Add) {
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("username"));
        m_username->setMaxLength(64);
        m_fullName = new QLineEdit(this);
        m_fullName->setObjectName(QStringLiteral("fullName"));
        form->addRow(tr("&User name:"), m_username);
        form->addRow(tr("&Full name:"), m_fullName);
    } else {
        auto *who =
            new QLabel(user.fullName.isEmpty()
                           ? user.username.toHtmlEscaped()
                           : tr("%1 (%2)").arg(user.username, user.fullName).toHtmlEscaped(),
                       this);
        form->addRow(tr("User:"), who);
    }

    if (mode != Mode::Password) {
        auto *box = new QGroupBox(tr("Roles"), this);
        auto *boxLayout = new QVBoxLayout(box);
        for (Role role : allRoles()) {
            auto *check = new QCheckBox(roleTitle(role), box);
            check->setObjectName(QStringLiteral("role_") + roleName(role));
            check->setChecked(user.roles.testFlag(role));
            boxLayout->addWidget(check);
            m_roles.insert(role, check);
        }
        form->addRow(box);
    }

    if (mode != Mode::Roles) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPassword"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(mode == Mode::Add ? tr("&Password:") : tr("&New password:"), m_password);
        form->addRow(tr("&Repeat password:"), m_repeat);
        if (mode == Mode::Password) {
            auto *note =
                new QLabel(tr("The user must choose a new password at the next sign-in."), this);
            note->setWordWrap(true);
            form->addRow(note);
        }
    }

    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString UserDialog::username() const
{
    return m_username ? m_username->text().trimmed() : m_user.username;
}

QString UserDialog::fullName() const
{
    return m_fullName ? m_fullName->text().trimmed() : m_user.fullName;
}

Roles UserDialog::roles() const
{
    if (m_roles.isEmpty())
        return m_user.roles;
    Roles roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            roles |= it.key();
    return roles;
}

QString UserDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

QString UserDialog::message() const
{
    return m_message->message();
}

void UserDialog::fail(const QString &message, QWidget *focus)
{
    m_message->showMessage(message);
    if (focus)
        focus->setFocus();
}

void UserDialog::accept()
{
    if (m_username && username().isEmpty()) {
        fail(tr("User name: type the name the user signs in with."), m_username);
        return;
    }
    if (!m_roles.isEmpty() && roles() == Roles()) {
        fail(tr("Roles: give the user at least one role."), m_roles.first());
        return;
    }
    if (m_password && m_password->text() != m_repeat->text()) {
        fail(tr("Password: the two passwords differ; type the same password twice."), m_repeat);
        return;
    }
    m_message->hide();
    if (m_apply) {
        try {
            m_apply(*this);
        } catch (const Error &e) {
            // Nothing typed is lost: the dialog stays open with its input.
            MainWindow::showError(this, e);
            return;
        }
    }
    QDialog::accept();
}

} // namespace FactorDesk
