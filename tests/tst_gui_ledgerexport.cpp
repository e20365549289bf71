// File → Export… of the Journal and Trial balance views, driven offscreen: the file dialog
// (Excel and CSV filters), the file written for what the view shows (its period, its as-of
// date), and the message naming the file and the row count.
#include "csvreader.h"
#include "journalfixture.h"
#include "journaltablemodel.h"
#include "journalview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "modalfixture.h"
#include "optionaldateedit.h"
#include "testsupport.h"
#include "trialbalancemodel.h"
#include "trialbalanceview.h"
#include "xlsxsheet.h"

#include <QtTest>
#include <QtWidgets>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// Chooses `path` in the export's file dialog, then reads the message that follows.
void exportThrough(QAction *action, const QString &path, QStringList *filters, QString *message)
{
    bool dialogSeen = false;
    bool messageSeen = false;
    whenModal<QFileDialog>(
        [&](QFileDialog *dialog) {
            *filters = dialog->nameFilters();
            whenModal<QMessageBox>(
                [&](QMessageBox *box) {
                    *message = box->text();
                    box->accept();
                },
                &messageSeen);
            // The folder first, then the name in it: a whole path is resolved against the
            // folder the dialog is still loading, which is not always the new one yet.
            // The dialog selects its proposed name again once its folder has loaded: let it
            // load, then type the name as a user would, and check it is the one taken.
            const QFileInfo target(path);
            dialog->setDirectory(target.absolutePath());
            QTest::qWait(300);
            dialog->selectFile(target.fileName());
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (name)
                name->setText(target.fileName());
            QTest::qWait(50);
            static_cast<QDialog *>(dialog)->accept();
        },
        &dialogSeen);
    action->trigger();
    QTRY_VERIFY(dialogSeen);
    QTRY_VERIFY(messageSeen);
}

} // namespace

class tst_GuiLedgerExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void journalExport();
    void trialBalanceExport();
};

void tst_GuiLedgerExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FactorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FactorDesk-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("FACTORDESK_TODAY", "2026-06-30");
}

void tst_GuiLedgerExport::journalExport()
{
    TestBooks books;
    JournalService(books.db()).post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
    JournalService(books.db()).post(books.clerk, purchase(books.db(), QDate(2026, 5, 4)));
    MainWindow window(AppContext{&books.db(), books.admin});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *fileExport = window.findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(fileExport);
    QVERIFY(window.showView(QStringLiteral("audit")));
    QVERIFY2(!fileExport->isEnabled(), "the audit log has no ledger export");
    QVERIFY(window.showView(QStringLiteral("journal")));
    QVERIFY(fileExport->isEnabled());
    auto *journal = qobject_cast<JournalView *>(window.view(QStringLiteral("journal")));
    journal->fromEdit()->setDate(QDate(2026, 5, 1));
    QCOMPARE(journal->model()->rowCount(), 4);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("may.xlsx"));
    QStringList filters;
    QString message;
    exportThrough(fileExport, path, &filters, &message);
    QCOMPARE(int(filters.size()), 2);
    QVERIFY2(filters.at(0).contains(QLatin1String("*.xlsx")),
             qPrintable(filters.join(QLatin1Char(';'))));
    QVERIFY2(filters.at(1).contains(QLatin1String("*.csv")),
             qPrintable(filters.join(QLatin1Char(';'))));
    QVERIFY2(message.contains(QLatin1String("4 row")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    const XlsxSheet sheet = readXlsx(path);
    QVERIFY2(sheet.ok, qPrintable(sheet.error));
    QCOMPARE(int(sheet.rows.size()), 1 + 4 + 1); // the lines of May only, and the totals
    QCOMPARE(sheet.cell(1, 1).text.toLongLong(), QDate(1899, 12, 30).daysTo(QDate(2026, 5, 4)));

    // The view's own Export… button does the same, to CSV.
    const QString csvPath = dir.filePath(QStringLiteral("may.csv"));
    exportThrough(journal->exportAction(), csvPath, &filters, &message);
    QVERIFY2(message.contains(QDir::toNativeSeparators(csvPath)), qPrintable(message));
    QCOMPARE(int(CsvReader::readFile(csvPath).records.size()), 5);
    QVERIFY(journal->findChild<QPushButton *>(QStringLiteral("exportJournal")));
}

void tst_GuiLedgerExport::trialBalanceExport()
{
    TestBooks books;
    JournalService(books.db()).post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
    JournalService(books.db()).post(books.clerk, purchase(books.db(), QDate(2026, 5, 4)));
    MainWindow window(AppContext{&books.db(), books.admin});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showView(QStringLiteral("trial-balance")));
    auto *trial = qobject_cast<TrialBalanceView *>(window.view(QStringLiteral("trial-balance")));
    trial->asOfEdit()->setDate(QDate(2026, 3, 31));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("march.csv"));
    QStringList filters;
    QString message;
    exportThrough(window.findChild<QAction *>(QStringLiteral("actionExport")), path, &filters,
                  &message);
    QVERIFY2(message.contains(QLatin1String("11 row")), qPrintable(message));
    const CsvTable csv = CsvReader::readFile(path);
    QCOMPARE(int(csv.records.size()), 12);
    QCOMPARE(csv.records.last().fields.at(3), QStringLiteral("1000000.00")); // March only
    QCOMPARE(csv.records.last().fields.at(4), QStringLiteral("1000000.00"));
}

QTEST_MAIN(tst_GuiLedgerExport)
#include "tst_gui_ledgerexport.moc"
