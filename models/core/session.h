#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

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

// Where the roles of a signed-in user are read again at each act (UserService installs one at
// sign-in), so that an administrator's change holds from the user's next act on, not from their
// next sign-in.
class RoleSource
{
public:
    virtual ~RoleSource() = default;
    // The roles the user holds now; nullopt when it cannot tell (the books it read were
    // closed). Throws Error(Authentication) when the user was disabled or removed.
    virtual std::optional<Roles> currentRoles(qint64 userId, const QString &username) const = 0;
};

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
    // Throws Error(Permission) naming the act and the roles that may do it. With a role
    // source, the roles are those the user holds now (and a disabled user is refused with
    // Error(Authentication)); has() and roles() keep the roles of the sign-in, for display.
    void require(Roles anyOf, const QString &act) const;
    void setRoleSource(std::shared_ptr<const RoleSource> source) { m_source = std::move(source); }

    // The system session used while creating a database (before any user exists) and for
    // seeding demo data. Not obtainable from a login.
    static Session system();
    bool isSystem() const { return m_system; }

private:
    qint64 m_userId = 0;
    QString m_username;
    Roles m_roles;
    bool m_system = false;
    std::shared_ptr<const RoleSource> m_source;
};

} // namespace FactorDesk

Q_DECLARE_METATYPE(FactorDesk::Roles)
