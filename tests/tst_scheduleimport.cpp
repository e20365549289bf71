#include "error.h"
#include "scheduleimport.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QHash<QString, DebtorRef> debtors()
{
    return {{s("BIG"), DebtorRef{10, s("BIG"), s("Big Buyer"), s("active")}},
            {s("SMALL"), DebtorRef{11, s("small"), s("Small Shop"), s("active")}}};
}

ScheduleInputLine good()
{
    ScheduleInputLine l;
    l.sourceLine = 2;
    l.invoiceNo = s("INV-1");
    l.debtor = s("BIG");
    l.invoiceDate = s("2025-02-20");
    l.dueDate = s("2025-03-22");
    l.amount = s("1234.56");
    return l;
}

} // namespace

class tst_ScheduleImport : public QObject
{
    Q_OBJECT
private slots:
    void canonicalColumn_data();
    void canonicalColumn();
    void headerInAnyOrder();
    void missingColumns_data();
    void missingColumns();
    void repeatedColumn();
    void lineErrors_data();
    void lineErrors();
    void goodValues_data();
    void goodValues();
    void keepsGoodLinesAndNumbersThem();
};

void tst_ScheduleImport::canonicalColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("canonical");
    const char *rows[][2] = {
        {"invoice_no", "invoice_no"},
        {"Invoice Number", "invoice_no"},
        {"Invoice No", "invoice_no"},
        {"INVOICE NO.", "invoice_no"},
        {"Inv #", "invoice_no"},
        {"debtor", "debtor"},
        {"Debtor Code", "debtor"},
        {"Customer", "debtor"},
        {"invoice_date", "invoice_date"},
        {"Invoice Date", "invoice_date"},
        {"Date", "invoice_date"},
        {"due_date", "due_date"},
        {"Due Date", "due_date"},
        {"terms_days", "terms_days"},
        {"Terms", "terms_days"},
        {"amount", "amount"},
        {"Amount", "amount"},
        {"Invoice Amount", "amount"},
        {"Face Value", "amount"},
        {"currency", "currency"},
        {"Currency", "currency"},
        {"approval_code", "approval_code"},
        {"Approval Code", "approval_code"},
        {"po", "po"},
        {"PO", "po"},
        {"PO Number", "po"},
        {"Remarks", ""},
    };
    for (const auto &r : rows)
        QTest::newRow(r[0]) << s(r[0]) << s(r[1]);
}

void tst_ScheduleImport::canonicalColumn()
{
    QFETCH(QString, header);
    QFETCH(QString, canonical);
    QCOMPARE(ScheduleImport::canonicalColumn(header), canonical);
}

void tst_ScheduleImport::headerInAnyOrder()
{
    const CsvTable t = CsvReader::parse("Amount;PO Number;Due Date;Customer;Inv #;Date;Notes\n"
                                        "1000,50;PO-7;2025-04-01;BIG;A-1;2025-03-01;whatever\n",
                                        s("s.csv"));
    const QList<ScheduleInputLine> in = ScheduleImport::inputLines(t);
    QCOMPARE(in.size(), 1);
    QCOMPARE(in[0].invoiceNo, s("A-1"));
    QCOMPARE(in[0].debtor, s("BIG"));
    QCOMPARE(in[0].invoiceDate, s("2025-03-01"));
    QCOMPARE(in[0].dueDate, s("2025-04-01"));
    QCOMPARE(in[0].amount, s("1000,50"));
    QCOMPARE(in[0].po, s("PO-7"));
    QCOMPARE(in[0].sourceLine, 2);
    const ParsedLines p = ScheduleImport::validate(in, s("EUR"), debtors());
    QCOMPARE(p.errors.size(), 0);
    QCOMPARE(p.lines[0].amount.minor(), qint64(100050));
}

void tst_ScheduleImport::missingColumns_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("missing");
    QTest::newRow("no amount") << QByteArray("invoice_no,debtor,invoice_date,due_date\nA,B,C,D\n")
                               << s("amount");
    QTest::newRow("no due date or terms")
        << QByteArray("invoice_no,debtor,invoice_date,amount\nA,B,C,D\n")
        << s("due_date|terms_days");
    QTest::newRow("no header at all")
        << QByteArray("A-1,BIG,2025-03-01,2025-04-01,100.00\n") << s("invoice_no");
}

void tst_ScheduleImport::missingColumns()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, missing);
    try {
        ScheduleImport::inputLines(CsvReader::parse(data, s("s.csv")));
        QFAIL("expected a refusal");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(missing), qPrintable(e.message()));
        QVERIFY2(e.message().contains(s("s.csv")), qPrintable(e.message()));
    }
}

void tst_ScheduleImport::repeatedColumn()
{
    QVERIFY_THROWS_EXCEPTION(
        Error, ScheduleImport::inputLines(CsvReader::parse(
                   "invoice_no,Invoice Number,debtor,date,terms,amount\n1,2,3,4,5,6\n")));
}

void tst_ScheduleImport::lineErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("non-numeric amount")
        << s("amount") << s("12a") << s("amount") << s("not a number");
    // Grouping is read only where it cannot be misread: a group of the wrong size, or a lone
    // comma followed by three digits (1,234: a thousand or one and a bit?), is refused.
    QTest::newRow("misplaced thousands separator")
        << s("amount") << s("12,34.00") << s("amount") << s("not a number");
    QTest::newRow("ambiguous comma")
        << s("amount") << s("1,234") << s("amount") << s("not a number");
    QTest::newRow("negative amount") << s("amount") << s("-5.00") << s("amount") << s("negative");
    QTest::newRow("zero amount") << s("amount") << s("0.00") << s("amount") << s("zero");
    QTest::newRow("too many decimals") << s("amount") << s("1.234") << s("amount") << s("decimal");
    QTest::newRow("missing amount") << s("amount") << s("") << s("amount") << s("missing");
    QTest::newRow("bad invoice date")
        << s("invoiceDate") << s("2025-02-30") << s("invoice_date") << s("not a date");
    QTest::newRow("slashed date") << s("invoiceDate") << s("02/20/2025") << s("invoice_date")
                                  << s("not a date");
    QTest::newRow("bad due date") << s("dueDate") << s("soon") << s("due_date") << s("not a date");
    QTest::newRow("due before invoice")
        << s("dueDate") << s("2025-02-19") << s("due_date") << s("before");
    QTest::newRow("unknown debtor")
        << s("debtor") << s("NOBODY") << s("debtor") << s("unknown debtor");
    QTest::newRow("missing debtor") << s("debtor") << s("") << s("debtor") << s("missing");
    QTest::newRow("missing invoice no")
        << s("invoiceNo") << s("") << s("invoice_no") << s("missing");
    QTest::newRow("other currency") << s("currency") << s("USD") << s("currency") << s("USD");
    QTest::newRow("bad currency") << s("currency") << s("EURO") << s("currency")
                                  << s("not a currency");
    QTest::newRow("bad terms") << s("terms") << s("thirty") << s("terms_days") << s("days");
    // Bad files (issue 9): amounts no spreadsheet should have written, refused with the line.
    QTest::newRow("exponent") << s("amount") << s("1e308") << s("amount") << s("not a number");
    QTest::newRow("twenty digits")
        << s("amount") << s("99999999999999999999") << s("amount") << s("at most 1000000000.00");
    QTest::newRow("hexadecimal") << s("amount") << s("0x10") << s("amount") << s("not a number");
    QTest::newRow("NaN") << s("amount") << s("NaN") << s("amount") << s("not a number");
    QTest::newRow("infinity") << s("amount") << s("inf") << s("amount") << s("not a number");
    QTest::newRow("30 February due")
        << s("dueDate") << s("2026-02-30") << s("due_date") << s("not a date");
    // Above the most one invoice can be (kMaxInvoiceUnits): the largest 64-bit amount, which
    // twice over once summed to -0.02, and the first cent over 1,000,000,000.00.
    QTest::newRow("largest 64-bit amount")
        << s("amount") << s("92233720368547758.07") << s("amount") << s("at most 1000000000.00");
    QTest::newRow("a cent over the most")
        << s("amount") << s("1000000000.01") << s("amount") << s("at most 1000000000.00");
    QTest::newRow("invisible invoice no")
        << s("invoiceNo") << s("\u200B\uFEFF") << s("invoice_no") << s("no visible");
}

void tst_ScheduleImport::lineErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, column);
    QFETCH(QString, fragment);
    ScheduleInputLine l = good();
    l.sourceLine = 7;
    if (field == QLatin1String("amount"))
        l.amount = value;
    else if (field == QLatin1String("invoiceDate"))
        l.invoiceDate = value;
    else if (field == QLatin1String("dueDate"))
        l.dueDate = value;
    else if (field == QLatin1String("debtor"))
        l.debtor = value;
    else if (field == QLatin1String("invoiceNo"))
        l.invoiceNo = value;
    else if (field == QLatin1String("currency"))
        l.currency = value;
    else if (field == QLatin1String("terms")) {
        l.dueDate.clear();
        l.termsDays = value;
    }
    const ParsedLines p = ScheduleImport::validate({l}, s("EUR"), debtors());
    QCOMPARE(p.lines.size(), 0);
    QCOMPARE(p.errors.size(), 1);
    QCOMPARE(p.errors[0].line, 7);
    QCOMPARE(p.errors[0].column, column);
    QVERIFY2(p.errors[0].message.contains(fragment), qPrintable(p.errors[0].message));
    QVERIFY(p.errors[0].toString().startsWith(s("line 7, ") + column));
    if (field == QLatin1String("debtor") && !value.isEmpty())
        QCOMPARE(p.unknownDebtors, QStringList{value});
}

void tst_ScheduleImport::goodValues_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("terms");
    QTest::addColumn<QString>("debtor");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QDate>("due");
    QTest::newRow("plain") << s("1234.56") << s("") << s("BIG") << qint64(123456)
                           << QDate(2025, 3, 22);
    QTest::newRow("whole") << s("1000") << s("") << s("BIG") << qint64(100000)
                           << QDate(2025, 3, 22);
    QTest::newRow("decimal comma")
        << s("12,5") << s("") << s("BIG") << qint64(1250) << QDate(2025, 3, 22);
    // Spreadsheet spellings that cannot be misread.
    QTest::newRow("grouped decimal comma")
        << s("1.234,56") << s("") << s("BIG") << qint64(123456) << QDate(2025, 3, 22);
    QTest::newRow("grouped decimal point")
        << s("1,234,567.89") << s("") << s("BIG") << qint64(123456789) << QDate(2025, 3, 22);
    QTest::newRow("space groups") << s("1 234 567,89") << s("") << s("BIG") << qint64(123456789)
                                  << QDate(2025, 3, 22);
    QTest::newRow("apostrophe groups")
        << s("12'345.60") << s("") << s("BIG") << qint64(1234560) << QDate(2025, 3, 22);
    QTest::newRow("dot groups, no decimals")
        << s("1.234.567") << s("") << s("BIG") << qint64(123456700) << QDate(2025, 3, 22);
    QTest::newRow("terms") << s("1.00") << s("45") << s("BIG") << qint64(100) << QDate(2025, 4, 6);
    QTest::newRow("debtor code any case")
        << s("1.00") << s("") << s("Small") << qint64(100) << QDate(2025, 3, 22);
}

void tst_ScheduleImport::goodValues()
{
    QFETCH(QString, amount);
    QFETCH(QString, terms);
    QFETCH(QString, debtor);
    QFETCH(qint64, minor);
    QFETCH(QDate, due);
    ScheduleInputLine l = good();
    l.amount = amount;
    l.debtor = debtor;
    l.currency = s("eur");
    if (!terms.isEmpty()) {
        l.dueDate.clear();
        l.termsDays = terms;
    }
    const ParsedLines p = ScheduleImport::validate({l}, s("EUR"), debtors());
    QCOMPARE(p.errors.size(), 0);
    QCOMPARE(p.lines.size(), 1);
    QCOMPARE(p.lines[0].amount.minor(), minor);
    QCOMPARE(p.lines[0].dueDate, due);
    QCOMPARE(p.lines[0].currency, s("EUR"));
    QVERIFY(p.lines[0].debtorId == 10 || p.lines[0].debtorId == 11);
}

void tst_ScheduleImport::keepsGoodLinesAndNumbersThem()
{
    ScheduleInputLine a = good();
    ScheduleInputLine b = good();
    b.sourceLine = 3;
    b.amount = s("x");
    ScheduleInputLine c = good();
    c.sourceLine = 4;
    c.invoiceNo = s("INV-2");
    const ParsedLines p = ScheduleImport::validate({a, b, c}, s("EUR"), debtors());
    QCOMPARE(p.inputCount, 3);
    QCOMPARE(p.errors.size(), 1);
    QCOMPARE(p.errors[0].line, 3);
    QCOMPARE(p.lines.size(), 2);
    QCOMPARE(p.lines[0].lineNo, 1);
    QCOMPARE(p.lines[1].lineNo, 2);
    QCOMPARE(p.lines[1].sourceLine, 4);
}

QTEST_GUILESS_MAIN(tst_ScheduleImport)
#include "tst_scheduleimport.moc"
