// Users, roles and passwords: login, role parsing, permission refusals through the service
// layer, the last-administrator rules, password resets, on both engines.
#include "auditlog.h"
#include "error.h"
#include "ledger.h"
#include "passwordhasher.h"
#include "session.h"
#include "testsupport.h"
#include "userservice.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// Runs `act` and returns the kind of Error it threw (or fails when it threw nothing).
template <typename F> std::optional<Error::Kind> errorKind(F act, QString *message = nullptr)
{
    try {
        act();
    } catch (const Error &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return std::nullopt;
}

JournalEntry smallEntry()
{
    JournalEntry e;
    e.date = QDate(2026, 3, 2);
    e.currency = Currency(QStringLiteral("EUR"));
    e.kind = QStringLiteral("manual");
    e.lines = {{Accounts::bank(), Money::fromMinor(100), Money(), 0, 0, 0, {}},
               {Accounts::commissionIncome(), Money(), Money::fromMinor(100), 0, 0, 0, {}}};
    return e;
}

} // namespace

class tst_Users : public QObject
{
    Q_OBJECT
private slots:
    void login_data() { addEngineRows(); }
    void login();
    void parseRoles_data();
    void parseRoles();
    void permissions_data() { addEngineRows(); }
    void permissions();
    void lastAdmin_data() { addEngineRows(); }
    void lastAdmin();
    void resetPassword_data() { addEngineRows(); }
    void resetPassword();
    void firstAdminOnlyOnce_data() { addEngineRows(); }
    void firstAdminOnlyOnce();
    void addUserValidation_data() { addEngineRows(); }
    void addUserValidation();
    void listAndFind_data() { addEngineRows(); }
    void listAndFind();
    void hashing();
};

void tst_Users::login()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    const Session s = users.login(QStringLiteral("boss"), QStringLiteral("pw"));
    QCOMPARE(s.username(), QStringLiteral("boss"));
    QVERIFY(s.has(Role::Manager));
    QVERIFY(s.has(Role::Analyst));
    QVERIFY(!s.has(Role::Clerk));
    QVERIFY(!s.isSystem());
    QVERIFY(s.userId() > 0);

    QString wrongPassword;
    QString unknownUser;
    QCOMPARE(errorKind([&] { users.login(QStringLiteral("boss"), QStringLiteral("nope")); },
                       &wrongPassword),
             Error::Kind::Authentication);
    QCOMPARE(errorKind([&] { users.login(QStringLiteral("nobody"), QStringLiteral("pw")); },
                       &unknownUser),
             Error::Kind::Authentication);
    // The same sentence: user names cannot be probed.
    QCOMPARE(unknownUser, wrongPassword);
    QCOMPARE(errorKind([&] { users.login(QStringLiteral("boss"), QString()); }),
             Error::Kind::Authentication);

    users.setActive(books.admin, users.find(QStringLiteral("clerk")).id, false);
    QString disabled;
    QCOMPARE(
        errorKind([&] { users.login(QStringLiteral("clerk"), QStringLiteral("pw")); }, &disabled),
        Error::Kind::Authentication);
    QVERIFY2(disabled.contains(QLatin1String("disabled")), qPrintable(disabled));
    // A disabled user with a wrong password learns nothing more than anyone else.
    QString disabledWrong;
    errorKind([&] { users.login(QStringLiteral("clerk"), QStringLiteral("x")); }, &disabledWrong);
    QCOMPARE(disabledWrong, wrongPassword);
    users.setActive(books.admin, users.find(QStringLiteral("clerk")).id, true);
    QCOMPARE(users.login(QStringLiteral("clerk"), QStringLiteral("pw")).username(),
             QStringLiteral("clerk"));
}

void tst_Users::parseRoles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("roles");
    QTest::newRow("clerk") << "clerk" << true << int(Role::Clerk);
    QTest::newRow("two") << "clerk,manager" << true << int(Role::Clerk) + int(Role::Manager);
    QTest::newRow("case and spaces")
        << " Admin , ANALYST " << true << int(Role::Admin) + int(Role::Analyst);
    QTest::newRow("credit-analyst") << "credit-analyst" << true << int(Role::Analyst);
    QTest::newRow("all") << "clerk,analyst,manager,admin" << true << 15;
    QTest::newRow("repeated") << "clerk,clerk" << true << int(Role::Clerk);
    QTest::newRow("unknown") << "clerk,boss" << false << 0;
    QTest::newRow("typo") << "managr" << false << 0;
}

void tst_Users::parseRoles()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, roles);
    if (!valid) {
        QString message;
        QCOMPARE(errorKind([&] { FactorDesk::parseRoles(text); }, &message),
                 Error::Kind::Validation);
        QVERIFY2(message.startsWith(QLatin1String("role:")), qPrintable(message));
        return;
    }
    const Roles parsed = FactorDesk::parseRoles(text);
    QCOMPARE(int(parsed.toInt()), roles);
    QCOMPARE(FactorDesk::parseRoles(rolesToString(parsed)), parsed);
}

void tst_Users::permissions()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    JournalService journal(books.db());
    const int auditBefore = int(AuditLog(books.db()).verify().checked);

    QString message;
    QCOMPARE(errorKind(
                 [&] {
                     users.addUser(books.clerk, QStringLiteral("x"), {}, Role::Clerk,
                                   QStringLiteral("pwpw"));
                 },
                 &message),
             Error::Kind::Permission);
    QVERIFY2(message.contains(QLatin1String("clerk")) &&
                 message.contains(QLatin1String("add users")),
             qPrintable(message));
    QCOMPARE(errorKind([&] { users.list(books.clerk); }), Error::Kind::Permission);
    QCOMPARE(errorKind([&] { users.list(books.manager); }), Error::Kind::Permission);
    const qint64 clerkId = users.find(QStringLiteral("clerk")).id;
    QCOMPARE(errorKind([&] { users.setRoles(books.manager, clerkId, Role::Admin); }),
             Error::Kind::Permission);
    QCOMPARE(errorKind([&] { users.setActive(books.clerk, clerkId, false); }),
             Error::Kind::Permission);
    QCOMPARE(errorKind([&] { users.resetPassword(books.boss, clerkId, QStringLiteral("abcd")); }),
             Error::Kind::Permission);
    QCOMPARE(errorKind([&] { users.setFullName(books.analyst, clerkId, QStringLiteral("C")); }),
             Error::Kind::Permission);
    // The analyst cannot post to the journal; clerks and managers can.
    QCOMPARE(errorKind([&] { journal.post(books.analyst, smallEntry()); }),
             Error::Kind::Permission);
    QCOMPARE(errorKind([&] { journal.post(books.admin, smallEntry()); }), Error::Kind::Permission);
    const qint64 id = journal.post(books.clerk, smallEntry());
    QVERIFY(id > 0);
    // Only a manager reverses.
    for (const Session *s : {&books.clerk, &books.analyst, &books.admin})
        QCOMPARE(
            errorKind([&] { journal.reverse(*s, id, QDate(2026, 3, 3), QStringLiteral("typo")); }),
            Error::Kind::Permission);
    QVERIFY(journal.reverse(books.manager, id, QDate(2026, 3, 3), QStringLiteral("typo")) > id);
    // Refusals wrote nothing: two audit records (post and reversal) were added.
    QCOMPARE(int(AuditLog(books.db()).verify().checked), auditBefore + 2);
    QCOMPARE(users.list(books.admin).size(), 5);
}

void tst_Users::lastAdmin()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    const qint64 adminId = books.admin.userId();
    QCOMPARE(errorKind([&] { users.setActive(books.admin, adminId, false); }),
             Error::Kind::Conflict);
    QCOMPARE(errorKind([&] { users.setRoles(books.admin, adminId, Role::Clerk); }),
             Error::Kind::Conflict);
    QVERIFY(users.find(QStringLiteral("admin")).roles.testFlag(Role::Admin));
    QVERIFY(users.find(QStringLiteral("admin")).active);

    // With a second administrator, the first may step down, and then the second is the last.
    const qint64 second = users.addUser(books.admin, QStringLiteral("admin2"), {}, Role::Admin,
                                        QStringLiteral("pwpw"));
    const Session admin2 = users.login(QStringLiteral("admin2"), QStringLiteral("pwpw"));
    users.setRoles(books.admin, adminId, Roles(Role::Clerk) | Role::Manager);
    QCOMPARE(users.find(QStringLiteral("admin")).roles, Roles(Role::Clerk) | Role::Manager);
    QCOMPARE(errorKind([&] { users.setActive(admin2, second, false); }), Error::Kind::Conflict);
    QCOMPARE(errorKind([&] { users.setRoles(admin2, second, Role::Manager); }),
             Error::Kind::Conflict);
    // A disabled administrator does not count as one who could run the books.
    users.setRoles(admin2, adminId, Role::Admin);
    users.setActive(admin2, adminId, false);
    QCOMPARE(errorKind([&] { users.setRoles(admin2, second, Role::Clerk); }),
             Error::Kind::Conflict);
    QCOMPARE(errorKind([&] { users.setRoles(admin2, second, Roles()); }), Error::Kind::Validation);
}

void tst_Users::resetPassword()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    const qint64 clerkId = users.find(QStringLiteral("clerk")).id;
    QVERIFY(!users.find(QStringLiteral("clerk")).mustChangePassword);
    users.resetPassword(books.admin, clerkId, QStringLiteral("fresh1"));
    QVERIFY(users.find(QStringLiteral("clerk")).mustChangePassword);
    QCOMPARE(errorKind([&] { users.login(QStringLiteral("clerk"), QStringLiteral("pw")); }),
             Error::Kind::Authentication);
    const Session clerk = users.login(QStringLiteral("clerk"), QStringLiteral("fresh1"));
    QCOMPARE(errorKind([&] {
                 users.changeOwnPassword(clerk, QStringLiteral("wrong"), QStringLiteral("mine1"));
             }),
             Error::Kind::Authentication);
    QCOMPARE(errorKind([&] {
                 users.changeOwnPassword(clerk, QStringLiteral("fresh1"), QStringLiteral("x"));
             }),
             Error::Kind::Validation);
    users.changeOwnPassword(clerk, QStringLiteral("fresh1"), QStringLiteral("mine1"));
    QVERIFY(!users.find(QStringLiteral("clerk")).mustChangePassword);
    QCOMPARE(users.login(QStringLiteral("clerk"), QStringLiteral("mine1")).username(),
             QStringLiteral("clerk"));
    // An administrator resetting their own password is not asked to change it again.
    users.resetPassword(books.admin, books.admin.userId(), QStringLiteral("admin1"));
    QVERIFY(!users.find(QStringLiteral("admin")).mustChangePassword);
    QCOMPARE(errorKind([&] { users.resetPassword(books.admin, 4711, QStringLiteral("abcd")); }),
             Error::Kind::NotFound);
}

void tst_Users::firstAdminOnlyOnce()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    QVERIFY(users.hasUsers());
    const int before = users.list(books.admin).size();
    QCOMPARE(errorKind([&] {
                 users.createFirstAdmin(QStringLiteral("intruder"), QStringLiteral("pwpw"));
             }),
             Error::Kind::Conflict);
    QCOMPARE(users.list(books.admin).size(), before);
    QCOMPARE(errorKind([&] { users.find(QStringLiteral("intruder")); }), Error::Kind::NotFound);

    ScratchDatabase scratch(engine);
    auto db = Database::create(scratch.spec());
    UserService fresh(*db);
    QVERIFY(!fresh.hasUsers());
    QCOMPARE(errorKind([&] {
                 fresh.createFirstAdmin(QStringLiteral("bad name"), QStringLiteral("pwpw"));
             }),
             Error::Kind::Validation);
    QCOMPARE(
        errorKind([&] { fresh.createFirstAdmin(QStringLiteral("root"), QStringLiteral("x")); }),
        Error::Kind::Validation);
    QVERIFY(!fresh.hasUsers());
    fresh.createFirstAdmin(QStringLiteral("root"), QStringLiteral("pwpw"), QStringLiteral("Ro Ot"));
    const Session root = fresh.login(QStringLiteral("root"), QStringLiteral("pwpw"));
    QCOMPARE(root.roles(), Roles(Role::Admin));
    QCOMPARE(fresh.find(QStringLiteral("root")).fullName, QStringLiteral("Ro Ot"));
}

void tst_Users::addUserValidation()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    QString message;
    QCOMPARE(errorKind([&] {
                 users.addUser(books.admin, QStringLiteral("clerk"), {}, Role::Clerk,
                               QStringLiteral("pwpw"));
             }),
             Error::Kind::Conflict);
    // User names are unique without regard to case.
    QCOMPARE(errorKind([&] {
                 users.addUser(books.admin, QStringLiteral("CLERK"), {}, Role::Clerk,
                               QStringLiteral("pwpw"));
             }),
             Error::Kind::Conflict);
    QCOMPARE(errorKind(
                 [&] {
                     users.addUser(books.admin, QStringLiteral("new"), {}, Roles(),
                                   QStringLiteral("pwpw"));
                 },
                 &message),
             Error::Kind::Validation);
    QVERIFY2(message.startsWith(QLatin1String("roles:")), qPrintable(message));
    QCOMPARE(errorKind(
                 [&] {
                     users.addUser(books.admin, QStringLiteral("a b"), {}, Role::Clerk,
                                   QStringLiteral("pwpw"));
                 },
                 &message),
             Error::Kind::Validation);
    QVERIFY2(message.startsWith(QLatin1String("user name:")), qPrintable(message));
    QCOMPARE(errorKind([&] {
                 users.addUser(books.admin, QString(65, QLatin1Char('a')), {}, Role::Clerk,
                               QStringLiteral("pwpw"));
             }),
             Error::Kind::Validation);
    QCOMPARE(errorKind(
                 [&] {
                     users.addUser(books.admin, QStringLiteral("new"), {}, Role::Clerk,
                                   QStringLiteral("pw"));
                 },
                 &message),
             Error::Kind::Validation);
    QVERIFY2(message.startsWith(QLatin1String("password:")), qPrintable(message));
    QCOMPARE(users.list(books.admin).size(), 5);
}

void tst_Users::listAndFind()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    const QList<User> list = users.list(books.admin);
    QStringList names;
    for (const User &u : list)
        names << u.username;
    QCOMPARE(names, (QStringList{QStringLiteral("admin"), QStringLiteral("analyst"),
                                 QStringLiteral("boss"), QStringLiteral("clerk"),
                                 QStringLiteral("manager")}));
    const User boss = users.find(QStringLiteral("boss"));
    QCOMPARE(boss.fullName, QStringLiteral("Bo Boss"));
    QCOMPARE(boss.roles, Roles(Role::Manager) | Role::Analyst);
    QVERIFY(boss.active);
    QVERIFY(!boss.createdAt.isEmpty());
    users.setFullName(books.admin, boss.id, QStringLiteral("  Bo the Boss "));
    QCOMPARE(users.find(QStringLiteral("boss")).fullName, QStringLiteral("Bo the Boss"));
    QCOMPARE(errorKind([&] { users.find(QStringLiteral("ghost")); }), Error::Kind::NotFound);
}

void tst_Users::hashing()
{
    const QString h = PasswordHasher::hash(QStringLiteral("correct horse"));
    QVERIFY(h.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(PasswordHasher::verify(h, QStringLiteral("correct horse")));
    QVERIFY(!PasswordHasher::verify(h, QStringLiteral("correct horsE")));
    QVERIFY(!PasswordHasher::verify(QString(), QString()));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("x")));
    QVERIFY(PasswordHasher::hash(QStringLiteral("a")) != PasswordHasher::hash(QStringLiteral("a")));
}

QTEST_GUILESS_MAIN(tst_Users)
#include "tst_users.moc"
