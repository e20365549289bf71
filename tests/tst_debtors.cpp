// DebtorService (master data, status, client links, exposure) and the lazy DebtorTableModel.
#include "clientservice.h"
#include "debtorservice.h"
#include "debtortablemodel.h"
#include "error.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_Debtors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-03-02"); }
    void addAndFind_data() { addEngineRows(); }
    void addAndFind();
    void refusals_data();
    void refusals();
    void permissions_data() { addEngineRows(); }
    void permissions();
    void status_data() { addEngineRows(); }
    void status();
    void clientLinks_data() { addEngineRows(); }
    void clientLinks();
    void exposure_data() { addEngineRows(); }
    void exposure();
    void listFilterSort_data() { addEngineRows(); }
    void listFilterSort();
    void lazyModel_data() { addEngineRows(); }
    void lazyModel();
    void hundredThousand();
    void audited();
};

namespace {

Debtor makeDebtor(const QString &code, const QString &name)
{
    Debtor d;
    d.code = code;
    d.name = name;
    return d;
}

qint64 addClient(TestBooks &books, const QString &code)
{
    Client c;
    c.code = code;
    c.name = code + QStringLiteral(" Ltd");
    return ClientService(books.db()).add(books.clerk, c);
}

// An open purchased invoice, written directly: the purchase itself belongs to the schedules
// area; exposure only reads open balances.
void addOpenInvoice(TestBooks &books, qint64 clientId, qint64 debtorId, qint64 amount,
                    const QString &status = QStringLiteral("open"))
{
    static int n = 0;
    ++n;
    Database &db = books.db();
    Transaction tx(db);
    const qint64 schedule =
        SqlQuery(db, QStringLiteral("INSERT INTO schedules (number, client_id, schedule_date, "
                                    "currency, created_by, created_at) VALUES (?, ?, "
                                    "'2026-03-01', 'EUR', ?, '2026-03-01T00:00:00Z') RETURNING id"))
            .bind(QStringLiteral("S-%1").arg(n))
            .bind(clientId)
            .bind(books.clerk.userId())
            .scalar()
            .toLongLong();
    SqlQuery(db, QStringLiteral("INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, "
                                "invoice_no, invoice_date, due_date, currency, amount, status, "
                                "eligible_amount, advance, commission, reserve, open_balance) "
                                "VALUES (?, 1, ?, ?, ?, '2026-03-01', '2026-03-31', 'EUR', ?, ?, "
                                "?, ?, 0, 0, ?)"))
        .bind(schedule)
        .bind(clientId)
        .bind(debtorId)
        .bind(QStringLiteral("INV-%1").arg(n))
        .bind(amount)
        .bind(status)
        .bind(amount)
        .bind(amount)
        .bind(amount)
        .exec();
    tx.commit();
}

void setLimit(TestBooks &books, qint64 debtorId, qint64 limit)
{
    SqlQuery(books.db(), QStringLiteral("UPDATE debtors SET credit_limit = ? WHERE id = ?"))
        .bind(limit)
        .bind(debtorId)
        .exec();
}

} // namespace

void tst_Debtors::addAndFind()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    DebtorService debtors(books.db());
    Debtor d = makeDebtor(QStringLiteral("NORD"), QStringLiteral("Nordkauf AG"));
    d.address = QStringLiteral("Jungfernstieg 1, Hamburg");
    d.registrationNo = QStringLiteral("HRB 1");
    d.paymentTermsDays = 45;
    const qint64 id = debtors.add(books.clerk, d);
    QVERIFY(id > 0);
    const auto found = debtors.findByCode(QStringLiteral("nord"));
    QVERIFY(found.has_value());
    QCOMPARE(found->id, id);
    QCOMPARE(found->name, QStringLiteral("Nordkauf AG"));
    QCOMPARE(found->paymentTermsDays, 45);
    QCOMPARE(found->registrationNo, QStringLiteral("HRB 1"));
    QCOMPARE(found->status, DebtorStatus::Active);
    QCOMPARE(found->creditLimit.minor(), qint64(0));
    QVERIFY(!debtors.findByCode(QStringLiteral("NOPE")).has_value());

    Debtor e = *found;
    e.name = QStringLiteral("Nordkauf Warenhaus AG");
    e.creditLimit = Money::fromMinor(999); // ignored: limits are decided through CreditService
    debtors.update(books.manager, e);
    QCOMPARE(debtors.find(id).name, QStringLiteral("Nordkauf Warenhaus AG"));
    QCOMPARE(debtors.find(id).creditLimit.minor(), qint64(0));

    try {
        debtors.add(books.clerk, makeDebtor(QStringLiteral("Nord"), QStringLiteral("Again")));
        QFAIL("a duplicate code was accepted");
    } catch (const Error &err) {
        QCOMPARE(err.kind(), Error::Kind::Conflict);
    }
}

void tst_Debtors::refusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("terms");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("insolvency");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty code") << ""
                                << "X" << 30 << ""
                                << "active" << QDate() << "code";
    QTest::newRow("code with space") << "A B"
                                     << "X" << 30 << ""
                                     << "active" << QDate() << "code";
    QTest::newRow("code too long") << QString(33, QLatin1Char('A')) << "X" << 30 << ""
                                   << "active" << QDate() << "code";
    QTest::newRow("no name") << "A"
                             << "  " << 30 << ""
                             << "active" << QDate() << "name";
    QTest::newRow("negative terms") << "A"
                                    << "X" << -1 << ""
                                    << "active" << QDate() << "payment_terms_days";
    QTest::newRow("terms too long") << "A"
                                    << "X" << 4000 << ""
                                    << "active" << QDate() << "payment_terms_days";
    QTest::newRow("bad email") << "A"
                               << "X" << 30 << "nobody"
                               << "active" << QDate() << "contact_email";
    QTest::newRow("insolvent without date") << "A"
                                            << "X" << 30 << ""
                                            << "insolvent" << QDate() << "insolvency_date";
    QTest::newRow("insolvent in future") << "A"
                                         << "X" << 30 << ""
                                         << "insolvent" << QDate(2026, 4, 1) << "insolvency_date";
}

void tst_Debtors::refusals()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, terms);
    QFETCH(QString, email);
    QFETCH(QString, status);
    QFETCH(QDate, insolvency);
    QFETCH(QString, field);
    TestBooks books;
    DebtorService debtors(books.db());
    Debtor d = makeDebtor(code, name);
    d.paymentTermsDays = terms;
    d.contactEmail = email;
    d.status = parseDebtorStatus(status);
    d.insolvencyDate = insolvency;
    try {
        debtors.add(books.clerk, d);
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
    QCOMPARE(debtors.count({}), qint64(0));
}

void tst_Debtors::permissions()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    DebtorService debtors(books.db());
    for (const Session *who : {&books.analyst, &books.admin}) {
        try {
            debtors.add(*who, makeDebtor(QStringLiteral("A"), QStringLiteral("A")));
            QFAIL("an analyst or admin added a debtor");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
    }
    const qint64 id =
        debtors.add(books.manager, makeDebtor(QStringLiteral("A"), QStringLiteral("A")));
    QVERIFY_THROWS_EXCEPTION(Error, debtors.setStatus(books.analyst, id, DebtorStatus::Blocked));
    QCOMPARE(debtors.find(id).status, DebtorStatus::Active);
}

void tst_Debtors::status()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    DebtorService debtors(books.db());
    const qint64 id =
        debtors.add(books.clerk, makeDebtor(QStringLiteral("A"), QStringLiteral("A")));
    debtors.setStatus(books.clerk, id, DebtorStatus::Blocked);
    QCOMPARE(debtors.find(id).status, DebtorStatus::Blocked);
    try {
        debtors.setStatus(books.clerk, id, DebtorStatus::Insolvent);
        QFAIL("insolvent without a date");
    } catch (const Error &e) {
        QCOMPARE(e.field(), QStringLiteral("insolvency_date"));
    }
    QCOMPARE(debtors.find(id).status, DebtorStatus::Blocked);
    debtors.setStatus(books.clerk, id, DebtorStatus::Insolvent, QDate(2026, 2, 20));
    QCOMPARE(debtors.find(id).status, DebtorStatus::Insolvent);
    QCOMPARE(debtors.find(id).insolvencyDate, QDate(2026, 2, 20));
    debtors.setStatus(books.clerk, id, DebtorStatus::Active, QDate(2026, 2, 20));
    QCOMPARE(debtors.find(id).insolvencyDate, QDate()); // dropped with the status
    QVERIFY_THROWS_EXCEPTION(Error, parseDebtorStatus(QStringLiteral("bankrupt")));
    QVERIFY_THROWS_EXCEPTION(Error, debtors.find(9999));
}

void tst_Debtors::clientLinks()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    DebtorService debtors(books.db());
    const qint64 a = addClient(books, QStringLiteral("ALPHA"));
    const qint64 b = addClient(books, QStringLiteral("BETA"));
    const qint64 id =
        debtors.add(books.clerk, makeDebtor(QStringLiteral("D"), QStringLiteral("D")));
    debtors.linkClient(books.clerk, id, b);
    debtors.linkClient(books.clerk, id, a);
    debtors.linkClient(books.clerk, id, a); // twice: no duplicate
    const QList<ClientLink> links = debtors.clients(id);
    QCOMPARE(links.size(), 2);
    QCOMPARE(links[0].clientCode, QStringLiteral("ALPHA"));
    QCOMPARE(links[1].clientCode, QStringLiteral("BETA"));
    QCOMPARE(debtors.find(id).clients, links);
    QCOMPARE(debtors.clientIdByCode(QStringLiteral("beta")), b);
    QCOMPARE(debtors.clientIdByCode(QStringLiteral("GAMMA")), qint64(0));
    QVERIFY_THROWS_EXCEPTION(Error, debtors.linkClient(books.clerk, id, 9999));
    debtors.unlinkClient(books.clerk, id, b);
    QCOMPARE(debtors.clients(id).size(), 1);
}

void tst_Debtors::exposure()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    DebtorService debtors(books.db());
    const qint64 a = addClient(books, QStringLiteral("ALPHA"));
    const qint64 b = addClient(books, QStringLiteral("BETA"));
    const qint64 id =
        debtors.add(books.clerk, makeDebtor(QStringLiteral("D"), QStringLiteral("D")));
    QCOMPARE(debtors.exposure(id).minor(), qint64(0));
    QVERIFY(!debtors.utilisation(id).has_value());
    addOpenInvoice(books, a, id, 60000);
    addOpenInvoice(books, b, id, 90000);
    addOpenInvoice(books, a, id, 50000, QStringLiteral("paid")); // not open: no exposure
    QCOMPARE(debtors.exposure(id).minor(), qint64(150000));
    QCOMPARE(debtors.exposure(id, a).minor(), qint64(60000));
    setLimit(books, id, 100000);
    QCOMPARE(debtors.utilisation(id)->ppm(), qint64(1500000)); // 150 %
    setLimit(books, id, 300000);
    QCOMPARE(debtors.utilisation(id)->ppm(), qint64(500000));
    QCOMPARE(utilisationOf(Money::fromMinor(1), Money::fromMinor(3))->ppm(), qint64(333333));
    QCOMPARE(utilisationOf(Money::fromMinor(2), Money::fromMinor(3))->ppm(), qint64(666667));
    const QList<DebtorSummary> rows = debtors.list({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].exposure.minor(), qint64(150000));
    QVERIFY(!rows[0].overLimit());
}

void tst_Debtors::listFilterSort()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    DebtorService debtors(books.db());
    const qint64 client = addClient(books, QStringLiteral("ALPHA"));
    const QStringList names{QStringLiteral("Zeta Markt"), QStringLiteral("Alpha 100% Handel"),
                            QStringLiteral("Mittel_Kauf"), QStringLiteral("beta bau")};
    QList<qint64> ids;
    for (int i = 0; i < names.size(); ++i)
        ids << debtors.add(books.clerk, makeDebtor(QStringLiteral("D%1").arg(i), names[i]));
    setLimit(books, ids[0], 1000);
    setLimit(books, ids[1], 500);
    addOpenInvoice(books, client, ids[1], 750); // 150 %
    addOpenInvoice(books, client, ids[3], 10);  // no limit: sorts above everything
    debtors.setStatus(books.clerk, ids[2], DebtorStatus::Blocked);

    DebtorFilter f;
    f.text = QStringLiteral("MARKT");
    QCOMPARE(debtors.count(f), qint64(1));
    f.text = QStringLiteral("100%"); // LIKE wildcards are taken literally
    QCOMPARE(debtors.list(f).size(), 1);
    QCOMPARE(debtors.list(f).first().code, QStringLiteral("D1"));
    f.text = QStringLiteral("mitte_");
    QCOMPARE(debtors.count(f), qint64(0));
    f.text = QStringLiteral("d2");
    QCOMPARE(debtors.count(f), qint64(1));
    f = {};
    f.status = DebtorStatus::Blocked;
    QCOMPARE(debtors.list(f).size(), 1);
    QCOMPARE(debtors.list(f).first().id, ids[2]);

    f = {};
    f.sort = DebtorFilter::Sort::Utilisation;
    f.descending = true;
    QList<DebtorSummary> rows = debtors.list(f);
    QCOMPARE(rows[0].id, ids[3]);
    QCOMPARE(rows[1].id, ids[1]);
    QVERIFY(rows[1].overLimit());
    QCOMPARE(rows[2].id, ids[0]);
    f.sort = DebtorFilter::Sort::Limit;
    f.descending = false;
    rows = debtors.list(f);
    QCOMPARE(rows.last().id, ids[0]);
    f.sort = DebtorFilter::Sort::Exposure;
    f.descending = true;
    QCOMPARE(debtors.list(f).first().id, ids[1]);
    f.sort = DebtorFilter::Sort::Code;
    QCOMPARE(debtors.list(f, 1, 2).size(), 2);
    QCOMPARE(debtors.list(f, 1, 2).first().code, QStringLiteral("D2"));
}

void tst_Debtors::lazyModel()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const int total = DebtorTableModel::PageSize * 2 + 17;
    {
        Transaction tx(books.db());
        for (int i = 0; i < total; ++i)
            SqlQuery(books.db(),
                     QStringLiteral("INSERT INTO debtors (code, name, created_at, updated_at) "
                                    "VALUES (?, ?, 'x', 'x')"))
                .bind(QStringLiteral("D%1").arg(i, 5, 10, QLatin1Char('0')))
                .bind(
                    QStringLiteral("Debtor %1")
                        .arg(i % 7 == 0 ? QStringLiteral("special %1").arg(i) : QString::number(i)))
                .exec();
        tx.commit();
    }
    DebtorTableModel model(books.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), DebtorTableModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.totalCount(), qint64(total));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("D00000"));
    QCOMPARE(
        model.headerData(int(DebtorTableModel::Column::Utilisation), Qt::Horizontal).toString(),
        QStringLiteral("Utilisation"));

    model.sort(int(DebtorTableModel::Column::Code), Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), DebtorTableModel::PageSize);
    QCOMPARE(model.data(model.index(0, 0)).toString(),
             QStringLiteral("D%1").arg(total - 1, 5, 10, QLatin1Char('0')));

    model.setFilterText(QStringLiteral("special"));
    QCOMPARE(model.totalCount(), qint64((total + 6) / 7));
    QCOMPARE(model.rowCount(), int((total + 6) / 7));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.setStatusFilter(DebtorStatus::Blocked);
    QCOMPARE(model.rowCount(), 0);
}

void tst_Debtors::hundredThousand()
{
    // The list must stay smooth with 100,000 debtors: each page, search and sort in well
    // under a second (generous bounds: the suite also runs under sanitizers on 2 cores).
    TestBooks books;
    {
        Transaction tx(books.db());
        // One statement generates the rows (SQLite): quicker than 100,000 round trips.
        execStatement(
            books.db(),
            QStringLiteral("INSERT INTO debtors (code, name, status, credit_limit, created_at, "
                           "updated_at) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 "
                           "FROM n WHERE i < 99999) SELECT 'D' || substr('000000' || i, -6), "
                           "'Company ' || ((i * 7919) % 100000) || ' GmbH', CASE WHEN i % 50 = 0 "
                           "THEN 'blocked' ELSE 'active' END, (i % 1000) * 100, 'x', 'x' FROM n"));
        tx.commit();
    }
    DebtorTableModel model(books.db());
    QElapsedTimer t;
    t.start();
    model.reload();
    model.fetchMore({});
    model.sort(int(DebtorTableModel::Column::Name), Qt::DescendingOrder);
    model.fetchMore({});
    model.setFilterText(QStringLiteral("company 4242"));
    model.setFilterText(QString());
    model.sort(int(DebtorTableModel::Column::Limit), Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), DebtorTableModel::PageSize);
    QCOMPARE(model.totalCount(), qint64(100000));
    const qint64 ms = t.elapsed();
    qInfo("100,000 debtors: reload, fetch, sort, search and count took %lld ms", ms);
    QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
}

void tst_Debtors::audited()
{
    TestBooks books;
    DebtorService debtors(books.db());
    const qint64 id =
        debtors.add(books.clerk, makeDebtor(QStringLiteral("A"), QStringLiteral("A")));
    debtors.setStatus(books.manager, id, DebtorStatus::Blocked);
    SqlQuery q(books.db(),
               QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'debtor'"));
    QCOMPARE(q.scalar().toLongLong(), qint64(2));
}

QTEST_GUILESS_MAIN(tst_Debtors)
#include "tst_debtors.moc"
