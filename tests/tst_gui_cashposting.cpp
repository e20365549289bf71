// The Cash posting view driven through its real widgets, offscreen: a clerk keys a day's
// cheques without the mouse ("Post and next"), splits one over two invoices, confirms a
// suggestion from an imported camt.053 sample, and cancels an import from the progress dialog
// (nothing stored); an analyst reads but may not post.
#include "applycashdialog.h"
#include "camtreader.h"
#include "cashpostingview.h"
#include "creditnoteservice.h"
#include "disputeservice.h"
#include "factorprofileservice.h"
#include "purchasefixture.h"
#include "receiptapplicationsmodel.h"
#include "receiptdialog.h"
#include "receiptimportdialog.h"
#include "receiptsmodel.h"
#include "shortpaymentdialog.h"
#include "sqlquery.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const QString kSample = QStringLiteral(FACTORDESK_SOURCE_DIR
                                       "/tests/data/iso20022/de_vrbank-rottal-inn_camt053_v02.xml");

struct CashBooks
{
    TestBooks books;
    PurchaseFixture f;
    CashBooks()
    {
        f = PurchaseFixture::create(books);
        f.buy(books,
              {PurchaseFixture::line(QStringLiteral("INV-0042"), QStringLiteral("BUYER1"),
                                     QStringLiteral("1000.00")),
               PurchaseFixture::line(QStringLiteral("INV-0043"), QStringLiteral("BUYER1"),
                                     QStringLiteral("2500.00"), QStringLiteral("2026-02-21")),
               PurchaseFixture::line(QStringLiteral("INV-0044"), QStringLiteral("BUYER1"),
                                     QStringLiteral("800.00"), QStringLiteral("2026-02-22")),
               PurchaseFixture::line(QStringLiteral("INV-77"), QStringLiteral("BUYER2"),
                                     QStringLiteral("300.00"))});
    }
    // The factor's account is the sample's, as a real factor's would be.
    void useAccount(const QString &account)
    {
        FactorProfileService profiles(books.db());
        FactorProfile p = profiles.profile();
        p.name = QStringLiteral("Test Factor");
        p.bankAccount = account;
        profiles.setProfile(books.admin, p);
    }
    qint64 open(const QString &invoiceNo)
    {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT open_balance FROM invoices WHERE invoice_no = ?"))
            .bind(invoiceNo)
            .scalar()
            .toLongLong();
    }
    qint64 count(const char *table)
    {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .scalar()
            .toLongLong();
    }
};

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

// FACTORDESK_SCREENSHOTS=DIR saves what the clerk sees at each step (for looking at the layout).
void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FACTORDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Keys go where a user's would: to an open completer popup, else to the focused widget.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    // The offscreen platform may leave no window active after a popup closed: the field that
    // had the focus in the dialog is where the next key goes.
    QWidget *modal = QApplication::activeModalWidget();
    return modal ? modal->focusWidget() : nullptr;
}
void type(const QString &text)
{
    QTest::keyClicks(keyTarget(), text);
}
void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(), k, modifiers);
}

// One cheque, field by field as a clerk keys it: debtor, amount, (date), reference, invoices.
void keyCheque(const QString &debtor, const QString &amount, const QString &reference,
               const QString &invoices)
{
    type(debtor);
    key(Qt::Key_Tab);
    type(amount);
    key(Qt::Key_Tab); // the value date: today
    key(Qt::Key_Tab);
    type(reference);
    key(Qt::Key_Tab);
    type(invoices);
    key(Qt::Key_Return);
}

} // namespace

class tst_GuiCashPosting : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-03-20"); }
    void keyChequesAndSplit();
    void confirmImportedSuggestion();
    void cancelImportStoresNothing();
    void analystReadsOnly();
    void shortPaymentByKeyboard();
};

void tst_GuiCashPosting::keyChequesAndSplit()
{
    CashBooks b;
    CashPostingView view(AppContext{&b.books.db(), b.books.clerk});
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
    QCOMPARE(view.model()->rowCount(), 0);

    QTest::keyClick(view.table(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForDialog<ReceiptDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->debtorEdit());
    QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 3, 20));

    // A bad amount is refused naming the field; nothing is posted, nothing typed is lost.
    keyCheque(QStringLiteral("BUYER2"), QStringLiteral("3OO"), QStringLiteral("cheque 101"),
              QStringLiteral("INV-77"));
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->message().startsWith(QLatin1String("amount:")),
             qPrintable(dialog->errorLabel()->message()));
    QCOMPARE(dialog->focusWidget(), dialog->amountEdit());
    QCOMPARE(dialog->referenceEdit()->text(), QStringLiteral("cheque 101"));
    type(QStringLiteral("300.00"));
    key(Qt::Key_Return);
    QCOMPARE(dialog->postedIds().size(), 1);
    QVERIFY(dialog->errorLabel()->message().isEmpty());
    // Post and next: the form is empty again, the debtor field has the focus.
    QCOMPARE(dialog->focusWidget(), dialog->debtorEdit());
    QVERIFY(dialog->amountEdit()->text().isEmpty());

    // By reference (matched), and one the matcher can only suggest.
    keyCheque(QStringLiteral("buyer1"), QStringLiteral("1000.00"), QStringLiteral("INV-0042"), {});
    keyCheque(QStringLiteral("BUYER1"), QStringLiteral("1500.00"), QStringLiteral("cheque 103"),
              {});
    QVERIFY2(dialog->postedIds().size() == 3, qPrintable(dialog->errorLabel()->message()));
    const qint64 third = dialog->postedIds().last();
    shot(dialog, QStringLiteral("receiptdialog"));
    key(Qt::Key_Escape);
    QTRY_VERIFY(!view.findChild<ReceiptDialog *>());

    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(b.open(QStringLiteral("INV-77")), 0);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 0);
    QVERIFY(view.selectReceipt(third));
    QCOMPARE(view.selectedReceipt()->status, ReceiptStatus::Suggested);
    QCOMPARE(view.applicationsModel()->rowCount(), 1);
    QVERIFY(view.confirmAction()->isEnabled());
    shot(&view, QStringLiteral("cashposting"));

    // Split the third over two invoices: Enter on the row opens Apply.
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Return);
    auto *apply = waitForDialog<ApplyCashDialog>(&view);
    QVERIFY(apply);
    QVERIFY(QTest::qWaitForWindowActive(apply));
    QTRY_VERIFY(QApplication::focusWidget() == apply->amountEdit(0));
    const int row43 = apply->rowOf(QStringLiteral("INV-0043"));
    const int row44 = apply->rowOf(QStringLiteral("INV-0044"));
    QVERIFY(row43 >= 0 && row44 >= 0);
    QCOMPARE(apply->rowOf(QStringLiteral("INV-0042")), -1); // paid: not open any more
    QCOMPARE(apply->amountEdit(row43)->text(), QStringLiteral("1,500.00")); // the suggestion
    QCOMPARE(apply->focusWidget(), apply->amountEdit(row43));
    type(QStringLiteral("1000"));
    key(Qt::Key_Tab);
    // The last amount defaults to what is left.
    QCOMPARE(apply->focusWidget(), apply->amountEdit(row44));
    QCOMPARE(apply->amountEdit(row44)->text(), QStringLiteral("500.00"));
    shot(apply, QStringLiteral("applycash"));
    // More than the receipt is refused in the dialog.
    type(QStringLiteral("800"));
    key(Qt::Key_Return);
    QVERIFY(apply->isVisible());
    QVERIFY2(apply->errorLabel()->message().contains(QLatin1String("1,500.00")),
             qPrintable(apply->errorLabel()->message()));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("500"));
    key(Qt::Key_Return);
    QTRY_VERIFY(!view.findChild<ApplyCashDialog *>());
    QCOMPARE(b.open(QStringLiteral("INV-0043")), 150000);
    QCOMPARE(b.open(QStringLiteral("INV-0044")), 30000);
    QCOMPARE(view.selectedReceipt()->id, third);
    QCOMPARE(view.selectedReceipt()->status, ReceiptStatus::Applied);
    QCOMPARE(view.applicationsModel()->rowCount(), 2);
    QVERIFY(!view.applyAction()->isEnabled());
}

void tst_GuiCashPosting::confirmImportedSuggestion()
{
    CashBooks b;
    const BankFile file = CamtReader::readFile(kSample);
    b.useAccount(file.statements.first().account);
    // BUYER1 is known to pay from the account of the sample's first booked credit.
    QString account;
    for (const BankTransaction &t : file.statements.first().transactions)
        if (account.isEmpty() && t.credit && !t.reversal && t.isBooked() && t.problem.isEmpty())
            account = t.counterpartyAccount;
    QVERIFY(!account.isEmpty());
    SqlQuery(b.books.db(), QStringLiteral("INSERT INTO debtor_aliases (kind, value, debtor_id, "
                                          "created_at) VALUES ('account', ?, ?, ?)"))
        .bind(account)
        .bind(b.f.debtorA)
        .bind(QStringLiteral("2026-03-01T00:00:00.000Z"))
        .exec();

    CashPostingView view(AppContext{&b.books.db(), b.books.clerk});
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.importBankFile(kSample));
    auto *summary = waitForDialog<ReceiptImportDialog>(&view);
    QVERIFY(summary);
    QVERIFY2(summary->countsLabel()->text().contains(QLatin1String("Suggestions")),
             qPrintable(summary->countsLabel()->text()));
    shot(summary, QStringLiteral("importsummary"));
    QTest::keyClick(summary, Qt::Key_Escape);
    QTRY_VERIFY(!view.findChild<ReceiptImportDialog *>());
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));

    view.statusCombo()->setFocus();
    view.statusCombo()->setCurrentIndex(
        view.statusCombo()->findData(receiptStatusName(ReceiptStatus::Suggested)));
    QVERIFY(view.model()->rowCount() >= 1);
    QVERIFY(view.selectReceipt(view.model()->receipt(0).id));
    const Receipt before = *view.selectedReceipt();
    shot(&view, QStringLiteral("cashposting-imported"));
    QVERIFY(!before.applications.isEmpty());
    const QString invoice = before.applications.first().invoiceNo;
    const qint64 openBefore = b.open(invoice);
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(view.messageLabel()->message().isEmpty(), qPrintable(view.messageLabel()->message()));
    const Receipt after = ReceiptService(b.books.db()).get(before.id);
    QVERIFY(after.status != ReceiptStatus::Suggested);
    QCOMPARE(after.applied,
             before.applications.first().amount +
                 (before.applications.size() > 1 ? before.applications.at(1).amount
                                                 : Money::fromMinor(0, before.amount.currency())));
    QCOMPARE(b.open(invoice), openBefore - before.applications.first().amount.minor());
}

void tst_GuiCashPosting::cancelImportStoresNothing()
{
    CashBooks b;
    b.useAccount(CamtReader::readFile(kSample).statements.first().account);
    const qint64 entries = b.count("journal_entries");
    CashPostingView view(AppContext{&b.books.db(), b.books.clerk});
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    bool clicked = false;
    QTimer cancel;
    cancel.setInterval(0);
    connect(&cancel, &QTimer::timeout, &view, [&] {
        auto *progress = view.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        if (!progress || !progress->isVisible() || clicked)
            return;
        auto *button = progress->findChild<QPushButton *>();
        QVERIFY(button);
        clicked = true;
        QTest::mouseClick(button, Qt::LeftButton);
    });
    cancel.start();
    QVERIFY(!view.importBankFile(kSample));
    cancel.stop();
    QVERIFY(clicked);
    QVERIFY2(view.messageLabel()->message().contains(QLatin1String("cancelled")),
             qPrintable(view.messageLabel()->message()));
    QVERIFY(!view.findChild<ReceiptImportDialog *>());
    QCOMPARE(b.count("receipts"), 0);
    QCOMPARE(b.count("bank_imports"), 0);
    QCOMPARE(b.count("journal_entries"), entries);
    QCOMPARE(view.model()->rowCount(), 0);
    // The same file imports afterwards: nothing of the cancelled attempt was kept.
    QVERIFY(view.importBankFile(kSample));
    QVERIFY(b.count("receipts") > 0);
}

void tst_GuiCashPosting::analystReadsOnly()
{
    CashBooks b;
    ReceiptInput in;
    in.debtorId = b.f.debtorA;
    in.amount = Money::fromMinor(70000, Currency(QStringLiteral("EUR")));
    in.date = QDate(2026, 3, 19);
    const qint64 id = ReceiptService(b.books.db()).add(b.books.clerk, in);
    CashPostingView view(AppContext{&b.books.db(), b.books.analyst});
    view.show();
    QVERIFY(view.selectReceipt(id));
    for (QAction *a :
         {view.importAction(), view.newReceiptAction(), view.confirmAction(), view.applyAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY(!view.buttonFor(a)->isEnabled());
        QVERIFY(view.buttonFor(a)->toolTip().contains(QLatin1String("Clerks and managers")));
    }
    QTest::keyClick(view.table(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!view.findChild<ReceiptDialog *>());
    // The same receipt for a clerk: a suggestion to confirm, cash to apply.
    CashPostingView clerkView(AppContext{&b.books.db(), b.books.clerk});
    QVERIFY(clerkView.selectReceipt(id));
    QVERIFY(clerkView.confirmAction()->isEnabled());
    QVERIFY(clerkView.applyAction()->isEnabled());
}

// A cheque of 900.00 on INV-0042 (1,000.00): the clerk says, without the mouse, that the
// debtor deducted the 100.00 for price (a dispute tied to the receipt); then a second cheque
// short by a credit note the client issued, which takes the invoice down.
void tst_GuiCashPosting::shortPaymentByKeyboard()
{
    CashBooks b;
    ReceiptInput in;
    in.debtorId = b.f.debtorA;
    in.amount = Money::fromMinor(90000, Currency(QStringLiteral("EUR")));
    in.date = QDate(2026, 3, 19);
    in.invoiceNos = {QStringLiteral("INV-0042")};
    const qint64 id = ReceiptService(b.books.db()).add(b.books.clerk, in);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 10000);
    CashPostingView view(AppContext{&b.books.db(), b.books.clerk});
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.selectReceipt(id));
    QVERIFY(view.shortPaymentAction()->isEnabled());
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = waitForDialog<ShortPaymentDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->invoiceCount(), 1);
    QVERIFY(dialog->disputeButton()->isChecked());
    QCOMPARE(dialog->amountEdit()->text(),
             Money::fromMinor(10000, Currency(QStringLiteral("EUR"))).toLocaleString());
    QCOMPARE(dialog->reasonCombo()->currentData().toString(), QStringLiteral("PRICE"));
    dialog->textEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), dialog->textEdit());
    type(QStringLiteral("price difference"));
    QCOMPARE(dialog->textEdit()->text(), QStringLiteral("price difference"));
    key(Qt::Key_Return);
    QTRY_VERIFY(!view.findChild<ShortPaymentDialog *>());
    const QList<Dispute> disputes = DisputeService(b.books.db()).list(true);
    QCOMPARE(disputes.size(), qsizetype(1));
    QCOMPARE(disputes.first().amount.minor(), 10000);
    QCOMPARE(disputes.first().receiptId, id);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 10000); // a dispute posts nothing

    // Short by a credit note: INV-0044 (800.00) paid 750.00, the client credits 50.00.
    in.amount = Money::fromMinor(75000, Currency(QStringLiteral("EUR")));
    in.invoiceNos = {QStringLiteral("INV-0044")};
    const qint64 second = ReceiptService(b.books.db()).add(b.books.clerk, in);
    view.refresh();
    QVERIFY(view.selectReceipt(second));
    // (The offscreen platform leaves no window active once a dialog closed: the shortcut,
    // proven above, is the action's.)
    view.shortPaymentAction()->trigger();
    dialog = waitForDialog<ShortPaymentDialog>(&view);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->creditNoteButton()->setFocus();
    QTest::keyClick(dialog->creditNoteButton(), Qt::Key_Space);
    QVERIFY(dialog->creditNoteButton()->isChecked());
    QVERIFY(!dialog->reasonCombo()->isEnabled());
    dialog->textEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), dialog->textEdit());
    type(QStringLiteral("CN-17"));
    key(Qt::Key_Return);
    QTRY_VERIFY(!view.findChild<ShortPaymentDialog *>());
    QCOMPARE(b.open(QStringLiteral("INV-0044")), 0);
    QCOMPARE(b.count("credit_notes"), 1);
    // An analyst may not.
    CashPostingView analyst(AppContext{&b.books.db(), b.books.analyst});
    QVERIFY(analyst.selectReceipt(id));
    QVERIFY(!analyst.shortPaymentAction()->isEnabled());
}

QTEST_MAIN(tst_GuiCashPosting)
#include "tst_gui_cashposting.moc"
