#include "usersview.h"

#include "datatable.h"
#include "error.h"
#include "mainwindow.h"
#include "userdialog.h"
#include "usertablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

UsersView::UsersView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new UserTableModel(*context.db, context.session, this))
    , m_table(new DataTable(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_roles(new QPushButton(tr("&Roles…"), this))
    , m_password(new QPushButton(tr("Reset &password…"), this))
    , m_active(new QPushButton(tr("&Disable"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Users</h2>"), this));

    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addUser"));
    m_roles->setObjectName(QStringLiteral("editRoles"));
    m_password->setObjectName(QStringLiteral("resetPassword"));
    m_active->setObjectName(QStringLiteral("toggleActive"));
    m_add->setToolTip(tr("Add a user with roles and a first password"));
    m_roles->setToolTip(tr("Change the roles of the selected user"));
    m_password->setToolTip(tr("Give the selected user a new password, to be changed at the next "
                              "sign-in"));
    m_active->setToolTip(tr("A disabled user cannot sign in; the user's records stay"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_roles);
    buttons->addWidget(m_password);
    buttons->addWidget(m_active);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setTitle(tr("Users"));
    m_table->setLayoutKey(QStringLiteral("users"));
    m_table->setModel(m_model);
    m_table->setStretchColumn(int(UserTableModel::Column::FullName));
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &UsersView::addUser);
    connect(m_roles, &QPushButton::clicked, this, &UsersView::editRoles);
    connect(m_password, &QPushButton::clicked, this, &UsersView::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersView::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &UsersView::editRoles);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateButtons);
    updateButtons();
}

void UsersView::refresh()
{
    const User current = [this] {
        User u;
        selectedUser(&u);
        return u;
    }();
    try {
        m_model->reload();
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    m_table->fitColumns();
    if (!current.username.isEmpty())
        selectUser(current.username);
    updateButtons();
}

bool UsersView::selectUser(const QString &username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

bool UsersView::selectedUser(User *user) const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    *user = m_model->user(rows.first().row());
    return true;
}

void UsersView::updateButtons()
{
    User u;
    const bool selected = selectedUser(&u);
    m_roles->setEnabled(selected);
    m_password->setEnabled(selected);
    m_active->setEnabled(selected && u.id != m_context.session.userId());
    m_active->setText(selected && !u.active ? tr("&Enable") : tr("&Disable"));
}

void UsersView::addUser()
{
    UserDialog dialog(UserDialog::Mode::Add, User(), this);
    QString added;
    dialog.setApply([this, &added](const UserDialog &d) {
        UserService(*m_context.db)
            .addUser(m_context.session, d.username(), d.fullName(), d.roles(), d.password());
        added = d.username();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectUser(added);
}

void UsersView::editRoles()
{
    User u;
    if (!selectedUser(&u))
        return;
    UserDialog dialog(UserDialog::Mode::Roles, u, this);
    dialog.setApply([this, &u](const UserDialog &d) {
        UserService(*m_context.db).setRoles(m_context.session, u.id, d.roles());
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void UsersView::resetPassword()
{
    User u;
    if (!selectedUser(&u))
        return;
    UserDialog dialog(UserDialog::Mode::Password, u, this);
    dialog.setApply([this, &u](const UserDialog &d) {
        UserService(*m_context.db).resetPassword(m_context.session, u.id, d.password());
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void UsersView::toggleActive()
{
    User u;
    if (!selectedUser(&u))
        return;
    try {
        UserService(*m_context.db).setActive(m_context.session, u.id, !u.active);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    refresh();
}

} // namespace FactorDesk
