// The Payments view driven through its widgets, offscreen: a manager sees the due payments
// with client, IBAN and amount, runs them through "Run payments…" (date, version, file) and
// reads the result; the runs history and the sent status follow; a run refused for a client
// without a valid IBAN says so by name and writes nothing; Cash posting lists the payments
// out beside the receipts. The PaymentsModel passes QAbstractItemModelTester.
#include "bankfileschema.h"
#include "cashpostingview.h"
#include "errorlabel.h"
#include "factorprofileservice.h"
#include "paymentrundialog.h"
#include "paymentsmodel.h"
#include "paymentsview.h"
#include "purchasefixture.h"
#include "sqlquery.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const QString kClientIban = QStringLiteral("DE02120300000000202051");

struct PaymentBooks
{
    TestBooks books;
    PurchaseFixture f;
    QTemporaryDir dir;
    PaymentBooks()
    {
        f = PurchaseFixture::create(books);
        FactorProfileService profiles(books.db());
        FactorProfile p = profiles.profile();
        p.name = QStringLiteral("Test Factor");
        p.bankAccount = QStringLiteral("DE89370400440532013000");
        profiles.setProfile(books.admin, p);
        setAccount(kClientIban);
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1000.00"))});
        f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER2"),
                                            QStringLiteral("500.00"))});
    }
    void setAccount(const QString &account)
    {
        SqlQuery(books.db(), QStringLiteral("UPDATE clients SET bank_account = ? WHERE id = ?"))
            .bind(account)
            .bind(f.clientId)
            .exec();
    }
};

QString cell(QAbstractItemModel *m, int row, PaymentsModel::Column c)
{
    return m->index(row, int(c)).data().toString();
}

} // namespace

class tst_GuiPayments : public QObject
{
    Q_OBJECT
private slots:
    void modelPassesTester();
    void managerRunsPayments();
    void refusedNamesTheClient();
    void dialogAsksDateVersionFile();
    void cashPostingShowsPaymentsOut();
    void othersDoNotRun();
};

void tst_GuiPayments::modelPassesTester()
{
    PaymentBooks b;
    PaymentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPayments(PaymentService(b.books.db()).list());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PaymentsModel::Column::Count));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(cell(&model, 0, PaymentsModel::Column::Account),
             QStringLiteral("DE02 1203 0000 0000 2020 51"));
    QCOMPARE(cell(&model, 0, PaymentsModel::Column::Kind), QStringLiteral("Advance"));
    QCOMPARE(model.index(0, int(PaymentsModel::Column::Amount)).data(PaymentsModel::RawRole),
             QVariant::fromValue(qint64(93000)));
    QCOMPARE(model.headerData(int(PaymentsModel::Column::Status), Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    model.setPayments({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_GuiPayments::managerRunsPayments()
{
    PaymentBooks b;
    PaymentsView view(AppContext{&b.books.db(), b.books.manager});
    view.resize(1000, 600);
    view.show();
    QCOMPARE(view.dueModel()->rowCount(), 2);
    QVERIFY(view.runAction()->isEnabled());
    QVERIFY2(view.findChild<QLabel *>(QStringLiteral("dueTotal"))
                 ->text()
                 .contains(QLatin1String("2 payment")),
             qPrintable(view.findChild<QLabel *>(QStringLiteral("dueTotal"))->text()));

    const QString path = b.dir.filePath(QStringLiteral("run.xml"));
    QVERIFY(view.runPayments(path, QDate(2026, 3, 3), QStringLiteral("03")));
    QVERIFY(view.resultLabel()->isVisibleTo(&view));
    QVERIFY2(view.resultLabel()->text().contains(QLatin1String("Sent 2 payment")),
             qPrintable(view.resultLabel()->text()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(BankFileSchema::check(f.readAll(), QStringLiteral("pain.001.001.03")).isEmpty());

    QCOMPARE(view.dueModel()->rowCount(), 0);
    QCOMPARE(view.sentModel()->rowCount(), 2);
    QCOMPARE(cell(view.sentModel(), 0, PaymentsModel::Column::Status), QStringLiteral("Sent"));
    QVERIFY(!cell(view.sentModel(), 0, PaymentsModel::Column::EndToEndId).isEmpty());
    QCOMPARE(view.runsModel()->rowCount(), 1);
    QCOMPARE(view.runsModel()->index(0, 3).data().toString(), QStringLiteral("2"));

    // Nothing due: a second run says so and writes nothing.
    const QString again = b.dir.filePath(QStringLiteral("again.xml"));
    QVERIFY(!view.runPayments(again, {}, QStringLiteral("09")));
    QVERIFY(!view.messageLabel()->text().isEmpty());
    QVERIFY(!QFile::exists(again));
}

void tst_GuiPayments::refusedNamesTheClient()
{
    PaymentBooks b;
    b.setAccount(QStringLiteral("Sparbuch 4711"));
    PaymentsView view(AppContext{&b.books.db(), b.books.manager});
    const QString path = b.dir.filePath(QStringLiteral("run.xml"));
    QVERIFY(!view.runPayments(path, {}, QStringLiteral("03")));
    QVERIFY2(view.messageLabel()->text().contains(QLatin1String("Acme Tools Ltd")),
             qPrintable(view.messageLabel()->text()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(view.dueModel()->rowCount(), 2);
    QVERIFY(view.dueModel()
                ->index(0, int(PaymentsModel::Column::Account))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("IBAN")));
}

void tst_GuiPayments::dialogAsksDateVersionFile()
{
    PaymentBooks b;
    PaymentsView view(AppContext{&b.books.db(), b.books.manager});
    view.show();
    const QString path = b.dir.filePath(QStringLiteral("dialog.xml"));
    bool seen = false;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = view.findChild<PaymentRunDialog *>();
        QVERIFY(dialog);
        seen = true;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no file yet
        dialog->dateEdit()->setDate(QDate(2026, 3, 5));
        dialog->versionCombo()->setCurrentIndex(1);
        QTest::keyClicks(dialog->pathEdit(), path);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    view.runAction()->trigger();
    QVERIFY(seen);
    QVERIFY(QFile::exists(path));
    QCOMPARE(view.sentModel()->rowCount(), 2);
    const QList<PaymentRun> runs = PaymentService(b.books.db()).runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().version, QStringLiteral("pain.001.001.09"));
    QCOMPARE(runs.first().date, QDate(2026, 3, 5));
}

void tst_GuiPayments::cashPostingShowsPaymentsOut()
{
    PaymentBooks b;
    PaymentService(b.books.db())
        .run(b.books.manager, b.dir.filePath(QStringLiteral("r.xml")), QDate(2026, 3, 3));
    CashPostingView view(AppContext{&b.books.db(), b.books.clerk});
    QCOMPARE(view.tabs()->count(), 2);
    QCOMPARE(view.tabs()->tabText(1), QStringLiteral("Payments out"));
    QCOMPARE(view.paymentsOutModel()->rowCount(), 2);
    QCOMPARE(cell(view.paymentsOutModel(), 0, PaymentsModel::Column::Status),
             QStringLiteral("Sent"));
}

void tst_GuiPayments::othersDoNotRun()
{
    PaymentBooks b;
    PaymentsView view(AppContext{&b.books.db(), b.books.clerk});
    QVERIFY(!view.runAction()->isEnabled());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
}

QTEST_MAIN(tst_GuiPayments)
#include "tst_gui_payments.moc"
