// The Disputes view driven through its real widgets, offscreen: open disputes listed, one
// resolved as paid by a clerk, one credited, one charged back by a manager (a clerk is told
// why not); every resolution shows in the books.
#include "datatable.h"
#include "disputeservice.h"
#include "disputesview.h"
#include "errorlabel.h"
#include "purchasefixture.h"
#include "sqlquery.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_GuiDisputes : public QObject
{
    Q_OBJECT
private slots:
    void resolveEachWay();
};

void tst_GuiDisputes::resolveEachWay()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    f.buy(books, {PurchaseFixture::line(QStringLiteral("D-1"), QStringLiteral("BUYER1"),
                                        QStringLiteral("1000.00")),
                  PurchaseFixture::line(QStringLiteral("D-2"), QStringLiteral("BUYER1"),
                                        QStringLiteral("500.00")),
                  PurchaseFixture::line(QStringLiteral("D-3"), QStringLiteral("BUYER2"),
                                        QStringLiteral("300.00"))});
    const auto open = [&](const char *invoice, qint64 minor, const char *reason) {
        DisputeInput in;
        in.clientCode = QStringLiteral("ACME");
        in.invoiceNo = QString::fromLatin1(invoice);
        in.amount = Money::fromMinor(minor, Currency(QStringLiteral("EUR")));
        in.reasonCode = QString::fromLatin1(reason);
        return DisputeService(books.db()).open(books.clerk, in);
    };
    const auto balance = [&](const char *invoice) {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT open_balance FROM invoices WHERE invoice_no = ?"))
            .bind(QString::fromLatin1(invoice))
            .scalar()
            .toLongLong();
    };
    const qint64 d1 = open("D-1", 10000, "PRICE");
    const qint64 d2 = open("D-2", 5000, "DAMAGED");
    const qint64 d3 = open("D-3", 30000, "NOT_RECEIVED");

    DisputesView clerk(AppContext{&books.db(), books.clerk});
    QAbstractItemModelTester tester(clerk.model());
    clerk.resize(1200, 600);
    clerk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clerk));
    QCOMPARE(clerk.model()->rowCount(), 3);
    QVERIFY(clerk.selectDispute(d3));
    QVERIFY(!clerk.resolveButtons().at(2)->isEnabled());
    QVERIFY(clerk.resolveButtons().at(2)->toolTip().contains(QLatin1String("managers")));
    QVERIFY(clerk.selectDispute(d1));
    QVERIFY(clerk.resolveButtons().at(0)->isEnabled());
    QVERIFY(clerk.resolveSelected(DisputeResolution::Paid, QStringLiteral("paid in full later")));
    QCOMPARE(clerk.model()->rowCount(), 2); // open only
    QCOMPARE(balance("D-1"), 100000);       // paid: nothing posted
    QVERIFY(clerk.selectDispute(d2));
    QVERIFY(clerk.resolveSelected(DisputeResolution::Credited, QStringLiteral("credit note")));
    QCOMPARE(balance("D-2"), 45000); // the client's credit note for the disputed 50.00
    clerk.openOnlyBox()->setChecked(false);
    QCOMPARE(clerk.model()->rowCount(), 3);
    QVERIFY(clerk.selectDispute(d1));
    QVERIFY(!clerk.resolveButtons().at(0)->isEnabled()); // resolved already

    DisputesView manager(AppContext{&books.db(), books.manager});
    QVERIFY(manager.selectDispute(d3));
    QVERIFY(manager.resolveButtons().at(2)->isEnabled());
    QVERIFY2(manager.resolveSelected(DisputeResolution::ChargedBack, QStringLiteral("no proof")),
             qPrintable(manager.messageLabel()->message()));
    QCOMPARE(balance("D-3"), 0);
    QCOMPARE(DisputeService(books.db()).list(true).size(), qsizetype(0));
}

QTEST_MAIN(tst_GuiDisputes)
#include "tst_gui_disputes.moc"
