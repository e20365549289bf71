// The schedule dialog driven as a manager and as a clerk: lines with their checks and split,
// approve, fund, reject through the real buttons.
#include "auditlog.h"
#include "creditservice.h"
#include "datatable.h"
#include "debtorservice.h"
#include "errorlabel.h"
#include "funddialog.h"
#include "invoicesview.h"
#include "invoicetablemodel.h"
#include "ledger.h"
#include "purchasefixture.h"
#include "reasondatedialog.h"
#include "recorddialogs.h"
#include "savedfilenotice.h"
#include "scheduledialog.h"
#include "scheduleimportservice.h"
#include "schedulelinemodel.h"
#include "schedulequery.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_ScheduleDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void managerApprovesAndFunds();
    void clerkSeesNoActs();
    void managerRejects();
    void overrideShowsAtOnce();
    void invoiceOpensWithHistory();
    void managerUnfunds();
    void verifyAndFundAnyway();

private:
    int m_confirmed = 0;
    QStringList m_unexpected;
    static qint64 importSchedule(TestBooks &books, const PurchaseFixture &f)
    {
        ScheduleImportOptions options;
        options.date = f.date;
        return ScheduleImportService(books.db())
            .importLines(books.clerk, f.clientId,
                         {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                                QStringLiteral("1000000.00")),
                          PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER2"),
                                                QStringLiteral("1001.01"))},
                         options)
            .schedule.id;
    }
};

void tst_ScheduleDialog::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2026-03-02");
    // Every modal is driven: a question (Yes) is confirmed as a user would; a dialog a test
    // answers itself (QTimer::singleShot) gets two seconds; anything else left open would wait
    // for a click that never comes, so it is closed and named in m_unexpected (which fails
    // the test that checks it) instead of hanging the run.
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [this] {
        static QPointer<QWidget> seen;
        static QElapsedTimer since;
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box && box->button(QMessageBox::Yes)) {
            ++m_confirmed;
            box->button(QMessageBox::Yes)->click();
            return;
        }
        if (modal != seen) {
            seen = modal;
            since.start();
            return;
        }
        if (since.elapsed() < 2000)
            return;
        m_unexpected << (box ? box->text()
                             : QString::fromLatin1(modal->metaObject()->className()) +
                                   QStringLiteral(": ") + modal->windowTitle());
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    watch->start(50);
}

// A modal the watcher had to close fails the test that left it open.
void tst_ScheduleDialog::cleanup()
{
    const QStringList unexpected = std::exchange(m_unexpected, {});
    QCOMPARE(unexpected, QStringList());
}

void tst_ScheduleDialog::managerApprovesAndFunds()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    const qint64 id = importSchedule(books, f);
    ScheduleDialog dialog(AppContext{&books.db(), books.manager}, id);
    dialog.show();
    QAbstractItemModelTester tester(dialog.lineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.lineModel()->rowCount(), 2);
    QCOMPARE(dialog.table()->model()->rowCount(), 2);
    QVERIFY(dialog.approveButton()->isVisible());
    QVERIFY(dialog.approveButton()->isEnabled());
    QVERIFY(!dialog.fundButton()->isEnabled()); // approve first

    QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
    QCOMPARE(dialog.schedule().status, ScheduleStatus::Approved);
    QVERIFY(dialog.fundButton()->isEnabled());
    QTest::mouseClick(dialog.fundButton(), Qt::LeftButton);
    // Fund shows what is paid and takes a date; an ordinary purchase at the agreement's
    // advance rate on a new client stays within its availability: no reason is asked.
    FundDialog *fund = nullptr;
    QTRY_VERIFY((fund = dialog.findChild<FundDialog *>()) && fund->isVisible());
    const QLocale locale;
    QCOMPARE(fund->valueText(QStringLiteral("net")),
             QStringLiteral("EUR ") +
                 Money::localized(fund->preview().totals.netPayment.minor(), locale, 2));
    QVERIFY(fund->preview().totals.netPayment.isPositive());
    QCOMPARE(fund->dateEdit()->date(), f.date);
    QVERIFY(!fund->preview().overAvailability.isPositive());
    QVERIFY(fund->preview().after.available.isNegative()); // by the commission it earns
    QVERIFY(!fund->findChild<ErrorLabel *>(QStringLiteral("overAvailability"))->isVisible());
    QVERIFY(!fund->reasonEdit()->isVisible());
    QVERIFY(fund->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    if (!qEnvironmentVariable("FACTORDESK_KEEP_REPORTS").isEmpty())
        fund->grab().save(qEnvironmentVariable("FACTORDESK_KEEP_REPORTS") +
                          QStringLiteral("/fund-dialog.png"));
    QTest::mouseClick(fund->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_unexpected, QStringList());
    QTRY_COMPARE(dialog.schedule().status, ScheduleStatus::Funded);
    QVERIFY(!dialog.approveButton()->isEnabled());

    // Seed 003 on the first line plus an odd-cent line: the books tie to the cent.
    const Schedule s = ScheduleQuery(books.db()).schedule(id, true);
    QCOMPARE(s.totals.face.minor(), qint64(100100101));
    QCOMPARE(s.totals.advance + s.totals.commission + s.totals.reserve, s.totals.face);
    QCOMPARE(s.lines.first().advance.minor(), qint64(93000000));
    QCOMPARE(s.lines.first().commission.minor(), qint64(2000000));
    QCOMPARE(s.lines.first().reserve.minor(), qint64(5000000));
    JournalService journal(books.db());
    QCOMPARE(journal.balance(Accounts::factoredReceivables(), f.date), s.totals.face.minor());
    QCOMPARE(-journal.balance(Accounts::clientReserves(), f.date), s.totals.reserve.minor());
}

void tst_ScheduleDialog::clerkSeesNoActs()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    const qint64 id = importSchedule(books, f);
    ScheduleDialog dialog(AppContext{&books.db(), books.clerk}, id);
    dialog.show();
    // A clerk sees the manager's acts, disabled, with a tooltip saying why.
    for (QPushButton *b : {dialog.approveButton(), dialog.fundButton(), dialog.rejectButton(),
                           dialog.overrideButton()}) {
        QVERIFY(b->isVisible());
        QVERIFY(!b->isEnabled());
        QVERIFY(b->toolTip().contains(QStringLiteral("manager")));
    }
    QCOMPARE(ScheduleQuery(books.db()).schedule(id, false).status, ScheduleStatus::Submitted);
}

void tst_ScheduleDialog::managerRejects()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    const qint64 id = importSchedule(books, f);
    ScheduleDialog dialog(AppContext{&books.db(), books.manager}, id);
    QVERIFY(dialog.reject(QStringLiteral("Client asked to withdraw the schedule")));
    QCOMPARE(dialog.schedule().status, ScheduleStatus::Rejected);
    QVERIFY(!dialog.fundButton()->isEnabled());
    QCOMPARE(dialog.totalText(QStringLiteral("net")), QStringLiteral("—"));
    QCOMPARE(JournalService(books.db()).balance(Accounts::factoredReceivables(), f.date),
             qint64(0));
}

void tst_ScheduleDialog::overrideShowsAtOnce()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    Debtor d;
    d.code = QStringLiteral("NOLIM");
    d.name = QStringLiteral("No Limit GmbH");
    const qint64 debtor = DebtorService(books.db()).add(books.clerk, d);
    DebtorService(books.db()).linkClient(books.clerk, debtor, f.clientId);
    ScheduleImportOptions options;
    options.date = f.date;
    const qint64 id =
        ScheduleImportService(books.db())
            .importLines(books.clerk, f.clientId,
                         {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                                QStringLiteral("1000.00")),
                          PurchaseFixture::line(QStringLiteral("INV-9"), QStringLiteral("NOLIM"),
                                                QStringLiteral("1234.50"))},
                         options)
            .schedule.id;
    ScheduleDialog dialog(AppContext{&books.db(), books.manager}, id);
    dialog.resize(1100, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QLocale locale;
    QCOMPARE(dialog.totalText(QStringLiteral("eligible")), Money::localized(100000, locale, 2));
    // The override column is on screen, not behind the reasons.
    const int overrideColumn = int(ScheduleLineModel::Column::Override);
    QVERIFY(dialog.table()->columnViewportPosition(overrideColumn) +
                dialog.table()->columnWidth(overrideColumn) <=
            dialog.table()->viewport()->width());
    int row = -1;
    for (int r = 0; r < dialog.lineModel()->rowCount(); ++r)
        if (dialog.lineModel()->line(r).invoiceNo == QStringLiteral("INV-9"))
            row = r;
    QVERIFY(row >= 0);
    const ScheduleLine line = dialog.lineModel()->line(row);
    QVERIFY(!line.eligible.isPositive());
    // The prompt says what is overridden: line, invoice, amount and the check.
    const QString prompt = dialog.overridePrompt(line);
    QVERIFY2(prompt.contains(QStringLiteral("INV-9")), qPrintable(prompt));
    QVERIFY(prompt.contains(locale.toString(line.lineNo)));
    QVERIFY(prompt.contains(Money::localized(123450, locale, 2)));
    QVERIFY(prompt.contains(QStringLiteral("NOLIM")));
    QVERIFY(!prompt.contains(QStringLiteral("1234.50")) || locale.decimalPoint() == u'.');
    dialog.table()->selectRow(row);
    // Answered here; whatever else is open instead is closed (the test then fails, not hangs).
    QTimer::singleShot(100, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *input = qobject_cast<QInputDialog *>(modal);
        if (!input) {
            m_unexpected << (modal ? modal->windowTitle() : QStringLiteral("no override prompt"));
            if (modal)
                modal->close();
            return;
        }
        input->setTextValue(QStringLiteral("Known buyer, verified by phone"));
        input->accept();
    });
    QTest::mouseClick(dialog.overrideButton(), Qt::LeftButton);
    // At once, before approving: the line and the totals as approving will buy them.
    QTRY_VERIFY(dialog.lineModel()->line(row).eligible == line.amount);
    QCOMPARE(dialog.totalText(QStringLiteral("eligible")), Money::localized(223450, locale, 2));
    QVERIFY(dialog.findChild<ErrorLabel *>(QStringLiteral("previewNote"))->isVisible());
    QCOMPARE(ScheduleQuery(books.db()).schedule(id, false).status, ScheduleStatus::Submitted);
    if (!qEnvironmentVariable("FACTORDESK_KEEP_REPORTS").isEmpty()) {
        QCoreApplication::processEvents(); // the totals' layout follows their new text
        dialog.grab().save(qEnvironmentVariable("FACTORDESK_KEEP_REPORTS") +
                           QStringLiteral("/schedule-dialog.png"));
    }
    QVERIFY(dialog.approve());
    const Schedule s = ScheduleQuery(books.db()).schedule(id, false);
    QCOMPARE(s.totals.eligible.minor(), qint64(223450));
}

// An invoice of the Invoices view opens with its schedule, journal lines and audit; the
// schedules list has a totals row and the saved PDF is announced in the status bar.
void tst_ScheduleDialog::invoiceOpensWithHistory()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    const qint64 id =
        f.buy(books, {PurchaseFixture::line(QStringLiteral("H-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00")),
                      PurchaseFixture::line(QStringLiteral("H-2"), QStringLiteral("BUYER2"),
                                            QStringLiteral("500.00"))});
    QMainWindow main;
    InvoicesView view(AppContext{&books.db(), books.manager});
    main.setCentralWidget(&view);
    main.resize(1300, 800);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QTRY_COMPARE(view.model()->rowCount(), 2);
    auto *table = qobject_cast<DataTable *>(view.table());
    QVERIFY(table->hasTotalsRow());
    QCOMPARE(table->totalText(int(InvoiceTableModel::Column::Amount)),
             Money::localized(150000, QLocale(), 2));
    const QModelIndex cell = table->model()->index(0, int(InvoiceTableModel::Column::InvoiceNo));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    InvoiceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view.findChild<InvoiceDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->journalTable()->model()->rowCount(), 1); // the line that bought it
    QVERIFY(dialog->auditTable()->model()->rowCount() >= 3);  // import, approve, fund
    QVERIFY(dialog->scheduleButton()->isEnabled());
    if (!qEnvironmentVariable("FACTORDESK_KEEP_REPORTS").isEmpty())
        dialog->grab().save(qEnvironmentVariable("FACTORDESK_KEEP_REPORTS") +
                            QStringLiteral("/invoice-dialog.png"));
    dialog->close();

    // Saving a PDF says where, with Open folder.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("advice.pdf"));
    SavedFileNotice::show(&view, path);
    QCOMPARE(main.statusBar()->currentMessage(), SavedFileNotice::message(path));
    QVERIFY(main.statusBar()->currentMessage().contains(QStringLiteral("advice.pdf")));
    QVERIFY(main.statusBar()->findChild<QPushButton *>(QStringLiteral("openFolder")));
    QCOMPARE(ScheduleQuery(books.db()).schedule(id, false).status, ScheduleStatus::Funded);
}

void tst_ScheduleDialog::managerUnfunds()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    const qint64 id =
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-U"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00"))});
    ScheduleDialog clerkView(AppContext{&books.db(), books.clerk}, id);
    clerkView.show();
    QVERIFY(!clerkView.unfundButton()->isEnabled());
    QVERIFY(clerkView.unfundButton()->toolTip().contains(QStringLiteral("manager")));
    ScheduleDialog dialog(AppContext{&books.db(), books.manager}, id);
    dialog.show();
    QVERIFY(dialog.unfundButton()->isVisible());
    QVERIFY(dialog.unfundButton()->isEnabled());
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *ask = qobject_cast<ReasonDateDialog *>(QApplication::activeModalWidget());
        if (!ask)
            return;
        asked = true;
        ask->reasonEdit()->setText(QStringLiteral("bought in error"));
        ask->accept();
    });
    QTest::mouseClick(dialog.unfundButton(), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(dialog.schedule().status, ScheduleStatus::Approved);
    QVERIFY(!dialog.unfundButton()->isEnabled());
    QVERIFY(dialog.fundButton()->isEnabled());
    QCOMPARE(JournalService(books.db()).balance(Accounts::factoredReceivables(), QDate(2030, 1, 1)),
             qint64(0));
}

// A verification recorded from the dialog shows in its header; funding refused because the
// limit was cut after the approval asks the manager for a reason and funds with it.
void tst_ScheduleDialog::verifyAndFundAnyway()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    const qint64 id = importSchedule(books, f);
    ScheduleDialog dialog(AppContext{&books.db(), books.manager}, id);
    dialog.show();
    QVERIFY(dialog.verifyButton()->isVisible() && dialog.verifyButton()->isEnabled());
    QVERIFY(dialog.verify(0, VerificationMethod::Email, QStringLiteral("Ms Jones")));
    QVERIFY(InvoiceVerificationService(books.db()).verifiedInvoices(id).size() == 1);
    QVERIFY(dialog.approve());
    CreditService credit(books.db());
    const qint64 req =
        credit.request(books.clerk, f.debtorA, Money::fromMinor(10000000), QStringLiteral("cut"));
    CreditDecision cut;
    cut.reason = QStringLiteral("cut");
    credit.decide(books.analyst, req, cut);

    // The Fund dialog says why funding is refused and takes the manager's reason.
    QTest::mouseClick(dialog.fundButton(), Qt::LeftButton);
    FundDialog *fund = nullptr;
    QTRY_VERIFY((fund = dialog.findChild<FundDialog *>()) && fund->isVisible());
    QVERIFY(!fund->reasonEdit()->isVisible());
    QTest::mouseClick(fund->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.schedule().status, ScheduleStatus::Approved);
    QVERIFY(fund->isVisible());
    QVERIFY2(fund->errorLabel()->message().contains(QStringLiteral("INV-1")),
             qPrintable(fund->errorLabel()->message()));
    QVERIFY(fund->reasonEdit()->isVisible());
    QVERIFY(!fund->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(fund->reasonEdit(), QStringLiteral("Limit cut by mistake; restored tomorrow"));
    QTest::mouseClick(fund->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_unexpected, QStringList());
    QTRY_COMPARE(dialog.schedule().status, ScheduleStatus::Funded);
    QCOMPARE(dialog.schedule().status, ScheduleStatus::Funded);
}

QTEST_MAIN(tst_ScheduleDialog)
#include "tst_scheduledialog.moc"
