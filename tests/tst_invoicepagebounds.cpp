#include "clock.h"
#include "invoicefiltersql.h"
#include "invoicepagequery.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "transaction.h"

#include <QtTest>
#include <map>
#include <memory>

using namespace FactorDesk;
using namespace FactorDesk::Test;

// The Invoices view's aging buckets read in invoice-date order through bounds on the invoice
// date derived from the open invoices' shortest and longest terms (schema 22): on a book with
// varied terms (none, short, long, even due before the invoice date), every bucket in every
// order returns, page by page, exactly the rows and order of the same query without the bounds,
// and exactly the open invoices whose days past due fall in the bucket.
class tst_InvoicePageBounds : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase();
    void sameRowsAsUnbounded_data();
    void sameRowsAsUnbounded();

private:
    TestBooks &book(const QString &engine);
    std::map<QString, std::unique_ptr<TestBooks>> m_books;
};

namespace {

const QDate kAsOf(2026, 3, 2);
// Terms in days, with each bucket's edges on both sides (the days past due are the days from
// the due date to kAsOf).
const QList<int> kTerms = {-2, 0, 1, 7, 29, 30, 31, 45, 60, 61, 90, 91, 120, 400};
// Invoice dates kAsOf - 0 .. kAsOf - (kDays - 1): far enough back that the longest terms end in
// every bucket, so an invoice sits on each bound of each bucket.
constexpr int kDays = 500;

void populate(Database &db)
{
    Transaction tx(db);
    const QString now = QStringLiteral("2026-03-01T00:00:00.000Z");
    const auto scalar = [&db](const char *sql) {
        return SqlQuery(db, QString::fromLatin1(sql)).scalar().toLongLong();
    };
    SqlQuery(db, QStringLiteral("INSERT INTO clients (code, name, created_at, updated_at) "
                                "VALUES ('BND', 'Bounds Ltd', ?, ?)"))
        .bind(now)
        .bind(now)
        .exec();
    for (int d = 1; d <= 3; ++d)
        SqlQuery(db, QStringLiteral("INSERT INTO debtors (code, name, credit_limit, created_at, "
                                    "updated_at) VALUES (?, ?, 100000000, ?, ?)"))
            .bind(QStringLiteral("BD%1").arg(d))
            .bind(QStringLiteral("Bounds Debtor %1").arg(d))
            .bind(now)
            .bind(now)
            .exec();
    const qint64 user = scalar("SELECT min(id) FROM users");
    const qint64 client = scalar("SELECT min(id) FROM clients");
    const qint64 debtor0 = scalar("SELECT min(id) FROM debtors");
    SqlQuery(db, QStringLiteral("INSERT INTO schedules (number, client_id, schedule_date, status, "
                                "currency, created_by, created_at, funded_by, funding_date) "
                                "VALUES ('BND-1', ?, '2025-01-01', 'funded', 'EUR', ?, ?, ?, "
                                "'2025-01-01')"))
        .bind(client)
        .bind(user)
        .bind(now)
        .bind(user)
        .exec();
    const qint64 schedule = scalar("SELECT min(id) FROM schedules");
    SqlQuery ins(db, QStringLiteral("INSERT INTO invoices (schedule_id, line_no, client_id, "
                                    "debtor_id, invoice_no, invoice_date, due_date, currency, "
                                    "amount, status, eligible_amount, advance, commission, "
                                    "reserve, open_balance) VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', "
                                    "?, ?, ?, ?, 0, ?, ?)"));
    int n = 0;
    for (int day = 0; day < kDays; ++day) {
        for (qsizetype t = 0; t < kTerms.size(); ++t, ++n) {
            // Every fifth invoice is paid (it does not age), with terms of its own.
            const bool paid = n % 5 == 4;
            const QDate date = kAsOf.addDays(-day);
            const QDate due = date.addDays(paid ? 700 : kTerms[t]);
            const qint64 amount = 1000 + (n * 37 % 50) * 100; // ties, broken by the id
            ins.bind(schedule)
                .bind(n + 1)
                .bind(client)
                .bind(debtor0 + n % 3)
                .bind(QStringLiteral("BND-%1").arg((n * 7919) % 100000, 5, 10, QLatin1Char('0')))
                .bind(isoDate(date))
                .bind(isoDate(due))
                .bind(amount)
                .bind(paid ? "paid" : "open")
                .bind(amount)
                .bind(amount * 8 / 10)
                .bind(amount - amount * 8 / 10)
                .bind(paid ? qint64(0) : amount)
                .exec();
        }
    }
    tx.commit();
}

// The rows of `filter` in `key` order by the filter's SQL without the invoice-date bounds.
QList<qint64> unbounded(Database &db, const InvoiceFilter &filter, InvoiceSort key,
                        Qt::SortOrder order)
{
    const bool sqlite = db.engine() == Database::Engine::SQLite;
    QList<InvoiceFilterSql::Condition> conds;
    for (const auto &c : InvoiceFilterSql::conditions(filter, filter.asOf, sqlite))
        if (c.part != QLatin1String("idate"))
            conds << c;
    QVariantList binds;
    const QString where = InvoiceFilterSql::where(conds, binds);
    SqlQuery q(db,
               QStringLiteral("SELECT i.id FROM invoices i JOIN clients c ON c.id = "
                              "i.client_id JOIN debtors d ON d.id = i.debtor_id JOIN "
                              "schedules s ON s.id = i.schedule_id WHERE %1 ORDER BY %2")
                   .arg(where, InvoiceFilterSql::orderBy(InvoiceFilterSql::sortTerms(key),
                                                         InvoiceFilterSql::ascending(key, order))));
    for (const QVariant &b : std::as_const(binds))
        q.bind(b);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.int64(0);
    return ids;
}

} // namespace

TestBooks &tst_InvoicePageBounds::book(const QString &engine)
{
    auto &b = m_books[engine];
    if (!b) {
        b = std::make_unique<TestBooks>(engine);
        populate(b->db());
    }
    return *b;
}

void tst_InvoicePageBounds::cleanupTestCase()
{
    m_books.clear();
}

void tst_InvoicePageBounds::sameRowsAsUnbounded_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<AgingBucket>("bucket");
    QTest::addColumn<InvoiceSort>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<QPair<const char *, InvoiceSort>> keys = {
        {"invoice date", InvoiceSort::InvoiceDate},
        {"due date", InvoiceSort::DueDate},
        {"amount", InvoiceSort::Amount},
        {"client", InvoiceSort::Client},
        {"id", InvoiceSort::Id}};
    for (const char *engine : {"sqlite", "postgres"}) {
        for (AgingBucket b : {AgingBucket::Current, AgingBucket::Days1To30, AgingBucket::Days31To60,
                              AgingBucket::Days61To90, AgingBucket::Over90}) {
            for (const auto &[name, key] : keys) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    QTest::addRow("%s %s %s %s", engine, qPrintable(agingBucketName(b)), name,
                                  order == Qt::AscendingOrder ? "asc" : "desc")
                        << QString::fromLatin1(engine) << b << key << order;
                }
            }
        }
    }
}

void tst_InvoicePageBounds::sameRowsAsUnbounded()
{
    QFETCH(QString, engine);
    QFETCH(AgingBucket, bucket);
    QFETCH(InvoiceSort, key);
    QFETCH(Qt::SortOrder, order);
    Database &db = book(engine).db();
    InvoiceFilter filter;
    filter.bucket = bucket;
    filter.asOf = kAsOf;
    // The bounds are there to be checked.
    bool bounded = false;
    for (const auto &c :
         InvoiceFilterSql::conditions(filter, kAsOf, db.engine() == Database::Engine::SQLite))
        bounded = bounded || c.part == QLatin1String("idate");
    QVERIFY(bounded);

    InvoicePageQuery query(db);
    query.setFilter(filter);
    query.setSort(key, order);
    QList<qint64> paged;
    QList<InvoicePageRow> page = query.firstPage(101);
    while (!page.isEmpty()) {
        for (const InvoicePageRow &r : std::as_const(page)) {
            paged << r.id;
            QCOMPARE(r.status, QStringLiteral("open"));
            QCOMPARE(agingBucketFor(int(r.dueDate.daysTo(kAsOf))), bucket);
        }
        page = query.nextPage(page.last(), 101);
    }
    const QList<qint64> expected = unbounded(db, filter, key, order);
    QCOMPARE(paged.size(), expected.size());
    QCOMPARE(paged, expected);

    // Exactly the open invoices of the bucket, counted from the book itself.
    SqlQuery all(db, QStringLiteral("SELECT due_date FROM invoices WHERE status = 'open'"));
    all.exec();
    qsizetype inBucket = 0;
    while (all.next())
        inBucket += agingBucketFor(int(parseIsoDate(all.text(0)).daysTo(kAsOf))) == bucket;
    QVERIFY(inBucket > 0);
    QCOMPARE(paged.size(), inBucket);
    QCOMPARE(query.count(), qint64(inBucket));
}

QTEST_GUILESS_MAIN(tst_InvoicePageBounds)
#include "tst_invoicepagebounds.moc"
