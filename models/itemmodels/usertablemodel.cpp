#include "usertablemodel.h"

#include "localeformat.h"

namespace FactorDesk {

UserTableModel::UserTableModel(Database &db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_session(session)
{}

void UserTableModel::reload()
{
    QList<User> users = UserService(m_db).list(m_session);
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UserTableModel::rowOf(const QString &username) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).username == username)
            return i;
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    const auto column = Column(index.column());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Username:
        return u.username;
    case Column::FullName:
        return u.fullName;
    case Column::Roles:
        return rolesToTitles(u.roles);
    case Column::Status:
        if (!u.active)
            return tr("Disabled");
        return u.mustChangePassword ? tr("Active, must change password") : tr("Active");
    case Column::Created:
        return LocaleFormat::timestamp(u.createdAt);
    case Column::Count:
        break;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Username:
        return tr("User name");
    case Column::FullName:
        return tr("Full name");
    case Column::Roles:
        return tr("Roles");
    case Column::Status:
        return tr("Status");
    case Column::Created:
        return tr("Created");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
