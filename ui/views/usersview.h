#pragma once

#include "datatable.h"

#include "appcontext.h"
#include "userservice.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace FactorDesk {

class UserTableModel;

// The administrator's list of users: add a user, change roles, reset a password, disable or
// enable. Every act goes through UserService, which checks the permission again.
class UsersView : public QWidget
{
    Q_OBJECT
public:
    explicit UsersView(const AppContext &context, QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *rolesButton() const { return m_roles; }
    QPushButton *passwordButton() const { return m_password; }
    QPushButton *activeButton() const { return m_active; }
    // Selects the row of `username`; false when there is none.
    bool selectUser(const QString &username);

public slots:
    void refresh();
    void addUser();
    void editRoles();
    void resetPassword();
    void toggleActive();

private:
    bool selectedUser(User *user) const;
    void updateButtons();

    AppContext m_context;
    UserTableModel *m_model;
    DataTable *m_table;
    QPushButton *m_add;
    QPushButton *m_roles;
    QPushButton *m_password;
    QPushButton *m_active;
};

} // namespace FactorDesk
