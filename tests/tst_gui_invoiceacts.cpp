// What is done to a bought invoice from its dialog (Invoices view, double-click): a clerk
// records the client's credit note and a debtor's dispute, a manager charges an invoice back;
// a clerk sees Charge back disabled and told why. Real widgets, offscreen.
#include "chargebackservice.h"
#include "creditnoteservice.h"
#include "datatable.h"
#include "disputeservice.h"
#include "invoiceactiondialog.h"
#include "invoicesview.h"
#include "invoicetablemodel.h"
#include "purchasefixture.h"
#include "recorddialogs.h"
#include "sqlquery.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

qint64 openOf(TestBooks &books, const QString &invoiceNo)
{
    return SqlQuery(books.db(),
                    QStringLiteral("SELECT open_balance FROM invoices WHERE invoice_no = ?"))
        .bind(invoiceNo)
        .scalar()
        .toLongLong();
}

// Opens the invoice's dialog from the view by double-click.
InvoiceDialog *openInvoice(InvoicesView &view, const QString &invoiceNo)
{
    auto *table = qobject_cast<DataTable *>(view.table());
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex cell =
            table->model()->index(row, int(InvoiceTableModel::Column::InvoiceNo));
        if (cell.data().toString() != invoiceNo)
            continue;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        InvoiceDialog *dialog = nullptr;
        if (QTest::qWaitFor([&] {
                dialog = view.findChild<InvoiceDialog *>();
                return dialog && dialog->isVisible();
            }))
            return dialog;
    }
    return nullptr;
}

// Clicks the act's button and records it with `amount` (as typed in the locale) and `text`.
bool record(InvoiceDialog *dialog, int act, const QString &amount, const QString &text,
            QString *error = nullptr)
{
    QPushButton *b = dialog->actButtons().value(act);
    if (!b || !b->isEnabled())
        return false;
    b->click();
    InvoiceActionDialog *acts = nullptr;
    if (!QTest::qWaitFor([&] {
            acts = dialog->findChild<InvoiceActionDialog *>();
            return acts && acts->isVisible();
        }))
        return false;
    acts->amountEdit()->setText(amount);
    acts->textEdit()->setText(text);
    QTest::keyClick(acts->textEdit(), Qt::Key_Return);
    const bool closed = QTest::qWaitFor([&] { return !acts->isVisible(); }, 2000);
    if (!closed && error)
        *error = acts->errorLabel()->message();
    return closed;
}

} // namespace

class tst_GuiInvoiceActs : public QObject
{
    Q_OBJECT
private slots:
    void creditNoteDisputeChargeback();
};

void tst_GuiInvoiceActs::creditNoteDisputeChargeback()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    f.buy(books, {PurchaseFixture::line(QStringLiteral("A-1"), QStringLiteral("BUYER1"),
                                        QStringLiteral("1000.00")),
                  PurchaseFixture::line(QStringLiteral("A-2"), QStringLiteral("BUYER1"),
                                        QStringLiteral("500.00")),
                  PurchaseFixture::line(QStringLiteral("A-3"), QStringLiteral("BUYER2"),
                                        QStringLiteral("300.00"))});
    const QLocale locale;
    QMainWindow main;
    InvoicesView view(AppContext{&books.db(), books.clerk});
    main.setCentralWidget(&view);
    main.resize(1300, 800);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QTRY_COMPARE(view.model()->rowCount(), 3);

    // A clerk: a credit note of 100.00 on A-1; charge back is a manager's, and says so.
    InvoiceDialog *dialog = openInvoice(view, QStringLiteral("A-1"));
    QVERIFY(dialog);
    QCOMPARE(dialog->actButtons().size(), qsizetype(3));
    QVERIFY(!dialog->actButtons().at(2)->isEnabled());
    QVERIFY(dialog->actButtons().at(2)->toolTip().contains(QLatin1String("managers")));
    QString error;
    QVERIFY2(record(dialog, 0,
                    Money::fromMinor(10000, Currency(QStringLiteral("EUR"))).toLocaleString(locale),
                    QStringLiteral("CN-1"), &error),
             qPrintable(error));
    QTRY_VERIFY(!view.findChild<InvoiceDialog *>() ||
                !view.findChild<InvoiceDialog *>()->isVisible());
    QCOMPARE(openOf(books, QStringLiteral("A-1")), 90000);
    QCOMPARE(CreditNoteService(books.db()).list(QString()).size(), qsizetype(1));

    // A dispute of the whole 500.00 of A-2 (the amount starts at what is open).
    QTRY_COMPARE(view.model()->rowCount(), 3);
    dialog = openInvoice(view, QStringLiteral("A-2"));
    QVERIFY(dialog);
    QVERIFY(record(dialog, 1,
                   Money::fromMinor(50000, Currency(QStringLiteral("EUR"))).toLocaleString(locale),
                   QStringLiteral("goods damaged"), &error));
    const QList<Dispute> disputes = DisputeService(books.db()).list(true);
    QCOMPARE(disputes.size(), qsizetype(1));
    QCOMPARE(disputes.first().invoiceNo, QStringLiteral("A-2"));
    QCOMPARE(openOf(books, QStringLiteral("A-2")), 50000); // a dispute posts nothing

    // An amount that is not one is refused in the dialog, nothing recorded.
    QTRY_COMPARE(view.model()->rowCount(), 3);
    dialog = openInvoice(view, QStringLiteral("A-3"));
    QVERIFY(dialog);
    QVERIFY(!record(dialog, 0, QStringLiteral("3OO"), QString(), &error));
    QVERIFY2(error.startsWith(QLatin1String("Amount:")), qPrintable(error));
    QCOMPARE(CreditNoteService(books.db()).list(QString()).size(), qsizetype(1));
    dialog->findChild<InvoiceActionDialog *>()->reject();
    dialog->reject();

    // A manager charges A-3 back in full.
    InvoicesView managerView(AppContext{&books.db(), books.manager});
    main.setCentralWidget(&managerView); // deletes the clerk's view
    QTRY_COMPARE(managerView.model()->rowCount(), 3);
    dialog = openInvoice(managerView, QStringLiteral("A-3"));
    QVERIFY(dialog);
    QVERIFY(dialog->actButtons().at(2)->isEnabled());
    QVERIFY2(record(dialog, 2,
                    Money::fromMinor(30000, Currency(QStringLiteral("EUR"))).toLocaleString(locale),
                    QStringLiteral("debtor refuses to pay"), &error),
             qPrintable(error));
    QCOMPARE(openOf(books, QStringLiteral("A-3")), 0);
}

QTEST_MAIN(tst_GuiInvoiceActs)
#include "tst_gui_invoiceacts.moc"
