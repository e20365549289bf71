#pragma once

#include "errorlabel.h"

#include "session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace FactorDesk {

class Database;

// Signs a user in (UserService::login). A wrong password keeps the dialog open with a message;
// a user who must change the password is asked for a new one before the dialog accepts. On a
// demo database the dialog says which users exist and their password.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database &db, const QString &username = {}, QWidget *parent = nullptr);

    // Valid after the dialog was accepted.
    Session session() const { return m_session; }
    // The message shown in the dialog (empty when there is none).
    QString message() const;
    bool isDemo() const { return m_demo; }

    void accept() override;

private:
    void fail(const QString &message);

    Database &m_db;
    Session m_session;
    bool m_demo = false;
    QLineEdit *m_username;
    QLineEdit *m_password;
    ErrorLabel *m_message;
};

} // namespace FactorDesk
