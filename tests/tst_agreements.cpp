#include "agreementhistorymodel.h"
#include "agreementservice.h"
#include "auditlog.h"
#include "clientservice.h"
#include "error.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <functional>

using namespace FactorDesk;
using Test::TestBooks;

namespace {

Rate pct(const char *text)
{
    return *Rate::parsePercent(QString::fromLatin1(text));
}

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, Currency(QStringLiteral("EUR")));
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 addClient(Database &db, const Session &who, const QString &code)
{
    Client c;
    c.code = code;
    c.name = code + QStringLiteral(" GmbH");
    return ClientService(db).add(who, c);
}

} // namespace

using Mutation = std::function<void(Agreement &)>;
Q_DECLARE_METATYPE(Mutation)

class tst_Agreements : public QObject
{
    Q_OBJECT
private slots:
    void parseTiers_data();
    void parseTiers();
    void badTiers_data();
    void badTiers();
    void discountFee_data();
    void discountFee();
    void refusals_data();
    void refusals();
    void effectiveDated_data();
    void effectiveDated();
    void permissions();
    void versionsAreReadOnly();
    void partialChangeAndHistoryModel();

private:
    std::unique_ptr<TestBooks> m_books; // SQLite books shared by the refusal rows
};

void tst_Agreements::parseTiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("count");
    QTest::newRow("domain example") << "30:1.5,10:0.5"
                                    << "30:1.5,10:0.5" << 2;
    QTest::newRow("spaces and percent") << " 30 : 1.50 % , 10:0.5"
                                        << "30:1.5,10:0.5" << 2;
    QTest::newRow("one tier") << "30:1"
                              << "30:1" << 1;
    QTest::newRow("three tiers") << "45:1.2,15:0.6,30:0.5"
                                 << "45:1.2,15:0.6,30:0.5" << 3;
    QTest::newRow("none") << ""
                          << "" << 0;
}

void tst_Agreements::parseTiers()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, count);
    const QList<DiscountTier> tiers = Agreement::parseTiers(text);
    QCOMPARE(tiers.size(), count);
    QCOMPARE(Agreement::tiersToString(tiers), canonical);
    QCOMPARE(Agreement::parseTiers(canonical), tiers);
}

void tst_Agreements::badTiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no colon") << "30";
    QTest::newRow("zero days") << "0:1.5";
    QTest::newRow("negative days") << "-5:1";
    QTest::newRow("fraction of days") << "7.5:1";
    QTest::newRow("not a rate") << "30:abc";
    QTest::newRow("empty tier") << "30:1.5,,10:0.5";
    QTest::newRow("too many colons") << "30:1:5";
}

void tst_Agreements::badTiers()
{
    QFETCH(QString, text);
    try {
        Agreement::parseTiers(text);
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), QStringLiteral("discount-tiers"));
    }
}

void tst_Agreements::discountFee_data()
{
    QTest::addColumn<QString>("tiers");
    QTest::addColumn<qint64>("face");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("fee");
    const qint64 million = 100000000; // 1,000,000.00
    QTest::newRow("no tiers") << "" << million << 45 << qint64(0);
    QTest::newRow("day 0: first tier is the minimum")
        << "30:1.5,10:0.5" << million << 0 << qint64(1500000);
    QTest::newRow("day 1") << "30:1.5,10:0.5" << million << 1 << qint64(1500000);
    QTest::newRow("day 30") << "30:1.5,10:0.5" << million << 30 << qint64(1500000);
    QTest::newRow("day 31") << "30:1.5,10:0.5" << million << 31 << qint64(2000000);
    QTest::newRow("day 40") << "30:1.5,10:0.5" << million << 40 << qint64(2000000);
    QTest::newRow("day 41") << "30:1.5,10:0.5" << million << 41 << qint64(2500000);
    QTest::newRow("day 95") << "30:1.5,10:0.5" << million << 95 << qint64(5000000);
    QTest::newRow("single tier repeats") << "30:1" << million << 61 << qint64(3000000);
    QTest::newRow("middle tier once: day 60")
        << "45:1.2,15:0.6,30:0.5" << million << 60 << qint64(1800000);
    QTest::newRow("middle tier once: day 61")
        << "45:1.2,15:0.6,30:0.5" << million << 61 << qint64(2300000);
    QTest::newRow("middle tier once: day 91")
        << "45:1.2,15:0.6,30:0.5" << million << 91 << qint64(2800000);
    // Half to even, once: 1.5 % of 1.00 is 0.015 -> 0.02; of 3.00 is 0.045 -> 0.04.
    QTest::newRow("half even up") << "30:1.5" << qint64(100) << 10 << qint64(2);
    QTest::newRow("half even down") << "30:1.5" << qint64(300) << 10 << qint64(4);
    // Rounded once over the summed rate: 1.5 % of 2.00 is 0.03, where rounding each tier
    // (1.25 % -> 0.025 -> 0.02, 0.25 % -> 0.005 -> 0.00) would give 0.02.
    QTest::newRow("rounded once") << "30:1.25,10:0.25" << qint64(200) << 31 << qint64(3);
}

void tst_Agreements::discountFee()
{
    QFETCH(QString, tiers);
    QFETCH(qint64, face);
    QFETCH(int, days);
    QFETCH(qint64, fee);
    Agreement a;
    a.discountTiers = Agreement::parseTiers(tiers);
    const Currency eur(QStringLiteral("EUR"));
    const Money got = a.discountFee(Money::fromMinor(face, eur), days);
    QCOMPARE(got.minor(), fee);
    QCOMPARE(got.currency(), eur);
}

void tst_Agreements::refusals_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, Mutation m, const char *field) {
        QTest::newRow(name) << m << QString::fromLatin1(field);
    };
    row(
        "advance above 100",
        [](Agreement &a) {
            a.advanceRate = pct("100.5");
            a.commissionRate = Rate();
        },
        "advance");
    row(
        "advance negative", [](Agreement &a) { a.advanceRate = pct("-1"); }, "advance");
    row(
        "commission above 100",
        [](Agreement &a) {
            a.advanceRate = Rate();
            a.commissionRate = pct("101");
        },
        "commission");
    row(
        "commission negative", [](Agreement &a) { a.commissionRate = pct("-0.5"); }, "commission");
    row(
        "advance + commission above 100",
        [](Agreement &a) {
            a.advanceRate = pct("95");
            a.commissionRate = pct("5.0001");
        },
        "advance");
    row(
        "interest margin above 100", [](Agreement &a) { a.interestMargin = pct("150"); },
        "interest-margin");
    row(
        "day count 364", [](Agreement &a) { a.dayCount = 364; }, "day-count");
    row(
        "tier of 0 days",
        [](Agreement &a) {
            a.discountTiers = {{30, pct("1")}, {0, pct("1")}};
        },
        "discount-tiers");
    row(
        "tier rate above 100",
        [](Agreement &a) {
            a.discountTiers = {{30, pct("101")}};
        },
        "discount-tiers");
    row(
        "eleven tiers",
        [](Agreement &a) {
            a.discountTiers = QList<DiscountTier>(11, DiscountTier{10, pct("0.5")});
        },
        "discount-tiers");
    row(
        "minimum fee negative", [](Agreement &a) { a.minimumFee = eur(-1); }, "min-fee");
    row(
        "recourse days negative", [](Agreement &a) { a.recourseDays = -1; }, "recourse-days");
    row(
        "facility negative", [](Agreement &a) { a.facilityLimit = eur(-100); }, "facility");
    row(
        "facility in another currency",
        [](Agreement &a) {
            a.facilityLimit = Money::fromMinor(100, Currency(QStringLiteral("USD")));
        },
        "facility");
    row(
        "facility with no currency", [](Agreement &a) { a.facilityLimit = Money::fromMinor(100); },
        "facility");
    row(
        "over-advance negative", [](Agreement &a) { a.overAdvanceLimit = eur(-1); },
        "over-advance");
    row(
        "concentration above 100", [](Agreement &a) { a.concentrationLimit = pct("100.01"); },
        "concentration");
    row(
        "cross-aging negative", [](Agreement &a) { a.crossAgingLimit = pct("-10"); },
        "cross-aging");
    row(
        "clearance days 31", [](Agreement &a) { a.clearanceDays = 31; }, "clearance-days");
    row(
        "charge per invoice negative", [](Agreement &a) { a.chargePerInvoice = eur(-1); },
        "charge-per-invoice");
    row(
        "charge per schedule negative", [](Agreement &a) { a.chargePerSchedule = eur(-1); },
        "charge-per-schedule");
    row(
        "charge per transfer negative", [](Agreement &a) { a.chargePerTransfer = eur(-1); },
        "charge-per-transfer");
    row(
        "charge per credit decision negative",
        [](Agreement &a) { a.chargePerCreditDecision = eur(-1); }, "charge-per-credit-decision");
    row(
        "penalty above 100", [](Agreement &a) { a.penaltyRate = pct("120"); }, "penalty");
    row(
        "verification threshold negative", [](Agreement &a) { a.verificationThreshold = eur(-1); },
        "verification-threshold");
    row(
        "max invoice age negative", [](Agreement &a) { a.maxInvoiceAgeDays = -1; }, "max-age-days");
    row(
        "note too long", [](Agreement &a) { a.note = QString(1001, QLatin1Char('x')); }, "note");
}

void tst_Agreements::refusals()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    if (!m_books)
        m_books = std::make_unique<TestBooks>();
    Database &db = m_books->db();
    ClientService clients(db);
    const qint64 id = clients.find(QStringLiteral("REF"))
                          ? clients.byCode(QStringLiteral("REF")).id
                          : addClient(db, m_books->clerk, QStringLiteral("REF"));
    Agreement terms = AgreementService::defaults();
    mutate(terms);
    AgreementService service(db);
    try {
        service.setTerms(m_books->manager, id, d("2026-01-01"), terms);
        QFAIL("the terms were accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
    QCOMPARE(service.history(id).size(), 0); // nothing was written
}

void tst_Agreements::effectiveDated_data()
{
    Test::addEngineRows();
}

void tst_Agreements::effectiveDated()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const qint64 id = addClient(books.db(), books.clerk, QStringLiteral("NORD"));
    AgreementService service(books.db());
    Agreement v1 = AgreementService::defaults();
    v1.advanceRate = pct("90");
    v1.discountTiers = Agreement::parseTiers(QStringLiteral("30:1.5,10:0.5"));
    service.setTerms(books.manager, id, d("2026-01-01"), v1);
    Agreement v2 = v1;
    v2.advanceRate = pct("85");
    v2.recourse = false;
    v2.note = QStringLiteral("annual review");
    service.setTerms(books.boss, id, d("2026-07-01"), v2);

    QVERIFY(!service.inForce(id, d("2025-12-31")));
    QCOMPARE(service.inForce(id, d("2026-01-01"))->advanceRate, pct("90"));
    QCOMPARE(service.inForce(id, d("2026-06-30"))->advanceRate, pct("90"));
    QCOMPARE(service.inForce(id, d("2026-06-30"))->recourse, true);
    const auto onTheDay = service.inForce(id, d("2026-07-01"));
    QVERIFY(onTheDay);
    QCOMPARE(onTheDay->advanceRate, pct("85"));
    QCOMPARE(onTheDay->recourse, false);
    QCOMPARE(onTheDay->effectiveFrom, d("2026-07-01"));
    QCOMPARE(onTheDay->discountTiers, v1.discountTiers);
    QCOMPARE(onTheDay->createdBy, QStringLiteral("boss"));
    QCOMPARE(service.inForce(id, d("2026-07-02"))->advanceRate, pct("85"));
    QCOMPARE(service.inForce(id, d("2030-01-01"))->note, QStringLiteral("annual review"));
    QVERIFY(!service.inForce(id + 1000, d("2026-07-02")));

    const QList<Agreement> history = service.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].effectiveFrom, d("2026-01-01"));
    QCOMPARE(history[0].createdBy, QStringLiteral("manager"));
    QVERIFY(!history[1].createdAt.isEmpty());

    // Same date, or before the latest version: refused, nothing written.
    for (const char *date : {"2026-07-01", "2026-03-01"}) {
        try {
            service.setTerms(books.manager, id, d(date), v2);
            QFAIL("a version was accepted on or before the latest one");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QCOMPARE(e.field(), QStringLiteral("from"));
        }
    }
    QCOMPARE(service.history(id).size(), 2);

    // Audited with what was in force before.
    AuditFilter f;
    f.entity = QStringLiteral("agreement");
    const QList<AuditRecord> audit = AuditLog(books.db()).list(books.admin, f);
    QCOMPARE(audit.size(), 2);
    const AuditRecord &latest =
        audit.first().entityId.endsWith(QLatin1String("2026-07-01")) ? audit.first() : audit.last();
    QVERIFY(latest.before.contains(QLatin1String("\"advance\":\"90\"")));
    QVERIFY(latest.after.contains(QLatin1String("\"advance\":\"85\"")));
}

void tst_Agreements::permissions()
{
    TestBooks books;
    const qint64 id = addClient(books.db(), books.clerk, QStringLiteral("PERM"));
    AgreementService service(books.db());
    for (const Session *who : {&books.clerk, &books.analyst, &books.admin}) {
        try {
            service.setTerms(*who, id, d("2026-01-01"), AgreementService::defaults());
            QFAIL(qPrintable(who->username() + QStringLiteral(" set terms")));
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
    }
    QCOMPARE(service.history(id).size(), 0);
    service.setTerms(books.manager, id, d("2026-01-01"), AgreementService::defaults());
    QCOMPARE(service.history(id).size(), 1);
    try {
        service.setTerms(books.manager, id + 99, d("2026-02-01"), AgreementService::defaults());
        QFAIL("terms for a client that does not exist");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::NotFound);
    }
}

void tst_Agreements::versionsAreReadOnly()
{
    TestBooks books;
    const qint64 id = addClient(books.db(), books.clerk, QStringLiteral("RO"));
    AgreementService(books.db())
        .setTerms(books.manager, id, d("2026-01-01"), AgreementService::defaults());
    QVERIFY_THROWS_EXCEPTION(
        Error,
        SqlQuery(books.db(), QStringLiteral("UPDATE agreements SET advance_ppm = 1")).exec());
    QVERIFY_THROWS_EXCEPTION(Error,
                             SqlQuery(books.db(), QStringLiteral("DELETE FROM agreements")).exec());
    QCOMPARE(AgreementService(books.db()).inForce(id, d("2026-01-01"))->advanceRate, pct("80"));
}

void tst_Agreements::partialChangeAndHistoryModel()
{
    TestBooks books;
    const qint64 id = addClient(books.db(), books.clerk, QStringLiteral("HIST"));
    AgreementService service(books.db());
    Agreement a = AgreementService::defaults();
    a.facilityLimit = eur(50000000);
    service.setTerms(books.manager, id, d("2026-01-01"), a);
    a.commissionRate = pct("1.25");
    service.setTerms(books.manager, id, d("2026-04-01"), a);
    a.facilityLimit = eur(60000000);
    a.dayCount = 365;
    service.setTerms(books.manager, id, d("2026-09-01"), a);

    AgreementHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(service.history(id), Currency(QStringLiteral("EUR")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AgreementHistoryModel::Column::Count));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.data(model.index(1, int(AgreementHistoryModel::Column::CreatedBy))).toString(),
             QStringLiteral("manager"));

    const QList<TermChange> second = model.changesAt(1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].key, QStringLiteral("commission"));
    const QList<TermChange> third = model.changesAt(2);
    QCOMPARE(third.size(), 2);
    QCOMPARE(third[0].key, QStringLiteral("day-count"));
    QCOMPARE(third[1].key, QStringLiteral("facility"));
    QVERIFY(model.changesAt(0).size() > 20); // the first version: every term
    const QString summary =
        model.data(model.index(2, int(AgreementHistoryModel::Column::Changes))).toString();
    QVERIFY2(summary.contains(QLatin1String("ACT/365")), qPrintable(summary));
    QCOMPARE(model.data(model.index(0, int(AgreementHistoryModel::Column::Changes))).toString(),
             QStringLiteral("First version"));

    model.setHistory({}, Currency(QStringLiteral("EUR")));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Agreements)
#include "tst_agreements.moc"
