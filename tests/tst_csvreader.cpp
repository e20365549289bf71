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
    void readsUtf16_data();
    void readsUtf16();
    void badFiles_data();
    void badFiles();
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

void tst_CsvReader::readsUtf16_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("UTF-16LE") << true;
    QTest::newRow("UTF-16BE") << false;
}

// A spreadsheet's "Unicode text" is UTF-16 with a byte-order mark: read as it is.
void tst_CsvReader::readsUtf16()
{
    QFETCH(bool, littleEndian);
    const QString text = QString::fromUtf8("name,amount\r\nMüller,1\r\n");
    QByteArray data = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xff), hi = char(c.unicode() >> 8);
        data += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1}
                             : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    const CsvTable t = CsvReader::parse(data);
    QCOMPARE(t.header, sl({"name", "amount"}));
    QCOMPARE(t.records.size(), 1);
    QCOMPARE(t.records[0].fields.first(), QString::fromUtf8("Müller"));
}

// Bad files (issue 9): each refused naming the line, and the field or the byte where it has
// one, so that the clerk can find it.
void tst_CsvReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("Latin-1") << QByteArray("name,amount\nA,1\nM\xFCller,2\n") << 3
                             << QStringLiteral("byte 17 (0xfc)");
    QTest::newRow("Latin-1 after BOM") << QByteArray("\xEF\xBB\xBFname,amount\nM\xFCller,2\n") << 2
                                       << QStringLiteral("byte 16 (0xfc)");
    QTest::newRow("overlong UTF-8")
        << QByteArray("a,b\n\xC0\xAF,1\n") << 2 << QStringLiteral("byte 4 (0xc0)");
    QTest::newRow("UTF-16 without BOM")
        << QByteArray("a\0,\0b\0\n\0", 8) << 1 << QStringLiteral("byte 1 is a NUL");
    QTest::newRow("NUL in a quoted field")
        << QByteArray("a,b\n\"x\0y\",1\n", 12) << 2 << QStringLiteral("NUL");
    QTest::newRow("escape in a quoted field")
        << QByteArray("a,b\n\"x\x1b[31my\",1\n") << 2
        << QStringLiteral("field 1 (a): control character U+001B");
    QTest::newRow("escape unquoted")
        << QByteArray("a,b\n1,x\x1b\n") << 2 << QStringLiteral("field 2 (b): control");
    QTest::newRow("DEL") << QByteArray("a,b\n1,x\x7f\n") << 2 << QStringLiteral("U+007F");
    QTest::newRow("BOM in the middle") << QByteArray("a,b\n1,2\n\xEF\xBB\xBF"
                                                     "a,b\n")
                                       << 3 << QStringLiteral("field 1 (a): a byte-order mark");
    QTest::newRow("unbalanced quotes")
        << QByteArray("a,b\n1,2\n\"3,4\n5,6\n") << 3 << QStringLiteral("not closed");
    QTest::newRow("10 MB in one field")
        << (QByteArray("a,b\n1,") + QByteArray(10 * 1024 * 1024, 'x') + "\n") << 2
        << QStringLiteral("field 2 (b): more than 10000 characters");
    QTest::newRow("10 MB in one quoted field")
        << (QByteArray("a,b\n1,\"") + QByteArray(10 * 1024 * 1024, 'x') + "\"\n") << 2
        << QStringLiteral("field 2 (b): more than 10000 characters");
    QByteArray wide = "a";
    for (int i = 1; i < 200; ++i)
        wide += ",c" + QByteArray::number(i);
    QTest::newRow("200 columns") << (wide + "\n") << 1 << QStringLiteral("more than 128 fields");
    QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0b",
                                              5)
                                << 0 << QStringLiteral("UTF-16");
    QTest::newRow("empty file") << QByteArray() << 0 << QStringLiteral("empty");
}

void tst_CsvReader::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    CsvReader::Problem problem;
    QVERIFY(!CsvReader::tryParse(data, CsvReader::Width::AnyWidth, &problem));
    QCOMPARE(problem.line, line);
    try {
        CsvReader::parse(data, QStringLiteral("bad.csv"));
        QFAIL("expected a refusal");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        if (line > 0)
            QVERIFY2(e.message().startsWith(QStringLiteral("bad.csv, line %1: ").arg(line)),
                     qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
