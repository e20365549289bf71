#include "csvreader.h"
#include "error.h"

#include <QtTest>

using namespace FactorDesk;

namespace {
QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}
} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
    void lineNumbers();
    void refuses_data();
    void refuses();
    void readFileMissing();
};

void tst_CsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("lastRecord");
    QTest::addColumn<int>("records");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << QStringLiteral(",")
                           << sl({"a", "b", "c"}) << sl({"4", "5", "6"}) << 2;
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << QStringLiteral(";")
                               << sl({"a", "b", "c"}) << sl({"1,5", "2", "3"}) << 1;
    QTest::newRow("bom + crlf") << QByteArray("\xEF\xBB\xBFx,y\r\n1,2\r\n") << "," << sl({"x", "y"})
                                << sl({"1", "2"}) << 1;
    QTest::newRow("no final newline")
        << QByteArray("x,y\n1,2") << QStringLiteral(",") << sl({"x", "y"}) << sl({"1", "2"}) << 1;
    QTest::newRow("quotes") << QByteArray("x,y\n\"a,b\",\"say \"\"hi\"\"\"\n") << ","
                            << sl({"x", "y"}) << sl({"a,b", "say \"hi\""}) << 1;
    QTest::newRow("embedded newline") << QByteArray("x,y\n\"two\nlines\",2\n") << ","
                                      << sl({"x", "y"}) << sl({"two\nlines", "2"}) << 1;
    QTest::newRow("blank lines skipped")
        << QByteArray("\nx,y\n\n1,2\n\n") << "," << sl({"x", "y"}) << sl({"1", "2"}) << 1;
    QTest::newRow("semicolon in quotes ignored for detection")
        << QByteArray("\"a;b;c\",d\n1,2\n") << QStringLiteral(",") << sl({"a;b;c", "d"})
        << sl({"1", "2"}) << 1;
    QTest::newRow("utf8") << QByteArray("name,amount\nM\xC3\xBCller,1\n") << ","
                          << sl({"name", "amount"})
                          << QStringList{QString::fromUtf8("Müller"), QStringLiteral("1")} << 1;
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << QStringLiteral(",")
                                  << sl({"a", "b", "c"}) << sl({"", "", ""}) << 1;
}

void tst_CsvReader::reads()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, lastRecord);
    QFETCH(int, records);
    const CsvTable t = CsvReader::parse(data, QStringLiteral("t.csv"));
    QCOMPARE(QString(t.delimiter), delimiter);
    QCOMPARE(t.header, header);
    QCOMPARE(t.records.size(), records);
    QCOMPARE(t.records.last().fields, lastRecord);
}

void tst_CsvReader::lineNumbers()
{
    const CsvTable t = CsvReader::parse("h1,h2\r\n\r\n1,\"a\r\nb\"\r\n2,x\r\n");
    QCOMPARE(t.headerLine, 1);
    QCOMPARE(t.records.size(), 2);
    QCOMPARE(t.records[0].line, 3);
    QCOMPARE(t.records[1].line, 5);
}

void tst_CsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00zip", 9) << QStringLiteral("binary");
    QTest::newRow("not utf-8") << QByteArray("a,b\n\xFF\xFE,1\n") << QStringLiteral("UTF-8");
    QTest::newRow("control characters")
        << QByteArray("a,b\n\x01\x02,1\n") << QStringLiteral("control");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << QStringLiteral("empty");
    QTest::newRow("inconsistent columns")
        << QByteArray("a,b,c\n1,2,3\n1,2\n") << QStringLiteral("line 3");
    QTest::newRow("too many columns") << QByteArray("a,b\n1,2,3\n") << QStringLiteral("line 2");
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n\"1,2\n") << QStringLiteral("not closed");
    QTest::newRow("text after quote")
        << QByteArray("a,b\n\"1\"x,2\n") << QStringLiteral("closing quote");
}

void tst_CsvReader::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fragment);
    try {
        CsvReader::parse(data, QStringLiteral("bad.csv"));
        QFAIL("expected a refusal");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QLatin1String("bad.csv")), qPrintable(e.message()));
    }
}

void tst_CsvReader::readFileMissing()
{
    try {
        CsvReader::readFile(QStringLiteral("/nonexistent/file.csv"));
        QFAIL("expected NotFound");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::NotFound);
    }
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
