// factordesk-cli export journal and export trial-balance, run as the real program: the format
// from the file's extension, the period and as-of date, the totals, and what is refused.
#include "clifixture.h"
#include "csvreader.h"
#include "xlsxsheet.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliExport : public QObject
{
    Q_OBJECT
private slots:
    void journal();
    void trialBalance();
    void refused();
};

namespace {

QStringList base(const QString &db)
{
    return {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root")};
}

} // namespace

void tst_CliExport::journal()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    postPurchase(db, QDate(2026, 3, 2));
    postPurchase(db, QDate(2026, 6, 1));

    const QString csvPath = dir.filePath(QStringLiteral("march.csv"));
    CliResult r =
        runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("journal"),
                                      QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                      QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                      QStringLiteral("--output"), csvPath},
               adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("4 journal line(s)")) ||
                 r.out.contains(QLatin1String("4 journal lines")),
             qPrintable(r.out));
    const CsvTable csv = CsvReader::readFile(csvPath);
    QCOMPARE(csv.header.first(), QStringLiteral("entry"));
    QCOMPARE(int(csv.records.size()), 5);
    QCOMPARE(csv.records.at(0).fields.at(1), QStringLiteral("2026-03-02"));
    QCOMPARE(csv.records.at(0).fields.at(2), QStringLiteral("purchase"));
    QCOMPARE(csv.records.at(0).fields.at(3), QStringLiteral("Schedule 1, \"rush\""));
    QCOMPARE(csv.records.at(4).fields.at(3), QStringLiteral("Total"));
    QCOMPARE(csv.records.at(4).fields.at(6), QStringLiteral("1000000.00"));
    QCOMPARE(csv.records.at(4).fields.at(7), QStringLiteral("1000000.00"));

    const QString xlsxPath = dir.filePath(QStringLiteral("year.xlsx"));
    r = runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("journal"),
                                      QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                      QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                      QStringLiteral("--output"), xlsxPath},
               adminEnv());
    CLI_EXIT(r, 0);
    const XlsxSheet sheet = readXlsx(xlsxPath);
    QVERIFY2(sheet.ok, qPrintable(sheet.error));
    QCOMPARE(int(sheet.rows.size()), 1 + 8 + 1);
    QVERIFY(sheet.cell(1, 1).number);
    QCOMPARE(sheet.cell(1, 1).numberFormat, QStringLiteral("yyyy-mm-dd"));
    QVERIFY(sheet.cell(1, 6).number);
    QCOMPARE(sheet.cell(9, 6).text, QStringLiteral("2000000"));
    QCOMPARE(sheet.cell(9, 7).text, QStringLiteral("2000000"));
}

void tst_CliExport::trialBalance()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    postPurchase(db, QDate(2026, 3, 2));
    postPurchase(db, QDate(2026, 6, 1));
    const QString path = dir.filePath(QStringLiteral("tb.csv"));
    CliResult r =
        runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("trial-balance"),
                                      QStringLiteral("--as-of"), QStringLiteral("2026-03-31"),
                                      QStringLiteral("--output"), path},
               adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("2026-03-31")), qPrintable(r.out));
    const CsvTable csv = CsvReader::readFile(path);
    QCOMPARE(int(csv.records.size()), 12); // eleven accounts and the totals
    QCOMPARE(
        csv.records.at(0).fields,
        (QStringList{QStringLiteral("1000"), QStringLiteral("Bank"), QStringLiteral("asset"),
                     QStringLiteral("0.00"), QStringLiteral("930000.00"), QStringLiteral("EUR")}));
    QCOMPARE(csv.records.last().fields.at(1), QStringLiteral("Total"));
    QCOMPARE(csv.records.last().fields.at(3), QStringLiteral("1000000.00"));
    QCOMPARE(csv.records.last().fields.at(4), QStringLiteral("1000000.00"));

    // Without --as-of: the business date (both purchases).
    const QString xlsx = dir.filePath(QStringLiteral("tb.xlsx"));
    r = runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("trial-balance"),
                                      QStringLiteral("--output"), xlsx},
               adminEnv());
    CLI_EXIT(r, 0);
    const XlsxSheet sheet = readXlsx(xlsx);
    QVERIFY2(sheet.ok, qPrintable(sheet.error));
    QCOMPARE(int(sheet.rows.size()), 13);
    QVERIFY(sheet.cell(12, 3).bold);
    QCOMPARE(sheet.cell(12, 3).text, QStringLiteral("2000000"));
    QCOMPARE(sheet.cell(12, 4).text, QStringLiteral("2000000"));
}

void tst_CliExport::refused()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    const QString ods = dir.filePath(QStringLiteral("tb.ods"));
    CliResult r =
        runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("trial-balance"),
                                      QStringLiteral("--output"), ods},
               adminEnv());
    QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String(".ods")), qPrintable(r.err));
    QVERIFY(!QFile::exists(ods));
    // --output is required; a period needs both ends.
    r = runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("trial-balance")},
               adminEnv());
    CLI_EXIT(r, 2);
    r = runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("journal"),
                                      QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                      QStringLiteral("--output"),
                                      dir.filePath(QStringLiteral("j.csv"))},
               adminEnv());
    CLI_EXIT(r, 2);
    r = runCli(base(db) + QStringList{QStringLiteral("export"), QStringLiteral("journal"),
                                      QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                                      QStringLiteral("--to"), QStringLiteral("2026-01-01"),
                                      QStringLiteral("--output"),
                                      dir.filePath(QStringLiteral("j.csv"))},
               adminEnv());
    CLI_EXIT(r, 2);
}

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cli_export.moc"
