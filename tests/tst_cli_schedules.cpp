#include "schedulefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_CliSchedules : public QObject
{
    Q_OBJECT
private slots:
    void endToEnd_data() { addEngineRows(); }
    void endToEnd();
    void badFileStoresNothing();
    void usageAndPermissions();

private:
    CliResult cli(ScheduleBooks &b, const QString &user, QStringList args)
    {
        args.prepend(user);
        args.prepend(s("--user"));
        args.prepend(b.spec());
        args.prepend(s("--db"));
        return runCli(args, {s("FACTORDESK_PASSWORD=pw"), s("FACTORDESK_TODAY=2025-03-01")});
    }
};

void tst_CliSchedules::endToEnd()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QString file =
        b.writeCsv(s("acme.csv"),
                   s("\xEF\xBB\xBFInvoice Number;Debtor Code;Invoice Date;Due Date;Amount;PO\r\n"
                     "INV-003;BIG;2025-02-25;2025-03-27;1000000,00;PO-1\r\n"
                     "INV-004;SMALL;2025-02-26;2025-03-28;60000.00;\r\n"));

    // import: the number alone on the first line, then the checks of each line.
    CliResult r = cli(b, s("clerk"),
                      {s("schedule"), s("import"), s("ACME"), file, s("--date"), s("2025-03-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList out = r.out.split(QLatin1Char('\n'));
    QCOMPARE(out.first(), s("S-000001"));
    QVERIFY2(r.out.contains(s("over_credit_limit")), qPrintable(r.out));
    QVERIFY(r.out.contains(s("INV-004")) && !r.out.contains(s("INV-003")));
    QVERIFY(r.out.contains(s("passed every check")));

    // show as JSON: lines with checks and split, then the total row.
    r = cli(b, s("clerk"), {s("schedule"), s("show"), s("S-000001"), s("--format"), s("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toObject().value(s("advance")).toDouble(), 930000.0);
    QCOMPARE(rows[1].toObject().value(s("eligible")).toDouble(), 50000.0);
    QVERIFY(rows[1].toObject().value(s("checks")).toString().contains(s("over_credit_limit")));
    QCOMPARE(rows[2].toObject().value(s("line")).toString(), s("total"));
    // CSV keeps the amounts exact.
    r = cli(b, s("clerk"), {s("schedule"), s("show"), s("1"), s("--format"), s("csv")});
    QVERIFY2(r.out.contains(s("1000000.00,1000000.00,930000.00,20000.00,50000.00")),
             qPrintable(r.out));

    // approve (a manager's act) with an override, then fund.
    r = cli(b, s("clerk"), {s("schedule"), s("approve"), s("S-000001")});
    QCOMPARE(r.exitCode, 3);
    r = cli(b, s("manager"),
            {s("schedule"), s("approve"), s("S-000001"), s("--override"), s("INV-004"),
             s("--reason"), s("Order confirmed by the debtor")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(b, s("manager"),
            {s("schedule"), s("fund"), s("S-000001"), s("--date"), s("2025-03-01"),
             s("--over-availability"), s("Guarantee on file")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // 1,060,000.00 at 93 % / 2 %: advance 985,800.00, commission 21,200.00, reserve 53,000.00.
    QVERIFY2(r.out.contains(s("985800.00")), qPrintable(r.out));
    QVERIFY(r.out.contains(s("21200.00")));
    QVERIFY(r.out.contains(s("53000.00")));
    QVERIFY(r.out.contains(s("net_payment")));

    r = cli(b, s("clerk"),
            {s("invoice"), s("list"), s("--client"), s("ACME"), s("--format"), s("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].contains(s("ACME,BIG,INV-003,S-000001,2025-02-25,2025-03-27,1000000.00,"
                                 "1000000.00,EUR,open,0,current")),
             qPrintable(lines[1]));
    r = cli(b, s("clerk"),
            {s("invoice"), s("list"), s("--debtor"), s("SMALL"), s("--status"), s("open"),
             s("--format"), s("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    // As of two months later, INV-003 is 35 days past due.
    r = cli(b, s("clerk"),
            {s("invoice"), s("list"), s("--bucket"), s("31-60"), s("--as-of"), s("2025-05-01"),
             s("--format"), s("csv")});
    QVERIFY2(r.out.contains(s("INV-003")) && r.out.contains(s(",35,31-60")), qPrintable(r.out));

    r = cli(b, s("clerk"), {s("journal"), s("--format"), s("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(s("1100,Factored receivables,1000000.00,0.00,ACME,BIG,INV-003")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(s("1000,Bank,0.00,985800.00,ACME")));
    QVERIFY(r.out.contains(s("4000,Commission income,0.00,21200.00,ACME")));
    QVERIFY(r.out.contains(s("2100,Client reserves,0.00,53000.00,ACME")));
    r = cli(b, s("clerk"),
            {s("schedule"), s("list"), s("--status"), s("funded"), s("--format"), s("csv")});
    QVERIFY2(r.out.contains(s("S-000001,ACME,2025-03-01,funded,2,1060000.00")), qPrintable(r.out));
}

void tst_CliSchedules::badFileStoresNothing()
{
    ScheduleBooks b(s("sqlite"));
    const QString file =
        b.writeCsv(s("bad.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                   "A-1,BIG,2025-02-25,2025-03-27,100.00\n"
                                   "A-2,BIG,2025-02-25,2025-03-27,ten\n"));
    CliResult r = cli(b, s("clerk"), {s("schedule"), s("import"), s("ACME"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(s("line 3, amount")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(b.count(s("schedules")), qint64(0));
    QCOMPARE(b.count(s("invoices")), qint64(0));
    r = cli(
        b, s("clerk"),
        {s("schedule"), s("import"), s("ACME"), file, s("--skip-bad"), s("--number"), s("X-1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(QLatin1Char('\n')).first(), s("X-1"));
    QVERIFY2(r.err.contains(s("skipped line 3, amount")), qPrintable(r.err));
    b.reopen();
    QCOMPARE(b.count(s("invoices")), qint64(1));
    const QString notCsv =
        b.writeCsv(s("image.png"), QString::fromLatin1("\x89PNG\r\n\x1a\n", 8) + QChar(0));
    r = cli(b, s("clerk"), {s("schedule"), s("import"), s("ACME"), notCsv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(s("not a CSV file")), qPrintable(r.err));
}

void tst_CliSchedules::usageAndPermissions()
{
    ScheduleBooks b(s("sqlite"));
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "A-1,BIG,2025-02-25,2025-03-27,100.00\n"));
    QCOMPARE(cli(b, s("analyst"), {s("schedule"), s("import"), s("ACME"), file}).exitCode, 3);
    QCOMPARE(cli(b, s("clerk"), {s("schedule"), s("import"), s("ACME")}).exitCode, 2);
    QCOMPARE(cli(b, s("clerk"), {s("schedule"), s("import"), s("NOBODY"), file}).exitCode, 1);
    QCOMPARE(cli(b, s("clerk"), {s("schedule"), s("import"), s("ACME"), file}).exitCode, 0);
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("approve"), s("1"), s("--override"), s("A-1")})
                 .exitCode,
             2);
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("reject"), s("1")}).exitCode, 2);
    QCOMPARE(
        cli(b, s("clerk"), {s("schedule"), s("reject"), s("1"), s("--reason"), s("x")}).exitCode,
        3);
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("fund"), s("1")}).exitCode, 1); // not approved
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("approve"), s("1")}).exitCode, 0);
    QCOMPARE(cli(b, s("clerk"), {s("schedule"), s("fund"), s("1")}).exitCode, 3);
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("show"), s("S-999")}).exitCode, 1);
    QCOMPARE(cli(b, s("manager"), {s("invoice"), s("list"), s("--bucket"), s("old")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_CliSchedules)
#include "tst_cli_schedules.moc"
