#pragma once

#include "errorlabel.h"

#include "userservice.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace FactorDesk {

// Gathers what an administrator enters about a user: a new user (name, full name, roles,
// password twice), new roles, or a new password. On OK it runs the caller's apply function;
// when that throws an Error the message is shown and the dialog stays open with its input.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Roles, Password };
    using Apply = std::function<void(const UserDialog &)>;

    UserDialog(Mode mode, const User &user = {}, QWidget *parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }

    Mode mode() const { return m_mode; }
    QString username() const;
    QString fullName() const;
    Roles roles() const;
    QString password() const;
    QString message() const;

    void accept() override;

private:
    void fail(const QString &message, QWidget *focus);

    Mode m_mode;
    User m_user;
    Apply m_apply;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    ErrorLabel *m_message;
};

} // namespace FactorDesk
