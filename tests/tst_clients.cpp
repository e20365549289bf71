#include "agreementservice.h"
#include "auditlog.h"
#include "clientservice.h"
#include "clienttablemodel.h"
#include "error.h"
#include "ledger.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QtTest>
#include <functional>

using namespace FactorDesk;
using Test::TestBooks;

namespace {

Client newClient(const QString &code, const QString &name)
{
    Client c;
    c.code = code;
    c.name = name;
    return c;
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, Currency(QStringLiteral("EUR")));
}

// docs/domain.md §7's purchase: face 1,000,000.00, advance 930,000.00, commission 20,000.00,
// reserve 50,000.00, tagged with the client.
void postPurchase(Database &db, const Session &who, qint64 clientId, QDate date)
{
    JournalEntry e;
    e.date = date;
    e.currency = Currency(QStringLiteral("EUR"));
    e.kind = QStringLiteral("purchase");
    e.clientId = clientId;
    const auto line = [&](const QString &account, qint64 debit, qint64 credit) {
        JournalLine l;
        l.account = account;
        l.debit = eur(debit);
        l.credit = eur(credit);
        l.clientId = clientId;
        return l;
    };
    e.lines = {line(Accounts::factoredReceivables(), 100000000, 0),
               line(Accounts::bank(), 0, 93000000), line(Accounts::commissionIncome(), 0, 2000000),
               line(Accounts::clientReserves(), 0, 5000000)};
    e.lines[0].invoiceId = Test::seedInvoice(db, 100000000, clientId);
    JournalService(db).post(who, e);
}

QStringList cliEnv(const QString &user)
{
    return {QStringLiteral("FACTORDESK_USER=") + user, QStringLiteral("FACTORDESK_PASSWORD=pw")};
}

} // namespace

using Mutation = std::function<void(Client &)>;
Q_DECLARE_METATYPE(Mutation)

class tst_Clients : public QObject
{
    Q_OBJECT
private slots:
    void addFindEdit_data();
    void addFindEdit();
    void refusals_data();
    void refusals();
    void permissions();
    void listFilter();
    void fundsEmployed();
    void tableModel();
    void cli();
};

void tst_Clients::addFindEdit_data()
{
    Test::addEngineRows();
}

void tst_Clients::addFindEdit()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    ClientService clients(books.db());
    Client c = newClient(QStringLiteral("NORD"), QStringLiteral(" Nordstahl Metallbau GmbH "));
    c.bankAccount = QStringLiteral("de89 3704 0044 0532 0130 00");
    c.address = QStringLiteral("Am Sandtorkai 12\n20457 Hamburg");
    c.contactEmail = QStringLiteral("j.petersen@nordstahl.example");
    const qint64 id = clients.add(books.clerk, c);
    QVERIFY(id > 0);

    const Client stored = clients.byCode(QStringLiteral("nord"));
    QCOMPARE(stored.id, id);
    QCOMPARE(stored.name, QStringLiteral("Nordstahl Metallbau GmbH"));
    QCOMPARE(stored.currency, Currency(QStringLiteral("EUR"))); // the book currency
    QCOMPARE(stored.status, ClientStatus::Active);
    QCOMPARE(stored.bankAccount, QStringLiteral("DE89370400440532013000"));
    QCOMPARE(clients.idOf(QStringLiteral("Nord")), id);
    QVERIFY(!clients.find(QStringLiteral("NORDX")));
    QVERIFY_THROWS_EXCEPTION(Error, clients.byCode(QStringLiteral("NORDX")));

    // Codes are unique regardless of case.
    try {
        clients.add(books.manager, newClient(QStringLiteral("nord"), QStringLiteral("Other")));
        QFAIL("a second client nord was added");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QCOMPARE(e.field(), QStringLiteral("code"));
        QVERIFY2(e.message().contains(QLatin1String("NORD")), qPrintable(e.message()));
    }

    Client edited = stored;
    edited.status = ClientStatus::Suspended;
    edited.taxNumber = QStringLiteral("DE118273645");
    edited.bankAccount = QStringLiteral("Acct 778899 at Bank of Somewhere"); // not an IBAN: text
    clients.update(books.manager, edited);
    const Client again = clients.get(id);
    QCOMPARE(again.status, ClientStatus::Suspended);
    QCOMPARE(again.taxNumber, QStringLiteral("DE118273645"));
    QCOMPARE(again.bankAccount, QStringLiteral("Acct 778899 at Bank of Somewhere"));
    clients.setStatus(books.clerk, id, ClientStatus::Closed);
    QCOMPARE(clients.get(id).status, ClientStatus::Closed);

    // Every change is audited with before and after.
    AuditFilter f;
    f.entity = QStringLiteral("client");
    const QList<AuditRecord> audit = AuditLog(books.db()).list(books.admin, f);
    QCOMPARE(audit.size(), 3);
    QStringList actions;
    for (const AuditRecord &r : audit)
        actions << r.action;
    QVERIFY(actions.contains(QStringLiteral("client.add")));
    QCOMPARE(actions.count(QStringLiteral("client.update")), 2);
    for (const AuditRecord &r : audit) {
        QCOMPARE(r.entityId, QStringLiteral("NORD"));
        if (r.action == QLatin1String("client.update")) {
            QVERIFY(!r.before.isEmpty());
            QVERIFY(r.before != r.after);
        }
    }
}

void tst_Clients::refusals_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, Mutation m, const char *field) {
        QTest::newRow(name) << m << QString::fromLatin1(field);
    };
    row(
        "empty code", [](Client &c) { c.code = QStringLiteral("  "); }, "code");
    row(
        "code with space", [](Client &c) { c.code = QStringLiteral("AC ME"); }, "code");
    row(
        "code too long", [](Client &c) { c.code = QString(33, QLatin1Char('A')); }, "code");
    row(
        "empty name", [](Client &c) { c.name = QString(); }, "name");
    row(
        "bad e-mail", [](Client &c) { c.contactEmail = QStringLiteral("nobody"); }, "e-mail");
    row(
        "IBAN check digits",
        [](Client &c) { c.bankAccount = QStringLiteral("DE89370400440532013001"); },
        "bank account");
    row(
        "IBAN length", [](Client &c) { c.bankAccount = QStringLiteral("GB29NWBK601613319268"); },
        "bank account");
}

void tst_Clients::refusals()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    TestBooks books;
    Client c = newClient(QStringLiteral("ACME"), QStringLiteral("Acme"));
    mutate(c);
    try {
        ClientService(books.db()).add(books.clerk, c);
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), field);
    }
    QCOMPARE(ClientService(books.db()).list().size(), 0);
}

void tst_Clients::permissions()
{
    TestBooks books;
    ClientService clients(books.db());
    QVERIFY_THROWS_EXCEPTION(
        Error, clients.add(books.analyst, newClient(QStringLiteral("A1"), QStringLiteral("A"))));
    try {
        clients.add(books.analyst, newClient(QStringLiteral("A1"), QStringLiteral("A")));
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QVERIFY_THROWS_EXCEPTION(
        Error, clients.add(books.admin, newClient(QStringLiteral("A1"), QStringLiteral("A"))));
    const qint64 id =
        clients.add(books.clerk, newClient(QStringLiteral("A1"), QStringLiteral("A")));
    clients.add(books.manager, newClient(QStringLiteral("A2"), QStringLiteral("B")));
    Client c = clients.get(id);
    c.name = QStringLiteral("Changed");
    try {
        clients.update(books.analyst, c);
        QFAIL("an analyst edited a client");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QCOMPARE(clients.get(id).name, QStringLiteral("A"));
    QCOMPARE(clients.list().size(), 2); // everyone reads
}

void tst_Clients::listFilter()
{
    TestBooks books;
    ClientService clients(books.db());
    clients.add(books.clerk,
                newClient(QStringLiteral("NORD"), QStringLiteral("Nordstahl Metallbau")));
    clients.add(books.clerk, newClient(QStringLiteral("BAV"), QStringLiteral("Bavaria Feinkost")));
    clients.add(books.clerk, newClient(QStringLiteral("X_1"), QStringLiteral("100% Textil")));
    QCOMPARE(clients.list().size(), 3);
    QCOMPARE(clients.list().first().code, QStringLiteral("BAV")); // ordered by code
    QCOMPARE(clients.list(QStringLiteral("nord")).size(), 1);
    QCOMPARE(clients.list(QStringLiteral("FEIN")).first().code, QStringLiteral("BAV"));
    QCOMPARE(clients.list(QStringLiteral("%")).size(), 1); // a literal percent sign
    QCOMPARE(clients.list(QStringLiteral("_")).size(), 1); // a literal underscore
    QCOMPARE(clients.list(QStringLiteral("zzz")).size(), 0);
}

void tst_Clients::fundsEmployed()
{
    TestBooks books;
    ClientService clients(books.db());
    const qint64 id =
        clients.add(books.clerk, newClient(QStringLiteral("NORD"), QStringLiteral("N")));
    const qint64 other =
        clients.add(books.clerk, newClient(QStringLiteral("BAV"), QStringLiteral("B")));
    QCOMPARE(clients.fundsEmployed(id, d("2026-03-31")).minor(), qint64(0));
    postPurchase(books.db(), books.clerk, id, d("2026-03-10"));
    QCOMPARE(clients.fundsEmployed(id, d("2026-03-09")).minor(), qint64(0));
    QCOMPARE(clients.fundsEmployed(id, d("2026-03-10")).minor(), qint64(95000000));
    QCOMPARE(clients.fundsEmployed(other, d("2026-03-10")).minor(), qint64(0));

    // With bookings, the currency stays.
    Client c = clients.get(id);
    c.currency = Currency(QStringLiteral("USD"));
    try {
        clients.update(books.clerk, c);
        QFAIL("currency changed after bookings");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QCOMPARE(e.field(), QStringLiteral("currency"));
    }
    Client o = clients.get(other);
    o.currency = Currency(QStringLiteral("USD"));
    clients.update(books.clerk, o);
    QCOMPARE(clients.get(other).currency, Currency(QStringLiteral("USD")));
}

void tst_Clients::tableModel()
{
    TestBooks books;
    ClientService clients(books.db());
    const qint64 nord = clients.add(
        books.clerk, newClient(QStringLiteral("NORD"), QStringLiteral("Nordstahl Metallbau")));
    clients.add(books.clerk, newClient(QStringLiteral("BAV"), QStringLiteral("Bavaria Feinkost")));
    clients.add(books.clerk, newClient(QStringLiteral("RHEIN"), QStringLiteral("Rheintex Textil")));
    Agreement a = AgreementService::defaults();
    a.advanceRate = *Rate::parsePercent(QStringLiteral("90"));
    a.recourse = false;
    a.facilityLimit = eur(250000000);
    AgreementService(books.db()).setTerms(books.manager, nord, d("2026-01-01"), a);
    postPurchase(books.db(), books.clerk, nord, d("2026-02-01"));
    // A charge of 123.45 to RHEIN's reserve, which holds nothing: a reserve below zero.
    const qint64 rhein = clients.idOf(QStringLiteral("RHEIN"));
    {
        JournalEntry e;
        e.date = d("2026-02-10");
        e.currency = Currency(QStringLiteral("EUR"));
        e.kind = QStringLiteral("charge");
        e.clientId = rhein;
        JournalLine reserve;
        reserve.account = Accounts::clientReserves();
        reserve.debit = eur(12345);
        reserve.clientId = rhein;
        JournalLine income;
        income.account = Accounts::chargesIncome();
        income.credit = eur(12345);
        e.lines = {reserve, income};
        JournalService(books.db()).post(books.manager, e);
    }

    ClientTableModel model(books.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.refresh(d("2026-03-01"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ClientTableModel::Column::Count));
    const int row = model.rowOf(nord);
    QVERIFY(row >= 0);
    const auto cell = [&](ClientTableModel::Column c, int role = Qt::DisplayRole) {
        return model.data(model.index(row, int(c)), role);
    };
    QCOMPARE(cell(ClientTableModel::Column::Code).toString(), QStringLiteral("NORD"));
    QCOMPARE(cell(ClientTableModel::Column::Arrangement).toString(), QStringLiteral("Advance"));
    QCOMPARE(cell(ClientTableModel::Column::Recourse).toString(),
             QStringLiteral("Without recourse"));
    QCOMPARE(cell(ClientTableModel::Column::AdvanceRate).toString(), QStringLiteral("90 %"));
    QCOMPARE(cell(ClientTableModel::Column::FacilityLimit, ClientTableModel::SortRole).toLongLong(),
             qint64(250000000));
    QCOMPARE(cell(ClientTableModel::Column::FundsEmployed, ClientTableModel::SortRole).toLongLong(),
             qint64(95000000));
    QCOMPARE(cell(ClientTableModel::Column::Code, ClientTableModel::ClientIdRole).toLongLong(),
             nord);
    // The reserve: NORD's from its purchase, RHEIN's below zero and in red, sorted as numbers.
    QCOMPARE(cell(ClientTableModel::Column::Reserve, ClientTableModel::SortRole).toLongLong(),
             qint64(5000000));
    QCOMPARE(cell(ClientTableModel::Column::Reserve).toString(), eur(5000000).toLocaleString());
    QVERIFY(!cell(ClientTableModel::Column::Reserve, Qt::ForegroundRole).isValid());
    QCOMPARE(model.headerData(int(ClientTableModel::Column::Reserve), Qt::Horizontal).toString(),
             QStringLiteral("Reserve"));
    const QModelIndex negative =
        model.index(model.rowOf(rhein), int(ClientTableModel::Column::Reserve));
    QCOMPARE(negative.data(ClientTableModel::SortRole).toLongLong(), qint64(-12345));
    QCOMPARE(negative.data().toString(), eur(-12345).toLocaleString());
    QVERIFY(negative.data().toString().contains(QLatin1Char('-')));
    const QVariant red = negative.data(Qt::ForegroundRole);
    QCOMPARE(red.typeId(), int(QMetaType::QColor));
    QCOMPARE(red.toString(), QStringLiteral("#b01c1c"));
    // A client without terms shows blanks, not zeros.
    const int bav = model.rowOf(clients.idOf(QStringLiteral("BAV")));
    QCOMPARE(model.data(model.index(bav, int(ClientTableModel::Column::AdvanceRate))).toString(),
             QString());

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(ClientTableModel::SearchRole);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortRole(ClientTableModel::SortRole);
    proxy.sort(int(ClientTableModel::Column::FundsEmployed), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("NORD"));
    proxy.sort(int(ClientTableModel::Column::Reserve), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("RHEIN"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("NORD"));
    proxy.setFilterFixedString(QStringLiteral("textil"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("RHEIN"));
    proxy.setFilterFixedString(QStringLiteral("bav"));
    QCOMPARE(proxy.rowCount(), 1);

    model.refresh(d("2025-12-31")); // before the terms: blanks again
    QCOMPARE(model.data(model.index(model.rowOf(nord), int(ClientTableModel::Column::AdvanceRate)))
                 .toString(),
             QString());
}

void tst_Clients::cli()
{
    TestBooks books;
    const QStringList db = {QStringLiteral("--db"), books.spec()};
    const auto run = [&](const QString &user, const QStringList &args) {
        return Test::runCli(db + args, cliEnv(user));
    };
    auto r = run(QStringLiteral("clerk"),
                 {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("ACME"),
                  QStringLiteral("--name"), QStringLiteral("Acme Tools GmbH"),
                  QStringLiteral("--iban"), QStringLiteral("DE89 3704 0044 0532 0130 00"),
                  QStringLiteral("--address"), QStringLiteral("Hafenstraße 1, Bremen")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("ACME")), qPrintable(r.out));

    // Refusals and their exit codes.
    struct Case
    {
        const char *user;
        QStringList args;
        int exit;
        const char *says;
    };
    const QList<Case> refused = {
        {"clerk",
         {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("acme"),
          QStringLiteral("--name"), QStringLiteral("Dup")},
         1,
         "taken"},
        {"analyst",
         {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("NEW"),
          QStringLiteral("--name"), QStringLiteral("N")},
         3,
         "may not"},
        {"clerk",
         {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("NEW")},
         2,
         "--name"},
        {"clerk",
         {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("NEW"),
          QStringLiteral("--name"), QStringLiteral("N"), QStringLiteral("--iban"),
          QStringLiteral("DE89370400440532013001")},
         1,
         "check digits"},
        {"clerk",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--advance"),
          QStringLiteral("90")},
         3,
         "may not"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--advance"),
          QStringLiteral("101")},
         1,
         "advance rate"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--day-count"),
          QStringLiteral("364")},
         1,
         "day count"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--from"), QStringLiteral("2026-01-01"),
          QStringLiteral("--discount-tiers"), QStringLiteral("30:1.5,0:0.5")},
         1,
         "discount tiers"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--from"), QStringLiteral("2026-13-01")},
         1,
         "--from"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--advance"), QStringLiteral("90")},
         2,
         "--from"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--recourse"),
          QStringLiteral("--no-recourse")},
         2,
         "contradict"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
          QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--bogus"),
          QStringLiteral("1")},
         2,
         "--bogus"},
        {"manager",
         {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("NOPE"),
          QStringLiteral("--from"), QStringLiteral("2026-01-01")},
         1,
         "NOPE"},
    };
    for (const Case &c : refused) {
        r = run(QString::fromLatin1(c.user), c.args);
        QVERIFY2(r.exitCode == c.exit,
                 qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                            QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
        QVERIFY2(r.err.contains(QLatin1String(c.says)), qPrintable(r.err));
    }
    QVERIFY(AgreementService(books.db())
                .history(ClientService(books.db()).idOf(QStringLiteral("ACME")))
                .isEmpty());

    r = run(QStringLiteral("manager"), {QStringLiteral("agreement"),
                                        QStringLiteral("set"),
                                        QStringLiteral("ACME"),
                                        QStringLiteral("--from"),
                                        QStringLiteral("2026-01-01"),
                                        QStringLiteral("--advance"),
                                        QStringLiteral("93"),
                                        QStringLiteral("--commission"),
                                        QStringLiteral("2"),
                                        QStringLiteral("--no-recourse"),
                                        QStringLiteral("--arrangement"),
                                        QStringLiteral("maturity"),
                                        QStringLiteral("--no-notification"),
                                        QStringLiteral("--interest-margin"),
                                        QStringLiteral("2.5"),
                                        QStringLiteral("--day-count"),
                                        QStringLiteral("365"),
                                        QStringLiteral("--recourse-days"),
                                        QStringLiteral("120"),
                                        QStringLiteral("--facility"),
                                        QStringLiteral("1500000"),
                                        QStringLiteral("--over-advance"),
                                        QStringLiteral("50000.50"),
                                        QStringLiteral("--concentration"),
                                        QStringLiteral("40"),
                                        QStringLiteral("--cross-aging"),
                                        QStringLiteral("25"),
                                        QStringLiteral("--min-fee"),
                                        QStringLiteral("250"),
                                        QStringLiteral("--discount-tiers"),
                                        QStringLiteral("30:1.5,10:0.5"),
                                        QStringLiteral("--penalty"),
                                        QStringLiteral("4"),
                                        QStringLiteral("--charge-per-invoice"),
                                        QStringLiteral("1.50")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Only some terms: the rest come from the version in force on that date.
    r = run(QStringLiteral("manager"),
            {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("acme"),
             QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--advance"),
             QStringLiteral("88")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto terms =
        AgreementService(books.db())
            .inForce(ClientService(books.db()).idOf(QStringLiteral("ACME")), d("2026-07-01"));
    QVERIFY(terms);
    QCOMPARE(terms->advanceRate, *Rate::parsePercent(QStringLiteral("88")));
    QCOMPARE(terms->commissionRate, *Rate::parsePercent(QStringLiteral("2")));
    QCOMPARE(terms->arrangement, Arrangement::Maturity);
    QCOMPARE(terms->recourse, false);
    QCOMPARE(terms->facilityLimit, eur(150000000));
    QCOMPARE(terms->overAdvanceLimit, eur(5000050));
    QCOMPARE(terms->chargePerInvoice, eur(150));
    QCOMPARE(Agreement::tiersToString(terms->discountTiers), QStringLiteral("30:1.5,10:0.5"));

    r = run(QStringLiteral("analyst"),
            {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("2026-07-15")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("code,name,status,currency,arrangement")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String(
                 "ACME,Acme Tools GmbH,active,EUR,maturity,no,no,88,2,1500000.00,0.00")),
             qPrintable(r.out));

    r = run(QStringLiteral("clerk"), {QStringLiteral("client"), QStringLiteral("list"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("ACME"));

    r = run(QStringLiteral("clerk"),
            {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--as-of"), QStringLiteral("2026-06-30"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject show = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(show.value(QStringLiteral("client"))
                 .toObject()
                 .value(QStringLiteral("bank-account"))
                 .toString(),
             QStringLiteral("DE89370400440532013000"));
    QCOMPARE(
        show.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("advance")).toInt(),
        93);
    QCOMPARE(show.value(QStringLiteral("agreement"))
                 .toObject()
                 .value(QStringLiteral("discount-tiers"))
                 .toString(),
             QStringLiteral("30:1.5,10:0.5"));
    QCOMPARE(show.value(QStringLiteral("history")).toArray().size(), 2);
    QVERIFY(r.out.contains(QLatin1String("\"facility\": 1500000.00"))); // exact decimals

    r = run(QStringLiteral("clerk"),
            {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("ACME")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("DE89 3704 0044 0532 0130 00")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Advance rate 93 % → 88 %")), qPrintable(r.out));

    r = run(QStringLiteral("clerk"),
            {QStringLiteral("agreement"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--as-of"), QStringLiteral("2025-12-31")});
    QCOMPARE(r.exitCode, 1);
    r = run(QStringLiteral("clerk"),
            {QStringLiteral("agreement"), QStringLiteral("history"), QStringLiteral("ACME"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 3);

    r = run(QStringLiteral("clerk"),
            {QStringLiteral("client"), QStringLiteral("edit"), QStringLiteral("ACME"),
             QStringLiteral("--status"), QStringLiteral("suspended"),
             QStringLiteral("--tax-number"), QStringLiteral("DE123")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(ClientService(books.db()).byCode(QStringLiteral("ACME")).status,
             ClientStatus::Suspended);
    r = run(QStringLiteral("clerk"),
            {QStringLiteral("client"), QStringLiteral("edit"), QStringLiteral("ACME"),
             QStringLiteral("--status"), QStringLiteral("sleeping")});
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_Clients)
#include "tst_clients.moc"
