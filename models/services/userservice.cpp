#include "userservice.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "passwordhasher.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QRegularExpression>

namespace FactorDesk {

namespace {

QJsonObject toJson(const User &u)
{
    return QJsonObject{{QStringLiteral("username"), u.username},
                       {QStringLiteral("full_name"), u.fullName},
                       {QStringLiteral("roles"), rolesToString(u.roles)},
                       {QStringLiteral("active"), u.active}};
}

Roles loadRoles(Database &db, qint64 userId)
{
    SqlQuery q(db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"));
    q.bind(userId).exec();
    Roles roles;
    while (q.next())
        roles |= parseRoles(q.text(0));
    return roles;
}

// Reads a signed-in user's flag and roles again at each act, in one query on the books they
// signed in to: an administrator who disables a user or changes their roles on a shared
// database is obeyed from that user's next act on.
class LiveRoles : public RoleSource
{
public:
    explicit LiveRoles(Database &db)
        : m_db(db.handle())
    {}

    std::optional<Roles> currentRoles(qint64 userId, const QString &username) const override
    {
        const std::shared_ptr<Database *> db = m_db.lock();
        if (!db)
            return std::nullopt;
        SqlQuery q(**db, QStringLiteral("SELECT u.active, r.role FROM users u LEFT JOIN "
                                        "user_roles r ON r.user_id = u.id WHERE u.id = ?"));
        q.bind(userId).exec();
        Roles roles;
        bool found = false;
        bool active = false;
        while (q.next()) {
            found = true;
            active = q.int64(0) == 1;
            if (!q.isNull(1))
                roles |= parseRoles(q.text(1));
        }
        if (!found || !active)
            throw Error(
                Error::Kind::Authentication,
                UserService::tr("The user %1 is disabled; ask an administrator.").arg(username));
        return roles;
    }

private:
    std::weak_ptr<Database *> m_db;
};

void writeRoles(Database &db, qint64 userId, Roles roles)
{
    SqlQuery del(db, QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"));
    del.bind(userId).exec();
    for (Role r : allRoles()) {
        if (!roles.testFlag(r))
            continue;
        SqlQuery ins(db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
        ins.bind(userId).bind(roleName(r)).exec();
    }
}

// Stores a new, active user with its roles and the audit record of its creation.
qint64 insertUser(Database &db, const Session &who, const QString &username,
                  const QString &fullName, Roles roles, const QString &password)
{
    const QString now = timestamp();
    SqlQuery ins(db, QStringLiteral("INSERT INTO users (username, full_name, password_hash, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id = ins.bind(username)
                          .bind(fullName)
                          .bind(PasswordHasher::hash(password))
                          .bind(now)
                          .bind(now)
                          .scalar()
                          .toLongLong();
    writeRoles(db, id, roles);
    const User u{id, username, fullName, roles, true, false, now};
    AuditLog(db).record(who, QStringLiteral("user.create"), QStringLiteral("user"), username, {},
                        toJson(u));
    return id;
}

void checkUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!re.match(username).hasMatch())
        throw Error(Error::Kind::Validation,
                    UserService::tr("user name: \"%1\" is not allowed (use 1 to 64 letters, "
                                    "digits, '.', '_', '-' or '@').")
                        .arg(username),
                    QStringLiteral("username"));
}

} // namespace

Session UserService::login(const QString &username, const QString &password)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, password_hash, active FROM users WHERE "
                                    "username = ?"));
    q.bind(username.trimmed()).exec();
    const auto refused = [] {
        return Error(Error::Kind::Authentication, tr("The user name or the password is wrong."));
    };
    if (!q.next()) {
        // Spend the same effort as a real check so timing does not tell which part failed.
        PasswordHasher::verify(QString(), password);
        throw refused();
    }
    const qint64 id = q.int64(0);
    const QString hash = q.text(1);
    const bool active = q.int64(2) == 1;
    if (!PasswordHasher::verify(hash, password))
        throw refused();
    if (!active)
        throw Error(Error::Kind::Authentication,
                    tr("The user %1 is disabled; ask an administrator.").arg(username.trimmed()));
    Session session(id, username.trimmed(), loadRoles(m_db, id));
    session.setRoleSource(std::make_shared<LiveRoles>(m_db));
    return session;
}

bool UserService::hasUsers() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM users"));
    return q.scalar().toLongLong() > 0;
}

qint64 UserService::createFirstAdmin(const QString &username, const QString &password,
                                     const QString &fullName)
{
    Transaction tx(m_db);
    if (hasUsers())
        throw Error(Error::Kind::Conflict,
                    tr("This database already has users; the first administrator is set up only "
                       "once."));
    checkUsername(username);
    PasswordHasher::checkStrength(password);
    const qint64 id =
        insertUser(m_db, Session::system(), username, fullName, Role::Admin, password);
    tx.commit();
    return id;
}

qint64 UserService::addUser(const Session &who, const QString &username, const QString &fullName,
                            Roles roles, const QString &password)
{
    who.require(Role::Admin, tr("add users"));
    checkUsername(username);
    if (roles == Roles())
        throw Error(Error::Kind::Validation, tr("roles: give the user at least one role."),
                    QStringLiteral("roles"));
    PasswordHasher::checkStrength(password);
    Transaction tx(m_db);
    SqlQuery exists(m_db,
                    QStringLiteral("SELECT count(*) FROM users WHERE lower(username) = lower(?)"));
    if (exists.bind(username).scalar().toLongLong() > 0)
        throw Error(Error::Kind::Conflict, tr("A user named %1 already exists.").arg(username),
                    QStringLiteral("username"));
    const qint64 id = insertUser(m_db, who, username, fullName, roles, password);
    tx.commit();
    return id;
}

QList<User> UserService::list(const Session &who) const
{
    who.require(Role::Admin, tr("list users"));
    SqlQuery q(m_db, QStringLiteral("SELECT id, username, full_name, active, "
                                    "must_change_password, created_at FROM users ORDER BY "
                                    "username"));
    q.exec();
    QList<User> out;
    while (q.next()) {
        User u;
        u.id = q.int64(0);
        u.username = q.text(1);
        u.fullName = q.text(2);
        u.active = q.int64(3) == 1;
        u.mustChangePassword = q.int64(4) == 1;
        u.createdAt = q.text(5);
        out.append(u);
    }
    for (User &u : out)
        u.roles = loadRoles(m_db, u.id);
    return out;
}

User UserService::load(qint64 userId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, username, full_name, active, "
                                    "must_change_password, created_at FROM users WHERE id = ?"));
    q.bind(userId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no user with id %1.").arg(userId));
    User u;
    u.id = q.int64(0);
    u.username = q.text(1);
    u.fullName = q.text(2);
    u.active = q.int64(3) == 1;
    u.mustChangePassword = q.int64(4) == 1;
    u.createdAt = q.text(5);
    u.roles = loadRoles(m_db, u.id);
    return u;
}

User UserService::find(const QString &username) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM users WHERE username = ?"));
    const QVariant id = q.bind(username.trimmed()).scalar();
    if (!id.isValid())
        throw Error(Error::Kind::NotFound, tr("There is no user named %1.").arg(username));
    return load(id.toLongLong());
}

int UserService::activeAdminCount() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id "
                                    "= u.id WHERE r.role = 'admin' AND u.active = 1"));
    return q.scalar().toInt();
}

void UserService::setRoles(const Session &who, qint64 userId, Roles roles)
{
    who.require(Role::Admin, tr("change roles"));
    if (roles == Roles())
        throw Error(Error::Kind::Validation, tr("roles: give the user at least one role."),
                    QStringLiteral("roles"));
    Transaction tx(m_db);
    const User before = load(userId);
    if (before.roles.testFlag(Role::Admin) && !roles.testFlag(Role::Admin) && before.active &&
        activeAdminCount() <= 1)
        throw Error(Error::Kind::Conflict,
                    tr("%1 is the last active administrator; make someone else an administrator "
                       "first.")
                        .arg(before.username));
    writeRoles(m_db, userId, roles);
    SqlQuery up(m_db, QStringLiteral("UPDATE users SET updated_at = ? WHERE id = ?"));
    up.bind(timestamp()).bind(userId).exec();
    User after = before;
    after.roles = roles;
    AuditLog(m_db).record(who, QStringLiteral("user.roles"), QStringLiteral("user"),
                          before.username, toJson(before), toJson(after));
    tx.commit();
}

void UserService::setFullName(const Session &who, qint64 userId, const QString &fullName)
{
    who.require(Role::Admin, tr("edit users"));
    Transaction tx(m_db);
    const User before = load(userId);
    SqlQuery up(m_db,
                QStringLiteral("UPDATE users SET full_name = ?, updated_at = ? WHERE id = ?"));
    up.bind(fullName.trimmed()).bind(timestamp()).bind(userId).exec();
    User after = before;
    after.fullName = fullName.trimmed();
    AuditLog(m_db).record(who, QStringLiteral("user.edit"), QStringLiteral("user"), before.username,
                          toJson(before), toJson(after));
    tx.commit();
}

void UserService::resetPassword(const Session &who, qint64 userId, const QString &newPassword)
{
    who.require(Role::Admin, tr("reset passwords"));
    PasswordHasher::checkStrength(newPassword);
    Transaction tx(m_db);
    const User u = load(userId);
    SqlQuery up(m_db, QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = "
                                     "?, updated_at = ? WHERE id = ?"));
    up.bind(PasswordHasher::hash(newPassword))
        .bind(qint64(userId == who.userId() ? 0 : 1))
        .bind(timestamp())
        .bind(userId)
        .exec();
    AuditLog(m_db).record(who, QStringLiteral("user.password_reset"), QStringLiteral("user"),
                          u.username, {}, {});
    tx.commit();
}

void UserService::changeOwnPassword(const Session &who, const QString &oldPassword,
                                    const QString &newPassword)
{
    PasswordHasher::checkStrength(newPassword);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    if (!PasswordHasher::verify(q.bind(who.userId()).scalar().toString(), oldPassword))
        throw Error(Error::Kind::Authentication, tr("The current password is wrong."),
                    QStringLiteral("password"));
    SqlQuery up(m_db, QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = "
                                     "0, updated_at = ? WHERE id = ?"));
    up.bind(PasswordHasher::hash(newPassword)).bind(timestamp()).bind(who.userId()).exec();
    AuditLog(m_db).record(who, QStringLiteral("user.password_change"), QStringLiteral("user"),
                          who.username(), {}, {});
    tx.commit();
}

void UserService::setActive(const Session &who, qint64 userId, bool active)
{
    who.require(Role::Admin, active ? tr("enable users") : tr("disable users"));
    Transaction tx(m_db);
    const User before = load(userId);
    if (!active && userId == who.userId())
        throw Error(Error::Kind::Conflict, tr("You cannot disable your own account."));
    if (!active && before.roles.testFlag(Role::Admin) && before.active && activeAdminCount() <= 1)
        throw Error(
            Error::Kind::Conflict,
            tr("%1 is the last active administrator and cannot be disabled.").arg(before.username));
    SqlQuery up(m_db, QStringLiteral("UPDATE users SET active = ?, updated_at = ? WHERE id = ?"));
    up.bind(qint64(active ? 1 : 0)).bind(timestamp()).bind(userId).exec();
    User after = before;
    after.active = active;
    AuditLog(m_db).record(who,
                          active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                          QStringLiteral("user"), before.username, toJson(before), toJson(after));
    tx.commit();
}

} // namespace FactorDesk
