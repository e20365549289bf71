// The working of fees and interest on screen, driven offscreen: Fees… in the invoice dialog,
// Interest… in the Clients view with its month picker, and the printable document behind
// Print… and Save PDF…. With FACTORDESK_KEEP_REPORTS=DIR the dialogs are grabbed as PNG and the
// PDFs kept there for a look.
#include "clientsview.h"
#include "datatable.h"
#include "feesfixture.h"
#include "feeworkingdialog.h"
#include "interestworkingmodel.h"
#include "invoicefeesmodel.h"
#include "invoicepagequery.h"
#include "modalfixture.h"
#include "recorddialogs.h"

#include <QPrintPreviewDialog>
#include <QtTest>
#include <QtWidgets>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

void keep(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FACTORDESK_KEEP_REPORTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

QString keptPdf(const QTemporaryDir &tmp, const QString &name)
{
    const QString dir = qEnvironmentVariable("FACTORDESK_KEEP_REPORTS");
    return (dir.isEmpty() ? tmp.path() : dir) + QLatin1Char('/') + name;
}

} // namespace

class tst_GuiFeeWorking : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void invoiceFees();
    void clientInterest();
};

void tst_GuiFeeWorking::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FactorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FactorDesk-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_GuiFeeWorking::invoiceFees()
{
    TestBooks books;
    const FeesFixture f(books);
    const qint64 invoice = f.buy(books, 1000000, QDate(2026, 3, 2));
    f.collect(books, invoice, 400000, QDate(2026, 4, 1));  // day 31: 2 % = 80.00
    f.collect(books, invoice, 600000, QDate(2026, 4, 11)); // day 41: 2.5 % = 150.00
    InvoicePageRow row;
    row.id = invoice;
    row.clientId = f.clientId;
    row.invoiceNo = FeesFixture::invoiceNo(books, invoice);
    row.currency = QStringLiteral("EUR");
    row.amount = 1000000;
    row.status = QStringLiteral("paid");
    const AppContext context{&books.db(), books.manager};
    InvoiceDialog invoiceDialog(context, row);
    invoiceDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&invoiceDialog));
    QPushButton *feesButton = invoiceDialog.feesButton();
    QVERIFY(feesButton && feesButton->isEnabled());
    QCOMPARE(feesButton->objectName(), QStringLiteral("fees"));
    QTest::mouseClick(feesButton, Qt::LeftButton);
    FeeWorkingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = invoiceDialog.findChild<FeeWorkingDialog *>()) && dialog->isVisible());
    QVERIFY(!dialog->monthEdit());
    QCOMPARE(dialog->feesModel()->rowCount(), 2);
    QCOMPARE(dialog->table()->model(), dialog->feesModel());
    const auto cell = [&](int r, InvoiceFeesModel::Column c) {
        return dialog->feesModel()->index(r, int(c)).data().toString();
    };
    QCOMPARE(cell(0, InvoiceFeesModel::Column::Days), QStringLiteral("31"));
    QCOMPARE(cell(0, InvoiceFeesModel::Column::Fee), QStringLiteral("80.00"));
    QCOMPARE(cell(1, InvoiceFeesModel::Column::Days), QStringLiteral("41"));
    QCOMPARE(cell(1, InvoiceFeesModel::Column::Fee), QStringLiteral("150.00"));
    QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("230.00 EUR")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->windowTitle().contains(row.invoiceNo));
    keep(dialog, QStringLiteral("invoice-fees-dialog.png"));

    // Print… opens a preview of the document; Save PDF… writes it.
    bool previewed = false;
    whenModal<QPrintPreviewDialog>([](QPrintPreviewDialog *p) { p->reject(); }, &previewed);
    QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
    QTRY_VERIFY(previewed);
    QTemporaryDir tmp;
    const QString pdf = keptPdf(tmp, QStringLiteral("invoice-fees.pdf"));
    bool saved = false;
    bool told = false;
    whenModal<QFileDialog>(
        [&](QFileDialog *d) {
            QVERIFY(d->selectedFiles().value(0).endsWith(QLatin1String(".pdf")));
            whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); }, &told);
            d->selectFile(pdf);
            static_cast<QDialog *>(d)->accept();
        },
        &saved);
    QTest::mouseClick(dialog->pdfButton(), Qt::LeftButton);
    QTRY_VERIFY(saved);
    QTRY_VERIFY(told);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(dialog->document()->toPlainText().contains(QLatin1String("230.00")));
}

void tst_GuiFeeWorking::clientInterest()
{
    TestBooks books;
    const FeesFixture f(books);
    f.buy(books, 10000000, QDate(2026, 3, 2)); // funds employed 60,000.00
    const AppContext context{&books.db(), books.manager};
    ClientsView view(context);
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.interestButton()->isEnabled());
    QVERIFY(view.selectClient(QStringLiteral("ACME")));
    QVERIFY(view.interestButton()->isEnabled());
    QTest::mouseClick(view.interestButton(), Qt::LeftButton);
    FeeWorkingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view.findChild<FeeWorkingDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->monthEdit());
    InterestWorkingModel *model = dialog->interestModel();
    QCOMPARE(dialog->table()->model(), model);
    // The business date's month: March, 31 days, 30 of them at 60,000.00 × 10 % ÷ 360.
    QCOMPARE(model->month().month, QStringLiteral("2026-03"));
    QCOMPARE(model->rowCount(), 31);
    QCOMPARE(model->index(1, int(InterestWorkingModel::Column::Amount)).data().toString(),
             QStringLiteral("16.66666667"));
    QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("500.00 EUR")),
             qPrintable(dialog->summaryLabel()->text()));
    keep(dialog, QStringLiteral("interest-dialog.png"));
    QTemporaryDir tmp;
    dialog->writePdf(keptPdf(tmp, QStringLiteral("interest-2026-03.pdf")));

    // The month picker: February has nothing bought yet.
    dialog->monthEdit()->setDate(QDate(2026, 2, 1));
    QCOMPARE(model->month().month, QStringLiteral("2026-02"));
    QCOMPARE(model->rowCount(), 28);
    QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("0.00 EUR")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->windowTitle().contains(QLatin1String("February 2026")));
    dialog->close();
}

QTEST_MAIN(tst_GuiFeeWorking)
#include "tst_gui_feeworking.moc"
