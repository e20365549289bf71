#pragma once

#include "errorlabel.h"

#include "session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace FactorDesk {

class Database;

// Lets the signed-in user choose a new password (UserService::changeOwnPassword). When the
// current password is already known (right after a login that requires a change), it is not
// asked again. Problems are shown inside the dialog, which stays open with what was typed.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Database &db, const Session &session, const QString &knownPassword = {},
                         QWidget *parent = nullptr);

    void accept() override;
    QString message() const;

private:
    void fail(const QString &message, QLineEdit *focus);

    Database &m_db;
    Session m_session;
    QString m_knownPassword;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    ErrorLabel *m_message;
};

} // namespace FactorDesk
