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
    void badFiles_data();
    void badFiles();
    void formulaCellsExportAsText();
    void usageAndPermissions();
    void fundChecksAgainAndVerify();

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
    // Paid, credited, disputed and charged back (from the journal) before the open balance.
    QVERIFY2(lines[1].contains(s("ACME,BIG,INV-003,S-000001,2025-02-25,2025-03-27,1000000.00,"
                                 "0.00,0.00,0.00,0.00,1000000.00,EUR,open,0,current")),
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
    QVERIFY(r.out.contains(s("2300,Payments due to clients,0.00,985800.00,ACME")));
    QVERIFY(r.out.contains(s("4000,Commission income,0.00,21200.00,ACME")));
    QVERIFY(r.out.contains(s("2100,Client reserves,0.00,53000.00,ACME")));
    r = cli(b, s("clerk"),
            {s("schedule"), s("list"), s("--status"), s("funded"), s("--format"), s("csv")});
    QVERIFY2(r.out.contains(s("S-000001,ACME,2025-03-01,funded,2,1060000.00")), qPrintable(r.out));

    // Undoing the purchase is a business act: journal reverse of its entry names it.
    r = cli(b, s("manager"), {s("journal"), s("reverse"), s("1"), s("--reason"), s("oops")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(s("schedule unfund S-000001")), qPrintable(r.err));
    QCOMPARE(cli(b, s("clerk"), {s("schedule"), s("unfund"), s("S-000001"), s("--reason"), s("x")})
                 .exitCode,
             3);
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("unfund"), s("S-000001")}).exitCode, 2);
    r = cli(b, s("manager"),
            {s("schedule"), s("unfund"), s("S-000001"), s("--reason"), s("wrong client"),
             s("--date"), s("2025-03-02")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(s("Schedule S-000001 unfunded")), qPrintable(r.out));
    QVERIFY2(r.out.contains(s("payment due to the client was cancelled")), qPrintable(r.out));
    r = cli(b, s("clerk"), {s("schedule"), s("list"), s("--format"), s("csv")});
    QVERIFY2(r.out.contains(s("S-000001,ACME,2025-03-01,approved")), qPrintable(r.out));
    r = cli(b, s("clerk"), {s("books"), s("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Bought again once the client is right.
    r = cli(b, s("manager"),
            {s("schedule"), s("fund"), s("S-000001"), s("--date"), s("2025-03-02")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(b, s("clerk"), {s("books"), s("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
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

// Bad files (issue 9), on both engines: each refused with exit 1 and a message naming the line
// and the field (or the byte), nothing stored, no audit record.
void tst_CliSchedules::badFiles_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fragment");
    const QByteArray header = "invoice_no,debtor,invoice_date,due_date,amount\n";
    const QByteArray good = "A-1,BIG,2025-02-25,2025-03-27,100.00\n";
    QByteArray utf16 = "\xFF\xFE";
    for (const char c : header + "A-2,BIG,2025-02-25,2025-03-27,ten\n")
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    QByteArray wide = header.trimmed();
    for (int i = 0; i < 200; ++i)
        wide += ",extra" + QByteArray::number(i);
    const QList<QPair<const char *, QPair<QByteArray, const char *>>> rows{
        {"Latin-1",
         {header + good + "M\xFCller-1,BIG,2025-02-25,2025-03-27,1.00\n",
          "bad.csv, line 3: byte 85 (0xfc) is not UTF-8"}},
        {"UTF-16 read, bad amount", {utf16, "line 2, amount"}},
        {"BOM in the middle",
         {header + good + "\xEF\xBB\xBF" + header,
          "line 3: field 1 (invoice_no): a byte-order mark"}},
        {"unbalanced quotes",
         {header + good + "\"A-2,BIG,2025-02-25,2025-03-27,1.00\n",
          "line 3: a quoted field is not closed"}},
        {"escape in a field",
         {header + "A-\x1b[2J,BIG,2025-02-25,2025-03-27,1.00\n",
          "line 2: field 1 (invoice_no): control character U+001B"}},
        {"10 MB in one field",
         {header + "A-1,BIG,2025-02-25,2025-03-27,\"" + QByteArray(10 * 1024 * 1024, '9') + "\"\n",
          "line 2: field 5 (amount): more than 10000 characters"}},
        {"200 columns", {wide + "\n", "line 1: more than 128 fields"}},
        {"empty file", {QByteArray(), "bad.csv: the file is empty"}},
        {"header only", {header, "bad.csv has no invoice lines"}},
        {"1e308", {header + "A-1,BIG,2025-02-25,2025-03-27,1e308\n", "line 2, amount"}},
        {"twenty nines",
         {header + "A-1,BIG,2025-02-25,2025-03-27,99999999999999999999\n",
          "line 2, amount: the amount 99999999999999999999 is more than"}},
        {"hexadecimal", {header + "A-1,BIG,2025-02-25,2025-03-27,0x10\n", "line 2, amount"}},
        {"NaN", {header + "A-1,BIG,2025-02-25,2025-03-27,NaN\n", "line 2, amount"}},
        {"30 February", {header + "A-1,BIG,2026-02-30,2026-03-27,1.00\n", "line 2, invoice_date"}},
        // Twice the largest 64-bit amount once summed to a face total of -0.02.
        {"64-bit amounts",
         {header + "A-1,BIG,2025-02-25,2025-03-27,92233720368547758.07\n"
                   "A-2,BIG,2025-02-25,2025-03-27,92233720368547758.07\n",
          "line 2, amount: the amount 92233720368547758.07 is more than one "
          "invoice can be (at most 1000000000.00)"}},
    };
    for (const char *engine : {"sqlite", "postgres"})
        for (const auto &r : rows)
            QTest::addRow("%s: %s", engine, r.first)
                << s(engine) << r.second.first << s(r.second.second);
}

void tst_CliSchedules::badFiles()
{
    QFETCH(QString, engine);
    QFETCH(QByteArray, data);
    QFETCH(QString, fragment);
    ScheduleBooks b(engine);
    QTemporaryDir dir;
    const QString file = dir.filePath(s("bad.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    for (const QStringList &extra : {QStringList(), QStringList{s("--skip-bad")}}) {
        CliResult r =
            cli(b, s("clerk"), QStringList{s("schedule"), s("import"), s("ACME"), file} + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err.left(2000)));
        QVERIFY(r.out.isEmpty());
    }
    b.reopen();
    QCOMPARE(b.count(s("schedules")), qint64(0));
    QCOMPARE(b.count(s("invoices")), qint64(0));
    QCOMPARE(b.count(s("audit_log WHERE action = 'schedule.import'")), qint64(0));
}

// Text a spreadsheet would run is stored as written and comes out of every CSV prefixed.
void tst_CliSchedules::formulaCellsExportAsText()
{
    ScheduleBooks b(s("sqlite"));
    const QString file = b.writeCsv(
        s("f.csv"), s("invoice_no,debtor,invoice_date,due_date,amount,po\n"
                      "\"=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",BIG,"
                      "2025-02-25,2025-03-27,100.00,@SUM(A1)\n"
                      "\"'; DROP TABLE invoices; --\",BIG,2025-02-26,2025-03-27,1.00,\n"));
    CliResult r = cli(b, s("clerk"), {s("schedule"), s("import"), s("ACME"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(b, s("clerk"), {s("schedule"), s("show"), s("1"), s("--format"), s("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(s("1,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",BIG,")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(s("2,'; DROP TABLE invoices; --,BIG,")), qPrintable(r.out));
    QCOMPARE(b.count(s("invoices")), qint64(2));
    QCOMPARE(SqlQuery(b.db(), s("SELECT invoice_no FROM invoices WHERE line_no = 1"))
                 .scalar()
                 .toString(),
             s("=HYPERLINK(\"http://x.example\",\"click\")"));
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

// Funding refuses what no longer fits and what is not verified, and buys it with a manager's
// reason; `schedule verify` records the verification; `limit decide --expires`.
void tst_CliSchedules::fundChecksAgainAndVerify()
{
    Agreement terms = ScheduleBooks::seed003Terms();
    terms.verificationThreshold = Money::fromMinor(5000000, Currency(s("EUR")));
    ScheduleBooks b(s("sqlite"), terms);
    b.addDebtor(s("ONE"), 10000000);
    const QString file = b.writeCsv(s("s.csv"), s("invoice_no,debtor,invoice_date,due_date,amount\n"
                                                  "V-1,BIG,2025-02-25,2025-03-27,60000.00\n"
                                                  "O-1,ONE,2025-02-25,2025-03-27,80000.00\n"));
    QCOMPARE(cli(b, s("clerk"), {s("schedule"), s("import"), s("ACME"), file}).exitCode, 0);
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("approve"), s("1")}).exitCode, 0);

    // The limit is cut after the approval, with an expiry.
    QCOMPARE(cli(b, s("clerk"), {s("limit"), s("request"), s("ONE"), s("50000.00")}).exitCode, 0);
    CliResult r =
        cli(b, s("analyst"),
            {s("limit"), s("decide"), s("ONE"), s("approve"), s("--expires"), s("2025-12-31")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(s("2025-12-31")), qPrintable(r.out));
    r = cli(b, s("clerk"), {s("debtor"), s("show"), s("ONE"), s("--format"), s("csv")});
    QVERIFY2(r.out.contains(s("limit_expiry_date,2025-12-31")), qPrintable(r.out));

    r = cli(b, s("manager"), {s("schedule"), s("fund"), s("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(s("V-1")) && r.err.contains(s("O-1")), qPrintable(r.err));

    QCOMPARE(cli(b, s("clerk"),
                 {s("schedule"), s("verify"), s("1"), s("--line"), s("1"), s("--invoice"), s("V-1"),
                  s("--method"), s("phone"), s("--contact"), s("Ms Jones")})
                 .exitCode,
             2);
    QCOMPARE(cli(b, s("clerk"),
                 {s("schedule"), s("verify"), s("1"), s("--invoice"), s("V-1"), s("--method"),
                  s("pigeon"), s("--contact"), s("Ms Jones")})
                 .exitCode,
             1);
    r = cli(b, s("clerk"),
            {s("schedule"), s("verify"), s("1"), s("--invoice"), s("V-1"), s("--method"),
             s("phone"), s("--contact"), s("Ms Jones, accounts payable"), s("--note"),
             s("goods received")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = cli(b, s("manager"), {s("schedule"), s("fund"), s("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(s("V-1")) && r.err.contains(s("O-1")), qPrintable(r.err));
    QCOMPARE(cli(b, s("manager"), {s("schedule"), s("fund"), s("1"), s("--override"), s("O-1")})
                 .exitCode,
             2);
    r = cli(b, s("manager"),
            {s("schedule"), s("fund"), s("1"), s("--override"), s("O-1"), s("--override-reason"),
             s("Debtor prepaid half")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(s("Overridden: line 2 (invoice O-1)")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_CliSchedules)
#include "tst_cli_schedules.moc"
