// CreditService: requests, decisions (four eyes), history, sub-limits, the analyst's queue,
// their item models, and the limit commands of the CLI.
#include "clientservice.h"
#include "credithistorymodel.h"
#include "creditqueuemodel.h"
#include "creditservice.h"
#include "debtorservice.h"
#include "error.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_Credit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-03-02"); }
    void approvePartialDeclineHold_data() { addEngineRows(); }
    void approvePartialDeclineHold();
    void fourEyes_data() { addEngineRows(); }
    void fourEyes();
    void refusals_data();
    void refusals();
    void subLimits_data() { addEngineRows(); }
    void subLimits();
    void queue_data() { addEngineRows(); }
    void queue();
    void models();
    void cliFourEyes();
};

namespace {

qint64 addDebtor(TestBooks &books, const QString &code)
{
    Debtor d;
    d.code = code;
    d.name = code + QStringLiteral(" GmbH");
    return DebtorService(books.db()).add(books.clerk, d);
}

qint64 addClient(TestBooks &books, const QString &code)
{
    Client c;
    c.code = code;
    c.name = code + QStringLiteral(" Ltd");
    return ClientService(books.db()).add(books.clerk, c);
}

CreditDecision decision(Decision d, qint64 amount = 0, QDate review = {}, QString reason = {})
{
    CreditDecision c;
    c.decision = d;
    c.amount = Money::fromMinor(amount);
    c.reviewDate = review;
    c.reason = reason.isEmpty() ? QStringLiteral("checked") : reason;
    return c;
}

} // namespace

void tst_Credit::approvePartialDeclineHold()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    CreditService credit(books.db());
    DebtorService debtors(books.db());
    const qint64 d = addDebtor(books, QStringLiteral("D"));

    // Approve: the requested amount, the review date given.
    qint64 r =
        credit.request(books.clerk, d, Money::fromMinor(500000), QStringLiteral("new customer"));
    QCOMPARE(credit.openRequest(d)->id, r);
    credit.decide(books.analyst, r, decision(Decision::Approve, 0, QDate(2026, 9, 1)));
    QCOMPARE(debtors.find(d).creditLimit.minor(), qint64(500000));
    QCOMPARE(debtors.find(d).limitReviewDate, QDate(2026, 9, 1));
    QCOMPARE(credit.find(r).status, RequestStatus::Approved);
    QCOMPARE(credit.find(r).decidedAmount.value().minor(), qint64(500000));
    QCOMPARE(credit.find(r).decidedBy, QStringLiteral("analyst"));
    QVERIFY(!credit.openRequest(d).has_value());

    // Decline: the limit granted before stays, with its review date.
    r = credit.request(books.clerk, d, Money::fromMinor(900000), QStringLiteral("more"));
    credit.decide(books.analyst, r,
                  decision(Decision::Decline, 0, {}, QStringLiteral("weak accounts")));
    QCOMPARE(debtors.find(d).creditLimit.minor(), qint64(500000));
    QCOMPARE(debtors.find(d).limitReviewDate, QDate(2026, 9, 1));
    QCOMPARE(credit.find(r).status, RequestStatus::Declined);
    QCOMPARE(credit.find(r).decisionReason, QStringLiteral("weak accounts"));

    // Hold, then partial: a lower amount; the review date defaults to a year on.
    r = credit.request(books.analyst, d, Money::fromMinor(800000), QStringLiteral("season"));
    credit.decide(books.boss, r, decision(Decision::Hold));
    QCOMPARE(credit.find(r).status, RequestStatus::Hold);
    QCOMPARE(credit.openRequest(d)->id, r);
    QCOMPARE(debtors.find(d).creditLimit.minor(), qint64(500000));
    credit.decide(books.boss, r, decision(Decision::Partial, 650000));
    QCOMPARE(debtors.find(d).creditLimit.minor(), qint64(650000));
    QCOMPARE(debtors.find(d).limitReviewDate, QDate(2027, 3, 2));
    QCOMPARE(credit.find(r).status, RequestStatus::Partial);

    // The full history, newest first.
    const QList<CreditRequest> h = credit.history(d);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h[0].status, RequestStatus::Partial);
    QCOMPARE(h[1].status, RequestStatus::Declined);
    QCOMPARE(h[2].status, RequestStatus::Approved);
    QCOMPARE(h[2].requestedBy, QStringLiteral("clerk"));
    QCOMPARE(credit.list(true).size(), 0);
    QCOMPARE(credit.list().size(), 3);

    SqlQuery audit(
        books.db(),
        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'credit_request'"));
    QCOMPARE(audit.scalar().toLongLong(), qint64(7)); // 3 requests, 4 decisions
}

void tst_Credit::fourEyes()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    CreditService credit(books.db());
    const qint64 d = addDebtor(books, QStringLiteral("D"));
    const qint64 r = credit.request(books.analyst, d, Money::fromMinor(100000), {});
    try {
        credit.decide(books.analyst, r, decision(Decision::Approve));
        QFAIL("an analyst decided her own request");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
        QVERIFY2(e.message().contains(QLatin1String("four eyes")), qPrintable(e.message()));
    }
    QCOMPARE(credit.find(r).status, RequestStatus::Pending);
    QCOMPARE(DebtorService(books.db()).creditLimit(d).minor(), qint64(0));
    // The table refuses it too, whatever the code above it does.
    QVERIFY_THROWS_EXCEPTION(
        Error, SqlQuery(books.db(), QStringLiteral("UPDATE credit_requests SET decided_by = "
                                                   "requested_by WHERE id = ?"))
                   .bind(r)
                   .exec());
    credit.decide(books.boss, r, decision(Decision::Approve));
    QCOMPARE(DebtorService(books.db()).creditLimit(d).minor(), qint64(100000));
}

void tst_Credit::refusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<int>("decision"); // -1: the request itself is refused
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QDate>("review");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    const int V = int(Error::Kind::Validation);
    const int P = int(Error::Kind::Permission);
    QTest::newRow("negative amount")
        << "clerk" << qint64(-5) << -1 << qint64(0) << QDate() << "x" << V << "amount";
    QTest::newRow("zero amount") << "clerk" << qint64(0) << -1 << qint64(0) << QDate() << "x" << V
                                 << "amount";
    QTest::newRow("manager requests")
        << "manager" << qint64(100) << -1 << qint64(0) << QDate() << "x" << P << "";
    QTest::newRow("partial without amount") << "analyst" << qint64(1000) << int(Decision::Partial)
                                            << qint64(0) << QDate() << "x" << V << "amount";
    QTest::newRow("partial equal") << "analyst" << qint64(1000) << int(Decision::Partial)
                                   << qint64(1000) << QDate() << "x" << V << "amount";
    QTest::newRow("partial higher") << "analyst" << qint64(1000) << int(Decision::Partial)
                                    << qint64(2000) << QDate() << "x" << V << "amount";
    QTest::newRow("partial negative") << "analyst" << qint64(1000) << int(Decision::Partial)
                                      << qint64(-1) << QDate() << "x" << V << "amount";
    QTest::newRow("review today") << "analyst" << qint64(1000) << int(Decision::Approve)
                                  << qint64(0) << QDate(2026, 3, 2) << "x" << V << "review_date";
    QTest::newRow("review past") << "analyst" << qint64(1000) << int(Decision::Approve) << qint64(0)
                                 << QDate(2025, 1, 1) << "x" << V << "review_date";
    QTest::newRow("decline without reason") << "analyst" << qint64(1000) << int(Decision::Decline)
                                            << qint64(0) << QDate() << " " << V << "reason";
    QTest::newRow("clerk decides") << "clerk" << qint64(1000) << int(Decision::Approve) << qint64(0)
                                   << QDate() << "x" << P << "";
}

void tst_Credit::refusals()
{
    QFETCH(QString, who);
    QFETCH(qint64, requested);
    QFETCH(int, decision);
    QFETCH(qint64, amount);
    QFETCH(QDate, review);
    QFETCH(QString, reason);
    QFETCH(int, kind);
    QFETCH(QString, field);
    TestBooks books;
    CreditService credit(books.db());
    const qint64 d = addDebtor(books, QStringLiteral("D"));
    const Session &actor = who == QLatin1String("clerk")     ? books.clerk
                           : who == QLatin1String("manager") ? books.manager
                                                             : books.analyst;
    try {
        if (decision < 0) {
            credit.request(actor, d, Money::fromMinor(requested), {});
        } else {
            const qint64 r = credit.request(books.clerk, d, Money::fromMinor(requested), {});
            CreditDecision c;
            c.decision = Decision(decision);
            c.amount = Money::fromMinor(amount);
            c.reviewDate = review;
            c.reason = reason;
            credit.decide(actor, r, c);
        }
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(int(e.kind()), kind);
        if (!field.isEmpty())
            QCOMPARE(e.field(), field);
    }
    QCOMPARE(DebtorService(books.db()).creditLimit(d).minor(), qint64(0));

    // Refusals that need more set-up than a row.
    if (QByteArray(QTest::currentDataTag()) != "negative amount")
        return;
    QVERIFY_THROWS_EXCEPTION(
        Error, credit.request(books.clerk, 9999, Money::fromMinor(100), {})); // unknown debtor
    const qint64 r = credit.request(books.clerk, d, Money::fromMinor(100), {});
    try {
        credit.request(books.clerk, d, Money::fromMinor(200), {});
        QFAIL("a second open request");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    credit.decide(books.analyst, r, {Decision::Approve, {}, {}, {}, {}});
    try {
        credit.decide(books.boss, r, {Decision::Decline, {}, {}, QStringLiteral("x"), {}});
        QFAIL("decided twice");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    DebtorService(books.db()).setStatus(books.clerk, d, DebtorStatus::Insolvent, QDate(2026, 3, 1));
    try {
        credit.request(books.clerk, d, Money::fromMinor(100), {});
        QFAIL("a limit for an insolvent debtor");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QVERIFY_THROWS_EXCEPTION(Error, parseDecision(QStringLiteral("maybe")));
}

void tst_Credit::subLimits()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    CreditService credit(books.db());
    DebtorService debtors(books.db());
    const qint64 d = addDebtor(books, QStringLiteral("D"));
    const qint64 c = addClient(books, QStringLiteral("C"));
    credit.decide(books.analyst, credit.request(books.clerk, d, Money::fromMinor(100000), {}),
                  decision(Decision::Approve));
    // Above the debtor's limit: refused at once.
    try {
        credit.request(books.clerk, d, Money::fromMinor(150000), {}, c);
        QFAIL("a sub-limit above the limit");
    } catch (const Error &e) {
        QCOMPARE(e.field(), QStringLiteral("amount"));
    }
    credit.decide(books.analyst, credit.request(books.clerk, d, Money::fromMinor(60000), {}, c),
                  decision(Decision::Approve));
    QCOMPARE(credit.subLimit(d, c).minor(), qint64(60000));
    QCOMPARE(debtors.creditLimit(d).minor(), qint64(100000)); // the debtor's limit is untouched
    QCOMPARE(debtors.availableLimit(d, c).minor(), qint64(60000));
    QCOMPARE(debtors.availableLimit(d).minor(), qint64(100000));
    QCOMPARE(debtors.clients(d).size(), 1); // linked by the sub-limit
    // A lower debtor limit pulls the sub-limit down with it.
    credit.decide(books.analyst, credit.request(books.clerk, d, Money::fromMinor(40000), {}),
                  decision(Decision::Approve));
    QCOMPARE(credit.subLimit(d, c).minor(), qint64(40000));
    QCOMPARE(credit.history(d).size(), 3);
    QCOMPARE(credit.history(d)[1].clientCode, QStringLiteral("C"));
}

void tst_Credit::queue()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    CreditService credit(books.db());
    const qint64 pending = addDebtor(books, QStringLiteral("PENDING"));
    const qint64 held = addDebtor(books, QStringLiteral("HELD"));
    const qint64 soon = addDebtor(books, QStringLiteral("SOON"));
    const qint64 later = addDebtor(books, QStringLiteral("LATER"));
    const qint64 declined = addDebtor(books, QStringLiteral("DECLINED"));
    const qint64 renewing = addDebtor(books, QStringLiteral("RENEWING"));
    credit.request(books.clerk, pending, Money::fromMinor(1000), QStringLiteral("new"));
    credit.decide(books.analyst, credit.request(books.clerk, held, Money::fromMinor(1000), {}),
                  decision(Decision::Hold));
    credit.decide(books.analyst, credit.request(books.clerk, soon, Money::fromMinor(1000), {}),
                  decision(Decision::Approve, 0, QDate(2026, 3, 20)));
    credit.decide(books.analyst, credit.request(books.clerk, later, Money::fromMinor(1000), {}),
                  decision(Decision::Approve, 0, QDate(2026, 6, 1)));
    credit.decide(books.analyst, credit.request(books.clerk, declined, Money::fromMinor(1000), {}),
                  decision(Decision::Decline, 0, {}, QStringLiteral("no")));
    credit.decide(books.analyst, credit.request(books.clerk, renewing, Money::fromMinor(1000), {}),
                  decision(Decision::Approve, 0, QDate(2026, 3, 10)));
    credit.request(books.clerk, renewing, Money::fromMinor(1200), QStringLiteral("renewal"));

    const auto codes = [](const QList<CreditQueueItem> &items) {
        QStringList s;
        for (const CreditQueueItem &it : items)
            s << QStringLiteral("%1:%2").arg(int(it.kind)).arg(it.debtorCode);
        return s;
    };
    // As of today: held and pending (oldest first), reviews due within 30 days, declined.
    QCOMPARE(codes(credit.queue(QDate(2026, 3, 2))),
             QStringList({QStringLiteral("0:PENDING"), QStringLiteral("1:HELD"),
                          QStringLiteral("0:RENEWING"), QStringLiteral("2:SOON"),
                          QStringLiteral("3:DECLINED")}));
    // Later: the past review stays in the queue, the other comes due, the decline ages out.
    QCOMPARE(codes(credit.queue(QDate(2026, 5, 10))),
             QStringList({QStringLiteral("0:PENDING"), QStringLiteral("1:HELD"),
                          QStringLiteral("0:RENEWING"), QStringLiteral("2:SOON"),
                          QStringLiteral("2:LATER")}));
    const CreditQueueItem first = credit.queue(QDate(2026, 3, 2)).first();
    QCOMPARE(first.amount.minor(), qint64(1000));
    QCOMPARE(first.requestedBy, QStringLiteral("clerk"));
    QCOMPARE(first.reason, QStringLiteral("new"));
    QVERIFY(first.requestId > 0);
}

void tst_Credit::models()
{
    TestBooks books;
    CreditService credit(books.db());
    const qint64 d = addDebtor(books, QStringLiteral("D"));
    const qint64 e = addDebtor(books, QStringLiteral("E"));
    credit.decide(books.analyst, credit.request(books.clerk, d, Money::fromMinor(100000), {}),
                  decision(Decision::Approve));
    credit.request(books.clerk, d, Money::fromMinor(200000), QStringLiteral("more"));
    credit.request(books.clerk, e, Money::fromMinor(5000), {});

    CreditQueueModel queue(books.db());
    QAbstractItemModelTester qt(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.reload(QDate(2026, 3, 2));
    QCOMPARE(queue.rowCount(), 2);
    QCOMPARE(queue.columnCount(), int(CreditQueueModel::Column::Count));
    QCOMPARE(queue.data(queue.index(0, int(CreditQueueModel::Column::Debtor))).toString(),
             QStringLiteral("D"));
    QCOMPARE(queue.data(queue.index(0, 0), CreditQueueModel::RequestIdRole).toLongLong(),
             queue.itemAt(0).requestId);
    QCOMPARE(queue.rowCount(queue.index(0, 0)), 0);

    CreditHistoryModel history(books.db());
    QAbstractItemModelTester ht(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setDebtor(d);
    QCOMPARE(history.rowCount(), 2);
    QCOMPARE(history.data(history.index(0, int(CreditHistoryModel::Column::Reason))).toString(),
             QStringLiteral("more"));
    QCOMPARE(history.data(history.index(1, int(CreditHistoryModel::Column::DecidedBy))).toString(),
             QStringLiteral("analyst"));
    history.setDebtor(e);
    QCOMPARE(history.rowCount(), 1);
}

void tst_Credit::cliFourEyes()
{
    TestBooks books;
    addDebtor(books, QStringLiteral("NORD"));
    const QString db = books.spec();
    books.reopen();
    const QStringList env{QStringLiteral("FACTORDESK_PASSWORD=pw"),
                          QStringLiteral("FACTORDESK_TODAY=2026-03-02")};
    const auto cli = [&](const QString &user, const QStringList &args) {
        return runCli(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args, env);
    };
    CliResult r =
        cli(QStringLiteral("analyst"),
            {QStringLiteral("limit"), QStringLiteral("request"), QStringLiteral("NORD"),
             QStringLiteral("2500.00"), QStringLiteral("--reason"), QStringLiteral("first order")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.section(QLatin1Char('\n'), 0, 0).toLongLong() > 0);
    // Same user: refused with exit 3 (permission), nothing changed.
    r = cli(QStringLiteral("analyst"), {QStringLiteral("limit"), QStringLiteral("decide"),
                                        QStringLiteral("NORD"), QStringLiteral("approve")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("four eyes")), qPrintable(r.err));
    // A clerk may not decide at all.
    r = cli(QStringLiteral("clerk"), {QStringLiteral("limit"), QStringLiteral("decide"),
                                      QStringLiteral("NORD"), QStringLiteral("approve")});
    QCOMPARE(r.exitCode, 3);
    // Partial without --amount: refused (exit 1).
    r = cli(QStringLiteral("boss"), {QStringLiteral("limit"), QStringLiteral("decide"),
                                     QStringLiteral("NORD"), QStringLiteral("partial")});
    QCOMPARE(r.exitCode, 1);
    r = cli(QStringLiteral("boss"),
            {QStringLiteral("limit"), QStringLiteral("decide"), QStringLiteral("NORD"),
             QStringLiteral("partial"), QStringLiteral("--amount"), QStringLiteral("2000"),
             QStringLiteral("--review"), QStringLiteral("2026-09-30"), QStringLiteral("--reason"),
             QStringLiteral("ok")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("partial"));
    r = cli(QStringLiteral("clerk"), {QStringLiteral("debtor"), QStringLiteral("list"),
                                      QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("NORD,NORD GmbH,active,2000.00,0.00,0,2026-09-30")),
             qPrintable(r.out));
    r = cli(QStringLiteral("clerk"), {QStringLiteral("limit"), QStringLiteral("list"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("\"status\": \"partial\"")) ||
                 r.out.contains(QLatin1String("\"status\":\"partial\"")),
             qPrintable(r.out));
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("limit"), QStringLiteral("list"), QStringLiteral("--pending")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QLatin1String("NORD")));
    r = cli(QStringLiteral("clerk"), {QStringLiteral("debtor"), QStringLiteral("status"),
                                      QStringLiteral("NORD"), QStringLiteral("insolvent")});
    QCOMPARE(r.exitCode, 1);
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("debtor"), QStringLiteral("status"), QStringLiteral("NORD"),
             QStringLiteral("insolvent"), QStringLiteral("--date"), QStringLiteral("2026-03-01")});
    QCOMPARE(r.exitCode, 0);
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("debtor"), QStringLiteral("show"), QStringLiteral("NORD")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("2026-03-01")));
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("debtor"), QStringLiteral("show"), QStringLiteral("NOPE")});
    QCOMPARE(r.exitCode, 1);
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("NEW")});
    QCOMPARE(r.exitCode, 2); // --name missing
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("debtor"), QStringLiteral("add"), QStringLiteral("NEW"),
             QStringLiteral("--name"), QStringLiteral("New AG"), QStringLiteral("--terms"),
             QStringLiteral("60")});
    QCOMPARE(r.exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_Credit)
#include "tst_credit.moc"
