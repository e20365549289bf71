// OrderCsvReader: the client's order-request file read without the books — column names and
// order, separators, decimal commas, and every problem named by line and column.
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
    QTest::newRow("empty file") << QByteArray() << 1 << QString();
    QTest::newRow("not UTF-8") << header + "ACME,NORD,S\xFC"
                                           "d,1,2026-03-10\n"
                               << 1 << QString();
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

QTEST_GUILESS_MAIN(tst_OrderCsv)
#include "tst_ordercsv.moc"
