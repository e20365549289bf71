// OrderCsvReader: the client's order-request file read without the books — column names and
// order, separators, decimal commas, and every problem named by line and column.
#include "csvwriter.h"
#include "ordercsv.h"

#include <QtTest>

using namespace FactorDesk;

class tst_OrderCsv : public QObject
{
    Q_OBJECT
private slots:
    void readsLines();
    void problems_data();
    void problems();
    void hyperlinkStaysText();
};

void tst_OrderCsv::readsLines()
{
    const OrderCsvFile f = OrderCsvReader::parse("\xEF\xBB\xBF"
                                                 "Ship Date;Client;Debtor;Ref;Amount\r\n"
                                                 "2026-03-10;acme;NORD;A-1;1234,50\r\n"
                                                 "\r\n"
                                                 "2026-03-11;BOLT;sued;\"A;2\";99\r\n");
    QCOMPARE(f.fileIssues.size(), 0);
    QCOMPARE(f.dataLines, 2);
    QCOMPARE(f.lines.size(), 2);
    QCOMPARE(f.lines[0].line, 2);
    QCOMPARE(f.lines[0].client, QStringLiteral("acme"));
    QCOMPARE(f.lines[0].amount, QStringLiteral("1234.50")); // a decimal comma in a ';' file
    QCOMPARE(f.lines[0].shipDate, QDate(2026, 3, 10));
    QCOMPARE(f.lines[1].line, 4);
    QCOMPARE(f.lines[1].orderRef, QStringLiteral("A;2"));
    QVERIFY(f.lines[1].issues.isEmpty());
}

void tst_OrderCsv::problems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    const QByteArray header = "client,debtor,order_ref,amount,ship_date\n";
    QTest::newRow("empty file") << QByteArray() << 0 << QString();
    // Bad files (issue 9): the real line, and the field where there is one.
    QTest::newRow("not UTF-8") << header + "ACME,NORD,S\xFC"
                                           "d,1,2026-03-10\n"
                               << 2 << QString();
    QTest::newRow("Latin-1 on line 3") << header + "ACME,NORD,B-1,1,2026-03-10\nACME,NORD,S\xFC"
                                                   "d,1,2026-03-10\n"
                                       << 3 << QString();
    QTest::newRow("header only") << header << 1 << QString();
    QTest::newRow("header only, blank lines") << header + "\n\n" << 1 << QString();
    QTest::newRow("escape in a quoted reference")
        << header + "ACME,NORD,B-1,1,2026-03-10\nACME,NORD,\"B\x1b[2J\",1,2026-03-10\n"
        << 3 << QStringLiteral("order_ref");
    QTest::newRow("NUL in a reference")
        << header + QByteArray("ACME,NORD,B\0-1,1,2026-03-10\n", 28) << 2 << QString();
    QTest::newRow("bell in the debtor") << header + "ACME,NO\aRD,B-1,1,2026-03-10\n"
                                        << 2 << QStringLiteral("debtor");
    QTest::newRow("header without ship_date")
        << QByteArray("client,debtor,amount\nA,B,1\n") << 1 << QStringLiteral("ship_date");
    QTest::newRow("too few fields") << header + "ACME,NORD,B-6\n" << 2 << QString();
    QTest::newRow("no client") << header + ",NORD,B-1,1,2026-03-10\n"
                               << 2 << QStringLiteral("client");
    QTest::newRow("no amount") << header + "ACME,NORD,B-1,,2026-03-10\n"
                               << 2 << QStringLiteral("amount");
    QTest::newRow("not a date") << header + "\nACME,NORD,B-1,1,10.03.2026\n"
                                << 3 << QStringLiteral("ship_date");
    QTest::newRow("long reference")
        << header + "ACME,NORD," + QByteArray(65, 'X') + ",1,2026-03-10\n"
        << 2 << QStringLiteral("order_ref");
}

void tst_OrderCsv::problems()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, column);
    const OrderCsvFile f = OrderCsvReader::parse(data);
    QList<ImportIssue> issues = f.fileIssues;
    for (const OrderCsvLine &l : f.lines)
        issues << l.issues;
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().line, line);
    QCOMPARE(issues.first().column, column);
    QVERIFY(!issues.first().message.isEmpty());
}

// A reference that a spreadsheet would run is read (and stored) as the text it is; what
// writes it out again prefixes it (CsvWriter::field).
void tst_OrderCsv::hyperlinkStaysText()
{
    const OrderCsvFile f = OrderCsvReader::parse(
        "client,debtor,order_ref,amount,ship_date\n"
        "ACME,NORD,\"=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",1,2026-03-10\n"
        "ACME,NORD,'; DROP TABLE invoices; --,2,2026-03-10\n");
    QCOMPARE(f.lines.size(), 2);
    QCOMPARE(f.lines[0].orderRef, QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")"));
    QCOMPARE(f.lines[1].orderRef, QStringLiteral("'; DROP TABLE invoices; --"));
    QCOMPARE(CsvWriter::field(f.lines[0].orderRef),
             QStringLiteral("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    QCOMPARE(CsvWriter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(CsvWriter::field(QStringLiteral("+1+2")), QStringLiteral("'+1+2"));
}

QTEST_GUILESS_MAIN(tst_OrderCsv)
#include "tst_ordercsv.moc"
