// The factor's journal: balanced entries only, reversals, trial balance as of a date, tags and
// filters, on both engines.
#include "auditlog.h"
#include "error.h"
#include "journalfixture.h"
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "transaction.h"

#include <QtTest>
#include <map>
#include <memory>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QHash<QString, QPair<qint64, qint64>> balances(const QList<AccountBalance> &tb)
{
    QHash<QString, QPair<qint64, qint64>> out;
    for (const AccountBalance &b : tb)
        out.insert(b.code, {b.debit, b.credit});
    return out;
}

bool allZero(const QList<AccountBalance> &tb)
{
    for (const AccountBalance &b : tb)
        if (b.debit != 0 || b.credit != 0)
            return false;
    return true;
}

qint64 addClient(Database &db, const QString &code)
{
    return SqlQuery(db, QStringLiteral("INSERT INTO clients (code, name, created_at, updated_at) "
                                       "VALUES (?, ?, 'now', 'now') RETURNING id"))
        .bind(code)
        .bind(code + QStringLiteral(" Ltd"))
        .scalar()
        .toLongLong();
}

qint64 addDebtor(Database &db, const QString &code)
{
    return SqlQuery(db, QStringLiteral("INSERT INTO debtors (code, name, created_at, updated_at) "
                                       "VALUES (?, ?, 'now', 'now') RETURNING id"))
        .bind(code)
        .bind(code + QStringLiteral(" plc"))
        .scalar()
        .toLongLong();
}

} // namespace

class tst_Journal : public QObject
{
    Q_OBJECT
private slots:
    void postBalanced_data() { addEngineRows(); }
    void postBalanced();
    void refused_data();
    void refused();
    void reversal_data() { addEngineRows(); }
    void reversal();
    void asOf_data() { addEngineRows(); }
    void asOf();
    void tagsAndFilters_data() { addEngineRows(); }
    void tagsAndFilters();
    void cleanupTestCase() { m_shared.clear(); }

private:
    // Books shared by the rows of refused(): a refusal changes nothing, which each row checks.
    TestBooks &shared(const QString &engine)
    {
        auto &books = m_shared[engine];
        if (!books)
            books = std::make_unique<TestBooks>(engine);
        return *books;
    }
    std::map<QString, std::unique_ptr<TestBooks>> m_shared;
};

void tst_Journal::postBalanced()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    const int auditBefore = count(books.db(), QStringLiteral("audit_log"));
    const qint64 id = journal.post(books.clerk, purchase(books.db()));
    QVERIFY(id > 0);
    QCOMPARE(count(books.db(), QStringLiteral("audit_log")), auditBefore + 1);

    const JournalEntry e = journal.entry(id);
    QCOMPARE(e.id, id);
    QCOMPARE(e.date, QDate(2026, 3, 2));
    QCOMPARE(e.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(e.kind, QStringLiteral("purchase"));
    QCOMPARE(e.postedBy, QStringLiteral("clerk"));
    QCOMPARE(e.reversesId, 0);
    QCOMPARE(e.lines.size(), 4);
    QCOMPARE(e.lines[0].account, Accounts::factoredReceivables());
    QCOMPARE(e.lines[0].debit, eur(100000000));
    QCOMPARE(e.lines[1].credit, eur(93000000));

    JournalFilter all;
    const QList<JournalRow> rows = journal.rows(all);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(journal.rowCount(all), 4);
    QCOMPARE(rows[0].entryId, id);
    QCOMPARE(rows[0].account, QStringLiteral("1100"));
    QCOMPARE(rows[0].accountName, QStringLiteral("Factored receivables"));
    QCOMPARE(rows[0].debit, 100000000);
    QCOMPARE(rows[0].credit, 0);
    QCOMPARE(rows[0].memo, QStringLiteral("Schedule 1"));
    QCOMPARE(rows[0].currency, QStringLiteral("EUR"));
    QCOMPARE(rows[3].account, QStringLiteral("2100"));
    QCOMPARE(rows[3].credit, 5000000);
    QCOMPARE(journal.totals(all), qMakePair(qint64(100000000), qint64(100000000)));
    // Paging.
    QCOMPARE(journal.rows(all, 1, 2).size(), 2);
    QCOMPARE(journal.rows(all, 1, 2).first().account, QStringLiteral("1000"));

    const QList<AccountBalance> tb = journal.trialBalance(QDate(2026, 3, 31));
    QCOMPARE(tb.size(), 11);
    const auto b = balances(tb);
    QCOMPARE(b.value(QStringLiteral("1100")), qMakePair(qint64(100000000), qint64(0)));
    QCOMPARE(b.value(QStringLiteral("1000")), qMakePair(qint64(0), qint64(93000000)));
    QCOMPARE(b.value(QStringLiteral("4000")), qMakePair(qint64(0), qint64(2000000)));
    QCOMPARE(b.value(QStringLiteral("2100")), qMakePair(qint64(0), qint64(5000000)));
    QCOMPARE(b.value(QStringLiteral("5000")), qMakePair(qint64(0), qint64(0)));
    qint64 debits = 0;
    qint64 credits = 0;
    for (const AccountBalance &a : tb) {
        debits += a.debit;
        credits += a.credit;
    }
    QCOMPARE(debits, 100000000);
    QCOMPARE(credits, 100000000);
    QCOMPARE(journal.balance(Accounts::bank(), QDate(2026, 3, 31)), -93000000);
    QCOMPARE(journal.accounts().size(), 11);

    // The debtor pays and the reserve is released: the seed's cash movements.
    JournalEntry pay;
    pay.date = QDate(2026, 4, 1);
    pay.currency = EUR;
    pay.kind = QStringLiteral("payment");
    pay.lines = {debit(Accounts::bank(), 100000000),
                 credit(Accounts::factoredReceivables(), 100000000)};
    pay.lines[1].invoiceId = e.lines[0].invoiceId;
    journal.post(books.clerk, pay);
    JournalEntry release;
    release.date = QDate(2026, 4, 2);
    release.currency = EUR;
    release.kind = QStringLiteral("reserve_release");
    release.lines = {debit(Accounts::clientReserves(), 5000000), credit(Accounts::bank(), 5000000)};
    journal.post(books.manager, release);
    // The factor's cash ends at its commission.
    QCOMPARE(journal.balance(Accounts::bank(), QDate(2026, 4, 30)), 2000000);
    QCOMPARE(journal.balance(Accounts::factoredReceivables(), QDate(2026, 4, 30)), 0);
    QCOMPARE(journal.balance(Accounts::clientReserves(), QDate(2026, 4, 30)), 0);
    QVERIFY(AuditLog(books.db()).verify().ok);
}

void tst_Journal::refused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("kind");
    for (const char *engine : {"sqlite", "postgres"}) {
        for (const char *kind :
             {"unbalanced", "single line", "no lines", "zero", "negative", "debit and credit",
              "unknown account", "mixed currency", "no date", "no currency"})
            QTest::addRow("%s: %s", engine, kind)
                << QString::fromLatin1(engine) << QString::fromLatin1(kind);
    }
}

void tst_Journal::refused()
{
    QFETCH(QString, engine);
    QFETCH(QString, kind);
    TestBooks &books = shared(engine);
    JournalService journal(books.db());
    journal.post(books.clerk, purchase(books.db()));
    const int entries = count(books.db(), QStringLiteral("journal_entries"));
    const int lines = count(books.db(), QStringLiteral("journal_lines"));
    const int audit = count(books.db(), QStringLiteral("audit_log"));

    JournalEntry e = purchase(books.db());
    if (kind == QLatin1String("unbalanced"))
        e.lines[1].credit = eur(93000001);
    else if (kind == QLatin1String("single line"))
        e.lines = {debit(Accounts::bank(), 100)};
    else if (kind == QLatin1String("no lines"))
        e.lines.clear();
    else if (kind == QLatin1String("zero"))
        e.lines = {debit(Accounts::bank(), 0), credit(Accounts::commissionIncome(), 0)};
    else if (kind == QLatin1String("negative"))
        e.lines = {debit(Accounts::bank(), -100), credit(Accounts::commissionIncome(), -100)};
    else if (kind == QLatin1String("debit and credit")) {
        e.lines = {debit(Accounts::bank(), 100), credit(Accounts::commissionIncome(), 100)};
        e.lines[0].credit = eur(100);
        e.lines.append(credit(Accounts::commissionIncome(), 100));
    } else if (kind == QLatin1String("unknown account"))
        e.lines[2].account = QStringLiteral("4999");
    else if (kind == QLatin1String("mixed currency"))
        e.lines[1].credit = Money::fromMinor(93000000, Currency(QStringLiteral("USD")));
    else if (kind == QLatin1String("no date"))
        e.date = QDate();
    else if (kind == QLatin1String("no currency"))
        e.currency = Currency();

    try {
        journal.post(books.clerk, e);
        QFAIL("the entry was posted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QVERIFY2(!error.field().isEmpty(), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1Char(':')), qPrintable(error.message()));
    }
    QCOMPARE(count(books.db(), QStringLiteral("journal_entries")), entries);
    QCOMPARE(count(books.db(), QStringLiteral("journal_lines")), lines);
    QCOMPARE(count(books.db(), QStringLiteral("audit_log")), audit);
    QCOMPARE(books.db().transactionDepth(), 0);
    // The books still work.
    journal.post(books.clerk, purchase(books.db()));
}

void tst_Journal::reversal()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    const qint64 id = journal.post(books.clerk, purchase(books.db()));

    try {
        journal.reverse(books.clerk, id, QDate(2026, 3, 5), QStringLiteral("wrong client"));
        QFAIL("a clerk reversed");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    try {
        journal.reverse(books.manager, id, QDate(2026, 3, 5), QStringLiteral("  "));
        QFAIL("reversed without a reason");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), QStringLiteral("reason"));
    }
    try {
        journal.reverse(books.manager, id, QDate(2026, 3, 1), QStringLiteral("wrong client"));
        QFAIL("reversed before the original");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), QStringLiteral("date"));
    }
    try {
        journal.reverse(books.manager, id + 100, QDate(2026, 3, 5), QStringLiteral("x"));
        QFAIL("reversed a missing entry");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::NotFound);
    }
    QCOMPARE(count(books.db(), QStringLiteral("journal_entries")), 1);

    const qint64 rev =
        journal.reverse(books.manager, id, QDate(2026, 3, 5), QStringLiteral("wrong client"));
    QVERIFY(rev > id);
    const JournalEntry original = journal.entry(id);
    const JournalEntry mirror = journal.entry(rev);
    QCOMPARE(mirror.reversesId, id);
    QCOMPARE(mirror.kind, QStringLiteral("reversal"));
    QCOMPARE(mirror.date, QDate(2026, 3, 5));
    QCOMPARE(mirror.postedBy, QStringLiteral("manager"));
    QVERIFY2(mirror.memo.contains(QLatin1String("wrong client")), qPrintable(mirror.memo));
    QCOMPARE(mirror.lines.size(), original.lines.size());
    for (int i = 0; i < original.lines.size(); ++i) {
        QCOMPARE(mirror.lines[i].account, original.lines[i].account);
        QCOMPARE(mirror.lines[i].debit, original.lines[i].credit);
        QCOMPARE(mirror.lines[i].credit, original.lines[i].debit);
    }
    QVERIFY(allZero(journal.trialBalance(QDate(2026, 3, 31))));
    // Between the entry and its reversal the balances still show.
    QVERIFY(!allZero(journal.trialBalance(QDate(2026, 3, 4))));

    try {
        journal.reverse(books.boss, id, QDate(2026, 3, 6), QStringLiteral("again"));
        QFAIL("reversed twice");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.message().contains(QString::number(rev)), qPrintable(e.message()));
    }
    try {
        journal.reverse(books.manager, rev, QDate(2026, 3, 6), QStringLiteral("undo"));
        QFAIL("reversed a reversal");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QCOMPARE(count(books.db(), QStringLiteral("journal_entries")), 2);
    QVERIFY(AuditLog(books.db()).verify().ok);
}

void tst_Journal::asOf()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    journal.post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
    journal.post(books.clerk, purchase(books.db(), QDate(2026, 5, 10)));

    QVERIFY(allZero(journal.trialBalance(QDate(2026, 3, 1))));
    QCOMPARE(balances(journal.trialBalance(QDate(2026, 3, 2))).value(QStringLiteral("1100")).first,
             100000000);
    QCOMPARE(balances(journal.trialBalance(QDate(2026, 5, 9))).value(QStringLiteral("1100")).first,
             100000000);
    QCOMPARE(balances(journal.trialBalance(QDate(2026, 5, 10))).value(QStringLiteral("1100")).first,
             200000000);
    QCOMPARE(journal.balance(Accounts::bank(), QDate(2026, 3, 1)), 0);
    QCOMPARE(journal.balance(Accounts::bank(), QDate(2026, 12, 31)), -186000000);
    // Another currency's entries stay out of a trial balance in EUR.
    JournalEntry usd;
    usd.date = QDate(2026, 3, 3);
    usd.currency = Currency(QStringLiteral("USD"));
    usd.lines = {
        {Accounts::bank(), Money::fromMinor(700, usd.currency), Money(), 0, 0, 0, {}},
        {Accounts::commissionIncome(), Money(), Money::fromMinor(700, usd.currency), 0, 0, 0, {}}};
    journal.post(books.clerk, usd);
    QCOMPARE(balances(journal.trialBalance(QDate(2026, 3, 31), QStringLiteral("EUR")))
                 .value(QStringLiteral("4000"))
                 .second,
             2000000);
    QCOMPARE(balances(journal.trialBalance(QDate(2026, 3, 31), QStringLiteral("USD")))
                 .value(QStringLiteral("4000"))
                 .second,
             700);
    QCOMPARE(journal.trialBalance(QDate(2026, 3, 31), QStringLiteral("USD")).size(), 11);

    JournalFilter march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 31);
    QCOMPARE(journal.rowCount(march), 6);
    JournalFilter may;
    may.from = QDate(2026, 5, 10);
    QCOMPARE(journal.rowCount(may), 4);
    JournalFilter bank;
    bank.account = Accounts::bank();
    QCOMPARE(journal.rowCount(bank), 3);
}

void tst_Journal::tagsAndFilters()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    const qint64 acme = addClient(books.db(), QStringLiteral("ACME"));
    const qint64 other = addClient(books.db(), QStringLiteral("OTHER"));
    const qint64 debtor = addDebtor(books.db(), QStringLiteral("BUYER"));
    JournalEntry e = purchase(books.db());
    e.clientId = acme;
    for (JournalLine &l : e.lines) {
        l.clientId = acme;
        l.debtorId = debtor;
    }
    e.lines[0].memo = QStringLiteral("INV-1");
    const qint64 id = journal.post(books.clerk, e);
    JournalEntry f = purchase(books.db());
    for (JournalLine &l : f.lines)
        l.clientId = other;
    journal.post(books.clerk, f);

    JournalFilter byClient;
    byClient.clientCode = QStringLiteral("ACME");
    const QList<JournalRow> rows = journal.rows(byClient);
    QCOMPARE(rows.size(), 4);
    for (const JournalRow &r : rows) {
        QCOMPARE(r.entryId, id);
        QCOMPARE(r.client, QStringLiteral("ACME"));
        QCOMPARE(r.debtor, QStringLiteral("BUYER"));
        // Only the receivables line names its invoice.
        QCOMPARE(r.invoice, r.account == Accounts::factoredReceivables() ? QStringLiteral("JFX-1")
                                                                         : QString());
    }
    QCOMPARE(rows[0].memo, QStringLiteral("INV-1"));
    QCOMPARE(rows[1].memo, QStringLiteral("Schedule 1"));
    QCOMPARE(journal.entry(id).clientId, acme);
    QCOMPARE(journal.entry(id).lines[0].debtorId, debtor);
    QCOMPARE(journal.balance(Accounts::clientReserves(), QDate(2026, 3, 31), acme), -5000000);
    QCOMPARE(journal.balance(Accounts::clientReserves(), QDate(2026, 3, 31)), -10000000);
    JournalFilter byEntry;
    byEntry.entryId = id;
    QCOMPARE(journal.rowCount(byEntry), 4);
    JournalFilter nobody;
    nobody.clientCode = QStringLiteral("NOBODY");
    QCOMPARE(journal.rowCount(nobody), 0);
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
