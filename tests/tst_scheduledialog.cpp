// The schedule dialog driven as a manager and as a clerk: lines with their checks and split,
// approve, fund, reject through the real buttons.
#include "creditservice.h"
#include "ledger.h"
#include "purchasefixture.h"
#include "reasondatedialog.h"
#include "scheduledialog.h"
#include "scheduleimportservice.h"
#include "schedulelinemodel.h"
#include "schedulequery.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_ScheduleDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void managerApprovesAndFunds();
    void clerkSeesNoActs();
    void managerRejects();
    void managerUnfunds();
    void verifyAndFundAnyway();

private:
    int m_confirmed = 0;
    int m_reasons = 0;
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
    // The manager confirms the funding question as a user would; any other message box would
    // wait for a click that never comes, so it is closed and its text fails the test.
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [this] {
        // Asked why a refused funding goes ahead: the manager gives a reason.
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            ++m_reasons;
            input->setTextValue(QStringLiteral("Limit cut by mistake; restored tomorrow"));
            input->accept();
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (box->button(QMessageBox::Yes)) {
            ++m_confirmed;
            box->button(QMessageBox::Yes)->click();
        } else {
            m_unexpected << box->text();
            box->reject();
        }
    });
    watch->start(50);
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
    QCOMPARE(m_confirmed, 1);
    QCOMPARE(m_unexpected, QStringList());
    QCOMPARE(dialog.schedule().status, ScheduleStatus::Funded);
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
    QVERIFY(!dialog.approveButton()->isVisible());
    QVERIFY(!dialog.fundButton()->isVisible());
    QVERIFY(!dialog.rejectButton()->isVisible());
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
    QCOMPARE(JournalService(books.db()).balance(Accounts::factoredReceivables(), f.date),
             qint64(0));
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
    QVERIFY(!clerkView.unfundButton()->isVisible());
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

    const int before = m_reasons;
    QVERIFY(dialog.fund());
    QCOMPARE(m_reasons, before + 1);
    QCOMPARE(m_unexpected, QStringList());
    QCOMPARE(dialog.schedule().status, ScheduleStatus::Funded);
}

QTEST_MAIN(tst_ScheduleDialog)
#include "tst_scheduledialog.moc"
