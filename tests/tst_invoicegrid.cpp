// The purchase wizard's invoice grid driven from the keyboard, as a clerk keys a schedule from
// paper: Tab through the cells and to a new line, terms, locale amounts, the date calendar,
// and Cancel asking before typed lines are dropped.
#include "invoiceentrymodel.h"
#include "invoicegridview.h"
#include "purchasefixture.h"
#include "purchasewizard.h"
#include "purchasewizardpages.h"
#include "schedulelinemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_InvoiceGrid : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void gridTakesTermsAndLocaleAmounts();
    void gridIsKeyedWithoutTheMouse();
    void fiveInvoicesFromPaper();

private:
    static void pickClient(PurchaseWizard &w, qint64 clientId, QDate date);
};

void tst_InvoiceGrid::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2026-03-02");
}

void tst_InvoiceGrid::pickClient(PurchaseWizard &w, qint64 clientId, QDate date)
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

void tst_InvoiceGrid::gridTakesTermsAndLocaleAmounts()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    PurchaseWizard w(AppContext{&books.db(), books.clerk});
    w.show();
    w.restart();
    pickClient(w, f.clientId, f.date);
    InvoicesPage *invoices = w.invoicesPage();
    invoices->setLocale(QLocale(QLocale::German, QLocale::Germany));
    QTest::mouseClick(invoices->findChild<QPushButton *>(QStringLiteral("addLine")),
                      Qt::LeftButton);
    InvoiceEntryModel *grid = invoices->gridModel();
    QCOMPARE(invoices->grid()->model(), grid);
    // "+59" in the due column is 59 days of terms; the amount is written the German way.
    const QStringList cells = {QStringLiteral("G-1"), QStringLiteral("BUYER1"),
                               QStringLiteral("2026-02-20"), QStringLiteral("+59"),
                               QStringLiteral("1.000.000,00")};
    for (int c = 0; c < cells.size(); ++c)
        QVERIFY(grid->setData(grid->index(0, c), cells.at(c)));
    invoices->gridEdited();
    QCOMPARE(invoices->errorTable()->model()->rowCount(), 0);
    QVERIFY(invoices->isComplete());
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    const QList<ScheduleLine> lines = w.pricedModel()->lines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().dueDate, QDate(2026, 4, 20));
    QCOMPARE(lines.first().amount.minor(), qint64(100000000));
    // A group separator in the wrong place is not an amount in any locale.
    invoices->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    w.back();
    w.back();
    QVERIFY(
        grid->setData(grid->index(0, InvoiceEntryModel::Amount), QStringLiteral("1,0000,000.00")));
    invoices->gridEdited();
    QVERIFY(invoices->errorTable()->model()->rowCount() > 0);
}

void tst_InvoiceGrid::gridIsKeyedWithoutTheMouse()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    PurchaseWizard w(AppContext{&books.db(), books.clerk});
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.restart();
    pickClient(w, f.clientId, f.date);
    InvoicesPage *invoices = w.invoicesPage();
    invoices->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    // "Add line" from the keyboard puts the cursor in the first cell of the new row.
    QPushButton *add = invoices->findChild<QPushButton *>(QStringLiteral("addLine"));
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    InvoiceGridView *grid = invoices->grid();
    QCOMPARE(grid->model()->rowCount(), 1);
    QCOMPARE(grid->currentIndex(), grid->model()->index(0, 0));
    // Each key goes to whatever has the focus (the cell's editor once it is open).
    const auto type = [](const QString &text) {
        for (const QChar ch : text)
            QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
    };
    const auto tab = [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); };
    const QStringList first = {QStringLiteral("K-1"),        QStringLiteral("BUYER1"),
                               QStringLiteral("2026-02-20"), QStringLiteral("+59"),
                               QStringLiteral("1,000.00"),   QStringLiteral("APR-1"),
                               QStringLiteral("PO-1")};
    for (const QString &text : first) {
        type(text);
        tab();
    }
    // Tab on the last cell of the last row appended the second row.
    QCOMPARE(grid->model()->rowCount(), 2);
    QCOMPARE(grid->currentIndex(), grid->model()->index(1, 0));
    const QStringList second = {QStringLiteral("K-2"), QStringLiteral("BUYER2"),
                                QStringLiteral("2026-02-21"), QStringLiteral("2026-04-21"),
                                QStringLiteral("2500.5")};
    for (int c = 0; c < second.size(); ++c) {
        type(second.at(c));
        if (c + 1 < second.size())
            tab();
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(grid->model()->rowCount(), 2);
    QTRY_COMPARE(w.input().size(), qsizetype(2));
    const ScheduleInputLine &a = w.input().at(0);
    QCOMPARE(a.invoiceNo, QStringLiteral("K-1"));
    QCOMPARE(a.debtor, QStringLiteral("BUYER1"));
    QCOMPARE(a.invoiceDate, QStringLiteral("2026-02-20"));
    QCOMPARE(a.termsDays, QStringLiteral("59"));
    QVERIFY(a.dueDate.isEmpty());
    QCOMPARE(a.amount, QStringLiteral("1000.00"));
    QCOMPARE(a.approvalCode, QStringLiteral("APR-1"));
    QCOMPARE(a.po, QStringLiteral("PO-1"));
    const ScheduleInputLine &b = w.input().at(1);
    QCOMPARE(b.invoiceNo, QStringLiteral("K-2"));
    QCOMPARE(b.debtor, QStringLiteral("BUYER2"));
    QCOMPARE(b.dueDate, QStringLiteral("2026-04-21"));
    QVERIFY(b.termsDays.isEmpty());
    QCOMPARE(b.amount, QStringLiteral("2500.50"));
    QVERIFY(b.approvalCode.isEmpty());
    QCOMPARE(grid->model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("2"));
}

// Five invoices keyed from paper without the mouse: Tab through the cells, Tab at the end
// adds a line, `+30` terms, a date picked from the calendar with Alt+Down; Cancel then asks
// before it drops the typed lines.
void tst_InvoiceGrid::fiveInvoicesFromPaper()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    PurchaseWizard w(AppContext{&books.db(), books.clerk});
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.restart();
    pickClient(w, f.clientId, f.date);
    InvoicesPage *invoices = w.invoicesPage();
    invoices->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QPushButton *add = invoices->findChild<QPushButton *>(QStringLiteral("addLine"));
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    InvoiceGridView *grid = invoices->grid();
    const auto type = [](const QString &text) {
        for (const QChar ch : text)
            QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
    };
    const auto tab = [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); };
    for (int i = 1; i <= 5; ++i) {
        type(QStringLiteral("P-%1").arg(i));
        tab();
        type(i % 2 ? QStringLiteral("BUYER1") : QStringLiteral("BUYER2"));
        tab();
        if (i == 3) {
            // The calendar opens on the cell's date (today when empty); Return takes it.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
            QWidget *calendar = nullptr;
            QTRY_VERIFY((calendar = QApplication::activePopupWidget()));
            QCOMPARE(calendar->objectName(), QStringLiteral("dateCellCalendar"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_VERIFY(!QApplication::activePopupWidget());
        } else {
            type(QStringLiteral("2026-02-2%1").arg(i));
        }
        tab();
        type(QStringLiteral("+30"));
        tab();
        type(QStringLiteral("%1,000.00").arg(i));
        tab();
        tab(); // no approval code
        if (i < 5)
            tab(); // no PO; Tab on the last cell adds the next line
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(grid->model()->rowCount(), 5);
    QTRY_COMPARE(w.input().size(), qsizetype(5));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(w.input().at(i).invoiceNo, QStringLiteral("P-%1").arg(i + 1));
        QCOMPARE(w.input().at(i).termsDays, QStringLiteral("30"));
        QCOMPARE(w.input().at(i).amount, QString::number(i + 1) + QStringLiteral("000.00"));
    }
    QCOMPARE(w.input().at(2).invoiceDate, f.date.toString(Qt::ISODate));
    QCOMPARE(w.input().at(4).invoiceDate, QStringLiteral("2026-02-25"));
    QCOMPARE(w.typedLineCount(), 5);

    // Cancel asks; "Cancel" keeps the lines, "Discard" drops them.
    QString asked;
    QTimer::singleShot(0, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(w.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("5")), qPrintable(asked));
    QVERIFY(w.isVisible());
    QCOMPARE(grid->model()->rowCount(), 5);
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QTest::mouseClick(w.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!w.isVisible());
}

QTEST_MAIN(tst_InvoiceGrid)
#include "tst_invoicegrid.moc"
