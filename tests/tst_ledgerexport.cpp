// The general ledger export (reports/ledgerexport.h): the journal of a period and the trial
// balance as CSV and XLSX, read back. Amounts are numbers with their currency's decimals, dates
// are dates, the header is bold and frozen, the totals rows are bold; the file's debit and
// credit totals are the journal's, and its net balance per account is the trial balance.
#include "csvreader.h"
#include "error.h"
#include "journalfixture.h"
#include "ledger.h"
#include "ledgerexport.h"
#include "testsupport.h"
#include "xlsxsheet.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// "1000000.00" -> 100000000 (exact; a test reading a file, not money arithmetic).
qint64 minorOf(const QString &plain, int decimals)
{
    const std::optional<Money> m = Money::parse(plain, EUR);
    if (!m) {
        qWarning("not an amount: %s", qPrintable(plain));
        return 0;
    }
    Q_UNUSED(decimals);
    return m->minor();
}

// Three entries in March and June, the last reversed in July, and a memo a spreadsheet would run.
void postBooks(TestBooks &books)
{
    JournalService journal(books.db());
    journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
    JournalEntry odd = purchase(books.db(), QDate(2026, 6, 1));
    odd.memo = QStringLiteral("=HYPERLINK(\"http://x\",\"click\"), \"quoted\"");
    journal.post(books.clerk, odd);
    JournalEntry small = purchase(QDate(2026, 6, 15));
    small.lines = {debit(Accounts::bank(), 12345), credit(Accounts::unappliedCash(), 12345)};
    small.kind = QStringLiteral("receipt");
    small.memo = QStringLiteral("Receipt 1");
    const qint64 receipt = journal.post(books.clerk, small);
    journal.reverse(books.manager, receipt, QDate(2026, 7, 1), QStringLiteral("wrong account"));
}

int column(const QStringList &header, const char *name)
{
    return int(header.indexOf(QLatin1String(name)));
}

} // namespace

class tst_LedgerExport : public QObject
{
    Q_OBJECT
private slots:
    void journalCsv();
    void journalXlsx();
    void trialBalanceCsvAndXlsx();
    void refusesOtherExtensions();
};

void tst_LedgerExport::journalCsv()
{
    TestBooks books;
    postBooks(books);
    JournalService journal(books.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.csv"));
    JournalFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 6, 30);
    const int rows = LedgerExport::exportJournal(journal, f, path);
    QCOMPARE(rows, 10); // 4 + 4 + 2 lines; the July reversal is outside the period
    QCOMPARE(qint64(rows), journal.rowCount(f));

    const CsvTable csv = CsvReader::readFile(path);
    QCOMPARE(csv.header, LedgerExport::journalColumns());
    QCOMPARE(int(csv.records.size()), rows + 1); // one currency: one totals row
    const QStringList first = csv.records.first().fields;
    QCOMPARE(first.at(column(csv.header, "date")), QStringLiteral("2026-03-02"));
    QCOMPARE(first.at(column(csv.header, "kind")), QStringLiteral("purchase"));
    QCOMPARE(first.at(column(csv.header, "account")), Accounts::factoredReceivables());
    QCOMPARE(first.at(column(csv.header, "debit")), QStringLiteral("1000000.00"));
    QCOMPARE(first.at(column(csv.header, "credit")), QStringLiteral("0.00"));
    QCOMPARE(first.at(column(csv.header, "currency")), QStringLiteral("EUR"));
    QVERIFY(!first.at(column(csv.header, "invoice")).isEmpty());
    // The formula-like memo stays text (CsvWriter's apostrophe), its comma and quotes intact.
    bool sawOdd = false;
    for (const CsvRecord &r : csv.records)
        if (r.fields.at(column(csv.header, "memo")).startsWith(QLatin1String("'=HYPERLINK")))
            sawOdd = true;
    QVERIFY(sawOdd);

    qint64 debit = 0;
    qint64 credit = 0;
    for (int i = 0; i < rows; ++i) {
        debit += minorOf(csv.records.at(i).fields.at(column(csv.header, "debit")), 2);
        credit += minorOf(csv.records.at(i).fields.at(column(csv.header, "credit")), 2);
    }
    const auto [jd, jc] = journal.totals(f);
    QCOMPARE(debit, jd);
    QCOMPARE(credit, jc);
    const QStringList total = csv.records.last().fields;
    QCOMPARE(total.at(column(csv.header, "memo")), QStringLiteral("Total"));
    QCOMPARE(minorOf(total.at(column(csv.header, "debit")), 2), jd);
    QCOMPARE(minorOf(total.at(column(csv.header, "credit")), 2), jc);
}

void tst_LedgerExport::journalXlsx()
{
    TestBooks books;
    postBooks(books);
    JournalService journal(books.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.xlsx"));
    const QDate asOf(2026, 12, 31);
    JournalFilter f;
    f.to = asOf; // from the start: the file's net per account is the trial balance
    const int rows = LedgerExport::exportJournal(journal, f, path);
    QCOMPARE(rows, 12);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    const XlsxSheet sheet = readXlsx(path);
    QVERIFY2(sheet.ok, qPrintable(sheet.error));
    QCOMPARE(int(sheet.rows.size()), 1 + rows + 1);
    const QStringList names = LedgerExport::journalColumns();
    for (int c = 0; c < names.size(); ++c) {
        QCOMPARE(sheet.cell(0, c).text, names.at(c));
        QVERIFY(sheet.cell(0, c).bold);
    }
    QVERIFY2(sheet.sheetXml.contains(QLatin1String("ySplit=\"1\"")), "the header is frozen");
    QVERIFY2(sheet.sheetXml.contains(QLatin1String("<col ")), "the columns have widths");

    const int date = column(names, "date");
    const int debitCol = column(names, "debit");
    const int creditCol = column(names, "credit");
    const int account = column(names, "account");
    // Dates are date serials with a date format.
    const XlsxCell d = sheet.cell(1, date);
    QVERIFY(d.number);
    QCOMPARE(d.numberFormat, QStringLiteral("yyyy-mm-dd"));
    QCOMPARE(d.text.toLongLong(), QDate(1899, 12, 30).daysTo(QDate(2026, 3, 2)));
    // Amounts are numbers with two decimals.
    const XlsxCell a = sheet.cell(1, debitCol);
    QVERIFY(a.number);
    QCOMPARE(a.text, QStringLiteral("1000000"));
    QCOMPARE(a.numberFormat, QStringLiteral("#,##0.00"));
    QVERIFY(!a.bold);
    QVERIFY(sheet.cell(1, column(names, "entry")).number);

    qint64 debit = 0;
    qint64 credit = 0;
    QHash<QString, qint64> net;
    for (int r = 1; r <= rows; ++r) {
        QVERIFY(sheet.cell(r, debitCol).number);
        QVERIFY(sheet.cell(r, creditCol).number);
        const qint64 dr = minorOf(sheet.cell(r, debitCol).text, 2);
        const qint64 cr = minorOf(sheet.cell(r, creditCol).text, 2);
        debit += dr;
        credit += cr;
        net[sheet.cell(r, account).text] += dr - cr;
    }
    const auto [jd, jc] = journal.totals(f);
    QCOMPARE(debit, jd);
    QCOMPARE(credit, jc);
    QCOMPARE(debit, credit);
    const int totalRow = rows + 1;
    QVERIFY(sheet.cell(totalRow, debitCol).bold);
    QCOMPARE(sheet.cell(totalRow, column(names, "memo")).text, QStringLiteral("Total"));
    QCOMPARE(minorOf(sheet.cell(totalRow, debitCol).text, 2), jd);
    QCOMPARE(minorOf(sheet.cell(totalRow, creditCol).text, 2), jc);
    // Every account's net in the file is its trial-balance balance.
    for (const AccountBalance &b : journal.trialBalance(asOf, QStringLiteral("EUR")))
        QCOMPARE(net.value(b.code), b.debit - b.credit);
}

void tst_LedgerExport::trialBalanceCsvAndXlsx()
{
    TestBooks books;
    postBooks(books);
    JournalService journal(books.db());
    QTemporaryDir dir;
    const QDate asOf(2026, 6, 30);
    const Currency eur(QStringLiteral("EUR"));
    const QList<AccountBalance> tb = journal.trialBalance(asOf, eur.code());
    qint64 tbDebit = 0;
    qint64 tbCredit = 0;
    for (const AccountBalance &b : tb) {
        tbDebit += b.debit;
        tbCredit += b.credit;
    }
    QCOMPARE(tbDebit, tbCredit);
    QVERIFY(tbDebit > 0);

    const QString csvPath = dir.filePath(QStringLiteral("tb.csv"));
    QCOMPARE(LedgerExport::exportTrialBalance(journal, asOf, eur, csvPath), int(tb.size()));
    const CsvTable csv = CsvReader::readFile(csvPath);
    QCOMPARE(csv.header, (QStringList{QStringLiteral("account"), QStringLiteral("account_name"),
                                      QStringLiteral("type"), QStringLiteral("debit"),
                                      QStringLiteral("credit"), QStringLiteral("currency")}));
    QCOMPARE(int(csv.records.size()), int(tb.size()) + 1);
    for (int i = 0; i < tb.size(); ++i) {
        QCOMPARE(csv.records.at(i).fields.at(0), tb.at(i).code);
        QCOMPARE(minorOf(csv.records.at(i).fields.at(3), 2), tb.at(i).debit);
        QCOMPARE(minorOf(csv.records.at(i).fields.at(4), 2), tb.at(i).credit);
    }
    QCOMPARE(csv.records.last().fields.at(1), QStringLiteral("Total"));
    QCOMPARE(minorOf(csv.records.last().fields.at(3), 2), tbDebit);
    QCOMPARE(minorOf(csv.records.last().fields.at(4), 2), tbCredit);

    const QString xlsxPath = dir.filePath(QStringLiteral("tb.xlsx"));
    QCOMPARE(LedgerExport::exportTrialBalance(journal, asOf, eur, xlsxPath), int(tb.size()));
    const XlsxSheet sheet = readXlsx(xlsxPath);
    QVERIFY2(sheet.ok, qPrintable(sheet.error));
    QCOMPARE(int(sheet.rows.size()), 1 + int(tb.size()) + 1);
    QVERIFY(sheet.cell(0, 0).bold);
    qint64 debit = 0;
    qint64 credit = 0;
    for (int r = 1; r <= tb.size(); ++r) {
        QVERIFY(sheet.cell(r, 3).number);
        QCOMPARE(sheet.cell(r, 3).numberFormat, QStringLiteral("#,##0.00"));
        QCOMPARE(sheet.cell(r, 0).text, tb.at(r - 1).code); // codes stay text
        QVERIFY(!sheet.cell(r, 0).number);
        debit += minorOf(sheet.cell(r, 3).text, 2);
        credit += minorOf(sheet.cell(r, 4).text, 2);
    }
    QCOMPARE(debit, tbDebit);
    QCOMPARE(credit, tbCredit);
    const int total = int(tb.size()) + 1;
    QVERIFY(sheet.cell(total, 1).bold);
    QCOMPARE(minorOf(sheet.cell(total, 3).text, 2), tbDebit);
    QCOMPARE(minorOf(sheet.cell(total, 4).text, 2), tbCredit);
}

void tst_LedgerExport::refusesOtherExtensions()
{
    TestBooks books;
    JournalService journal(books.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.ods"));
    try {
        LedgerExport::exportJournal(journal, {}, path);
        QFAIL("an .ods file was written");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(QLatin1String(".ods")), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_LedgerExport)
#include "tst_ledgerexport.moc"
