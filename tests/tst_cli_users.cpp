// factordesk-cli user commands, run as the real program: exit codes (0 done, 1 refused or
// invalid, 2 usage, 3 authentication or permission) and the user list in CSV and JSON.
//
// A role that does not exist ("user add x --role boss") is invalid input, not a usage error:
// exit 1, like any other value the program refuses.
#include "clifixture.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliUsers : public QObject
{
    Q_OBJECT
private slots:
    void userAdd();
    void userList();
};

void tst_CliUsers::userAdd()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("root")};
    QStringList env = adminEnv() << QStringLiteral("FACTORDESK_NEW_PASSWORD=clerk1");
    CliResult r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                            QStringLiteral("carla"), QStringLiteral("--role"),
                                            QStringLiteral("clerk")},
                         env);
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("carla")), qPrintable(r.out));
    // The clerk may not add users.
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("carla"),
                QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
                QStringLiteral("--role"), QStringLiteral("admin")},
               envFor(QStringLiteral("clerk1")) << QStringLiteral("FACTORDESK_NEW_PASSWORD=evil1"));
    CLI_EXIT(r, 3);
    QVERIFY2(r.err.contains(QLatin1String("carla")), qPrintable(r.err));
    // A wrong password.
    r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("x"), QStringLiteral("--role"),
                                  QStringLiteral("clerk")},
               envFor(QStringLiteral("wrong")) << QStringLiteral("FACTORDESK_NEW_PASSWORD=xxxx"));
    CLI_EXIT(r, 3);
    // An unknown user gets the same answer as a wrong password.
    CliResult unknown =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("ghost"),
                QStringLiteral("user"), QStringLiteral("list")},
               envFor(QStringLiteral("wrong")));
    CLI_EXIT(unknown, 3);
    QCOMPARE(unknown.err, r.err);
    // No --user at all.
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("list")},
               adminEnv());
    CLI_EXIT(r, 3);
    // A role that does not exist: invalid input.
    r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("x"), QStringLiteral("--role"),
                                  QStringLiteral("boss")},
               env);
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("boss")), qPrintable(r.err));
    // No --role, and an extra word: usage.
    r = runCli(base +
                   QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x")},
               env);
    CLI_EXIT(r, 2);
    r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("x"), QStringLiteral("y"),
                                  QStringLiteral("--role"), QStringLiteral("clerk")},
               env);
    CLI_EXIT(r, 2);
    // The same name twice: refused.
    r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("carla"), QStringLiteral("--role"),
                                  QStringLiteral("clerk")},
               env);
    CLI_EXIT(r, 1);
    // Several roles.
    r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("mia"), QStringLiteral("--role"),
                                  QStringLiteral("manager,analyst"), QStringLiteral("--name"),
                                  QStringLiteral("Mia M")},
               env);
    CLI_EXIT(r, 0);
    auto books = Database::open(db);
    const User mia = UserService(*books).find(QStringLiteral("mia"));
    QCOMPARE(mia.roles, Roles(Role::Manager) | Role::Analyst);
    QCOMPARE(mia.fullName, QStringLiteral("Mia M"));
    QCOMPARE(UserService(*books).login(QStringLiteral("mia"), QStringLiteral("clerk1")).username(),
             QStringLiteral("mia"));
}

void tst_CliUsers::userList()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("root")};
    CLI_EXIT(runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                       QStringLiteral("carla"), QStringLiteral("--role"),
                                       QStringLiteral("clerk,analyst"), QStringLiteral("--name"),
                                       QStringLiteral("Carla, C.")},
                    adminEnv() << QStringLiteral("FACTORDESK_NEW_PASSWORD=clerk1")),
             0);
    CliResult r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("list"),
                                            QStringLiteral("--format"), QStringLiteral("csv")},
                         adminEnv());
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out), (QStringList{QStringLiteral("username,name,roles,active"),
                                        QStringLiteral("carla,\"Carla, C.\",\"clerk,analyst\",yes"),
                                        QStringLiteral("root,,admin,yes")}));
    r = runCli(base + QStringList{QStringLiteral("--format=json"), QStringLiteral("user"),
                                  QStringLiteral("list")},
               adminEnv());
    CLI_EXIT(r, 0);
    const QJsonArray users = jsonArray(r.out);
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0].toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("carla"));
    QCOMPARE(users[0].toObject().value(QStringLiteral("roles")).toString(),
             QStringLiteral("clerk,analyst"));
    QCOMPARE(users[0].toObject().keys(),
             (QStringList{QStringLiteral("active"), QStringLiteral("name"), QStringLiteral("roles"),
                          QStringLiteral("username")}));
    // Table format by default.
    r = runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("list")}, adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY(r.out.contains(QLatin1String("carla")));
    // The clerk may not list users.
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("carla"),
                QStringLiteral("user"), QStringLiteral("list")},
               envFor(QStringLiteral("clerk1")));
    CLI_EXIT(r, 3);
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cli_users.moc"
