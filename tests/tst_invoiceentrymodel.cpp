#include "invoiceentrymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace FactorDesk;

// The rows typed into the purchase wizard's invoice grid.
class tst_InvoiceEntryModel : public QObject
{
    Q_OBJECT
private slots:
    void editsInsertsAndRemoves();
    void readOnlyRefusesEdits();
};

void tst_InvoiceEntryModel::editsInsertsAndRemoves()
{
    InvoiceEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(InvoiceEntryModel::Count));
    QCOMPARE(model.headerData(InvoiceEntryModel::Amount, Qt::Horizontal).toString(),
             QStringLiteral("Amount"));
    InvoiceEntryModel::Row fromFile;
    fromFile.cells[InvoiceEntryModel::Invoice] = QStringLiteral("INV-1");
    fromFile.sourceLine = 7;
    model.setRows({fromFile});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("7"));

    QVERIFY(model.insertRows(1, 2));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("3"));
    const QModelIndex amount = model.index(2, InvoiceEntryModel::Amount);
    QVERIFY(model.flags(amount) & Qt::ItemIsEditable);
    QCOMPARE(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(amount, QStringLiteral("12.50")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), amount);
    QCOMPARE(model.cell(2, InvoiceEntryModel::Amount), QStringLiteral("12.50"));
    QCOMPARE(amount.data(Qt::EditRole).toString(), QStringLiteral("12.50"));

    model.setTintedRows({2}, QStringLiteral("tint"));
    QCOMPARE(amount.data(Qt::BackgroundRole).toString(), QStringLiteral("tint"));
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());

    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.cell(1, InvoiceEntryModel::Amount), QStringLiteral("12.50"));
    QCOMPARE(model.index(1, 0).data(Qt::BackgroundRole).toString(), QStringLiteral("tint"));
    QVERIFY(!model.removeRows(1, 5));
    QVERIFY(!model.insertRows(9, 1));
    QCOMPARE(model.rows().at(0).cells.at(InvoiceEntryModel::Invoice), QStringLiteral("INV-1"));
}

void tst_InvoiceEntryModel::readOnlyRefusesEdits()
{
    InvoiceEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({InvoiceEntryModel::Row{}});
    model.setReadOnly(true);
    const QModelIndex cell = model.index(0, 0);
    QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(cell, QStringLiteral("X")));
    QVERIFY(!model.insertRows(1, 1));
    QVERIFY(!model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_InvoiceEntryModel)
#include "tst_invoiceentrymodel.moc"
