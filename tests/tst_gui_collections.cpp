// The Collections view driven offscreen: a note added by keyboard only, a follow-up due today
// going on top, the notes history with who and when, the debtors' days to pay and dilution in
// the Debtors view and a rising days to pay in the analyst's queue.
#include "collectionnotedialog.h"
#include "collectionnotemodel.h"
#include "collectionsview.h"
#include "creditqueuemodel.h"
#include "creditview.h"
#include "debtorsview.h"
#include "debtortablemodel.h"
#include "errorlabel.h"
#include "optionaldateedit.h"
#include "purchasefixture.h"
#include "receiptservice.h"
#include "worklistmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

template <typename T> T *waitForDialog(QWidget *parent)
{
    T *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = parent->findChild<T *>();
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    return dialog;
}

void pay(TestBooks &books, qint64 debtor, qint64 minor, QDate date, const QString &invoice)
{
    ReceiptInput in;
    in.debtorId = debtor;
    in.amount = Money::fromMinor(minor, Currency(QStringLiteral("EUR")));
    in.date = date;
    in.invoiceNos = {invoice};
    ReceiptService(books.db()).add(books.clerk, in);
}

// BUYER1 owes 3,500.00 overdue, BUYER2 300.00: BUYER1 is first until a follow-up is due.
PurchaseFixture buy(TestBooks &books)
{
    qputenv("FACTORDESK_TODAY", "2026-03-02");
    PurchaseFixture f = PurchaseFixture::create(books);
    f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                        QStringLiteral("1000.00"), QStringLiteral("2026-02-20"),
                                        QStringLiteral("2026-03-20")),
                  PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER1"),
                                        QStringLiteral("2500.00"), QStringLiteral("2026-02-20"),
                                        QStringLiteral("2026-04-20")),
                  PurchaseFixture::line(QStringLiteral("INV-3"), QStringLiteral("BUYER2"),
                                        QStringLiteral("300.00"), QStringLiteral("2026-02-20"),
                                        QStringLiteral("2026-03-10"))});
    return f;
}

} // namespace

class tst_GuiCollections : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("FACTORDESK_TODAY"); }
    void noteByKeyboardPutsFollowUpOnTop();
    void debtorsViewAndQueueShowTrends();
};

void tst_GuiCollections::noteByKeyboardPutsFollowUpOnTop()
{
    TestBooks books;
    const PurchaseFixture f = buy(books);
    qputenv("FACTORDESK_TODAY", "2026-05-01");
    CollectionsView view(AppContext{&books.db(), books.clerk});
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester notesTester(view.notesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("BUYER1"));
    QCOMPARE(view.model()->rowCount(view.model()->index(0, 0)), 2); // its two invoices

    // Select BUYER2 by keyboard and open "Add note…" with Insert.
    view.tree()->setFocus();
    QTest::keyClick(view.tree(), Qt::Key_Down);
    QCOMPARE(view.currentDebtorId(), f.debtorB);
    QTest::keyClick(view.tree(), Qt::Key_Insert);
    QPointer<CollectionNoteDialog> dialog = waitForDialog<CollectionNoteDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(dialog->textEdit()->hasFocus());
    QTest::keyClicks(dialog->textEdit(), QStringLiteral("Called Mrs Roe, will pay Friday"));
    // Tab to the invoice, pick INV-3, Tab to the follow-up box and switch it on with Space.
    QTest::keyClick(dialog->textEdit(), Qt::Key_Tab);
    QVERIFY(dialog->invoiceCombo()->hasFocus());
    QTest::keyClick(dialog->invoiceCombo(), Qt::Key_Down);
    QCOMPARE(dialog->invoiceCombo()->currentText().left(5), QStringLiteral("INV-3"));
    QTest::keyClick(dialog->invoiceCombo(), Qt::Key_Tab);
    QVERIFY(dialog->followUpEdit()->checkBox()->hasFocus());
    QTest::keyClick(dialog->followUpEdit()->checkBox(), Qt::Key_Space);
    QVERIFY(dialog->followUpEdit()->isChecked());
    QVERIFY(dialog->followUpEdit()->dateEdit()->calendarPopup());
    // Tab to the date (a week ahead) and step it down to today, the earliest day allowed.
    QTest::keyClick(dialog->followUpEdit()->checkBox(), Qt::Key_Tab);
    QDateEdit *date = dialog->followUpEdit()->dateEdit();
    QVERIFY(date->hasFocus());
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(date, Qt::Key_Down);
    QCOMPARE(date->date(), QDate(2026, 5, 1));
    // Ctrl+Return saves from any field.
    QTest::keyClick(date, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("BUYER2"));
    QVERIFY(view.model()->index(0, 0).data(WorklistModel::FollowUpDueRole).toBool());
    // The history of the selected debtor says who wrote the note.
    QCOMPARE(view.currentDebtorId(), f.debtorB);
    QCOMPARE(view.notesModel()->rowCount(), 1);
    QCOMPARE(view.notesModel()->index(0, int(CollectionNoteModel::Column::By)).data().toString(),
             QStringLiteral("clerk"));
    QCOMPARE(
        view.notesModel()->index(0, int(CollectionNoteModel::Column::Invoice)).data().toString(),
        QStringLiteral("INV-3"));

    // A refused note keeps the dialog open with the reason.
    view.addNote();
    dialog = waitForDialog<CollectionNoteDialog>(&view);
    QVERIFY(dialog);
    dialog->accept(); // no text
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorLabel()->message().isEmpty());
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Filter by debtor code.
    view.debtorEdit()->setText(QStringLiteral("BUYER1"));
    QTest::keyClick(view.debtorEdit(), Qt::Key_Return);
    QCOMPARE(view.model()->rowCount(), 1);
    view.debtorEdit()->clear();
    QCOMPARE(view.model()->rowCount(), 2);

    // An administrator may look but not write.
    CollectionsView adminView(AppContext{&books.db(), books.admin});
    QVERIFY(!adminView.addNoteButton()->isEnabled());
}

void tst_GuiCollections::debtorsViewAndQueueShowTrends()
{
    TestBooks books;
    const PurchaseFixture f = buy(books);
    qputenv("FACTORDESK_TODAY", "2026-08-01");
    pay(books, f.debtorA, 100000, QDate(2026, 3, 22), QStringLiteral("INV-1")); // 30 days
    pay(books, f.debtorA, 250000, QDate(2026, 6, 1), QStringLiteral("INV-2"));  // 101 days
    DebtorsView debtors(AppContext{&books.db(), books.analyst});
    QAbstractItemModelTester tester(debtors.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    debtors.refresh();
    QVERIFY(debtors.selectDebtor(QStringLiteral("BUYER1")));
    const int row = debtors.model()->rowOf(f.debtorA);
    const QString days =
        debtors.model()->index(row, int(DebtorTableModel::Column::DaysToPay)).data().toString();
    QVERIFY2(days.startsWith(QLatin1String("101.0")) && days.contains(QLatin1String("rising")),
             qPrintable(days));
    QVERIFY(debtors.model()->index(row, 0).data(DebtorTableModel::RisingRole).toBool());
    QVERIFY(!debtors.model()
                 ->index(debtors.model()->rowOf(f.debtorB), 0)
                 .data(DebtorTableModel::RisingRole)
                 .toBool());

    CreditView credit(AppContext{&books.db(), books.analyst});
    bool found = false;
    for (const CreditQueueItem &it : credit.model()->items())
        if (it.kind == CreditQueueItem::Kind::PaymentTrend && it.debtorId == f.debtorA)
            found = it.reason.contains(QLatin1String("days to pay rising"));
    QVERIFY(found);
}

QTEST_MAIN(tst_GuiCollections)
#include "tst_gui_collections.moc"
