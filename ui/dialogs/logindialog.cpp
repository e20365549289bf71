#include "logindialog.h"

#include "books.h"
#include "changepassworddialog.h"
#include "demodata.h"
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

LoginDialog::LoginDialog(Database &db, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_username(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_message(new ErrorLabel(this))
{
    setWindowTitle(tr("FactorDesk"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *title = new QLabel(
        tr("<b>Sign in to FactorDesk</b><br>%1").arg(Books::displayName(db).toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("databaseName"));
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);

    try {
        m_demo = Books::isDemo(db);
    } catch (const Error &) {
        m_demo = false;
    }
    if (m_demo) {
        auto *note =
            new QLabel(tr("Demo database: users admin, clerk, analyst, manager; password %1")
                           .arg(DemoData::password()),
                       this);
        note->setObjectName(QStringLiteral("demoNote"));
        note->setWordWrap(true);
        note->setStyleSheet(
            QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060;"
                           " border-radius: 3px; padding: 6px; color: #3b3000; }"));
        layout->addWidget(note);
    }

    auto *form = new QFormLayout;
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(400);
    if (username.isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->message();
}

void LoginDialog::fail(const QString &message)
{
    m_message->showMessage(message);
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::accept()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        m_message->showMessage(tr("Type your user name."));
        m_username->setFocus();
        return;
    }
    const QString password = m_password->text();
    UserService users(m_db);
    Session session;
    try {
        session = users.login(username, password);
    } catch (const Error &e) {
        fail(e.message());
        return;
    }
    try {
        if (users.find(session.username()).mustChangePassword) {
            ChangePasswordDialog change(m_db, session, password, this);
            if (change.exec() != QDialog::Accepted) {
                fail(tr("You must choose a new password before you can sign in."));
                return;
            }
        }
    } catch (const Error &e) {
        fail(e.message());
        return;
    }
    m_session = session;
    QDialog::accept();
}

} // namespace FactorDesk
