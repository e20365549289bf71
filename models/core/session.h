#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace FactorDesk {

// The four roles of docs/domain.md §1. A user may hold several.
enum class Role : unsigned { Clerk = 1, Analyst = 2, Manager = 4, Admin = 8 };
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QString roleName(Role role);  // "clerk"
QString roleTitle(Role role); // translated: "Clerk"
QList<Role> allRoles();
// Parses "clerk,manager" (case-insensitive). Throws Error(Validation) on an unknown role.
Roles parseRoles(const QString &text);
QString rolesToString(Roles roles); // "clerk,manager"
QString rolesToTitles(Roles roles); // translated, for display

// Who is acting. Every service takes one and checks it before doing anything: permission
// rules live below the UI, so the command-line tool obeys them too.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Session)
public:
    Session() = default;
    Session(qint64 userId, const QString &username, Roles roles)
        : m_userId(userId)
        , m_username(username)
        , m_roles(roles)
    {}

    qint64 userId() const { return m_userId; }
    QString username() const { return m_username; }
    Roles roles() const { return m_roles; }
    bool has(Role role) const { return m_roles.testFlag(role); }
    bool hasAny(Roles roles) const { return (m_roles & roles) != Roles(); }
    // Throws Error(Permission) naming the act and the roles that may do it.
    void require(Roles anyOf, const QString &act) const;

    // The system session used while creating a database (before any user exists) and for
    // seeding demo data. Not obtainable from a login.
    static Session system();
    bool isSystem() const { return m_system; }

private:
    qint64 m_userId = 0;
    QString m_username;
    Roles m_roles;
    bool m_system = false;
};

} // namespace FactorDesk

Q_DECLARE_METATYPE(FactorDesk::Roles)
