// The collections acts that once only the command line could do, driven through their real
// widgets offscreen: credit notes imported from CSV (a refused line named by line and field,
// then all or nothing), a buy-back payment, a debtor marked insolvent and its credit losses
// posted, the overdue invoices charged back after the list was shown; the Debtors view sorted
// by days to pay and dilution; a dispute from a short payment in the Disputes view at once.
// Each act's button is disabled, naming the role, for users who may not. Set
// FACTORDESK_SCREENSHOTS to a folder to save a picture of each dialog there.
#include "agreementservice.h"
#include "buybackpaymentdialog.h"
#include "cashpostingview.h"
#include "chargebackservice.h"
#include "clientsview.h"
#include "collectionsview.h"
#include "creditnoteimportdialog.h"
#include "creditnoteservice.h"
#include "datatable.h"
#include "debtorsview.h"
#include "debtortablemodel.h"
#include "disputeservice.h"
#include "disputesview.h"
#include "errorlabel.h"
#include "insolvencydialog.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "purchasefixture.h"
#include "receiptservice.h"
#include "recourserundialog.h"
#include "shortpaymentdialog.h"
#include "sqlquery.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const Currency kEur(QStringLiteral("EUR"));

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

void screenshot(QWidget *w, const QString &name)
{
    const QByteArray dir = qgetenv("FACTORDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    w->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name + QStringLiteral(".png")));
}

void typeInto(QWidget *w, const QString &text)
{
    QTest::keyClicks(w, text);
}

// ACME (with recourse, 90 days) sold BUYER1 INV-1 (1,000.00, due 2026-03-20) and INV-2
// (2,500.00, due 2026-04-20), BUYER2 INV-3 (300.00, due 2026-03-10), on 2026-03-02.
struct ActionBooks
{
    TestBooks books;
    PurchaseFixture f;
    explicit ActionBooks(bool recourse = true)
    {
        qputenv("FACTORDESK_TODAY", "2026-03-02");
        f = PurchaseFixture::create(books);
        if (!recourse) {
            AgreementService agreements(books.db());
            Agreement terms = *agreements.inForce(f.clientId, QDate(2026, 1, 1));
            terms.recourse = false;
            agreements.setTerms(books.manager, f.clientId, QDate(2026, 2, 1), terms);
        }
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00"), QStringLiteral("2026-02-20"),
                                            QStringLiteral("2026-03-20")),
                      PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER1"),
                                            QStringLiteral("2500.00"), QStringLiteral("2026-02-20"),
                                            QStringLiteral("2026-04-20")),
                      PurchaseFixture::line(QStringLiteral("INV-3"), QStringLiteral("BUYER2"),
                                            QStringLiteral("300.00"), QStringLiteral("2026-02-20"),
                                            QStringLiteral("2026-03-10"))});
    }
    qint64 open(const QString &invoiceNo)
    {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT open_balance FROM invoices WHERE invoice_no = ?"))
            .bind(invoiceNo)
            .scalar()
            .toLongLong();
    }
    qint64 pay(qint64 debtor, qint64 minor, QDate date, const QString &invoiceNo)
    {
        ReceiptInput in;
        in.debtorId = debtor;
        in.amount = Money::fromMinor(minor, kEur);
        in.date = date;
        in.invoiceNos = {invoiceNo};
        return ReceiptService(books.db()).add(books.clerk, in);
    }
};

} // namespace

class tst_GuiCollectionActions : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("FACTORDESK_TODAY"); }
    void importCreditNotes();
    void buybackPayment();
    void insolventAndCreditLosses();
    void chargeBackOverdue();
    void debtorsSortByDaysAndDilution();
    void shortPaymentDisputeShowsAtOnce();
};

void tst_GuiCollectionActions::importCreditNotes()
{
    ActionBooks b;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credits.csv"));
    const auto write = [&](const QByteArray &text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    // Line 3 credits more than is open on INV-3; line 4 has no date.
    write("invoice_no,amount,date,reference\n"
          "INV-1,100.00,2026-03-05,CN-1\n"
          "INV-3,900.00,2026-03-05,CN-2\n"
          "INV-2,50.00,,CN-3\n");

    CollectionsView analyst(AppContext{&b.books.db(), b.books.analyst});
    QVERIFY(!analyst.importCreditNotesButton()->isEnabled());
    QVERIFY(analyst.importCreditNotesButton()->toolTip().contains(QLatin1String("managers")));

    CollectionsView view(AppContext{&b.books.db(), b.books.clerk});
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.importCreditNotesButton()->isEnabled());
    view.importCreditNotesButton()->click();
    auto *dialog = waitForDialog<CreditNoteImportDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->clientCombo()->setCurrentIndex(dialog->clientCombo()->findData(QStringLiteral("ACME")));
    dialog->fileEdit()->setFocus();
    typeInto(dialog->fileEdit(), path);
    QTest::keyClick(dialog->fileEdit(), Qt::Key_Return); // checks the file
    QCOMPARE(dialog->previewTable()->rowCount(), 3);
    QVERIFY(!dialog->importButton()->isEnabled());
    const QString line3 = dialog->previewTable()->item(1, 6)->text();
    QVERIFY2(line3.startsWith(QLatin1String("amount: ")), qPrintable(line3));
    QCOMPARE(dialog->previewTable()->item(1, 0)->text(), QStringLiteral("3"));
    const QString line4 = dialog->previewTable()->item(2, 6)->text();
    QVERIFY2(line4.startsWith(QLatin1String("date: ")), qPrintable(line4));
    QVERIFY(dialog->previewTable()->item(0, 6)->text().isEmpty());
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("2 line(s) refused")));
    screenshot(dialog, QStringLiteral("creditnoteimport-refused"));
    QCOMPARE(b.open(QStringLiteral("INV-1")), 100000); // nothing stored by the check

    write("invoice_no,amount,date,reference\n"
          "INV-1,100.00,2026-03-05,CN-1\n"
          "INV-3,90.00,2026-03-05,CN-2\n");
    QVERIFY(dialog->checkButton()->isEnabled());
    dialog->checkButton()->click();
    QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->errorLabel()->message()));
    QVERIFY(dialog->importButton()->isDefault());
    screenshot(dialog, QStringLiteral("creditnoteimport-ready"));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->importButton());
    QTest::keyClick(dialog->importButton(), Qt::Key_Return); // Import, the default
    QVERIFY2(dialog->importedIds().size() == 2, qPrintable(dialog->errorLabel()->message()));
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("2 credit note(s) imported")));
    QCOMPARE(b.open(QStringLiteral("INV-1")), 90000);
    QCOMPARE(b.open(QStringLiteral("INV-3")), 21000);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view.findChild<CreditNoteImportDialog *>());
}

void tst_GuiCollectionActions::buybackPayment()
{
    ActionBooks b;
    ChargebackInput cb;
    cb.clientCode = QStringLiteral("ACME");
    cb.invoiceNo = QStringLiteral("INV-2");
    cb.reason = QStringLiteral("debtor refuses");
    ChargebackService(b.books.db()).chargeBack(b.books.manager, cb);
    const Money owed = ChargebackService(b.books.db()).recourseOwed(QStringLiteral("ACME"));
    QVERIFY(owed.isPositive());

    ClientsView analyst(AppContext{&b.books.db(), b.books.analyst});
    QVERIFY(!analyst.buybackButton()->isEnabled());
    QVERIFY(analyst.buybackButton()->toolTip().contains(QLatin1String("Clerks and managers")));

    ClientsView view(AppContext{&b.books.db(), b.books.clerk});
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QVERIFY(view.selectClient(QStringLiteral("ACME")));
    view.buybackButton()->click();
    auto *dialog = waitForDialog<BuybackPaymentDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->clientCombo()->currentData().toString(), QStringLiteral("ACME"));
    QVERIFY(dialog->owedLabel()->text().contains(owed.toLocaleString()));
    QVERIFY(!dialog->recordButton()->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->amountEdit());
    typeInto(dialog->amountEdit(), QStringLiteral("abc"));
    QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
    QVERIFY(dialog->errorLabel()->message().contains(QLatin1String("Amount")));
    QCOMPARE(dialog->paymentId(), qint64(0));
    dialog->amountEdit()->clear();
    typeInto(dialog->amountEdit(), Money::fromMinor(50000, kEur).toLocaleString());
    QTest::keyClick(dialog->amountEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->dateEdit());
    // Tab walks the date's sections (day, month, year), then on to the reference.
    for (int i = 0; i < 4 && QApplication::focusWidget() != dialog->referenceEdit(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->referenceEdit());
    typeInto(dialog->referenceEdit(), QStringLiteral("BB-7"));
    screenshot(dialog, QStringLiteral("buyback"));
    QTest::keyClick(dialog->referenceEdit(), Qt::Key_Return);
    QVERIFY2(dialog->paymentId() > 0, qPrintable(dialog->errorLabel()->message()));
    QVERIFY(dialog->resultLabel()->text().contains(QLatin1String("recorded")));
    QCOMPARE(ChargebackService(b.books.db()).recourseOwed(QStringLiteral("ACME")).minor(),
             owed.minor() - 50000);
    screenshot(dialog, QStringLiteral("buyback-done"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view.findChild<BuybackPaymentDialog *>());
}

void tst_GuiCollectionActions::insolventAndCreditLosses()
{
    ActionBooks b(false); // without recourse: the approved part is the factor's loss
    DebtorsView clerk(AppContext{&b.books.db(), b.books.clerk});
    clerk.refresh();
    QVERIFY(clerk.selectDebtor(QStringLiteral("BUYER1")));
    QVERIFY(!clerk.insolventButton()->isEnabled());
    QVERIFY(clerk.insolventButton()->toolTip().contains(QLatin1String("Only managers")));

    DebtorsView view(AppContext{&b.books.db(), b.books.manager});
    view.resize(1100, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QVERIFY(view.selectDebtor(QStringLiteral("BUYER1")));
    QVERIFY(view.insolventButton()->isEnabled());
    screenshot(&view, QStringLiteral("debtorsview"));
    view.insolventButton()->click();
    auto *dialog = waitForDialog<InsolvencyDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(!dialog->markButton()->isEnabled()); // not before the confirmation
    dialog->dateEdit()->setDate(QDate(2026, 3, 1));
    dialog->confirmBox()->setFocus();
    QTest::keyClick(dialog->confirmBox(), Qt::Key_Space);
    QVERIFY(dialog->markButton()->isEnabled());
    screenshot(dialog, QStringLiteral("insolvency"));
    QTest::keyClick(dialog->confirmBox(), Qt::Key_Return);
    QVERIFY2(dialog->resultLabel()->isVisible(), qPrintable(dialog->errorLabel()->message()));
    QVERIFY(dialog->resultLabel()->text().contains(QLatin1String("insolvent since")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view.findChild<InsolvencyDialog *>());
    QCOMPARE(view.model()->debtorAt(view.model()->rowOf(b.f.debtorA)).status,
             DebtorStatus::Insolvent);
    QVERIFY(view.selectDebtor(QStringLiteral("BUYER1")));
    QVERIFY(!view.insolventButton()->isEnabled()); // insolvent already

    CollectionsView clerkCollections(AppContext{&b.books.db(), b.books.clerk});
    QVERIFY(!clerkCollections.creditLossButton()->isEnabled());
    QVERIFY(clerkCollections.creditLossButton()->toolTip().contains(QLatin1String("managers")));
    CollectionsView collections(AppContext{&b.books.db(), b.books.manager});
    collections.show();
    QVERIFY(QTest::qWaitForWindowExposed(&collections));
    collections.creditLossButton()->click();
    auto *run = waitForDialog<RecourseRunDialog>(&collections);
    QVERIFY(run);
    QVERIFY(QTest::qWaitForWindowActive(run));
    QVERIFY(run->runButton()->isDefault());
    QTRY_COMPARE(QApplication::focusWidget(), run->dateEdit());
    QTest::keyClick(run->dateEdit(), Qt::Key_Return);
    QVERIFY2(!run->runButton()->isVisible(), qPrintable(run->errorLabel()->message()));
    QCOMPARE(run->table()->rowCount(), 2); // INV-1 and INV-2 of BUYER1
    QVERIFY(run->summaryLabel()->text().contains(QLatin1String("2 invoice(s)")));
    QCOMPARE(b.open(QStringLiteral("INV-1")), 0);
    screenshot(run, QStringLiteral("creditlosses"));
    QTest::keyClick(run, Qt::Key_Escape);
    QTRY_VERIFY(!collections.findChild<RecourseRunDialog *>());
}

void tst_GuiCollectionActions::chargeBackOverdue()
{
    ActionBooks b;
    // INV-3 (due 10 March) and INV-1 (due 20 March) are past their 90 days of recourse on
    // 1 July; INV-2 (due 20 April) is not.
    qputenv("FACTORDESK_TODAY", "2026-07-01");
    const QList<RecourseDue> due =
        ChargebackService(b.books.db()).dueForRecourse(QDate(2026, 7, 1));
    QCOMPARE(due.size(), qsizetype(2));

    CollectionsView clerk(AppContext{&b.books.db(), b.books.clerk});
    QVERIFY(!clerk.chargeBackOverdueButton()->isEnabled());
    QVERIFY(clerk.chargeBackOverdueButton()->toolTip().contains(QLatin1String("Only managers")));

    CollectionsView view(AppContext{&b.books.db(), b.books.manager});
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    screenshot(&view, QStringLiteral("collectionsview"));
    view.chargeBackOverdueButton()->click();
    auto *dialog = waitForDialog<RecourseRunDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Listed first, nothing charged back yet.
    QCOMPARE(dialog->table()->rowCount(), 2);
    QCOMPARE(dialog->table()->item(0, 1)->text(), QStringLiteral("INV-3"));
    QVERIFY(dialog->runButton()->text().contains(QLatin1String("2 invoice(s)")));
    QCOMPARE(b.open(QStringLiteral("INV-3")), 30000);
    // An earlier day lists less.
    dialog->dateEdit()->setDate(QDate(2026, 6, 10));
    QCOMPARE(dialog->table()->rowCount(), 1);
    dialog->dateEdit()->setDate(QDate(2026, 7, 1));
    screenshot(dialog, QStringLiteral("chargebackoverdue"));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return); // the default button confirms
    QVERIFY2(!dialog->runButton()->isVisible(), qPrintable(dialog->errorLabel()->message()));
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("2 invoice(s) charged back")));
    QCOMPARE(b.open(QStringLiteral("INV-3")), 0);
    QCOMPARE(b.open(QStringLiteral("INV-1")), 0);
    QCOMPARE(b.open(QStringLiteral("INV-2")), 250000);
    QVERIFY(ChargebackService(b.books.db()).dueForRecourse(QDate(2026, 7, 1)).isEmpty());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view.findChild<RecourseRunDialog *>());
}

void tst_GuiCollectionActions::debtorsSortByDaysAndDilution()
{
    ActionBooks b;
    PurchaseFixture::addDebtor(b.books, QStringLiteral("BUYER3"), QStringLiteral("Buyer Three"),
                               100000);
    qputenv("FACTORDESK_TODAY", "2026-04-01");
    // BUYER2 was credited 30.00 of the 300.00 bought (10 %) and paid the rest after 10 days;
    // BUYER1 paid INV-1 after 13 days and INV-2 after 40, and was credited nothing (0 %).
    CreditNoteInput cn;
    cn.clientCode = QStringLiteral("ACME");
    cn.invoiceNo = QStringLiteral("INV-3");
    cn.amount = Money::fromMinor(3000, kEur);
    cn.date = QDate(2026, 3, 2);
    CreditNoteService(b.books.db()).add(b.books.clerk, cn);
    b.pay(b.f.debtorB, 27000, QDate(2026, 3, 2), QStringLiteral("INV-3"));
    b.pay(b.f.debtorA, 100000, QDate(2026, 3, 5), QStringLiteral("INV-1"));
    b.pay(b.f.debtorA, 250000, QDate(2026, 4, 1), QStringLiteral("INV-2"));

    DebtorsView view(AppContext{&b.books.db(), b.books.analyst});
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    const auto order = [&] {
        QStringList codes;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            codes << view.model()->debtorAt(r).code;
        return codes;
    };
    const int days = int(DebtorTableModel::Column::DaysToPay);
    const int dilution = int(DebtorTableModel::Column::Dilution);
    // BUYER1: (1000 × 13 + 2500 × 40) / 3500 = 32.3 days; BUYER2: 10.0; BUYER3: nothing.
    const auto sortValue = [&](qint64 debtor, int column) {
        return view.model()->index(view.model()->rowOf(debtor), column).data(ItemRoles::SortRole);
    };
    QCOMPARE(sortValue(b.f.debtorA, days).toLongLong(), qint64(323));
    QCOMPARE(sortValue(b.f.debtorB, days).toLongLong(), qint64(100));
    QCOMPARE(sortValue(b.f.debtorB, dilution).toLongLong(), qint64(100000));
    QCOMPARE(sortValue(b.f.debtorA, dilution).toLongLong(), qint64(0));
    view.table()->horizontalHeader()->setSortIndicator(days, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{QStringLiteral("BUYER2"), QStringLiteral("BUYER1"),
                                   QStringLiteral("BUYER3")}));
    view.table()->horizontalHeader()->setSortIndicator(days, Qt::DescendingOrder);
    QCOMPARE(order(), (QStringList{QStringLiteral("BUYER1"), QStringLiteral("BUYER2"),
                                   QStringLiteral("BUYER3")}));
    view.table()->horizontalHeader()->setSortIndicator(dilution, Qt::DescendingOrder);
    // BUYER3 was sold nothing: no dilution to show, last either way.
    QCOMPARE(order(), (QStringList{QStringLiteral("BUYER2"), QStringLiteral("BUYER1"),
                                   QStringLiteral("BUYER3")}));
    QVERIFY(!sortValue(view.model()->debtorAt(2).id, dilution).isValid());
    view.table()->horizontalHeader()->setSortIndicator(dilution, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{QStringLiteral("BUYER1"), QStringLiteral("BUYER2"),
                                   QStringLiteral("BUYER3")}));
    // Back to a column SQL sorts.
    view.table()->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{QStringLiteral("BUYER1"), QStringLiteral("BUYER2"),
                                   QStringLiteral("BUYER3")}));
}

void tst_GuiCollectionActions::shortPaymentDisputeShowsAtOnce()
{
    ActionBooks b;
    const qint64 receipt = b.pay(b.f.debtorA, 90000, QDate(2026, 3, 19), QStringLiteral("INV-1"));
    MainWindow window(AppContext{&b.books.db(), b.books.clerk});
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showView(QStringLiteral("disputes")));
    auto *disputes = qobject_cast<DisputesView *>(window.view(QStringLiteral("disputes")));
    QVERIFY(disputes);
    QCOMPARE(disputes->model()->rowCount(), 0);

    QVERIFY(window.showView(QStringLiteral("cash-posting")));
    auto *cash = qobject_cast<CashPostingView *>(window.view(QStringLiteral("cash-posting")));
    QVERIFY(cash);
    QVERIFY(cash->selectReceipt(receipt));
    QVERIFY(cash->shortPaymentAction()->isEnabled());
    cash->shortPaymentAction()->trigger();
    auto *dialog = waitForDialog<ShortPaymentDialog>(cash);
    QVERIFY(dialog);
    QVERIFY(dialog->disputeButton()->isChecked());
    dialog->textEdit()->setText(QStringLiteral("price difference"));
    QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
    QTRY_VERIFY(!cash->findChild<ShortPaymentDialog *>());

    QVERIFY(window.showView(QStringLiteral("disputes")));
    QCOMPARE(disputes->model()->rowCount(), 1);
    QCOMPARE(disputes->model()->index(0, 0).data().toString(), QStringLiteral("INV-1"));
    const QList<Dispute> open = DisputeService(b.books.db()).list(true);
    QCOMPARE(open.size(), qsizetype(1));
    QCOMPARE(open.first().receiptId, receipt);
    QVERIFY(disputes->selectDispute(open.first().id));
}

QTEST_MAIN(tst_GuiCollectionActions)
#include "tst_gui_collectionactions.moc"
