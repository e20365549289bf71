// The reserve dialog (docs/domain.md §12) driven as a user would: opened from the Clients view
// (button and context menu), the figures as of the business date, Release for managers only,
// a refusal above the releasable amount, a release, the settlement statement saved as PDF, and
// a negative reserve in red with its shortfall as recourse receivable.
#include "agreementservice.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "clientsview.h"
#include "errorlabel.h"
#include "journalfixture.h"
#include "reservedialog.h"
#include "settlementstatement.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>
#include <functional>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

template <typename D> void whenModal(std::function<void(D *)> act, bool *ran)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, ran, tries] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 300)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog) {
            *ran = true;
            act(dialog);
        }
    });
    timer->start();
}

AppContext as(TestBooks &books, const Session &who)
{
    return AppContext{&books.db(), who};
}

// Client ACME (60 % advance) with 100,000.00 bought and paid on 2026-03-02, the business
// date: a reserve of 40,000.00, all of it releasable.
qint64 setUp(TestBooks &books)
{
    BusinessCalendar(books.db()).start(QDate(2026, 3, 2));
    Client c;
    c.code = QStringLiteral("ACME");
    c.name = QStringLiteral("Acme Tools Ltd");
    const qint64 client = ClientService(books.db()).add(books.clerk, c);
    Agreement t = AgreementService::defaults();
    t.advanceRate = Rate::fromPpm(600000);
    t.commissionRate = Rate();
    AgreementService(books.db()).setTerms(books.manager, client, QDate(2026, 1, 1), t);
    const qint64 invoice = seedInvoice(books.db(), 10000000, client);
    JournalEntry buy;
    buy.date = QDate(2026, 3, 2);
    buy.currency = EUR;
    buy.kind = QStringLiteral("purchase");
    buy.lines = {debit(Accounts::factoredReceivables(), 10000000),
                 credit(Accounts::bank(), 6000000), credit(Accounts::clientReserves(), 4000000)};
    buy.lines[0].invoiceId = invoice;
    buy.lines[0].clientId = client;
    buy.lines[2].clientId = client;
    JournalService(books.db()).post(books.manager, buy);
    JournalEntry pay;
    pay.date = QDate(2026, 3, 2);
    pay.currency = EUR;
    pay.kind = QStringLiteral("receipt");
    pay.lines = {debit(Accounts::bank(), 10000000),
                 credit(Accounts::factoredReceivables(), 10000000)};
    pay.lines[1].invoiceId = invoice;
    pay.lines[1].clientId = client;
    JournalService(books.db()).post(books.manager, pay);
    return client;
}

} // namespace

class tst_GuiReserve : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("FACTORDESK_TODAY"); }
    void fromClientsView();
    void releaseAsManager();
    void negativeReserveInRed();
};

void tst_GuiReserve::fromClientsView()
{
    TestBooks books;
    setUp(books);
    ClientsView view(as(books, books.clerk));
    QVERIFY(!view.reserveButton()->isEnabled()); // nothing selected
    QVERIFY(view.table()->actions().contains(view.reserveAction()));
    QVERIFY(view.selectClient(QStringLiteral("ACME")));
    QVERIFY(view.reserveButton()->isEnabled());
    QVERIFY(view.reserveAction()->isEnabled());
    bool ran = false;
    QString releasable;
    bool releaseEnabled = true;
    QString tooltip;
    whenModal<ReserveDialog>(
        [&](ReserveDialog *d) {
            releasable = d->figureLabel(QStringLiteral("releasable"))->text();
            releaseEnabled = d->releaseButton()->isEnabled();
            tooltip = d->releaseButton()->toolTip();
            d->reject();
        },
        &ran);
    view.reserveAction()->trigger();
    QVERIFY(ran);
    QCOMPARE(releasable, eur(4000000).toLocaleString(view.locale()));
    QVERIFY(!releaseEnabled); // a clerk
    QVERIFY2(tooltip.contains(QStringLiteral("manager")), qPrintable(tooltip));
}

void tst_GuiReserve::releaseAsManager()
{
    TestBooks books;
    const qint64 client = setUp(books);
    ReserveDialog d(as(books, books.manager), client);
    QCOMPARE(d.dateEdit()->date(), QDate(2026, 3, 2)); // the business date
    QVERIFY(d.releaseButton()->isEnabled());
    const QLocale locale = d.locale();
    QCOMPARE(d.figureLabel(QStringLiteral("balance"))->text(), eur(4000000).toLocaleString(locale));
    QCOMPARE(d.figureLabel(QStringLiteral("held"))->text(), eur(0).toLocaleString(locale));
    QCOMPARE(d.amountEdit()->text(), eur(4000000).toLocaleString(locale));

    // Above the releasable amount: refused, with the figures in the message.
    d.amountEdit()->clear();
    QTest::keyClicks(d.amountEdit(), QStringLiteral("40000.01"));
    QTest::mouseClick(d.releaseButton(), Qt::LeftButton);
    QVERIFY2(d.messageLine()->message().contains(QStringLiteral("releasable")),
             qPrintable(d.messageLine()->message()));
    QCOMPARE(d.releaseId(), qint64(0));
    d.amountEdit()->clear();
    QTest::keyClicks(d.amountEdit(), QStringLiteral("ten"));
    QTest::mouseClick(d.releaseButton(), Qt::LeftButton);
    QVERIFY(d.messageLine()->message().contains(QStringLiteral("ten")));

    d.amountEdit()->clear();
    QTest::keyClicks(d.amountEdit(), QStringLiteral("10000"));
    QTest::mouseClick(d.releaseButton(), Qt::LeftButton);
    QVERIFY2(d.messageLine()->message().isEmpty(), qPrintable(d.messageLine()->message()));
    QVERIFY(d.releaseId() > 0);
    QCOMPARE(d.figures().balance, eur(3000000));
    QCOMPARE(d.figureLabel(QStringLiteral("releasable"))->text(),
             eur(3000000).toLocaleString(locale));
    QCOMPARE(d.amountEdit()->text(), eur(3000000).toLocaleString(locale));

    // The statement of the release just made, saved as PDF.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settlement.pdf"));
    QVERIFY(d.saveStatement(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QCOMPARE(d.statement().releaseId, d.releaseId());
    QCOMPARE(d.statement().released, eur(1000000));

    // An earlier date shows the figures of that date.
    d.dateEdit()->setDate(QDate(2026, 3, 1));
    QCOMPARE(d.figures().balance, eur(0));
}

void tst_GuiReserve::negativeReserveInRed()
{
    TestBooks books;
    const qint64 client = setUp(books);
    JournalEntry e;
    e.date = QDate(2026, 3, 2);
    e.currency = EUR;
    e.kind = QStringLiteral("charge");
    e.lines = {debit(Accounts::clientReserves(), 4500000),
               credit(Accounts::chargesIncome(), 4500000)};
    e.lines[0].clientId = client;
    e.lines[1].clientId = client;
    JournalService(books.db()).post(books.manager, e);
    ReserveDialog d(as(books, books.analyst), client);
    QCOMPARE(d.figures().balance, eur(-500000));
    QCOMPARE(d.figureLabel(QStringLiteral("balance"))->styleSheet(), alertStyleSheet());
    QCOMPARE(d.figureLabel(QStringLiteral("recourse"))->text(),
             eur(500000).toLocaleString(d.locale()));
    QCOMPARE(d.figureLabel(QStringLiteral("recourse"))->styleSheet(), alertStyleSheet());
    QCOMPARE(d.figureLabel(QStringLiteral("releasable"))->text(),
             eur(0).toLocaleString(d.locale()));
    QVERIFY(d.figureLabel(QStringLiteral("held"))->styleSheet().isEmpty());
}

QTEST_MAIN(tst_GuiReserve)
#include "tst_gui_reserve.moc"
