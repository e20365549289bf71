// The item models of the foundation views: journal (lazy paging), trial balance, users and
// audit log, each under QAbstractItemModelTester and checked against what was posted.
#include "auditlogmodel.h"
#include "error.h"
#include "journaltablemodel.h"
#include "ledger.h"
#include "testsupport.h"
#include "trialbalancemodel.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace FactorDesk;
using FactorDesk::Test::TestBooks;

namespace {

const Currency kEur(QStringLiteral("EUR"));

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, kEur);
}

// A purchase as in docs/domain.md §7: face to receivables, advance from the bank, commission,
// reserve.
qint64 postPurchase(TestBooks &books, QDate date, qint64 face, const QString &memo)
{
    const qint64 commission = face / 50; // 2 %
    const qint64 advance = face / 100 * 93;
    JournalEntry e;
    e.date = date;
    e.currency = kEur;
    e.kind = QStringLiteral("purchase");
    e.memo = memo;
    e.lines = {
        {Accounts::factoredReceivables(),
         eur(face),
         {},
         0,
         0,
         Test::seedInvoice(books.db(), face),
         {}},
        {Accounts::bank(), {}, eur(advance), 0, 0, 0, {}},
        {Accounts::commissionIncome(), {}, eur(commission), 0, 0, 0, {}},
        {Accounts::clientReserves(), {}, eur(face - advance - commission), 0, 0, 0, {}},
    };
    return JournalService(books.db()).post(books.manager, e);
}

} // namespace

class tst_FoundationModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void journal_data() { Test::addEngineRows(); }
    void journal();
    void trialBalance_data() { Test::addEngineRows(); }
    void trialBalance();
    void users_data() { Test::addEngineRows(); }
    void users();
    void auditLog_data() { Test::addEngineRows(); }
    void auditLog();
};

void tst_FoundationModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_FoundationModels::journal()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const QDate start(2026, 1, 5);
    for (int i = 0; i < 20; ++i)
        postPurchase(books, start.addDays(i), 1000000 + i * 100,
                     QStringLiteral("Purchase %1").arg(i));

    JournalTableModel model(books.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(25);
    model.reload();
    QCOMPARE(model.matchingRows(), 80);
    QCOMPARE(model.columnCount(), int(JournalTableModel::Column::Count));
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(model.canFetchMore({}));

    // Lazy paging: fetchMore adds a page at a time until every line is there.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 80);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(0).at(1).toInt(), 25);
    QCOMPARE(inserted.at(2).at(2).toInt(), 79);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    // The first entry, line by line, in posting order and the user's locale.
    const auto cell = [&](int row, JournalTableModel::Column c, int role = Qt::DisplayRole) {
        return model.data(model.index(row, int(c)), role);
    };
    QCOMPARE(cell(0, JournalTableModel::Column::Account).toString(), QStringLiteral("1100"));
    QCOMPARE(cell(0, JournalTableModel::Column::AccountName).toString(),
             QStringLiteral("Factored receivables"));
    QCOMPARE(cell(0, JournalTableModel::Column::Debit).toString(), QStringLiteral("10,000.00"));
    QCOMPARE(cell(0, JournalTableModel::Column::Credit).toString(), QString());
    QCOMPARE(
        cell(0, JournalTableModel::Column::Debit, JournalTableModel::MinorUnitsRole).toLongLong(),
        1000000);
    QCOMPARE(cell(1, JournalTableModel::Column::Credit).toString(), QStringLiteral("9,300.00"));
    QCOMPARE(cell(2, JournalTableModel::Column::Credit).toString(), QStringLiteral("200.00"));
    QCOMPARE(cell(3, JournalTableModel::Column::Credit).toString(), QStringLiteral("500.00"));
    QCOMPARE(cell(0, JournalTableModel::Column::Memo).toString(), QStringLiteral("Purchase 0"));
    QCOMPARE(cell(0, JournalTableModel::Column::Date).toString(), QStringLiteral("1/5/2026"));
    QCOMPARE(
        Qt::Alignment(cell(0, JournalTableModel::Column::Debit, Qt::TextAlignmentRole).toInt()),
        Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.journalRow(79).memo, QStringLiteral("Purchase 19"));
    QCOMPARE(model.journalRow(79).account, Accounts::clientReserves());

    // The database filters: one account, then a date range.
    JournalFilter bank;
    bank.account = Accounts::bank();
    model.setFilter(bank);
    QCOMPARE(model.matchingRows(), 20);
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(!model.canFetchMore({}));
    JournalFilter week;
    week.from = start.addDays(2);
    week.to = start.addDays(8);
    model.setFilter(week);
    QCOMPARE(model.matchingRows(), 28);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 28);
    QCOMPARE(model.journalRow(0).date, start.addDays(2));
    JournalFilter nobody;
    nobody.clientCode = QStringLiteral("NO-SUCH-CLIENT");
    model.setFilter(nobody);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_FoundationModels::trialBalance()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    postPurchase(books, QDate(2026, 3, 1), 1000000, QStringLiteral("first"));
    postPurchase(books, QDate(2026, 3, 10), 2000000, QStringLiteral("second"));

    TrialBalanceModel model(books.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(QDate(2026, 2, 28));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.totalDebit(), 0);
    QCOMPARE(model.totalCredit(), 0);
    QCOMPARE(model.data(model.index(0, int(TrialBalanceModel::Column::Debit))).toString(),
             QStringLiteral("0.00"));

    model.setAsOf(QDate(2026, 3, 5));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.balance(1).code, Accounts::factoredReceivables());
    QCOMPARE(model.balance(1).debit, 1000000);
    QCOMPARE(model.totalDebit(), model.totalCredit());

    model.setAsOf(QDate(2026, 3, 31));
    const auto cell = [&](int row, TrialBalanceModel::Column c, int role = Qt::DisplayRole) {
        return model.data(model.index(row, int(c)), role);
    };
    QCOMPARE(cell(0, TrialBalanceModel::Column::Account).toString(), Accounts::bank());
    QCOMPARE(cell(0, TrialBalanceModel::Column::Credit).toString(), QStringLiteral("27,900.00"));
    QCOMPARE(cell(0, TrialBalanceModel::Column::Type).toString(), QStringLiteral("Asset"));
    QCOMPARE(cell(1, TrialBalanceModel::Column::Debit).toString(), QStringLiteral("30,000.00"));
    QCOMPARE(
        cell(1, TrialBalanceModel::Column::Debit, TrialBalanceModel::MinorUnitsRole).toLongLong(),
        3000000);
    QCOMPARE(model.totalDebit(), 3000000);
    QCOMPARE(model.totalCredit(), 3000000);
    QCOMPARE(model.headerData(int(TrialBalanceModel::Column::Debit), Qt::Horizontal).toString(),
             QStringLiteral("Debit (EUR)"));
}

void tst_FoundationModels::users()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserTableModel model(books.db(), books.admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 5);
    const QStringList expected = {QStringLiteral("admin"), QStringLiteral("analyst"),
                                  QStringLiteral("boss"), QStringLiteral("clerk"),
                                  QStringLiteral("manager")};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model.data(model.index(row, int(UserTableModel::Column::Username))).toString(),
                 expected.at(row));
    const int boss = model.rowOf(QStringLiteral("boss"));
    QCOMPARE(boss, 2);
    QCOMPARE(model.data(model.index(boss, int(UserTableModel::Column::Roles))).toString(),
             rolesToTitles(Roles(Role::Analyst) | Role::Manager));
    QCOMPARE(model.data(model.index(boss, int(UserTableModel::Column::FullName))).toString(),
             QStringLiteral("Bo Boss"));
    QCOMPARE(model.data(model.index(boss, int(UserTableModel::Column::Status))).toString(),
             QStringLiteral("Active"));

    UserService(books.db()).setActive(books.admin, model.user(boss).id, false);
    model.reload();
    QCOMPARE(model.data(model.index(boss, int(UserTableModel::Column::Status))).toString(),
             QStringLiteral("Disabled"));
    QVERIFY(!model.user(boss).active);

    // The list is for administrators only; the service says so, the model passes it on.
    UserTableModel clerkModel(books.db(), books.clerk);
    try {
        clerkModel.reload();
        QFAIL("a clerk listed the users");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QCOMPARE(clerkModel.rowCount(), 0);
}

void tst_FoundationModels::auditLog()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    for (int i = 0; i < 6; ++i)
        postPurchase(books, QDate(2026, 4, 1 + i), 500000, QStringLiteral("audit %1").arg(i));

    AuditLogModel model(books.db(), books.admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditFilter filter;
    filter.limit = 4; // small pages, so fetchMore is exercised
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    // Four users were added and six entries posted (plus the first administrator).
    QVERIFY(model.rowCount() >= 10);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.record(row - 1).id > model.record(row).id);

    filter.username = QStringLiteral("manager");
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.data(model.index(0, int(AuditLogModel::Column::User))).toString(),
             QStringLiteral("manager"));
    QVERIFY(model.record(0).after.contains(QStringLiteral("audit 5")));

    AuditFilter users;
    users.text = QStringLiteral("Bo Boss");
    model.setFilter(users);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, int(AuditLogModel::Column::Record))).toString(),
             QStringLiteral("boss"));
    QCOMPARE(model.record(0).before, QString());
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(tst_FoundationModels)
#include "tst_foundationmodels.moc"
