#include "auditlog.h"
#include "error.h"
#include "errorlabel.h"
#include "invoiceentrymodel.h"
#include "invoicegridview.h"
#include "ledger.h"
#include "purchaseadvice.h"
#include "purchasefixture.h"
#include "purchasewizard.h"
#include "purchasewizardpages.h"
#include "schedulelinemodel.h"
#include "schedulequery.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

// The purchase wizard driven page by page offscreen, as a clerk and as a manager would.
class tst_PurchaseWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void managerBuysFromCsv();
    void clerkCannotPost();
    void badFileChangesNothing();
    void collectionHasNoAdvance();
    void pricingPageIsWhatIsPosted();
    void overAvailabilityNeedsOverride();

private:
    static void pickClient(PurchaseWizard &w, qint64 clientId, QDate date);
    static QString writeFile(QTemporaryDir &dir, const QByteArray &content);
    static void closeMessageBoxes();
    static QString keepDir() { return qEnvironmentVariable("FACTORDESK_KEEP_REPORTS"); }
};

void tst_PurchaseWizard::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2026-03-02");
}

void tst_PurchaseWizard::closeMessageBoxes()
{
    QTimer::singleShot(200, [] {
        if (QWidget *w = QApplication::activeModalWidget())
            w->close();
    });
}

QString tst_PurchaseWizard::writeFile(QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("schedule.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(content);
    return path;
}

void tst_PurchaseWizard::pickClient(PurchaseWizard &w, qint64 clientId, QDate date)
{
    QCOMPARE(w.currentId(), int(PurchaseWizard::ClientPageId));
    ClientPage *page = w.clientPage();
    QVERIFY(!page->isComplete());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    page->dateEdit()->setDate(date);
    const int at = page->clientCombo()->findData(clientId);
    QVERIFY(at > 0);
    page->clientCombo()->setCurrentIndex(at);
    QVERIFY(page->isComplete());
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    // The terms in force on that date are shown.
    QVERIFY(page->termsText().contains(QStringLiteral("93")));
    QVERIFY(w.terms().has_value());
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::InvoicesPageId));
}

void tst_PurchaseWizard::managerBuysFromCsv()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    PurchaseWizard w(AppContext{&books.db(), books.manager});
    w.show();
    w.restart();
    pickClient(w, f.clientId, f.date);

    // Page 2: a semicolon file with a BOM, headers in other words and order; line 3 is bad and
    // line 4 names a debtor the factor does not know.
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QByteArray("\xEF\xBB\xBF"
                                  "Debtor Code;Invoice Number;Invoice Date;Due Date;Amount\n"
                                  "BUYER1;INV-1;2026-02-20;2026-04-20;1000000.00\n"
                                  "BUYER2;INV-2;2026-02-21;2026-04-21;12x.00\n"
                                  "NEWCO;INV-3;2026-02-22;2026-04-22;2500.00\n"
                                  "BUYER2;INV-4;2026-02-23;2026-04-23;1001.01\n"));
    InvoicesPage *invoices = w.invoicesPage();
    QVERIFY(invoices->importFile(path));
    QCOMPARE(invoices->grid()->model()->rowCount(), 4);
    QAbstractItemModel *errors = invoices->errorTable()->model();
    QAbstractItemModelTester errorsTester(errors,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto cell = [errors](int row, int column) {
        return errors->index(row, column).data().toString();
    };
    QCOMPARE(errors->rowCount(), 2);
    QCOMPARE(cell(0, 0), QStringLiteral("3"));
    QCOMPARE(cell(0, 1), QStringLiteral("amount"));
    QVERIFY(!cell(0, 2).isEmpty());
    QCOMPARE(cell(1, 0), QStringLiteral("4"));
    QCOMPARE(cell(1, 1), QStringLiteral("debtor"));
    QVERIFY(!invoices->isComplete());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    if (!keepDir().isEmpty())
        w.grab().save(keepDir() + QStringLiteral("/wizard-invoices.png"));

    // The unknown debtor is created on the spot (it then needs a credit decision).
    QVERIFY(invoices->createDebtorButton()->isEnabled());
    QCOMPARE(w.unknownDebtors(), QStringList{QStringLiteral("NEWCO")});
    const QString message = w.createDebtor(QStringLiteral("NEWCO"), QStringLiteral("New Co Ltd"));
    QVERIFY(message.contains(QStringLiteral("NEWCO")));
    QCOMPARE(errors->rowCount(), 1);
    QVERIFY(!invoices->createDebtorButton()->isEnabled());

    // Keep only the good lines.
    QVERIFY(invoices->keepGoodCheck()->isEnabled());
    QTest::mouseClick(invoices->keepGoodCheck(), Qt::LeftButton);
    QVERIFY(w.keepGoodLines());
    QVERIFY(invoices->isComplete());
    QCOMPARE(w.goodInput().size(), 3);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::ChecksPageId));

    // Page 3: every line with its reasons; the new debtor has no limit yet.
    ChecksPage *checks = w.checksPage();
    ScheduleLineModel *lines = w.lineModel();
    QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(lines->rowCount(), 3);
    int newco = -1;
    for (int r = 0; r < lines->rowCount(); ++r) {
        if (lines->line(r).invoiceNo == QStringLiteral("INV-3"))
            newco = r;
    }
    QVERIFY(newco >= 0);
    QVERIFY(lines->line(newco).hasIneligibleCheck());
    QCOMPARE(lines->data(lines->index(newco, int(ScheduleLineModel::Column::Checks))).toString(),
             ScheduleLineModel::checksText(lines->line(newco)));
    QCOMPARE(lines->data(lines->index(newco, 0), ScheduleLineModel::SeverityRole).toInt(), 3);
    QVERIFY(checks->overrideButton()->isVisibleTo(&w));
    QVERIFY(
        checks->overrideLine(newco, QStringLiteral("Long-standing customer, verified by phone")));
    QCOMPARE(w.overrides().size(), 1);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::PricingPageId));

    // Page 4: totals are the sums of the lines; the seed-003 line splits 930,000/20,000/50,000.
    ScheduleLineModel *priced = w.pricedModel();
    QAbstractItemModelTester pricedTester(priced,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    Money face, advance, commission, reserve, eligible;
    for (const ScheduleLine &l : priced->lines()) {
        face += l.amount;
        advance += l.advance;
        commission += l.commission;
        reserve += l.reserve;
        eligible += l.eligible;
        QCOMPARE(l.advance + l.commission + l.reserve, l.amount);
        if (l.invoiceNo == QStringLiteral("INV-1")) {
            QCOMPARE(l.advance.minor(), qint64(93000000));
            QCOMPARE(l.commission.minor(), qint64(2000000));
            QCOMPARE(l.reserve.minor(), qint64(5000000));
        }
        if (l.invoiceNo == QStringLiteral("INV-3"))
            QCOMPARE(l.eligible, l.amount); // overridden: eligible in full
    }
    const ScheduleTotals &t = w.totals();
    QCOMPARE(t.face, face);
    QCOMPARE(t.advance, advance);
    QCOMPARE(t.commission, commission);
    QCOMPARE(t.reserve, reserve);
    QCOMPARE(t.eligible, eligible);
    QCOMPARE(w.pricingPage()->totalText(QStringLiteral("face")), face.toLocaleString());
    QCOMPARE(w.pricingPage()->totalText(QStringLiteral("advance")), advance.toLocaleString());
    QCOMPARE(w.pricingPage()->totalText(QStringLiteral("net")), t.netPayment.toLocaleString());
    if (!keepDir().isEmpty())
        w.grab().save(keepDir() + QStringLiteral("/wizard-pricing.png"));
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::ConfirmPageId));

    // Page 5: a manager posts; Finish becomes possible only then.
    ConfirmPage *confirm = w.confirmPage();
    QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(confirm->postButton()->isEnabled());
    // An ordinary purchase at the agreement's advance rate on a client within its
    // availability: its commission lowers the availability, but no override is asked.
    QVERIFY(!w.overAvailability().isPositive());
    QVERIFY(!confirm->overAvailabilityLabel()->isVisible());
    QTest::mouseClick(confirm->postButton(), Qt::LeftButton);
    QVERIFY(w.isFunded());
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!confirm->postButton()->isEnabled());
    QVERIFY(confirm->resultLabel()->text().contains(w.funding().number));
    QVERIFY(confirm->saveAdviceButton()->isVisibleTo(&w));
    QVERIFY(confirm->saveNoticesButton()->isVisibleTo(&w)); // three debtors new to the factor
    if (!keepDir().isEmpty())
        w.grab().save(keepDir() + QStringLiteral("/wizard-posted.png"));

    const Schedule s = ScheduleQuery(books.db()).schedule(w.scheduleId());
    QCOMPARE(s.status, ScheduleStatus::Funded);
    QCOMPARE(s.lines.size(), 3);
    QCOMPARE(s.totals.face, face);
    QCOMPARE(s.totals.advance, advance);
    for (const ScheduleLine &l : s.lines) {
        if (l.invoiceNo == QStringLiteral("INV-3"))
            QCOMPARE(l.overrideReason, QStringLiteral("Long-standing customer, verified by phone"));
    }
    QVERIFY(s.journalEntryId != 0);
    const JournalEntry entry = JournalService(books.db()).entry(s.journalEntryId);
    QVERIFY(entry.lines.size() >= 4);
    qint64 debits = 0, credits = 0;
    for (const JournalLine &l : entry.lines) {
        debits += l.debit.minor();
        credits += l.credit.minor();
    }
    QCOMPARE(debits, face.minor());
    QCOMPARE(credits, face.minor());

    const QString advice = dir.filePath(QStringLiteral("advice.pdf"));
    w.saveAdvicePdf(advice);
    QFile pdf(advice);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
    const QString notices = dir.filePath(QStringLiteral("notices.pdf"));
    w.saveNoticesPdf(notices);
    QVERIFY(QFileInfo(notices).size() > 1000);
    w.accept();
}

void tst_PurchaseWizard::clerkCannotPost()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    PurchaseWizard w(AppContext{&books.db(), books.clerk});
    w.show();
    w.restart();
    pickClient(w, f.clientId, f.date);

    // Typed in the grid this time.
    InvoicesPage *invoices = w.invoicesPage();
    QTest::mouseClick(invoices->findChild<QPushButton *>(QStringLiteral("addLine")),
                      Qt::LeftButton);
    InvoiceEntryModel *grid = invoices->gridModel();
    QCOMPARE(grid->rowCount(), 1);
    const QStringList cells = {QStringLiteral("G-1"), QStringLiteral("BUYER1"),
                               QStringLiteral("2026-02-20"), QStringLiteral("2026-04-20"),
                               QStringLiteral("1000000.00")};
    for (int c = 0; c < cells.size(); ++c)
        QVERIFY(grid->setData(grid->index(0, c), cells.at(c)));
    invoices->gridEdited();
    QCOMPARE(invoices->errorTable()->model()->rowCount(), 0);
    QVERIFY(invoices->isComplete());
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(!w.checksPage()->overrideButton()->isVisibleTo(&w));
    QVERIFY(!w.checksPage()->overrideLine(0, QStringLiteral("please")));
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.totals().advance.minor(), qint64(93000000));
    QCOMPARE(w.totals().commission.minor(), qint64(2000000));
    QCOMPARE(w.totals().reserve.minor(), qint64(5000000));
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::ConfirmPageId));

    ConfirmPage *confirm = w.confirmPage();
    QVERIFY(!confirm->postButton()->isEnabled());
    QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(confirm->explanationLabel()->text().contains(QStringLiteral("manager")));
    QVERIFY(!w.post());
    QVERIFY(!w.isDone());
    QVERIFY(ScheduleQuery(books.db()).list().isEmpty());

    QTest::mouseClick(confirm->submitButton(), Qt::LeftButton);
    QVERIFY(w.isDone());
    QVERIFY(!w.isFunded());
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
    const Schedule s = ScheduleQuery(books.db()).schedule(w.scheduleId());
    QCOMPARE(s.status, ScheduleStatus::Submitted);
    QCOMPARE(s.journalEntryId, qint64(0));
}

void tst_PurchaseWizard::badFileChangesNothing()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    PurchaseWizard w(AppContext{&books.db(), books.manager});
    w.show();
    w.restart();
    pickClient(w, f.clientId, f.date);
    QTemporaryDir dir;
    // Not a CSV file at all.
    const QString path = writeFile(dir, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    closeMessageBoxes();
    QVERIFY(!w.invoicesPage()->importFile(path));
    QVERIFY(w.input().isEmpty());
    QVERIFY(!w.invoicesPage()->isComplete());
    QVERIFY(ScheduleQuery(books.db()).list().isEmpty());
}

void tst_PurchaseWizard::collectionHasNoAdvance()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books, false, Arrangement::Collection);
    PurchaseWizard w(AppContext{&books.db(), books.manager});
    w.show();
    w.restart();
    pickClient(w, f.clientId, f.date);
    w.setInput({PurchaseFixture::line(QStringLiteral("K-1"), QStringLiteral("BUYER1"),
                                      QStringLiteral("1000.00"))});
    w.invoicesPage()->showInput();
    QVERIFY(w.invoicesPage()->isComplete());
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::PricingPageId));
    QCOMPARE(w.totals().advance.minor(), qint64(0));
    QCOMPARE(w.pricingPage()->totalText(QStringLiteral("advance")),
             Money::localized(0, QLocale(), 2));
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(w.confirmPage()->postButton(), Qt::LeftButton);
    QVERIFY(w.isFunded());
    // A confidential (not notified) client: no notices.
    QVERIFY(!w.hasNotices());
    QVERIFY(!w.confirmPage()->saveNoticesButton()->isVisibleTo(&w));
}

// A duplicate invoice number (refused outright) and a binding credit limit (overridden): the
// checks and pricing pages show the approval service's preview, which is what posting buys.
void tst_PurchaseWizard::pricingPageIsWhatIsPosted()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    PurchaseWizard w(AppContext{&books.db(), books.manager});
    w.show();
    w.restart();
    pickClient(w, f.clientId, f.date);
    // BUYER1's limit is 5,000,000.00: W-2 goes over it by 500,000.00.
    w.setInput({PurchaseFixture::line(QStringLiteral("W-1"), QStringLiteral("BUYER1"),
                                      QStringLiteral("3000000.00")),
                PurchaseFixture::line(QStringLiteral("W-2"), QStringLiteral("BUYER1"),
                                      QStringLiteral("2500000.00")),
                PurchaseFixture::line(QStringLiteral("W-1"), QStringLiteral("BUYER2"),
                                      QStringLiteral("1000.00")),
                PurchaseFixture::line(QStringLiteral("W-3"), QStringLiteral("BUYER2"),
                                      QStringLiteral("2000.00"))});
    w.invoicesPage()->showInput();
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::ChecksPageId));
    ScheduleLineModel *lines = w.lineModel();
    QCOMPARE(lines->rowCount(), 4);
    QVERIFY(lines->line(2).isRefused());
    QVERIFY(!w.checksPage()->overrideLine(2, QStringLiteral("bought twice?")));
    QVERIFY(lines->line(1).hasCheck(CheckCode::overCreditLimit()));
    QCOMPARE(lines->line(1).eligible.minor(), qint64(200000000));
    QVERIFY(w.checksPage()->overrideLine(1, QStringLiteral("Limit rise agreed")));
    QCOMPARE(lines->line(1).eligible.minor(), qint64(250000000)); // checked again with the override
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::PricingPageId));
    const ScheduleTotals shown = w.totals();
    QCOMPARE(shown.count, 3); // the refused line is not bought
    QCOMPARE(shown.face.minor(), qint64(300000000 + 250000000 + 200000));
    QCOMPARE(w.pricingPage()->totalText(QStringLiteral("face")), shown.face.toLocaleString());
    const QList<ScheduleLine> priced = w.pricedModel()->lines();
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    w.setAvailabilityOverride(QStringLiteral("Guarantee on file"));
    QTest::mouseClick(w.confirmPage()->postButton(), Qt::LeftButton);
    QVERIFY(w.isFunded());

    const FundingResult &posted = w.funding();
    QCOMPARE(posted.totals.face, shown.face);
    QCOMPARE(posted.totals.eligible, shown.eligible);
    QCOMPARE(posted.totals.advance, shown.advance);
    QCOMPARE(posted.totals.commission, shown.commission);
    QCOMPARE(posted.totals.reserve, shown.reserve);
    QCOMPARE(posted.totals.netPayment, shown.netPayment);
    const Schedule s = ScheduleQuery(books.db()).schedule(w.scheduleId());
    QCOMPARE(s.lines.size(), priced.size());
    for (qsizetype i = 0; i < s.lines.size(); ++i) {
        QCOMPARE(s.lines[i].eligible, priced[i].eligible);
        QCOMPARE(s.lines[i].advance, priced[i].advance);
        QCOMPARE(s.lines[i].commission, priced[i].commission);
        QCOMPARE(s.lines[i].reserve, priced[i].reserve);
    }
    qint64 debits = 0;
    for (const JournalLine &l : JournalService(books.db()).entry(posted.journalEntryId).lines)
        debits += l.debit.minor();
    QCOMPARE(debits, shown.face.minor());
}

// Over the availability (the case: before −2,090.66, after −2,461.85): red with the
// amount, and Post asks a manager's reason, which the service needs (it refuses the funding
// without one) and the audit log keeps.
void tst_PurchaseWizard::overAvailabilityNeedsOverride()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    // An earlier purchase: its commission (2 % of 104,533.00) is funds employed the advance
    // rate does not cover.
    f.buy(books, {PurchaseFixture::line(QStringLiteral("EARLIER-1"), QStringLiteral("BUYER2"),
                                        QStringLiteral("104533.00"))});
    PurchaseWizard w(AppContext{&books.db(), books.manager});
    w.show();
    w.restart();
    pickClient(w, f.clientId, f.date);
    const QList<ScheduleInputLine> input = {PurchaseFixture::line(
        QStringLiteral("X-1"), QStringLiteral("BUYER1"), QStringLiteral("18559.49"))};
    w.setInput(input);
    w.invoicesPage()->showInput();
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(PurchaseWizard::PricingPageId));
    const QLocale locale;
    QCOMPARE(w.pricingPage()->totalText(QStringLiteral("availableBefore")),
             Money::localized(-209066, locale, 2));
    QCOMPARE(w.pricingPage()->totalText(QStringLiteral("availableAfter")),
             Money::localized(-246185, locale, 2));
    const QString over = Money::localized(246185, locale, 2);
    QCOMPARE(w.overAvailability().minor(), qint64(246185));
    QVERIFY(w.pricingPage()
                ->findChild<QLabel *>(QStringLiteral("availableAfter"))
                ->styleSheet()
                .contains(QStringLiteral("color")));
    ErrorLabel *warning = w.pricingPage()->overAvailabilityLabel();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->message().contains(over), qPrintable(warning->message()));
    if (!keepDir().isEmpty())
        w.grab().save(keepDir() + QStringLiteral("/wizard-over-availability.png"));
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    ConfirmPage *confirm = w.confirmPage();
    QVERIFY(confirm->overAvailabilityLabel()->isVisible());
    QVERIFY(confirm->overAvailabilityLabel()->message().contains(over));

    // The rule is the service's: without the reason the funding is refused.
    ScheduleImportOptions options;
    options.date = f.date;
    options.submit = true;
    try {
        ScheduleFundingService(books.db())
            .purchase(books.manager, f.clientId, input, options, {}, f.date);
        QFAIL("funding beyond the availability was not refused");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QCOMPARE(e.field(), QStringLiteral("availability"));
    }

    // Cancelling the question posts nothing.
    QTimer::singleShot(100, [] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
            input->reject();
    });
    QTest::mouseClick(confirm->postButton(), Qt::LeftButton);
    QVERIFY(!w.isFunded());
    QString asked;
    QTimer::singleShot(100, [&asked] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            asked = input->labelText();
            input->setTextValue(QStringLiteral("Client's bank guarantee covers it"));
            input->accept();
        }
    });
    QTest::mouseClick(confirm->postButton(), Qt::LeftButton);
    QVERIFY(asked.contains(over));
    QVERIFY(w.isFunded());
    bool recorded = false;
    for (const AuditRecord &r : AuditLog(books.db()).list(books.manager, {}))
        recorded = recorded || (r.action == QStringLiteral("schedule.fund") &&
                                r.after.contains(QStringLiteral("bank guarantee covers it")));
    QVERIFY(recorded);
    // The same file names as the schedule dialog suggests.
    QCOMPARE(w.suggestedAdviceFileName(),
             PurchaseAdvice::suggestedFileName(PurchaseAdvice::build(books.db(), w.scheduleId())));
}

QTEST_MAIN(tst_PurchaseWizard)
#include "tst_purchasewizard.moc"
