// The working of fees and interest: the item models over FeesQuery's figures (checked by
// QAbstractItemModelTester) and the printed documents (reports/feeworking.h), rendered to PDF
// and, with FACTORDESK_KEEP_REPORTS=DIR, kept for a look (pdftoppm -png).
#include "feesfixture.h"
#include "feesquery.h"
#include "feeworking.h"
#include "interestworkingmodel.h"
#include "invoicefeesmodel.h"
#include "itemroles.h"
#include "purchaseadvice.h"

#include <QAbstractItemModelTester>
#include <QTextDocument>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_FeeWorking : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void invoiceFeesModel_data();
    void invoiceFeesModel();
    void interestModel();
    void documents();
};

void tst_FeeWorking::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// DOMAIN §10's golden tiered fee on 10,000.00 bought 2026-03-02.
void tst_FeeWorking::invoiceFeesModel_data()
{
    QTest::addColumn<QDate>("collected");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("fee");
    QTest::newRow("day 30") << QDate(2026, 3, 31) << 30 << QStringLiteral("150.00");
    QTest::newRow("day 31") << QDate(2026, 4, 1) << 31 << QStringLiteral("200.00");
    QTest::newRow("day 40") << QDate(2026, 4, 10) << 40 << QStringLiteral("200.00");
    QTest::newRow("day 41") << QDate(2026, 4, 11) << 41 << QStringLiteral("250.00");
}

void tst_FeeWorking::invoiceFeesModel()
{
    QFETCH(QDate, collected);
    QFETCH(int, days);
    QFETCH(QString, fee);
    TestBooks books;
    const FeesFixture f(books);
    const qint64 invoice = f.buy(books, 1000000, QDate(2026, 3, 2));
    f.collect(books, invoice, 1000000, collected);
    const InvoiceFees fees =
        FeesQuery(books.db()).invoiceFees(QStringLiteral("ACME"), f.invoiceNo(books, invoice));

    InvoiceFeesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFees(fees);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(InvoiceFeesModel::Column::Count));
    const auto cell = [&](InvoiceFeesModel::Column c, int role = Qt::DisplayRole) {
        return model.index(0, int(c)).data(role);
    };
    QCOMPARE(cell(InvoiceFeesModel::Column::Kind).toString(), QStringLiteral("Receipt"));
    QCOMPARE(cell(InvoiceFeesModel::Column::Purchased, ItemRoles::ExportRole).toDate(),
             QDate(2026, 3, 2));
    QCOMPARE(cell(InvoiceFeesModel::Column::Collected, ItemRoles::ExportRole).toDate(), collected);
    QCOMPARE(cell(InvoiceFeesModel::Column::Days).toInt(), days);
    QCOMPARE(cell(InvoiceFeesModel::Column::Amount).toString(), QStringLiteral("10,000.00"));
    QCOMPARE(cell(InvoiceFeesModel::Column::Fee, ItemRoles::ExportRole).toString(), fee);
    QCOMPARE(cell(InvoiceFeesModel::Column::Fee, ItemRoles::ExportRole).toString(),
             fees.total.toPlainString());
    QCOMPARE(cell(InvoiceFeesModel::Column::Tier).toString(),
             fees.collections.first().working.tierText());
    QCOMPARE(cell(InvoiceFeesModel::Column::Charged).toString(), QStringLiteral("not yet"));
    QVERIFY(cell(InvoiceFeesModel::Column::Fee, Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.headerData(int(InvoiceFeesModel::Column::Days), Qt::Horizontal).toString(),
             QStringLiteral("Days"));
    model.setFees({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_FeeWorking::interestModel()
{
    TestBooks books;
    const FeesFixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 2)); // funds employed 60,000.00
    const InterestMonth month =
        FeesQuery(books.db()).interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-03"));
    InterestWorkingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMonth(month);
    const auto cell = [&](int row, InterestWorkingModel::Column c, int role = Qt::DisplayRole) {
        return model.index(row, int(c)).data(role);
    };
    QCOMPARE(model.rowCount(), 31);
    // 1 March: not bought yet, no interest.
    QCOMPARE(cell(0, InterestWorkingModel::Column::Balance).toString(), QStringLiteral("0.00"));
    QCOMPARE(cell(1, InterestWorkingModel::Column::Date, ItemRoles::ExportRole).toDate(),
             QDate(2026, 3, 2));
    QCOMPARE(cell(1, InterestWorkingModel::Column::Balance).toString(),
             QStringLiteral("60,000.00"));
    QCOMPARE(cell(1, InterestWorkingModel::Column::BaseRate).toString(), QStringLiteral("8 %"));
    QCOMPARE(cell(1, InterestWorkingModel::Column::Margin).toString(), QStringLiteral("2 %"));
    QCOMPARE(cell(1, InterestWorkingModel::Column::Rate).toString(), QStringLiteral("10 %"));
    QCOMPARE(cell(1, InterestWorkingModel::Column::DayCount).toString(), QStringLiteral("ACT/360"));
    // 60,000.00 × 10 % ÷ 360, unrounded.
    QCOMPARE(cell(1, InterestWorkingModel::Column::Amount).toString(),
             QStringLiteral("16.66666667"));
    QCOMPARE(cell(1, InterestWorkingModel::Column::Amount).toString(),
             month.working.days.at(1).amount.toExactString());
    QCOMPARE(month.working.total.toPlainString(),
             QStringLiteral("500.00")); // 30 days, DOMAIN §7 seed 004
}

void tst_FeeWorking::documents()
{
    TestBooks books;
    const FeesFixture f(books);
    const qint64 a = f.buy(books, 10000000, QDate(2026, 3, 2));
    f.collect(books, a, 4000000, QDate(2026, 4, 1));
    f.collect(books, a, 6000000, QDate(2026, 4, 11));
    const ReportParty factor = PurchaseAdvice::factor(books.db());
    FeesQuery query(books.db());
    const InvoiceFees fees = query.invoiceFees(QStringLiteral("ACME"), f.invoiceNo(books, a));
    QCOMPARE(fees.total.toPlainString(), QStringLiteral("2300.00")); // 800.00 + 1,500.00
    auto doc = FeeWorking::invoiceDocument(fees, factor);
    const QString text = doc->toPlainText();
    for (const QString &s :
         {fees.invoiceNo, QStringLiteral("ACME"), QStringLiteral("100,000.00"),
          QStringLiteral("40,000.00"), QStringLiteral("800.00"), QStringLiteral("1,500.00"),
          QStringLiteral("2,300.00"), QStringLiteral("31"), QStringLiteral("41"),
          fees.collections.at(1).working.tierText()})
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" missing in ") + text));

    const InterestMonth month =
        query.interestMonth(QStringLiteral("ACME"), QStringLiteral("2026-03"));
    auto interest = FeeWorking::interestDocument(month, factor);
    const QString itext = interest->toPlainText();
    for (const QString &s : {QStringLiteral("March 2026"), QStringLiteral("60,000.00"),
                             QStringLiteral("16.66666667"), month.working.total.toLocaleString(),
                             month.working.exactTotal.toExactString(), QStringLiteral("ACT/360")})
        QVERIFY2(itext.contains(s), qPrintable(s + QStringLiteral(" missing")));
    QCOMPARE(FeeWorking::interestFileName(month), QStringLiteral("interest-ACME-2026-03.pdf"));

    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("FACTORDESK_KEEP_REPORTS");
    const QString folder = keep.isEmpty() ? dir.path() : keep;
    const QString feesPdf = folder + QLatin1Char('/') + FeeWorking::invoiceFileName(fees);
    const QString interestPdf = folder + QLatin1Char('/') + FeeWorking::interestFileName(month);
    writeReportPdf(*doc, feesPdf, FeeWorking::invoiceTitle(fees));
    writeReportPdf(*interest, interestPdf, FeeWorking::interestTitle(month));
    for (const QString &path : {feesPdf, interestPdf}) {
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
}

QTEST_MAIN(tst_FeeWorking)
#include "tst_feeworking.moc"
