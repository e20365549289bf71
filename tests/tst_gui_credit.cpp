// The debtors and credit views driven offscreen: deciding a limit from the analyst's queue
// through the decision dialog, four eyes in the dialog, search as you type in the debtor
// list, requesting a limit from the debtor dialog, and importing order requests with bad lines.
#include "clientservice.h"
#include "creditdecisiondialog.h"
#include "credithistorymodel.h"
#include "creditqueuemodel.h"
#include "creditservice.h"
#include "creditview.h"
#include "datatable.h"
#include "debtordialog.h"
#include "debtorservice.h"
#include "debtorsview.h"
#include "debtortablemodel.h"
#include "limitrequestdialog.h"
#include "orderapprovalmodel.h"
#include "orderapprovalsview.h"
#include "orderdialogs.h"
#include "recorddialogs.h"
#include "testsupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_GuiCredit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-03-02"); }
    void decideFromQueue();
    void ownRequestRefused();
    void debtorSearch();
    void requestFromDebtorDialog();
    void importWithBadLines();
};

namespace {

qint64 addDebtor(TestBooks &books, const QString &code, const QString &name)
{
    Debtor d;
    d.code = code;
    d.name = name;
    return DebtorService(books.db()).add(books.clerk, d);
}

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

} // namespace

void tst_GuiCredit::decideFromQueue()
{
    TestBooks books;
    const qint64 d = addDebtor(books, QStringLiteral("NORD"), QStringLiteral("Nordkauf AG"));
    const qint64 r = CreditService(books.db())
                         .request(books.clerk, d, Money::fromMinor(500000), QStringLiteral("new"));
    CreditView view(AppContext{&books.db(), books.analyst});
    view.show();
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(!view.decideButton()->isEnabled());
    QVERIFY(view.selectRequest(r));
    QVERIFY(view.decideButton()->isEnabled());
    QTest::mouseClick(view.decideButton(), Qt::LeftButton);
    auto *dialog = waitForDialog<CreditDecisionDialog>(&view);
    QVERIFY(dialog);
    dialog->decisionCombo()->setCurrentIndex(
        dialog->decisionCombo()->findData(int(Decision::Partial)));
    QVERIFY(dialog->amountEdit()->isEnabled());
    QTest::keyClicks(dialog->amountEdit(), QStringLiteral("3000.00"));
    dialog->reviewEdit()->setDate(QDate(2026, 9, 30));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("thin balance sheet"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!view.findChild<CreditDecisionDialog *>() ||
                !view.findChild<CreditDecisionDialog *>()->isVisible());
    const Debtor after = DebtorService(books.db()).find(d);
    QCOMPARE(after.creditLimit.minor(), qint64(300000));
    QCOMPARE(after.limitReviewDate, QDate(2026, 9, 30));
    QCOMPARE(CreditService(books.db()).find(r).status, RequestStatus::Partial);
    QCOMPARE(CreditService(books.db()).find(r).decisionReason,
             QStringLiteral("thin balance sheet"));
    // The queue no longer holds the request.
    QCOMPARE(view.model()->rowCount(), 0);
}

void tst_GuiCredit::ownRequestRefused()
{
    TestBooks books;
    const qint64 d = addDebtor(books, QStringLiteral("NORD"), QStringLiteral("Nordkauf AG"));
    const qint64 r =
        CreditService(books.db()).request(books.analyst, d, Money::fromMinor(100000), {});
    CreditView view(AppContext{&books.db(), books.analyst});
    view.show();
    QVERIFY(view.selectRequest(r));
    QTest::mouseClick(view.decideButton(), Qt::LeftButton);
    auto *dialog = waitForDialog<CreditDecisionDialog>(&view);
    QVERIFY(dialog);
    // Four eyes is said before anything is filled in: the form and Decide are disabled.
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("Four eyes")),
             qPrintable(dialog->errorLabel()->text()));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!dialog->reasonEdit()->isEnabled());
    QVERIFY(dialog->buttons()
                ->button(QDialogButtonBox::Ok)
                ->toolTip()
                .contains(QLatin1String("another analyst")));
    QCOMPARE(CreditService(books.db()).find(r).status, RequestStatus::Pending);
    QCOMPARE(DebtorService(books.db()).creditLimit(d).minor(), qint64(0));
    dialog->reject();
    // A clerk's view cannot decide at all.
    CreditView clerkView(AppContext{&books.db(), books.clerk});
    QVERIFY(clerkView.selectRequest(r));
    QVERIFY(!clerkView.decideButton()->isEnabled());
}

void tst_GuiCredit::debtorSearch()
{
    TestBooks books;
    addDebtor(books, QStringLiteral("NORD"), QStringLiteral("Nordkauf AG"));
    addDebtor(books, QStringLiteral("SUED"), QStringLiteral("Südhandel GmbH"));
    addDebtor(books, QStringLiteral("WEST"), QStringLiteral("Westmarkt KG"));
    DebtorsView view(AppContext{&books.db(), books.clerk});
    view.show();
    view.refresh();
    QCOMPARE(view.model()->rowCount(), 3);
    QTest::keyClicks(view.searchEdit(), QStringLiteral("markt"));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->debtorAt(0).code, QStringLiteral("WEST"));
    view.searchEdit()->clear();
    view.applySearch();
    QCOMPARE(view.model()->rowCount(), 3);
    // Sorting by a header click is done by SQL.
    view.table()->sortByColumn(int(DebtorTableModel::Column::Name), Qt::DescendingOrder);
    QCOMPARE(view.model()->debtorAt(0).code, QStringLiteral("WEST"));
    view.statusCombo()->setCurrentIndex(view.statusCombo()->findData(QStringLiteral("blocked")));
    QCOMPARE(view.model()->rowCount(), 0);
    // An analyst reads but may not add.
    DebtorsView analystView(AppContext{&books.db(), books.analyst});
    QVERIFY(!analystView.addButton()->isEnabled());
}

void tst_GuiCredit::requestFromDebtorDialog()
{
    TestBooks books;
    const qint64 d = addDebtor(books, QStringLiteral("NORD"), QStringLiteral("Nordkauf AG"));
    Client c;
    c.code = QStringLiteral("ACME");
    c.name = QStringLiteral("Acme Ltd");
    ClientService(books.db()).add(books.clerk, c);
    DebtorDialog dialog(AppContext{&books.db(), books.clerk}, d);
    dialog.show();
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Nordkauf AG"));
    QTest::mouseClick(dialog.linkButton(), Qt::LeftButton);
    QCOMPARE(dialog.clientList()->count(), 1);
    QTest::mouseClick(dialog.requestButton(), Qt::LeftButton);
    auto *request = waitForDialog<LimitRequestDialog>(&dialog);
    QVERIFY(request);
    QTest::keyClicks(request->amountEdit(), QStringLiteral("-5"));
    QTest::mouseClick(request->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(request->isVisible());
    QVERIFY(request->errorLabel()->text().startsWith(QLatin1String("amount:")));
    request->amountEdit()->clear();
    QTest::keyClicks(request->amountEdit(), QStringLiteral("2500"));
    QTest::keyClicks(request->reasonEdit(), QStringLiteral("first orders"));
    QTest::mouseClick(request->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(dialog.historyModel()->rowCount(), 1);
    QCOMPARE(CreditService(books.db()).openRequest(d)->requestedAmount.minor(), qint64(250000));
    // While that request is open, asking again is disabled and the tooltip says why.
    QVERIFY(!dialog.requestButton()->isEnabled());
    QVERIFY(dialog.requestButton()->toolTip().contains(QStringLiteral("still open")));
    // Insolvent without a date is refused in the dialog, with the service's message.
    dialog.statusCombo()->setCurrentIndex(
        dialog.statusCombo()->findData(QStringLiteral("insolvent")));
    QVERIFY(dialog.insolvencyEdit()->isEnabled());
    dialog.insolvencyEdit()->setDate(QDate(2026, 5, 1));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->text().startsWith(QLatin1String("insolvency date:")));
    dialog.insolvencyEdit()->setDate(QDate(2026, 2, 27));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(DebtorService(books.db()).find(d).status, DebtorStatus::Insolvent);
}

void tst_GuiCredit::importWithBadLines()
{
    TestBooks books;
    addDebtor(books, QStringLiteral("NORD"), QStringLiteral("Nordkauf AG"));
    Client c;
    c.code = QStringLiteral("ACME");
    c.name = QStringLiteral("Acme Ltd");
    ClientService(books.db()).add(books.clerk, c);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("requests.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("client,debtor,order_ref,amount,ship_date\n"
                "ACME,NORD,P-1,100.00,2026-03-10\n"
                "ACME,NOBODY,P-2,100.00,2026-03-10\n"
                "ACME,NORD,P-3,100.00,2026-03-11\n");
    }
    OrderApprovalsView view(AppContext{&books.db(), books.clerk});
    view.show();
    view.importFrom(file);
    auto *dialog = waitForDialog<OrderImportDialog>(&view);
    QVERIFY(dialog);
    QCOMPARE(dialog->issueList()->count(), 1);
    QVERIFY(dialog->issueList()->item(0)->text().contains(QLatin1String("Line 3, debtor")));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->importGoodButton()->isEnabled());
    QTest::mouseClick(dialog->importGoodButton(), Qt::LeftButton);
    QTRY_COMPARE(view.model()->rowCount(), 2);

    // Decide one as the analyst through the decision dialog; the code shows in the list.
    OrderApprovalsView analystView(AppContext{&books.db(), books.analyst});
    analystView.show();
    QVERIFY(analystView.selectApproval(view.model()->approvalAt(0).id));
    QTest::mouseClick(analystView.decideButton(), Qt::LeftButton);
    auto *decide = waitForDialog<OrderDecisionDialog>(&analystView);
    QVERIFY(decide);
    QTest::mouseClick(decide->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!analystView.model()
                     ->approvalAt(analystView.model()->rowOf(view.model()->approvalAt(0).id))
                     .approvalCode.isEmpty());
    const qint64 decidedId = view.model()->approvalAt(0).id;
    const QString code =
        analystView.model()->approvalAt(analystView.model()->rowOf(decidedId)).approvalCode;
    // The code is said once more, in full, with a Copy button.
    auto *confirmation = waitForDialog<ApprovalCodeDialog>(&analystView);
    QVERIFY(confirmation);
    QCOMPARE(confirmation->code(), code);
    QCOMPARE(confirmation->findChild<QLabel *>(QStringLiteral("code"))->text(), code);
    QTest::mouseClick(confirmation->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), code);
    confirmation->close();
    // In the list the code column is wide enough for the whole code, and Copy rows has it.
    auto *table = analystView.findChild<DataTable *>();
    QVERIFY(table);
    const int codeColumn = int(OrderApprovalModel::Column::Code);
    QVERIFY(table->columnWidth(codeColumn) >= table->fontMetrics().horizontalAdvance(code));
    QVERIFY(analystView.selectApproval(decidedId));
    table->copySelection();
    QVERIFY(QApplication::clipboard()->text().contains(code));
    // A decided request opens its detail, the code with it.
    const QModelIndex row = table->model()->index(analystView.model()->rowOf(decidedId), 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    OrderApprovalDetailDialog *detail = nullptr;
    QTRY_VERIFY((detail = analystView.findChild<OrderApprovalDetailDialog *>()) &&
                detail->isVisible());
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("code"))->text(), code);
    detail->close();
    analystView.clientFilter()->setCurrentIndex(1);
    QVERIFY(analystView.exportButton()->isEnabled());
    const QString out = dir.filePath(QStringLiteral("decisions.csv"));
    QVERIFY(analystView.exportTo(out));
    QVERIFY(QFileInfo::exists(out));
}

QTEST_MAIN(tst_GuiCredit)
#include "tst_gui_credit.moc"
