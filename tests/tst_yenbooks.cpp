// Books kept in a currency without decimals (yen): credit limits, order approvals and agreement
// terms are written to the audit trail, the client's decision file and the item models in
// whole yen, never as if the currency had cents.
#include "agreementservice.h"
#include "auditlog.h"
#include "clientservice.h"
#include "creditqueuemodel.h"
#include "creditservice.h"
#include "debtorservice.h"
#include "debtortablemodel.h"
#include "error.h"
#include "orderapprovalmodel.h"
#include "orderapprovalservice.h"
#include "settingsrepository.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// The JSON after-image of the newest audit record of `action`.
QJsonObject lastAfter(TestBooks &books, const QString &action)
{
    for (const AuditRecord &r : AuditLog(books.db()).list(books.admin, {}))
        if (r.action == action)
            return QJsonDocument::fromJson(r.after.toUtf8()).object();
    return {};
}

struct YenBooks
{
    explicit YenBooks(const QString &engine, const QString &currency = QStringLiteral("JPY"))
        : books(engine)
    {
        SettingsRepository(books.db()).setValue(QStringLiteral("currency"), currency);
        Client c;
        c.code = QStringLiteral("SAKURA");
        c.name = QStringLiteral("Sakura Trading KK");
        client = ClientService(books.db()).add(books.clerk, c);
        Debtor d;
        d.code = QStringLiteral("FUJI");
        d.name = QStringLiteral("Fuji Retail KK");
        debtor = DebtorService(books.db()).add(books.clerk, d);
    }
    TestBooks books;
    qint64 client = 0;
    qint64 debtor = 0;
};

} // namespace

class tst_YenBooks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-03-02"); }
    void credit_data() { addEngineRows(); }
    void credit();
    void orders_data() { addEngineRows(); }
    void orders();
    void agreement_data() { addEngineRows(); }
    void agreement();
    void centsStayCents();
};

void tst_YenBooks::credit()
{
    QFETCH(QString, engine);
    YenBooks y(engine);
    QCOMPARE(ClientService(y.books.db()).get(y.client).currency.code(), QStringLiteral("JPY"));
    CreditService credit(y.books.db());
    const qint64 r = credit.request(y.books.clerk, y.debtor, Money::fromMinor(1500000),
                                    QStringLiteral("new buyer"));
    QCOMPARE(lastAfter(y.books, QStringLiteral("credit.request"))
                 .value(QStringLiteral("requested_amount"))
                 .toString(),
             QStringLiteral("1500000"));
    CreditDecision partial;
    partial.decision = Decision::Partial;
    partial.amount = Money::fromMinor(1000000);
    partial.reason = QStringLiteral("start lower");
    credit.decide(y.books.analyst, r, partial);
    QCOMPARE(lastAfter(y.books, QStringLiteral("credit.decide"))
                 .value(QStringLiteral("decided_amount"))
                 .toString(),
             QStringLiteral("1000000"));
    // A refusal names the amounts in whole yen too.
    const qint64 again =
        credit.request(y.books.clerk, y.debtor, Money::fromMinor(2000000), QStringLiteral("more"));
    CreditDecision tooHigh;
    tooHigh.decision = Decision::Partial;
    tooHigh.amount = Money::fromMinor(2500000);
    tooHigh.reason = QStringLiteral("x");
    try {
        credit.decide(y.books.analyst, again, tooHigh);
        QFAIL("a partial approval above the request was accepted");
    } catch (const Error &e) {
        QVERIFY2(!e.message().contains(QLatin1String(".00")), qPrintable(e.message()));
    }

    DebtorTableModel debtors(y.books.db());
    debtors.reload();
    QVERIFY(debtors.rowCount() > 0);
    bool shown = false;
    for (int row = 0; row < debtors.rowCount(); ++row)
        for (int col = 0; col < debtors.columnCount(); ++col)
            shown = shown || debtors.index(row, col).data().toString() ==
                                 QLocale().toString(qlonglong(1000000));
    QVERIFY(shown);
}

void tst_YenBooks::orders()
{
    QFETCH(QString, engine);
    YenBooks y(engine);
    OrderApprovalService orders(y.books.db());
    const qint64 id = orders.request(y.books.clerk, y.client, y.debtor, Money::fromMinor(250000),
                                     QDate(2026, 3, 10), QStringLiteral("PO-1"));
    QCOMPARE(orders.find(id).amount.currency().code(), QStringLiteral("JPY"));
    QCOMPARE(lastAfter(y.books, QStringLiteral("order.request"))
                 .value(QStringLiteral("amount"))
                 .toString(),
             QStringLiteral("250000"));
    OrderDecision d;
    d.decision = Decision::Partial;
    d.amount = Money::fromMinor(200000);
    d.reason = QStringLiteral("part");
    orders.decide(y.books.analyst, id, d);
    QCOMPARE(lastAfter(y.books, QStringLiteral("order.decide"))
                 .value(QStringLiteral("approved_amount"))
                 .toString(),
             QStringLiteral("200000"));
    const QStringList csv = orders.decisionsCsv(y.client).split(QStringLiteral("\r\n"));
    QVERIFY2(csv.value(1).contains(QLatin1String(",250000,")), qPrintable(csv.value(1)));
    QVERIFY2(csv.value(1).contains(QLatin1String(",200000,")), qPrintable(csv.value(1)));

    OrderApprovalModel model(y.books.db());
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    bool shown = false;
    for (int col = 0; col < model.columnCount(); ++col)
        shown =
            shown || model.index(0, col).data().toString() == QLocale().toString(qlonglong(250000));
    QVERIFY(shown);
}

void tst_YenBooks::agreement()
{
    QFETCH(QString, engine);
    YenBooks y(engine);
    Agreement terms = AgreementService::defaults();
    const Currency yen(QStringLiteral("JPY"));
    terms.facilityLimit = Money::fromMinor(50000000, yen);
    terms.minimumFee = Money::fromMinor(30000, yen);
    AgreementService(y.books.db()).setTerms(y.books.manager, y.client, QDate(2026, 1, 1), terms);
    const QJsonObject after = lastAfter(y.books, QStringLiteral("agreement.set"));
    QVERIFY(!after.isEmpty());
    for (auto it = after.begin(); it != after.end(); ++it)
        QVERIFY2(!it.value().toString().endsWith(QLatin1String(".00")),
                 qPrintable(it.key() + QStringLiteral(": ") + it.value().toString()));
}

// The same records in euro books: two decimals, so the audit trail never shows minor units.
void tst_YenBooks::centsStayCents()
{
    YenBooks e(QStringLiteral("sqlite"), QStringLiteral("EUR"));
    CreditService(e.books.db())
        .request(e.books.clerk, e.debtor, Money::fromMinor(1500000), QStringLiteral("x"));
    QCOMPARE(lastAfter(e.books, QStringLiteral("credit.request"))
                 .value(QStringLiteral("requested_amount"))
                 .toString(),
             QStringLiteral("15000.00"));
    OrderApprovalService(e.books.db())
        .request(e.books.clerk, e.client, e.debtor, Money::fromMinor(250000), QDate(2026, 3, 10),
                 QStringLiteral("PO-1"));
    QCOMPARE(lastAfter(e.books, QStringLiteral("order.request"))
                 .value(QStringLiteral("amount"))
                 .toString(),
             QStringLiteral("2500.00"));
}

QTEST_GUILESS_MAIN(tst_YenBooks)
#include "tst_yenbooks.moc"
