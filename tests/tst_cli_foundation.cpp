// factordesk-cli's foundation commands, run as the real program: exit codes (0 done, 1 refused
// or invalid, 2 usage, 3 authentication or permission), the CSV and JSON contracts of
// journal and trial-balance, audit verify, and refusal of foreign files.
//
// A role that does not exist ("user add x --role boss") is invalid input, not a usage error:
// exit 1, like any other value the program refuses.
#include "auditlog.h"
#include "database.h"
#include "error.h"
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "userservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const QString kAdminPassword = QStringLiteral("secret1");
const QString kToday = QStringLiteral("FACTORDESK_TODAY=2026-12-31");

QStringList adminEnv()
{
    return {QStringLiteral("FACTORDESK_FAST_HASH=1"),
            QStringLiteral("FACTORDESK_PASSWORD=") + kAdminPassword, kToday};
}

QStringList envFor(const QString &password)
{
    return {QStringLiteral("FACTORDESK_FAST_HASH=1"),
            QStringLiteral("FACTORDESK_PASSWORD=") + password, kToday};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

#define CLI_EXIT(result, code) QVERIFY2((result).exitCode == (code), qPrintable(describe(result)))

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s (%s)", qPrintable(text), qPrintable(error.errorString()));
    return doc.array();
}

// Posts the seed 003 purchase for client ACME and its debtor directly through the library.
void postPurchase(const QString &spec, QDate date)
{
    auto db = Database::open(spec);
    UserService users(*db);
    const Session admin = users.login(QStringLiteral("root"), kAdminPassword);
    try {
        users.find(QStringLiteral("poster"));
    } catch (const Error &) {
        users.addUser(admin, QStringLiteral("poster"), {}, Role::Clerk, QStringLiteral("pwpw"));
    }
    const Session clerk = users.login(QStringLiteral("poster"), QStringLiteral("pwpw"));
    qint64 client = SqlQuery(*db, QStringLiteral("SELECT id FROM clients WHERE code = 'ACME'"))
                        .scalar()
                        .toLongLong();
    if (client == 0)
        client = SqlQuery(*db, QStringLiteral("INSERT INTO clients (code, name, created_at, "
                                              "updated_at) VALUES ('ACME', 'Acme Ltd', 'now', "
                                              "'now') RETURNING id"))
                     .scalar()
                     .toLongLong();
    qint64 debtor = SqlQuery(*db, QStringLiteral("SELECT id FROM debtors WHERE code = 'BUY'"))
                        .scalar()
                        .toLongLong();
    if (debtor == 0)
        debtor = SqlQuery(*db, QStringLiteral("INSERT INTO debtors (code, name, created_at, "
                                              "updated_at) VALUES ('BUY', 'Buyer plc', 'now', "
                                              "'now') RETURNING id"))
                     .scalar()
                     .toLongLong();
    const Currency eur(QStringLiteral("EUR"));
    JournalEntry e;
    e.date = date;
    e.currency = eur;
    e.kind = QStringLiteral("purchase");
    e.memo = QStringLiteral("Schedule 1, \"rush\"");
    e.clientId = client;
    const auto line = [&](const QString &account, qint64 d, qint64 c) {
        JournalLine l;
        l.account = account;
        l.debit = Money::fromMinor(d, eur);
        l.credit = Money::fromMinor(c, eur);
        l.clientId = client;
        l.debtorId = debtor;
        return l;
    };
    e.lines = {line(Accounts::factoredReceivables(), 100000000, 0),
               line(Accounts::bank(), 0, 93000000), line(Accounts::commissionIncome(), 0, 2000000),
               line(Accounts::clientReserves(), 0, 5000000)};
    JournalService(*db).post(clerk, e);
}

} // namespace

class tst_CliFoundation : public QObject
{
    Q_OBJECT
private slots:
    void init_();
    void usage();
    void userAdd();
    void userList();
    void trialBalanceEmpty();
    void journalAndTrialBalance();
    void reverse();
    void auditVerify();
    void foreignFile_data();
    void foreignFile();
    void postgres();

private:
    // A new SQLite database with administrator "root".
    QString newBooks(QTemporaryDir &dir);
};

QString tst_CliFoundation::newBooks(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    const CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                QStringLiteral("--admin"), QStringLiteral("root")},
                               adminEnv());
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return path;
}

void tst_CliFoundation::init_()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                          QStringLiteral("--admin"), QStringLiteral("root")},
                         adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(path), qPrintable(r.out));
    QVERIFY(QFileInfo::exists(path));
    {
        auto db = Database::open(path);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const Session root = UserService(*db).login(QStringLiteral("root"), kAdminPassword);
        QVERIFY(root.has(Role::Admin));
    }
    const QByteArray hash = fileHash(path);
    // A second init on the same place is refused and changes nothing.
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--admin"),
                QStringLiteral("other")},
               adminEnv());
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QCOMPARE(fileHash(path), hash);
    // Missing --admin is a usage error.
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    r = runCli({QStringLiteral("--db"), second, QStringLiteral("init")}, adminEnv());
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("--admin")), qPrintable(r.err));
    // No password: authentication.
    r = runCli({QStringLiteral("--db"), second, QStringLiteral("init"), QStringLiteral("--admin"),
                QStringLiteral("root")},
               {QStringLiteral("FACTORDESK_FAST_HASH=1")});
    CLI_EXIT(r, 3);
    // A password too short to accept: invalid.
    r = runCli({QStringLiteral("--db"), second, QStringLiteral("init"), QStringLiteral("--admin"),
                QStringLiteral("root")},
               envFor(QStringLiteral("ab")));
    CLI_EXIT(r, 1);
    QVERIFY(!QFileInfo::exists(second));
    // --demo seeds one user per role.
    r = runCli({QStringLiteral("--db"), second, QStringLiteral("init"), QStringLiteral("--admin"),
                QStringLiteral("root"), QStringLiteral("--demo")},
               adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("demo")), qPrintable(r.out));
    auto db = Database::open(second);
    QCOMPARE(UserService(*db).login(QStringLiteral("clerk"), QStringLiteral("demo")).roles(),
             Roles(Role::Clerk));
}

void tst_CliFoundation::usage()
{
    CliResult r = runCli({});
    CLI_EXIT(r, 2);
    QVERIFY(r.out.contains(QLatin1String("trial-balance")));
    r = runCli({QStringLiteral("help")});
    CLI_EXIT(r, 0);
    QVERIFY(r.out.contains(QLatin1String("audit verify")));
    r = runCli({QStringLiteral("frobnicate")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
    r = runCli({QStringLiteral("user"), QStringLiteral("frobnicate")});
    CLI_EXIT(r, 2);
    r = runCli({QStringLiteral("trial-balance"), QStringLiteral("--bogus")});
    CLI_EXIT(r, 2);
    r = runCli(
        {QStringLiteral("trial-balance"), QStringLiteral("--format"), QStringLiteral("xml")});
    CLI_EXIT(r, 2);
    r = runCli({QStringLiteral("journal"), QStringLiteral("--help")});
    CLI_EXIT(r, 0);
    QVERIFY(r.out.contains(QLatin1String("--from")));
}

void tst_CliFoundation::userAdd()
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

void tst_CliFoundation::userList()
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

void tst_CliFoundation::trialBalanceEmpty()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("root")};
    CliResult r = runCli(base + QStringList{QStringLiteral("trial-balance"),
                                            QStringLiteral("--format"), QStringLiteral("csv")},
                         adminEnv());
    CLI_EXIT(r, 0);
    const QStringList csv = lines(r.out);
    QCOMPARE(csv.size(), 10);
    QCOMPARE(csv[0], QStringLiteral("account,account_name,debit,credit"));
    const QStringList codes = {
        QStringLiteral("1000"), QStringLiteral("1100"), QStringLiteral("1200"),
        QStringLiteral("2100"), QStringLiteral("2200"), QStringLiteral("4000"),
        QStringLiteral("4100"), QStringLiteral("4200"), QStringLiteral("5000")};
    for (int i = 0; i < codes.size(); ++i) {
        const QStringList cells = csv[i + 1].split(QLatin1Char(','));
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells[0], codes[i]);
        QCOMPARE(cells[2], QStringLiteral("0.00"));
        QCOMPARE(cells[3], QStringLiteral("0.00"));
    }
    QCOMPARE(csv[1], QStringLiteral("1000,Bank,0.00,0.00"));
    r = runCli(base + QStringList{QStringLiteral("trial-balance"), QStringLiteral("--format"),
                                  QStringLiteral("json")},
               adminEnv());
    CLI_EXIT(r, 0);
    const QJsonArray rows = jsonArray(r.out);
    QCOMPARE(rows.size(), 9);
    QCOMPARE(rows[0].toObject().keys(),
             (QStringList{QStringLiteral("account"), QStringLiteral("account_name"),
                          QStringLiteral("credit"), QStringLiteral("debit")}));
    QVERIFY2(r.out.contains(QLatin1String("\"debit\": 0.00")), qPrintable(r.out));
    // The journal of empty books is just its header.
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out),
             QStringList{QStringLiteral(
                 "entry,date,account,account_name,debit,credit,client,debtor,invoice,memo")});
}

void tst_CliFoundation::journalAndTrialBalance()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    postPurchase(db, QDate(2026, 3, 2));
    postPurchase(db, QDate(2026, 6, 1));
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("root")};

    CliResult r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--format"),
                                            QStringLiteral("csv")},
                         adminEnv());
    CLI_EXIT(r, 0);
    QStringList csv = lines(r.out);
    QCOMPARE(csv.size(), 9);
    QCOMPARE(
        csv[0],
        QStringLiteral("entry,date,account,account_name,debit,credit,client,debtor,invoice,memo"));
    QCOMPARE(csv[1],
             QStringLiteral("1,2026-03-02,1100,Factored receivables,1000000.00,0.00,ACME,BUY,,"
                            "\"Schedule 1, \"\"rush\"\"\""));
    QCOMPARE(csv[2], QStringLiteral("1,2026-03-02,1000,Bank,0.00,930000.00,ACME,BUY,,"
                                    "\"Schedule 1, \"\"rush\"\"\""));
    QVERIFY(csv[3].startsWith(QLatin1String("1,2026-03-02,4000,Commission income,0.00,20000.00,")));
    QVERIFY(csv[4].startsWith(QLatin1String("1,2026-03-02,2100,Client reserves,0.00,50000.00,")));
    QVERIFY(csv[5].startsWith(QLatin1String("2,2026-06-01,1100,")));

    // Date and client filters.
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--from"),
                                  QStringLiteral("2026-04-01"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).size(), 5);
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--to"),
                                  QStringLiteral("2026-03-02"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    QCOMPARE(lines(r.out).size(), 5);
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--client"),
                                  QStringLiteral("NOBODY"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).size(), 1);
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--client"),
                                  QStringLiteral("ACME"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    QCOMPARE(lines(r.out).size(), 9);
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--from"),
                                  QStringLiteral("2026-13-01")},
               adminEnv());
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("--from")), qPrintable(r.err));

    // JSON: the CSV's field names, amounts as plain decimals.
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--format"),
                                  QStringLiteral("json")},
               adminEnv());
    CLI_EXIT(r, 0);
    const QJsonArray rows = jsonArray(r.out);
    QCOMPARE(rows.size(), 8);
    QStringList keys = rows[0].toObject().keys();
    std::sort(keys.begin(), keys.end());
    QStringList expected = csv[0].split(QLatin1Char(','));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(keys, expected);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("client")).toString(), QStringLiteral("ACME"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("memo")).toString(),
             QStringLiteral("Schedule 1, \"rush\""));
    QVERIFY2(r.out.contains(QLatin1String("\"debit\": 1000000.00")), qPrintable(r.out));

    // Trial balance as of dates around the entries.
    r = runCli(base + QStringList{QStringLiteral("trial-balance"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--as-of"),
                                  QStringLiteral("2026-03-01")},
               adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY(!r.out.contains(QLatin1String("1000000.00")));
    r = runCli(base + QStringList{QStringLiteral("trial-balance"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--as-of"),
                                  QStringLiteral("2026-03-02")},
               adminEnv());
    csv = lines(r.out);
    QCOMPARE(csv.size(), 10);
    QCOMPARE(csv[1], QStringLiteral("1000,Bank,0.00,930000.00"));
    QCOMPARE(csv[2], QStringLiteral("1100,Factored receivables,1000000.00,0.00"));
    QCOMPARE(csv[4], QStringLiteral("2100,Client reserves,0.00,50000.00"));
    QCOMPARE(csv[6], QStringLiteral("4000,Commission income,0.00,20000.00"));
    // Without --as-of: today (FACTORDESK_TODAY), so both entries.
    r = runCli(base + QStringList{QStringLiteral("trial-balance"), QStringLiteral("--format"),
                                  QStringLiteral("json")},
               adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(
        r.out.contains(QLatin1String("\"account\": \"1100\", \"account_name\": \"Factored "
                                     "receivables\", \"debit\": 2000000.00, \"credit\": 0.00")),
        qPrintable(r.out));
    qint64 debit = 0;
    qint64 credit = 0;
    for (const QJsonValue &v : jsonArray(r.out)) {
        debit += qRound64(v.toObject().value(QStringLiteral("debit")).toDouble() * 100);
        credit += qRound64(v.toObject().value(QStringLiteral("credit")).toDouble() * 100);
    }
    QCOMPARE(debit, credit);
    // The table has a total line.
    r = runCli(base + QStringList{QStringLiteral("trial-balance")}, adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("Total")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("(s)")));
}

void tst_CliFoundation::reverse()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    postPurchase(db, QDate(2026, 3, 2));
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("root")};
    CLI_EXIT(runCli(base + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                       QStringLiteral("max"), QStringLiteral("--role"),
                                       QStringLiteral("manager")},
                    adminEnv() << QStringLiteral("FACTORDESK_NEW_PASSWORD=max1")),
             0);
    const QStringList reverse = {
        QStringLiteral("journal"),   QStringLiteral("reverse"),      QStringLiteral("1"),
        QStringLiteral("--reason"),  QStringLiteral("wrong client"), QStringLiteral("--date"),
        QStringLiteral("2026-03-05")};
    CliResult r = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                     QStringLiteral("poster")} +
                             reverse,
                         envFor(QStringLiteral("pwpw")));
    CLI_EXIT(r, 3);
    r = runCli(
        QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("max")} +
            reverse,
        envFor(QStringLiteral("max1")));
    CLI_EXIT(r, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("2"));
    r = runCli(
        QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("max")} +
            reverse,
        envFor(QStringLiteral("max1")));
    CLI_EXIT(r, 1);
    r = runCli(base + QStringList{QStringLiteral("trial-balance"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    for (const QString &line : lines(r.out).mid(1))
        QVERIFY2(line.endsWith(QLatin1String(",0.00,0.00")), qPrintable(line));
    r = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                           QStringLiteral("max"), QStringLiteral("journal"),
                           QStringLiteral("reverse"), QStringLiteral("x")},
               envFor(QStringLiteral("max1")));
    CLI_EXIT(r, 2);
}

void tst_CliFoundation::auditVerify()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    postPurchase(db, QDate(2026, 3, 2));
    const QStringList verify = {QStringLiteral("--db"),   db,
                                QStringLiteral("--user"), QStringLiteral("root"),
                                QStringLiteral("audit"),  QStringLiteral("verify")};
    CliResult r = runCli(verify, adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("3")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("(s)")), qPrintable(r.out));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root"),
                QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("csv")},
               adminEnv());
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).first(),
             QStringLiteral("id,at,user,action,entity,entity_id,before,after"));

    // Someone with direct access drops the protection and edits record 2.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET after_data = '{}' WHERE id = 2")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    r = runCli(verify, adminEnv());
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("record 2 ")), qPrintable(r.err));
}

void tst_CliFoundation::foreignFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("command");
    QTest::newRow("text, trial-balance") << QByteArray("hello\n") << "trial-balance";
    QTest::newRow("text, init") << QByteArray("hello\n") << "init";
    QTest::newRow("empty, journal") << QByteArray() << "journal";
    QTest::newRow("sqlite-like, audit")
        << QByteArray("SQLite format 3\0garbage", 23) << "audit verify";
}

void tst_CliFoundation::foreignFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray hash = fileHash(path);
    QStringList args = {QStringLiteral("--db"), path, QStringLiteral("--user"),
                        QStringLiteral("root")};
    args += command.split(QLatin1Char(' '));
    if (command == QLatin1String("init"))
        args << QStringLiteral("--admin") << QStringLiteral("root");
    const CliResult r = runCli(args, adminEnv());
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("unchanged")) ||
                 r.err.contains(QLatin1String("not overwrite")),
             qPrintable(r.err));
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void tst_CliFoundation::postgres()
{
    ScratchDatabase scratch(QStringLiteral("postgres"));
    CliResult r = runCli({QStringLiteral("--db"), scratch.spec(), QStringLiteral("init"),
                          QStringLiteral("--admin"), QStringLiteral("root")},
                         adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("postgresql://")), qPrintable(r.out));
    r = runCli({QStringLiteral("--db"), scratch.spec(), QStringLiteral("init"),
                QStringLiteral("--admin"), QStringLiteral("root")},
               adminEnv());
    CLI_EXIT(r, 1);
    postPurchase(scratch.spec(), QDate(2026, 3, 2));
    const QStringList base = {QStringLiteral("--db"), scratch.spec(), QStringLiteral("--user"),
                              QStringLiteral("root")};
    r = runCli(base + QStringList{QStringLiteral("trial-balance"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    CLI_EXIT(r, 0);
    const QStringList csv = lines(r.out);
    QCOMPARE(csv.size(), 10);
    QCOMPARE(csv[0], QStringLiteral("account,account_name,debit,credit"));
    QCOMPARE(csv[2], QStringLiteral("1100,Factored receivables,1000000.00,0.00"));
    r = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("--client"),
                                  QStringLiteral("ACME"), QStringLiteral("--format"),
                                  QStringLiteral("csv")},
               adminEnv());
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).size(), 5);
    r = runCli(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliFoundation)
#include "tst_cli_foundation.moc"
