#include "session.h"

#include "error.h"

namespace FactorDesk {

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Clerk:
        return Session::tr("Clerk");
    case Role::Analyst:
        return Session::tr("Credit analyst");
    case Role::Manager:
        return Session::tr("Manager");
    case Role::Admin:
        return Session::tr("Administrator");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Clerk, Role::Analyst, Role::Manager, Role::Admin};
}

Roles parseRoles(const QString &text)
{
    Roles roles;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        bool found = false;
        for (Role r : allRoles()) {
            if (roleName(r) == name ||
                (name == QLatin1String("credit-analyst") && r == Role::Analyst)) {
                roles |= r;
                found = true;
            }
        }
        if (!found)
            throw Error(Error::Kind::Validation,
                        Session::tr("role: \"%1\" is not a role (use clerk, analyst, manager or "
                                    "admin).")
                            .arg(part.trimmed()),
                        QStringLiteral("role"));
    }
    return roles;
}

QString rolesToString(Roles roles)
{
    QStringList names;
    for (Role r : allRoles())
        if (roles.testFlag(r))
            names << roleName(r);
    return names.join(QLatin1Char(','));
}

QString rolesToTitles(Roles roles)
{
    QStringList names;
    for (Role r : allRoles())
        if (roles.testFlag(r))
            names << roleTitle(r);
    return names.join(QStringLiteral(", "));
}

void Session::require(Roles anyOf, const QString &act) const
{
    if (m_system)
        return;
    std::optional<Roles> now;
    if (m_source)
        now = m_source->currentRoles(m_userId, m_username);
    if ((now.value_or(m_roles) & anyOf) != Roles())
        return;
    QStringList titles;
    for (Role r : allRoles())
        if (anyOf.testFlag(r))
            titles << roleTitle(r).toLower();
    throw Error(Error::Kind::Permission,
                tr("%1 may not %2: this needs the role %3.")
                    .arg(m_username.isEmpty() ? tr("This user") : m_username, act,
                         titles.join(tr(" or "))));
}

Session Session::system()
{
    Session s(0, QStringLiteral("system"),
              Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin);
    s.m_system = true;
    return s;
}

} // namespace FactorDesk
