// factordesk-cli init and the opening of books, run as the real program: creating SQLite and
// PostgreSQL books (exit 1 when they exist, 3 without a password), and refusing foreign files
// without changing them.
#include "clifixture.h"

#include <QDir>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliBooks : public QObject
{
    Q_OBJECT
private slots:
    void init_();
    void foreignFile_data();
    void foreignFile();
    void postgres();
};

void tst_CliBooks::init_()
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

void tst_CliBooks::foreignFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("command");
    QTest::newRow("text, trial-balance") << QByteArray("hello\n") << "trial-balance";
    QTest::newRow("text, init") << QByteArray("hello\n") << "init";
    QTest::newRow("empty, journal") << QByteArray() << "journal";
    QTest::newRow("sqlite-like, audit")
        << QByteArray("SQLite format 3\0garbage", 23) << "audit verify";
}

void tst_CliBooks::foreignFile()
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

void tst_CliBooks::postgres()
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
    QCOMPARE(csv.size(), 12);
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

QTEST_GUILESS_MAIN(tst_CliBooks)
#include "tst_cli_books.moc"
