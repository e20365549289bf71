#pragma once

#include "session.h"

#include <QList>

namespace FactorDesk {

class Database;

struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Roles roles;
    bool active = true;
    bool mustChangePassword = false;
    QString createdAt;
};

// Users, roles and passwords. Logging in yields the Session every other service takes.
// Only administrators manage users; everyone may change their own password.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::UserService)
public:
    explicit UserService(Database &db)
        : m_db(db)
    {}

    // Throws Error(Authentication) for an unknown user, a wrong password or a disabled user,
    // with the same sentence for the first two so user names cannot be probed.
    Session login(const QString &username, const QString &password);

    bool hasUsers() const;
    // The first administrator of a new database: allowed only while there are no users.
    qint64 createFirstAdmin(const QString &username, const QString &password,
                            const QString &fullName = {});

    qint64 addUser(const Session &who, const QString &username, const QString &fullName,
                   Roles roles, const QString &password);
    QList<User> list(const Session &who) const;
    User find(const QString &username) const; // throws NotFound
    void setRoles(const Session &who, qint64 userId, Roles roles);
    void setFullName(const Session &who, qint64 userId, const QString &fullName);
    // Sets a new password chosen by the administrator; the user must change it at next login.
    void resetPassword(const Session &who, qint64 userId, const QString &newPassword);
    void changeOwnPassword(const Session &who, const QString &oldPassword,
                           const QString &newPassword);
    void setActive(const Session &who, qint64 userId, bool active);

private:
    User load(qint64 userId) const;
    int activeAdminCount() const;
    Database &m_db;
};

} // namespace FactorDesk
