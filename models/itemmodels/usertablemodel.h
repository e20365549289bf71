#pragma once

#include "userservice.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// The users of the books with their roles and status, for administrators (UserService::list
// refuses everyone else, so reload() throws Error(Permission) for them).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Username, FullName, Roles, Status, Created, Count };

    UserTableModel(Database &db, const Session &session, QObject *parent = nullptr);

    void reload();
    User user(int row) const { return m_users.at(row); }
    // The row of `username`, or -1.
    int rowOf(const QString &username) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    Session m_session;
    QList<User> m_users;
};

} // namespace FactorDesk
