// Data generators for the benchmarks (scripts/bench.sh). Never a timed test: the script times
// the programs and prints the figures.
//
//   factordesk-bench --setup-import N --db PATH --csv PATH
//       a fresh database with users admin, clerk, analyst, manager (password from
//       FACTORDESK_PASSWORD), client BENCH under agreement and 1,000 debtors D0001.. with
//       credit limits (all through the services), and a schedule CSV of N lines for BENCH.
//   factordesk-bench --generate-invoices N --db PATH
//       a fresh database with 20 clients, 5,000 debtors and N open invoices, inserted in one
//       transaction by InvoiceQuery::generateOpenInvoices (test data: no journal entries).

#include "agreementservice.h"
#include "clientservice.h"
#include "creditservice.h"
#include "database.h"
#include "debtorservice.h"
#include "error.h"
#include "invoicequery.h"
#include "sqlquery.h"
#include "transaction.h"
#include "userservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace FactorDesk;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

const QDate kScheduleDate(2025, 6, 30);

QString password()
{
    const QString pw = qEnvironmentVariable("FACTORDESK_PASSWORD");
    return pw.isEmpty() ? QStringLiteral("benchpass1") : pw;
}

std::unique_ptr<Database> freshBooks(const QString &path)
{
    QFile::remove(path);
    return Database::create(path, [](Database &db) {
        UserService users(db);
        users.createFirstAdmin(QStringLiteral("admin"), password(), QStringLiteral("Admin"));
        const Session admin = users.login(QStringLiteral("admin"), password());
        users.addUser(admin, QStringLiteral("clerk"), QStringLiteral("Clerk"), Role::Clerk,
                      password());
        users.addUser(admin, QStringLiteral("analyst"), QStringLiteral("Analyst"), Role::Analyst,
                      password());
        users.addUser(admin, QStringLiteral("manager"), QStringLiteral("Manager"), Role::Manager,
                      password());
    });
}

// A deterministic xorshift: the same file on every run.
quint64 g_state = 0x2545F4914F6CDD1Dull;
quint64 next()
{
    g_state ^= g_state << 13;
    g_state ^= g_state >> 7;
    g_state ^= g_state << 17;
    return g_state;
}

int setupImport(const QString &dbPath, const QString &csvPath, qint64 lines)
{
    QElapsedTimer timer;
    timer.start();
    auto db = freshBooks(dbPath);
    UserService users(*db);
    const Session clerk = users.login(QStringLiteral("clerk"), password());
    const Session analyst = users.login(QStringLiteral("analyst"), password());
    const Session manager = users.login(QStringLiteral("manager"), password());
    const int debtors = 1000;
    {
        Transaction tx(*db);
        Client c;
        c.code = QStringLiteral("BENCH");
        c.name = QStringLiteral("Benchmark Trading");
        const qint64 clientId = ClientService(*db).add(clerk, c);
        Agreement a = AgreementService::defaults();
        a.advanceRate = Rate::fromPpm(900000);
        a.commissionRate = Rate::fromPpm(15000);
        a.verificationThreshold =
            Money::fromMinor(1500000, ClientService(*db).get(clientId).currency);
        AgreementService(*db).setTerms(manager, clientId, QDate(2025, 1, 1), a);
        DebtorService ds(*db);
        CreditService cs(*db);
        for (int i = 1; i <= debtors; ++i) {
            Debtor d;
            d.code = QStringLiteral("D%1").arg(i, 4, 10, QLatin1Char('0'));
            d.name = QStringLiteral("Debtor %1").arg(i);
            const qint64 id = ds.add(clerk, d);
            ds.linkClient(clerk, id, clientId);
            // Most debtors have room for their share; every tenth runs over its limit.
            const qint64 limit = i % 10 == 0 ? 50000000 : 500000000;
            CreditDecision decision;
            decision.reason = QStringLiteral("bench");
            cs.decide(analyst,
                      cs.request(clerk, id, Money::fromMinor(limit), QStringLiteral("bench")),
                      decision);
        }
        tx.commit();
    }
    QFile f(csvPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "cannot write " << csvPath << '\n';
        return 1;
    }
    QByteArray buf;
    buf.reserve(4 << 20);
    buf += "invoice_no,debtor,invoice_date,due_date,amount,po\n";
    for (qint64 i = 1; i <= lines; ++i) {
        const QDate invoiceDate = kScheduleDate.addDays(-qint64(next() % 20));
        const QDate due = invoiceDate.addDays(30 + qint64(next() % 3) * 15);
        const qint64 amount = 10000 + qint64(next() % 2000000);
        buf += "B" + QByteArray::number(i).rightJustified(7, '0') + ",D" +
               QByteArray::number(qint64(next() % debtors) + 1).rightJustified(4, '0') + ',' +
               invoiceDate.toString(Qt::ISODate).toLatin1() + ',' +
               due.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(amount / 100) + '.' +
               QByteArray::number(amount % 100).rightJustified(2, '0') + ",PO-" +
               QByteArray::number(i) + '\n';
        if (buf.size() > (4 << 20) - 256) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    f.close();
    out << "setup: database " << dbPath << ", " << debtors << " debtors, " << lines << " lines in "
        << csvPath << " (" << timer.elapsed() << " ms)\n";
    return 0;
}

int generateInvoices(const QString &dbPath, qint64 count)
{
    QElapsedTimer timer;
    timer.start();
    auto db = freshBooks(dbPath);
    QList<qint64> clients;
    QList<qint64> debtors;
    {
        Transaction tx(*db);
        const QString now = QStringLiteral("2025-06-30T00:00:00.000Z");
        SqlQuery c(
            *db,
            QStringLiteral("INSERT INTO clients (code, name, created_at, updated_at) VALUES (?, ?, "
                           "?, ?) RETURNING id"));
        for (int i = 1; i <= 20; ++i)
            clients << c.bind(QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')))
                           .bind(QStringLiteral("Client %1").arg(i))
                           .bind(now)
                           .bind(now)
                           .scalar()
                           .toLongLong();
        SqlQuery d(
            *db,
            QStringLiteral("INSERT INTO debtors (code, name, credit_limit, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        for (int i = 1; i <= 5000; ++i)
            debtors << d.bind(QStringLiteral("D%1").arg(i, 4, 10, QLatin1Char('0')))
                           .bind(QStringLiteral("Debtor %1").arg(i))
                           .bind(qint64(100000000))
                           .bind(now)
                           .bind(now)
                           .scalar()
                           .toLongLong();
        tx.commit();
    }
    const qint64 user =
        SqlQuery(*db, QStringLiteral("SELECT min(id) FROM users")).scalar().toLongLong();
    const qint64 n =
        InvoiceQuery::generateOpenInvoices(*db, count, clients, debtors, user, kScheduleDate);
    out << "generated " << n << " invoices in " << dbPath << " (" << timer.elapsed() << " ms)\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FactorDesk benchmark data generators"));
    parser.addHelpOption();
    const QCommandLineOption setup(QStringLiteral("setup-import"),
                                   QStringLiteral("Books and a CSV of N lines."),
                                   QStringLiteral("N"));
    const QCommandLineOption generate(QStringLiteral("generate-invoices"),
                                      QStringLiteral("Books with N open invoices."),
                                      QStringLiteral("N"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("SQLite file to create."), QStringLiteral("PATH"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("CSV file to write."),
                                       QStringLiteral("PATH"));
    parser.addOptions({setup, generate, dbOption, csvOption});
    parser.process(app);
    try {
        if (!parser.isSet(dbOption))
            throw Error(Error::Kind::Validation, QStringLiteral("--db PATH is required."));
        if (parser.isSet(setup)) {
            if (!parser.isSet(csvOption))
                throw Error(Error::Kind::Validation, QStringLiteral("--csv PATH is required."));
            return setupImport(parser.value(dbOption), parser.value(csvOption),
                               parser.value(setup).toLongLong());
        }
        if (parser.isSet(generate))
            return generateInvoices(parser.value(dbOption), parser.value(generate).toLongLong());
        parser.showHelp(2);
    } catch (const Error &e) {
        err << "factordesk-bench: " << e.message() << '\n';
        return 1;
    }
    return 0;
}
