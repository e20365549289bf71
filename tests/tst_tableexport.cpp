// The shared table features: what a table shows becomes CSV, XLSX, a printable document and
// clipboard text, with exact numbers and no runnable formulas.
#include "datatable.h"
#include "error.h"
#include "itemroles.h"
#include "tableexport.h"
#include "tableprint.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QProcess>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace FactorDesk;

namespace {

// Three columns as the program's models give them: text, a date (plain: QDate), an amount
// (plain: "1234.56", right-aligned).
std::unique_ptr<QStandardItemModel> sampleModel()
{
    auto m = std::make_unique<QStandardItemModel>(0, 3);
    m->setHorizontalHeaderLabels(
        {QStringLiteral("Memo"), QStringLiteral("Date"), QStringLiteral("Amount")});
    const auto add = [&](const QString &memo, QDate date, const QString &shown,
                         const QString &plain) {
        auto *a = new QStandardItem(memo);
        auto *d = new QStandardItem(date.toString(QStringLiteral("d MMM yyyy")));
        d->setData(date, ItemRoles::ExportRole);
        auto *n = new QStandardItem(shown);
        n->setData(plain, ItemRoles::ExportRole);
        n->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        m->appendRow({a, d, n});
    };
    add(QStringLiteral("Purchase S-000001"), QDate(2026, 3, 2), QStringLiteral("1,234.56"),
        QStringLiteral("1234.56"));
    add(QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"), QDate(2026, 3, 3),
        QStringLiteral("-5.00"), QStringLiteral("-5.00"));
    add(QStringLiteral("a, \"quoted\" memo"), QDate(2026, 3, 4),
        QStringLiteral("92,233,720,368,547,758.07"), QStringLiteral("92233720368547758.07"));
    return m;
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT
private slots:
    void plainTabular()
    {
        const auto m = sampleModel();
        const Tabular t = tabularFromModel(*m, ExportStyle::Plain);
        QCOMPARE(t.columnCount(), 3);
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.kind(0), Tabular::Kind::Text);
        QCOMPARE(t.kind(1), Tabular::Kind::Date);
        QCOMPARE(t.kind(2), Tabular::Kind::Number);
        QCOMPARE(t.rows().at(0),
                 (QStringList{QStringLiteral("Purchase S-000001"), QStringLiteral("2026-03-02"),
                              QStringLiteral("1234.56")}));
    }

    void localeTabularKeepsWhatIsShown()
    {
        const auto m = sampleModel();
        const Tabular t = tabularFromModel(*m, ExportStyle::Locale);
        QCOMPARE(t.rows().at(0).at(1), QStringLiteral("2 Mar 2026"));
        QCOMPARE(t.rows().at(0).at(2), QStringLiteral("1,234.56"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("csv");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("negative number") << QStringLiteral("-5.00") << QStringLiteral("-5.00");
        QTest::newRow("grouped negative")
            << QStringLiteral("-1,234.56") << QStringLiteral("\"-1,234.56\"");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus formula")
            << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("hyperlink")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"click\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("sql text") << QStringLiteral("'; DROP TABLE invoices")
                                  << QStringLiteral("'; DROP TABLE invoices");
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, csv);
        QCOMPARE(Tabular::csvField(value), csv);
    }

    void csvFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        const auto m = sampleModel();
        writeTableFile(tabularFromModel(*m, ExportStyle::Plain), path, QStringLiteral("T"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("Memo,Date,Amount"));
        QCOMPARE(lines.at(1), QStringLiteral("Purchase S-000001,2026-03-02,1234.56"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("\"'=HYPERLINK")));
        QCOMPARE(lines.at(3),
                 QStringLiteral("\"a, \"\"quoted\"\" memo\",2026-03-04,92233720368547758.07"));
    }

    void xlsxFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        const auto m = sampleModel();
        writeTableFile(tabularFromModel(*m, ExportStyle::Plain), path, QStringLiteral("Journal"));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        // An XLSX is a zip; read its sheet with the zip tool of the platform if there is one.
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(2) == "PK");
            return;
        }
        QProcess p;
        p.start(unzip, {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(p.waitForFinished());
        const QString sheet = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(sheet.contains(QStringLiteral("<v>1234.56</v>")), qPrintable(sheet));
        QVERIFY2(sheet.contains(QStringLiteral("<v>-5</v>")), qPrintable(sheet));
        QVERIFY(sheet.contains(QStringLiteral("pane")));
        // 19 significant digits cannot be an exact spreadsheet number: it stays text.
        QVERIFY(!sheet.contains(QStringLiteral("<v>9.2233720368547758e+16</v>")));
    }

    void unknownExtension()
    {
        QTemporaryDir dir;
        const auto m = sampleModel();
        QVERIFY_THROWS_EXCEPTION(Error, writeTableFile(tabularFromModel(*m, ExportStyle::Plain),
                                                       dir.filePath(QStringLiteral("t.txt")),
                                                       QStringLiteral("T")));
    }

    void printableDocument()
    {
        const auto m = sampleModel();
        const auto doc = tableDocument(tabularFromModel(*m, ExportStyle::Locale),
                                       QStringLiteral("Journal"), QStringLiteral("March"));
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Journal")));
        QVERIFY(text.contains(QStringLiteral("1,234.56")));
    }

    void tableCopiesSelectedRows()
    {
        const auto m = sampleModel();
        DataTable table;
        table.setModel(m.get());
        table.selectRow(2);
        table.copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Memo\tDate\tAmount\na, \"quoted\" memo\t4 Mar 2026\t"
                                "92,233,720,368,547,758.07\n"));
    }

    void tableFitsColumnsAndStretchesOne()
    {
        const auto m = sampleModel();
        DataTable table;
        table.resize(900, 300);
        table.setModel(m.get());
        table.setStretchColumn(0);
        table.fitColumns();
        QCOMPARE(table.horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);
        QCOMPARE(table.horizontalHeader()->sectionResizeMode(2), QHeaderView::Interactive);
        QVERIFY(table.columnWidth(2) >=
                table.fontMetrics().horizontalAdvance(QStringLiteral("92,233,720,368,547,758.07")));
    }
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
