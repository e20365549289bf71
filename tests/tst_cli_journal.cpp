// factordesk-cli journal, journal reverse and trial-balance, run as the real program: the CSV
// and JSON contracts, the date and client filters, and reversals (manager only).
#include "clifixture.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliJournal : public QObject
{
    Q_OBJECT
private slots:
    void trialBalanceEmpty();
    void journalAndTrialBalance();
    void reverse();
};

void tst_CliJournal::trialBalanceEmpty()
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
    QCOMPARE(csv.size(), 12);
    QCOMPARE(csv[0], QStringLiteral("account,account_name,debit,credit"));
    const QStringList codes = {
        QStringLiteral("1000"), QStringLiteral("1100"), QStringLiteral("1200"),
        QStringLiteral("2100"), QStringLiteral("2200"), QStringLiteral("2300"),
        QStringLiteral("4000"), QStringLiteral("4100"), QStringLiteral("4200"),
        QStringLiteral("4300"), QStringLiteral("5000")};
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
    QCOMPARE(rows.size(), 11);
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

void tst_CliJournal::journalAndTrialBalance()
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
             QStringLiteral("1,2026-03-02,1100,Factored receivables,1000000.00,0.00,ACME,BUY,"
                            "JFX-1,\"Schedule 1, \"\"rush\"\"\""));
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
    QCOMPARE(csv.size(), 12);
    QCOMPARE(csv[1], QStringLiteral("1000,Bank,0.00,930000.00"));
    QCOMPARE(csv[2], QStringLiteral("1100,Factored receivables,1000000.00,0.00"));
    QCOMPARE(csv[4], QStringLiteral("2100,Client reserves,0.00,50000.00"));
    QCOMPARE(csv[7], QStringLiteral("4000,Commission income,0.00,20000.00"));
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

void tst_CliJournal::reverse()
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

QTEST_GUILESS_MAIN(tst_CliJournal)
#include "tst_cli_journal.moc"
