// The receipt models of the Cash posting view: checked by QAbstractItemModelTester, amounts in
// the locale and right-aligned, sorting through a proxy by the raw values, and one receipt's
// applications with their state and rule.
#include "itemroles.h"
#include "receiptapplicationsmodel.h"
#include "receiptsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace FactorDesk;

namespace {

const Currency kEur(QStringLiteral("EUR"));

Receipt receipt(qint64 id, QDate date, qint64 amount, qint64 applied, ReceiptStatus status,
                const QString &debtor = QStringLiteral("BUYER1"))
{
    Receipt r;
    r.id = id;
    r.source = QStringLiteral("manual");
    r.valueDate = date;
    r.amount = Money::fromMinor(amount, kEur);
    r.applied = Money::fromMinor(applied, kEur);
    r.debtorCode = debtor;
    r.remitterName = QStringLiteral("Buyer One GmbH");
    r.remitterAccount = QStringLiteral("DE02120300000000202051");
    r.references = {QStringLiteral("INV-0042"), QStringLiteral("cheque 17")};
    r.status = status;
    return r;
}

QList<Receipt> sample()
{
    Receipt camt = receipt(3, QDate(2026, 3, 1), 99999, 0, ReceiptStatus::Unapplied, {});
    camt.source = QStringLiteral("camt.053");
    camt.importId = 4;
    camt.sourceLine = 27;
    return {receipt(1, QDate(2026, 3, 20), 123456789, 123456789, ReceiptStatus::Applied),
            receipt(2, QDate(2026, 3, 5), 70000, 0, ReceiptStatus::Suggested), camt};
}

} // namespace

class tst_ReceiptsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
    void tester();
    void cells_data();
    void cells();
    void sorting();
    void applications();
};

void tst_ReceiptsModel::tester()
{
    ReceiptsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReceipts(sample());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ReceiptsModel::Column::Count));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.setReceipts({});
    QCOMPARE(model.rowCount(), 0);
    ReceiptApplicationsModel parts;
    QAbstractItemModelTester partsTester(&parts,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    parts.setApplications({{1, 10, QStringLiteral("INV-1"), QStringLiteral("ACME"),
                            Money::fromMinor(500, kEur), true, QStringLiteral("oldest")}});
    QCOMPARE(parts.rowCount(), 1);
}

void tst_ReceiptsModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("exported");
    using C = ReceiptsModel::Column;
    QTest::newRow("date") << 0 << int(C::Date) << QStringLiteral("20.03.2026")
                          << QVariant(QDate(2026, 3, 20));
    QTest::newRow("amount") << 0 << int(C::Amount) << QStringLiteral("1.234.567,89")
                            << QVariant(QStringLiteral("1234567.89"));
    QTest::newRow("left") << 1 << int(C::Left) << QStringLiteral("700,00")
                          << QVariant(QStringLiteral("700.00"));
    QTest::newRow("status") << 1 << int(C::Status) << QStringLiteral("Suggestion waiting")
                            << QVariant(QStringLiteral("suggested"));
    QTest::newRow("references") << 0 << int(C::References) << QStringLiteral("INV-0042; cheque 17")
                                << QVariant(QStringLiteral("INV-0042; cheque 17"));
    QTest::newRow("source typed") << 0 << int(C::Source) << QStringLiteral("Typed in")
                                  << QVariant(QStringLiteral("Typed in"));
    QTest::newRow("source camt") << 2 << int(C::Source) << QStringLiteral("camt.053 (import 4)")
                                 << QVariant(QStringLiteral("camt.053 (import 4)"));
    QTest::newRow("no debtor") << 2 << int(C::Debtor) << QString() << QVariant(QString());
}

void tst_ReceiptsModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, exported);
    ReceiptsModel model;
    model.setReceipts(sample());
    const QModelIndex i = model.index(row, column);
    QCOMPARE(model.data(i).toString(), display);
    QCOMPARE(model.data(i, ItemRoles::ExportRole), exported);
    const auto align = model.data(i, Qt::TextAlignmentRole).value<Qt::Alignment>();
    const bool amount =
        column >= int(ReceiptsModel::Column::Amount) && column <= int(ReceiptsModel::Column::Left);
    QCOMPARE(bool(align & Qt::AlignRight), amount);
    QCOMPARE(model.data(i, ReceiptsModel::IdRole).toLongLong(), model.receipt(row).id);
}

void tst_ReceiptsModel::sorting()
{
    ReceiptsModel model;
    model.setReceipts(sample());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ReceiptsModel::RawRole);
    // By amount as a number: 999,99 < 700,00 as text would be wrong.
    proxy.sort(int(ReceiptsModel::Column::Amount), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ReceiptsModel::IdRole).toLongLong(), 2);
    QCOMPARE(proxy.index(1, 0).data(ReceiptsModel::IdRole).toLongLong(), 3);
    QCOMPARE(proxy.index(2, 0).data(ReceiptsModel::IdRole).toLongLong(), 1);
    proxy.sort(int(ReceiptsModel::Column::Date), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ReceiptsModel::IdRole).toLongLong(), 1);
    QCOMPARE(proxy.index(2, 0).data(ReceiptsModel::IdRole).toLongLong(), 3);
    QCOMPARE(model.rowOf(3), 2);
    QCOMPARE(model.rowOf(99), -1);
}

void tst_ReceiptsModel::applications()
{
    ReceiptApplicationsModel model;
    model.setApplications({{1, 10, QStringLiteral("INV-0042"), QStringLiteral("ACME"),
                            Money::fromMinor(60000, kEur), true, QStringLiteral("oldest")},
                           {2, 11, QStringLiteral("INV-0043"), QStringLiteral("ACME"),
                            Money::fromMinor(1000000, kEur), false, QStringLiteral("manual")}});
    using C = ReceiptApplicationsModel::Column;
    QCOMPARE(model.index(0, int(C::Amount)).data().toString(), QStringLiteral("600,00"));
    QCOMPARE(model.index(1, int(C::Amount)).data().toString(), QStringLiteral("10.000,00"));
    QCOMPARE(model.index(0, int(C::State)).data().toString(), QStringLiteral("Suggested"));
    QCOMPARE(model.index(1, int(C::State)).data().toString(), QStringLiteral("Applied"));
    QCOMPARE(model.index(0, int(C::Rule)).data().toString(),
             QStringLiteral("Oldest open invoices of the debtor"));
    QCOMPARE(model.index(1, int(C::Rule)).data(ItemRoles::ExportRole).toString(),
             QStringLiteral("manual"));
    QCOMPARE(model.index(1, int(C::Amount)).data(ItemRoles::ExportRole).toString(),
             QStringLiteral("10000.00"));
    QVERIFY(model.index(0, int(C::Amount)).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
            Qt::AlignRight);
    QCOMPARE(model.headerData(int(C::Invoice), Qt::Horizontal).toString(),
             QStringLiteral("Invoice"));
}

QTEST_GUILESS_MAIN(tst_ReceiptsModel)
#include "tst_receiptsmodel.moc"
