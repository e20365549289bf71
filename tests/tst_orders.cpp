// OrderApprovalService: requests, decisions with approval codes, expiry and ship window,
// the client's CSV export and import, the item model and the order commands of the CLI.
#include "clientservice.h"
#include "debtorservice.h"
#include "error.h"
#include "orderapprovalmodel.h"
#include "orderapprovalservice.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_Orders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-03-02"); }
    void decideOutcomes_data() { addEngineRows(); }
    void decideOutcomes();
    void codesUnique_data() { addEngineRows(); }
    void codesUnique();
    void refusals_data();
    void refusals();
    void exportFile_data() { addEngineRows(); }
    void exportFile();
    void importGoodFile_data() { addEngineRows(); }
    void importGoodFile();
    void importBadLines();
    void badFiles_data();
    void badFiles();
    void formulaRefsExportAsText();
    void model();
    void cli();

private:
    QTemporaryDir m_dir;
};

namespace {

struct Books
{
    explicit Books(const QString &engine = QStringLiteral("sqlite"))
        : books(engine)
    {
        Client c;
        c.code = QStringLiteral("ACME");
        c.name = QStringLiteral("Acme Tools Ltd");
        client = ClientService(books.db()).add(books.clerk, c);
        c.code = QStringLiteral("BOLT");
        c.name = QStringLiteral("Bolt & Nut, Inc.");
        other = ClientService(books.db()).add(books.clerk, c);
        Debtor d;
        d.code = QStringLiteral("NORD");
        d.name = QStringLiteral("Nordkauf AG");
        debtor = DebtorService(books.db()).add(books.clerk, d);
        d.code = QStringLiteral("SUED");
        d.name = QStringLiteral("Südhandel GmbH");
        debtor2 = DebtorService(books.db()).add(books.clerk, d);
    }
    TestBooks books;
    qint64 client = 0;
    qint64 other = 0;
    qint64 debtor = 0;
    qint64 debtor2 = 0;
};

OrderDecision outcome(Decision d, qint64 amount = 0, int days = 30,
                      const QString &reason = QStringLiteral("ok"))
{
    OrderDecision o;
    o.decision = d;
    o.amount = Money::fromMinor(amount);
    o.validDays = days;
    o.reason = reason;
    return o;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace

void tst_Orders::decideOutcomes()
{
    QFETCH(QString, engine);
    Books b(engine);
    OrderApprovalService orders(b.books.db());
    const qint64 id = orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(1200000),
                                     QDate(2026, 3, 20), QStringLiteral("PO-1"));
    QCOMPARE(orders.find(id).status, RequestStatus::Pending);
    OrderApproval a = orders.decide(b.books.analyst, id, outcome(Decision::Approve, 0, 30));
    QCOMPARE(a.status, RequestStatus::Approved);
    QCOMPARE(a.approvedAmount.value().minor(), qint64(1200000));
    QVERIFY2(QRegularExpression(QStringLiteral("^OA-2026-[2-9A-HJKMNP-Z]{6}$"))
                 .match(a.approvalCode)
                 .hasMatch(),
             qPrintable(a.approvalCode));
    QCOMPARE(a.decisionDate, QDate(2026, 3, 2));
    QCOMPARE(a.expiryDate, QDate(2026, 4, 1)); // decision date + 30 days
    QCOMPARE(a.shipFrom, QDate(2026, 3, 15));  // ship date - 5 days
    QCOMPARE(a.shipTo, QDate(2026, 4, 1));     // the expiry
    QVERIFY(a.covers(QDate(2026, 3, 20)));
    QVERIFY(a.covers(QDate(2026, 3, 15)));
    QVERIFY(!a.covers(QDate(2026, 3, 14)));
    QVERIFY(!a.covers(QDate(2026, 4, 2)));
    const auto found = orders.findByCode(a.approvalCode.toLower());
    QVERIFY(found.has_value());
    QCOMPARE(found->id, id);
    QCOMPARE(found->debtorCode, QStringLiteral("NORD"));
    QVERIFY(!orders.findByCode(QStringLiteral("OA-2026-XXXXXX")).has_value());
    QVERIFY(!orders.findByCode(QString()).has_value());

    // The window never opens before the decision date.
    const qint64 soon = orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(1000),
                                       QDate(2026, 3, 4), {});
    a = orders.decide(b.books.analyst, soon, outcome(Decision::Partial, 600, 10));
    QCOMPARE(a.status, RequestStatus::Partial);
    QCOMPARE(a.approvedAmount.value().minor(), qint64(600));
    QCOMPARE(a.shipFrom, QDate(2026, 3, 2));
    QCOMPARE(a.expiryDate, QDate(2026, 3, 12));

    // Hold keeps it open without a code; decline ends it without one.
    const qint64 held = orders.request(b.books.clerk, b.client, b.debtor2, Money::fromMinor(5000),
                                       QDate(2026, 3, 9), {});
    a = orders.decide(b.books.analyst, held, outcome(Decision::Hold));
    QCOMPARE(a.status, RequestStatus::Hold);
    QVERIFY(a.approvalCode.isEmpty());
    a = orders.decide(b.books.boss, held,
                      outcome(Decision::Decline, 0, 30, QStringLiteral("no cover")));
    QCOMPARE(a.status, RequestStatus::Declined);
    QVERIFY(a.approvalCode.isEmpty());
    QVERIFY(!a.expiryDate.isValid());
    QVERIFY(!a.covers(QDate(2026, 3, 9)));
    QCOMPARE(orders.list().size(), 3);
    OrderFilter f;
    f.status = RequestStatus::Declined;
    QCOMPARE(orders.list(f).size(), 1);
}

void tst_Orders::codesUnique()
{
    QFETCH(QString, engine);
    Books b(engine);
    OrderApprovalService orders(b.books.db());
    QSet<QString> codes;
    for (int i = 0; i < 40; ++i) {
        const qint64 id = orders.request(b.books.clerk, i % 2 ? b.client : b.other, b.debtor,
                                         Money::fromMinor(100 + i), QDate(2026, 3, 10),
                                         QStringLiteral("PO-%1").arg(i));
        codes.insert(orders.decide(b.books.analyst, id, outcome(Decision::Approve)).approvalCode);
    }
    QCOMPARE(codes.size(), 40);
    // The generator alone: the right shape, and no ambiguous characters.
    for (int i = 0; i < 2000; ++i) {
        const QString c = OrderApprovalService::generateCode(2027);
        QCOMPARE(c.size(), 14);
        QVERIFY(c.startsWith(QLatin1String("OA-2027-")));
        QVERIFY2(!c.mid(8).contains(QRegularExpression(QStringLiteral("[01OIL]"))), qPrintable(c));
    }
}

void tst_Orders::refusals_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    const int V = int(Error::Kind::Validation);
    QTest::newRow("zero amount") << "zero" << V << "amount";
    QTest::newRow("negative amount") << "negative" << V << "amount";
    QTest::newRow("past ship date") << "past" << V << "ship_date";
    QTest::newRow("no ship date") << "noship" << V << "ship_date";
    QTest::newRow("duplicate ref") << "dupref" << int(Error::Kind::Conflict) << "order_ref";
    QTest::newRow("unknown debtor") << "nodebtor" << int(Error::Kind::NotFound) << "debtor";
    QTest::newRow("unknown client") << "noclient" << int(Error::Kind::NotFound) << "client";
    QTest::newRow("manager requests") << "manager" << int(Error::Kind::Permission) << "";
    QTest::newRow("own request") << "own" << int(Error::Kind::Permission) << "";
    QTest::newRow("clerk decides") << "clerkdecides" << int(Error::Kind::Permission) << "";
    QTest::newRow("partial without amount") << "partial0" << V << "amount";
    QTest::newRow("partial not lower") << "partialhigh" << V << "amount";
    QTest::newRow("days zero") << "days0" << V << "days";
    QTest::newRow("expires before shipping") << "short" << V << "days";
    QTest::newRow("decline without reason") << "noreason" << V << "reason";
    QTest::newRow("decided twice") << "twice" << int(Error::Kind::Conflict) << "";
    QTest::newRow("blocked debtor approved") << "blocked" << int(Error::Kind::Conflict) << "";
}

void tst_Orders::refusals()
{
    QFETCH(QString, step);
    QFETCH(int, kind);
    QFETCH(QString, field);
    Books b;
    OrderApprovalService orders(b.books.db());
    const QDate ship(2026, 3, 20);
    const qint64 id = orders.request(b.books.analyst, b.client, b.debtor, Money::fromMinor(1000),
                                     ship, QStringLiteral("PO-1"));
    const int before = int(orders.list().size());
    try {
        if (step == QLatin1String("zero"))
            orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(0), ship, {});
        else if (step == QLatin1String("negative"))
            orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(-10), ship, {});
        else if (step == QLatin1String("past"))
            orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(10),
                           QDate(2026, 3, 1), {});
        else if (step == QLatin1String("noship"))
            orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(10), QDate(), {});
        else if (step == QLatin1String("dupref"))
            orders.request(b.books.clerk, b.client, b.debtor2, Money::fromMinor(10), ship,
                           QStringLiteral("PO-1"));
        else if (step == QLatin1String("nodebtor"))
            orders.request(b.books.clerk, b.client, 9999, Money::fromMinor(10), ship, {});
        else if (step == QLatin1String("noclient"))
            orders.request(b.books.clerk, 9999, b.debtor, Money::fromMinor(10), ship, {});
        else if (step == QLatin1String("manager"))
            orders.request(b.books.manager, b.client, b.debtor, Money::fromMinor(10), ship, {});
        else if (step == QLatin1String("own"))
            orders.decide(b.books.analyst, id, outcome(Decision::Approve));
        else if (step == QLatin1String("clerkdecides"))
            orders.decide(b.books.clerk, id, outcome(Decision::Approve));
        else if (step == QLatin1String("partial0"))
            orders.decide(b.books.boss, id, outcome(Decision::Partial, 0));
        else if (step == QLatin1String("partialhigh"))
            orders.decide(b.books.boss, id, outcome(Decision::Partial, 1000));
        else if (step == QLatin1String("days0"))
            orders.decide(b.books.boss, id, outcome(Decision::Approve, 0, 0));
        else if (step == QLatin1String("short"))
            orders.decide(b.books.boss, id, outcome(Decision::Approve, 0, 10));
        else if (step == QLatin1String("noreason"))
            orders.decide(b.books.boss, id, outcome(Decision::Decline, 0, 30, QStringLiteral(" ")));
        else if (step == QLatin1String("twice")) {
            orders.decide(b.books.boss, id, outcome(Decision::Approve));
            orders.decide(b.books.boss, id, outcome(Decision::Approve));
        } else if (step == QLatin1String("blocked")) {
            DebtorService(b.books.db()).setStatus(b.books.clerk, b.debtor, DebtorStatus::Blocked);
            orders.decide(b.books.boss, id, outcome(Decision::Approve));
        }
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(int(e.kind()), kind);
        if (!field.isEmpty())
            QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
    QCOMPARE(int(orders.list().size()), before);
    if (step != QLatin1String("twice"))
        QCOMPARE(orders.find(id).status, RequestStatus::Pending);
}

void tst_Orders::exportFile()
{
    QFETCH(QString, engine);
    Books b(engine);
    OrderApprovalService orders(b.books.db());
    const qint64 a = orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(1234567),
                                    QDate(2026, 3, 20), QStringLiteral("PO-7"));
    const qint64 c = orders.request(b.books.clerk, b.client, b.debtor2, Money::fromMinor(5000),
                                    QDate(2026, 3, 9), QStringLiteral("PO \"8\", rush"));
    orders.request(b.books.clerk, b.other, b.debtor, Money::fromMinor(999), QDate(2026, 3, 9),
                   QStringLiteral("OTHER"));
    const QString code = orders.decide(b.books.analyst, a, outcome(Decision::Approve)).approvalCode;
    orders.decide(b.books.analyst, c,
                  outcome(Decision::Decline, 0, 30, QStringLiteral("over limit")));
    orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(100), QDate(2026, 3, 30),
                   {});
    const QString file = m_dir.filePath(QStringLiteral("export-%1.csv").arg(engine));
    QCOMPARE(orders.exportDecisions(b.books.clerk, b.client, file), 3);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
    QCOMPARE(lines[0],
             QStringLiteral("request_id,order_ref,debtor,debtor_name,amount,ship_date,status,"
                            "approved_amount,approval_code,expiry_date,ship_from,ship_to,reason"));
    QCOMPARE(lines[1],
             QStringLiteral("%1,PO-7,NORD,Nordkauf AG,12345.67,2026-03-20,approved,12345.67,%2,"
                            "2026-04-01,2026-03-15,2026-04-01,ok")
                 .arg(a)
                 .arg(code));
    QCOMPARE(lines[2],
             QStringLiteral("%1,\"PO \"\"8\"\", rush\",SUED,Südhandel GmbH,50.00,2026-03-09,"
                            "declined,0.00,,,,,over limit")
                 .arg(c));
    QVERIFY(lines[3].endsWith(QLatin1String(",1.00,2026-03-30,pending,,,,,,")));
    QVERIFY(!text.contains(QLatin1String("OTHER")));
    try {
        orders.exportDecisions(b.books.clerk, b.client,
                               m_dir.filePath(QStringLiteral("no/such/dir/x.csv")));
        QFAIL("wrote into a missing folder");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
    }
}

void tst_Orders::importGoodFile()
{
    QFETCH(QString, engine);
    Books b(engine);
    OrderApprovalService orders(b.books.db());
    // Semicolons, a BOM, decimal commas, other column order and names, CRLF, a blank line.
    const QString file = writeFile(m_dir, QStringLiteral("good-%1.csv").arg(engine),
                                   "\xEF\xBB\xBF"
                                   "Ship Date;Client;Debtor;Ref;Amount\r\n"
                                   "2026-03-10;acme;NORD;A-1;1234,50\r\n"
                                   "\r\n"
                                   "2026-03-11;BOLT;sued;\"A;2\";99\r\n");
    const OrderImportResult preview = orders.previewImport(file);
    QCOMPARE(preview.issues.size(), 0);
    QCOMPARE(preview.goodLines, 2);
    QCOMPARE(orders.list().size(), 0); // a preview writes nothing
    const OrderImportResult r = orders.importRequests(b.books.clerk, file);
    QCOMPARE(r.importedIds.size(), 2);
    const OrderApproval first = orders.find(r.importedIds[0]);
    QCOMPARE(first.clientCode, QStringLiteral("ACME"));
    QCOMPARE(first.amount, Money::fromMinor(123450, Currency(QStringLiteral("EUR"))));
    QCOMPARE(first.orderRef, QStringLiteral("A-1"));
    QCOMPARE(first.requestedBy, QStringLiteral("clerk"));
    QCOMPARE(orders.find(r.importedIds[1]).orderRef, QStringLiteral("A;2"));
    QCOMPARE(orders.find(r.importedIds[1]).shipDate, QDate(2026, 3, 11));
    // The same file again: every order was already asked for.
    QVERIFY_THROWS_EXCEPTION(Error, orders.importRequests(b.books.clerk, file));
    QCOMPARE(orders.list().size(), 2);
}

void tst_Orders::importBadLines()
{
    Books b;
    OrderApprovalService orders(b.books.db());
    const QString file = writeFile(m_dir, QStringLiteral("bad.csv"),
                                   "client,debtor,order_ref,amount,ship_date\n"
                                   "ACME,NORD,G-1,100.00,2026-03-10\n" // 2 good
                                   "ACME,NOPE,B-1,100.00,2026-03-10\n" // 3 unknown debtor
                                   "ACME,NORD,B-2,12x,2026-03-10\n"    // 4 amount
                                   "ACME,NORD,B-3,100.00,10.03.2026\n" // 5 date
                                   "ACME,NORD,B-4,-5,2026-03-10\n"     // 6 negative
                                   "XXX,NORD,B-5,1,2026-03-10\n"       // 7 client
                                   "ACME,NORD,G-1,1,2026-03-10\n"      // 8 duplicate in file
                                   "ACME,NORD,B-6\n"                   // 9 too few fields
                                   "BOLT,SUED,G-2,7.5,2026-03-12\n");  // 10 good
    const OrderImportResult preview = orders.previewImport(file);
    QCOMPARE(preview.dataLines, 9);
    QCOMPARE(preview.goodLines, 2);
    QCOMPARE(preview.issues.size(), 7);
    const QList<QPair<int, QString>> expected{{3, QStringLiteral("debtor")},
                                              {4, QStringLiteral("amount")},
                                              {5, QStringLiteral("ship_date")},
                                              {6, QStringLiteral("amount")},
                                              {7, QStringLiteral("client")},
                                              {8, QStringLiteral("order_ref")},
                                              {9, QString()}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(preview.issues[i].line, expected[i].first);
        QCOMPARE(preview.issues[i].column, expected[i].second);
    }
    QVERIFY(preview.issueText(QStringLiteral("bad.csv"))
                .contains(QLatin1String("bad.csv line 4, amount: \"12x\" is not an amount")));

    // Without skipBad: nothing is imported, the message names the problems.
    try {
        orders.importRequests(b.books.clerk, file);
        QFAIL("imported a file with errors");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(QLatin1String("bad.csv line 3, debtor")),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("nothing was imported")));
    }
    QCOMPARE(orders.list().size(), 0);

    // With skipBad: only the good lines.
    const OrderImportResult r = orders.importRequests(b.books.clerk, file, true);
    QCOMPARE(r.importedIds.size(), 2);
    QCOMPARE(r.issues.size(), 7);
    QCOMPARE(orders.list().size(), 2);
    QCOMPARE(orders.find(r.importedIds[1]).amount.minor(), qint64(750));

    // A header without the needed columns, and a file that is not there.
    const QString noHeader =
        writeFile(m_dir, QStringLiteral("nohead.csv"), "customer,amount\nA,1\n");
    const OrderImportResult h = orders.previewImport(noHeader);
    QCOMPARE(h.issues.size(), 3); // client, debtor, ship_date
    QCOMPARE(h.issues.first().line, 1);
    QVERIFY_THROWS_EXCEPTION(Error, orders.importRequests(b.books.clerk, noHeader, true));
    QVERIFY_THROWS_EXCEPTION(Error,
                             orders.previewImport(m_dir.filePath(QStringLiteral("missing.csv"))));
    const QString latin1 = writeFile(m_dir, QStringLiteral("latin1.csv"),
                                     "client,debtor,order_ref,amount,ship_date\nACME,NORD,S\xFC"
                                     "d,1,2026-03-10\n");
    QCOMPARE(orders.previewImport(latin1).issues.size(), 1);
    QVERIFY_THROWS_EXCEPTION(Error, orders.importRequests(b.books.analyst, latin1, false));
    QVERIFY_THROWS_EXCEPTION(Error,
                             orders.importRequests(b.books.manager, file, true)); // permission
}

// Bad files (issue 9): each refused naming its real line (and field), nothing stored and no
// audit record written, with or without skipBad.
void tst_Orders::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fragment");
    const QByteArray header = "client,debtor,order_ref,amount,ship_date\n";
    const QByteArray good = "ACME,NORD,G-1,100.00,2026-03-10\n";
    QTest::newRow("header only") << header << QStringLiteral("x.csv line 1: the file has a header");
    QTest::newRow("escape in a field")
        << header + good + "ACME,NORD,\"B\x1b[31m\",1,2026-03-10\n"
        << QStringLiteral("x.csv line 3, order_ref: control character U+001B");
    QTest::newRow("NUL in a field")
        << header + good + QByteArray("ACME,NO\0RD,B,1,2026-03-10\n", 26)
        << QStringLiteral("x.csv line 3: byte 80 is a NUL");
    QTest::newRow("Latin-1 on line 3") << header + good +
                                              "ACME,NORD,S\xFC"
                                              "d,1,2026-03-10\n"
                                       << QStringLiteral("x.csv line 3: byte 84 (0xfc)");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("x.csv: the file is empty");
}

void tst_Orders::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fragment);
    Books b;
    OrderApprovalService orders(b.books.db());
    const QString file = writeFile(m_dir, QStringLiteral("x.csv"), data);
    const auto audits = [&b] {
        return SqlQuery(b.books.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                     "action = 'order.import'"))
            .scalar()
            .toLongLong();
    };
    for (bool skipBad : {false, true}) {
        try {
            orders.importRequests(b.books.clerk, file, skipBad);
            QFAIL("a bad file was imported");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        }
    }
    QCOMPARE(orders.list().size(), 0);
    QCOMPARE(audits(), qint64(0));
}

// An order reference a spreadsheet would run is stored as it was written and exported
// prefixed, so that the client's spreadsheet shows it as text.
void tst_Orders::formulaRefsExportAsText()
{
    Books b;
    OrderApprovalService orders(b.books.db());
    const QString ref = QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")");
    const qint64 id = orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(100),
                                     QDate(2026, 3, 20), ref);
    orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(100), QDate(2026, 3, 20),
                   QStringLiteral("'; DROP TABLE invoices; --"));
    QCOMPARE(orders.find(id).orderRef, ref);
    const QString csv = orders.decisionsCsv(b.client);
    QVERIFY2(
        csv.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",")),
        qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",'; DROP TABLE invoices; --,")), qPrintable(csv));
    QVERIFY(!csv.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(!csv.contains(QStringLiteral(",\"=HYPERLINK")));
}

void tst_Orders::model()
{
    Books b;
    OrderApprovalService orders(b.books.db());
    OrderApprovalModel model(b.books.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    const qint64 a = orders.request(b.books.clerk, b.client, b.debtor, Money::fromMinor(1000),
                                    QDate(2026, 3, 20), QStringLiteral("X"));
    orders.request(b.books.clerk, b.other, b.debtor, Money::fromMinor(2000), QDate(2026, 3, 20),
                   QStringLiteral("Y"));
    const QString code = orders.decide(b.books.analyst, a, outcome(Decision::Approve)).approvalCode;
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OrderApprovalModel::Column::Count));
    const int row = model.rowOf(a);
    QCOMPARE(model.data(model.index(row, int(OrderApprovalModel::Column::Code))).toString(), code);
    QCOMPARE(model.data(model.index(row, 0), OrderApprovalModel::StatusRole).toString(),
             QStringLiteral("approved"));
    OrderFilter f;
    f.clientId = b.other;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.approvalAt(0).orderRef, QStringLiteral("Y"));
    f = {};
    f.status = RequestStatus::Pending;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
}

void tst_Orders::cli()
{
    Books b;
    const QString db = b.books.spec();
    b.books.reopen();
    const QStringList env{QStringLiteral("FACTORDESK_PASSWORD=pw"),
                          QStringLiteral("FACTORDESK_TODAY=2026-03-02")};
    const auto cli = [&](const QString &user, const QStringList &args) {
        return runCli(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args, env);
    };
    CliResult r =
        cli(QStringLiteral("clerk"),
            {QStringLiteral("order"), QStringLiteral("request"), QStringLiteral("ACME"),
             QStringLiteral("NORD"), QStringLiteral("4800.00"), QStringLiteral("--ship-date"),
             QStringLiteral("2026-03-12"), QStringLiteral("--ref"), QStringLiteral("PO-9")});
    QCOMPARE(r.exitCode, 0);
    const QString id = r.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(id).hasMatch(), qPrintable(r.out));
    r = cli(QStringLiteral("analyst"),
            {QStringLiteral("order"), QStringLiteral("decide"), id, QStringLiteral("approve"),
             QStringLiteral("--days"), QStringLiteral("20")});
    QCOMPARE(r.exitCode, 0);
    const QString code = r.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^OA-2026-[2-9A-Z]{6}$")).match(code).hasMatch(),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("2026-03-22")));
    r = cli(QStringLiteral("clerk"), {QStringLiteral("order"), QStringLiteral("show"), code});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("PO-9")));

    // Four eyes: the analyst who requests cannot decide (exit 3, the request stays pending).
    r = cli(QStringLiteral("analyst"),
            {QStringLiteral("order"), QStringLiteral("request"), QStringLiteral("ACME"),
             QStringLiteral("SUED"), QStringLiteral("100"), QStringLiteral("--ship-date"),
             QStringLiteral("2026-03-05")});
    QCOMPARE(r.exitCode, 0);
    const QString own = r.out.section(QLatin1Char('\n'), 0, 0);
    r = cli(QStringLiteral("analyst"),
            {QStringLiteral("order"), QStringLiteral("decide"), own, QStringLiteral("approve")});
    QCOMPARE(r.exitCode, 3);
    r = cli(QStringLiteral("boss"),
            {QStringLiteral("order"), QStringLiteral("decide"), own, QStringLiteral("hold")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("hold"));
    r = cli(QStringLiteral("boss"),
            {QStringLiteral("order"), QStringLiteral("decide"), own, QStringLiteral("decline"),
             QStringLiteral("--reason"), QStringLiteral("no limit")});
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("declined"));
    r = cli(QStringLiteral("boss"), {QStringLiteral("order"), QStringLiteral("decide"),
                                     QStringLiteral("abc"), QStringLiteral("approve")});
    QCOMPARE(r.exitCode, 2);

    const QString out = m_dir.filePath(QStringLiteral("cli-export.csv"));
    r = cli(QStringLiteral("clerk"), {QStringLiteral("order"), QStringLiteral("export"),
                                      QStringLiteral("ACME"), QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(code));
    QVERIFY(csv.contains(QLatin1String(",declined,")));

    const QString in = writeFile(m_dir, QStringLiteral("cli-import.csv"),
                                 "client,debtor,ref,amount,ship_date\nACME,NORD,I-1,10,2026-03-10\n"
                                 "ACME,NORD,I-2,oops,2026-03-10\n");
    r = cli(QStringLiteral("clerk"), {QStringLiteral("order"), QStringLiteral("import"), in});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("cli-import.csv line 3, amount")), qPrintable(r.err));
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("order"), QStringLiteral("import"), in, QStringLiteral("--skip-bad")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    r = cli(QStringLiteral("clerk"),
            {QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--client"),
             QStringLiteral("ACME"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 4); // header + 3
}

QTEST_GUILESS_MAIN(tst_Orders)
#include "tst_orders.moc"
