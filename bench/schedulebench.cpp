// Data generators for the benchmarks (scripts/bench.sh). Never a timed test: the script times
// the programs and prints the figures.
//
//   factordesk-bench --setup-import N --db PATH --csv PATH
//       a fresh database with users admin, clerk, analyst, manager (password from
//       FACTORDESK_PASSWORD), client BENCH under agreement and 1,000 debtors D0001.. with
//       credit limits (all through the services), and a schedule CSV of N lines for BENCH.
//   factordesk-bench --generate-invoices N --db SPEC
//       a fresh database (SQLite file or empty PostgreSQL database) with 20 clients, 5,000
//       debtors and N invoices over every status and aging bucket as of FACTORDESK_TODAY (test
//       data: no journal entries), then the planner's statistics.
//   factordesk-bench --floor-sql OUT --before BEFORE --db AFTER [--rewrite TABLE|WHERE|COLS]
//       the SQL that turns the SQLite file BEFORE into AFTER (see floorsql.h), for the sqlite3
//       shell: the floor of a write.

#include "agreementservice.h"
#include "clientservice.h"
#include "clock.h"
#include "creditservice.h"
#include "database.h"
#include "debtorservice.h"
#include "error.h"
#include "floorsql.h"
#include "plannerstatistics.h"
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

// The Invoices view's book: 20 clients, 5,000 debtors, one funded schedule per 100 invoices,
// and N invoices spread over every status (half open) and, for the open ones, every aging
// bucket as of `asOf`, so no filter of the view benchmark is timed on an empty result. One
// INSERT ... SELECT over a number series: the server (or SQLite) generates the rows.
int generateInvoices(const QString &spec, qint64 count)
{
    QElapsedTimer timer;
    timer.start();
    const QDate asOf = today();
    auto db = freshBooks(spec);
    const bool sqlite = db->engine() == Database::Engine::SQLite;
    const QString now = QStringLiteral("2025-06-30T00:00:00.000Z");
    const qint64 schedules = (count + 99) / 100;
    {
        Transaction tx(*db);
        SqlQuery c(*db, QStringLiteral("INSERT INTO clients (code, name, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?)"));
        for (int i = 1; i <= 20; ++i)
            c.bind(QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')))
                .bind(QStringLiteral("Client %1 Ltd").arg(i, 2, 10, QLatin1Char('0')))
                .bind(now)
                .bind(now)
                .exec();
        SqlQuery d(*db, QStringLiteral("INSERT INTO debtors (code, name, credit_limit, created_at, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 1; i <= 5000; ++i)
            d.bind(QStringLiteral("D%1").arg(i, 4, 10, QLatin1Char('0')))
                .bind(QStringLiteral("Debtor %1 GmbH").arg(i, 4, 10, QLatin1Char('0')))
                .bind(qint64(100000000))
                .bind(now)
                .bind(now)
                .exec();
        const auto scalar = [&db](const char *sql) {
            return SqlQuery(*db, QString::fromLatin1(sql)).scalar().toLongLong();
        };
        const qint64 user = scalar("SELECT min(id) FROM users");
        const qint64 client0 = scalar("SELECT min(id) FROM clients");
        const qint64 debtor0 = scalar("SELECT min(id) FROM debtors");
        // Series n = 0 .. count-1 (schedules: 0 .. schedules-1).
        const QString series =
            sqlite ? QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 "
                                    "FROM seq WHERE n + 1 < ?) ")
                   : QString();
        const QString from = sqlite ? QStringLiteral(" FROM seq")
                                    : QStringLiteral(" FROM generate_series(0, CAST(? AS BIGINT) "
                                                     "- 1) AS seq(n)");
        // Schedule k belongs to client k % 20 and is dated 2 days apart, back from asOf.
        const QString date = sqlite ? QStringLiteral("date(?, (-(%1)) || ' days')")
                                    : QStringLiteral("to_char(CAST(? AS date) - CAST(%1 AS "
                                                     "INTEGER), 'YYYY-MM-DD')");
        const QString number = sqlite ? QStringLiteral("printf('B-%07d', n)")
                                      : QStringLiteral("'B-' || lpad(n::text, 7, '0')");
        SqlQuery s(*db, series +
                            QStringLiteral("INSERT INTO schedules (number, client_id, "
                                           "schedule_date, status, currency, source_file, "
                                           "created_by, created_at, funded_by, funded_at, "
                                           "funding_date) SELECT %1, CAST(? AS BIGINT) + n %% 20, "
                                           "%2, 'funded', 'EUR', 'generated', CAST(? AS BIGINT), "
                                           "?, CAST(? AS BIGINT), ?, %2")
                                .arg(number, QString(date).arg(QStringLiteral("n * 2 % 400")))
                                .replace(QStringLiteral("%%"), QStringLiteral("%")) +
                            from);
        if (sqlite)
            s.bind(schedules);
        s.bind(client0)
            .bind(isoDate(asOf))
            .bind(user)
            .bind(now)
            .bind(user)
            .bind(now)
            .bind(isoDate(asOf));
        if (!sqlite)
            s.bind(schedules);
        s.exec();
        const qint64 schedule0 = scalar("SELECT min(id) FROM schedules");
        // Invoice n: line n % 100 + 1 of schedule n / 100 (its client); its debtor, date,
        // terms, amount and status each from the high bits of its own multiplicative hash of
        // n (independent of one another). Dated 0..399 days back and due 30..75 days later,
        // the open ones fall into every aging bucket.
        const auto hash = [](const char *factor, int shift, int range) {
            return QStringLiteral("(n * %1 / %2 %% %3)")
                .arg(QLatin1String(factor))
                .arg(qint64(1) << shift)
                .arg(range)
                .replace(QStringLiteral("%%"), QStringLiteral("%"));
        };
        const QString age = hash("2246822519", 12, 400);
        const QString terms = QStringLiteral("(30 + %1 * 15)").arg(hash("668265263", 10, 4));
        const QString amount = QStringLiteral("(10000 + %1)").arg(hash("2654435761", 3, 5000000));
        const QString roll = hash("3266489917", 16, 100);
        const QString debtor = hash("374761393", 8, 5000);
        const QString status =
            QStringLiteral("CASE WHEN %1 < 50 THEN 'open' WHEN %1 < 75 THEN 'paid' WHEN %1 < 83 "
                           "THEN 'charged_back' WHEN %1 < 89 THEN 'written_off' WHEN %1 < 97 "
                           "THEN 'closed' WHEN %1 < 99 THEN 'pending' ELSE 'rejected' END")
                .arg(roll);
        const QString invoiceNo = sqlite ? QStringLiteral("printf('INV-%08d', n + 1)")
                                         : QStringLiteral("'INV-' || lpad((n + 1)::text, 8, '0')");
        QString sql =
            series + QStringLiteral("INSERT INTO invoices (schedule_id, line_no, client_id, "
                                    "debtor_id, invoice_no, invoice_date, due_date, currency, "
                                    "amount, status, eligible_amount, advance, commission, "
                                    "reserve, open_balance, purchased_at) SELECT "
                                    "CAST(? AS BIGINT) + n / 100, n % 100 + 1, "
                                    "CAST(? AS BIGINT) + (n / 100) % 20, "
                                    "CAST(? AS BIGINT) + ");
        sql += debtor + QStringLiteral(", ") + invoiceNo + QStringLiteral(", ") +
               QString(date).arg(age) + QStringLiteral(", ") +
               QString(date).arg(age + QStringLiteral(" - ") + terms) +
               QStringLiteral(", 'EUR', ") + amount + QStringLiteral(", ") + status +
               QStringLiteral(", %1, %1 * 8 / 10, %1 / 50, %1 - %1 * 8 / 10 - %1 / 50, "
                              "CASE WHEN %2 < 50 THEN %1 ELSE 0 END, ?")
                   .arg(amount, roll) +
               from;
        SqlQuery q(*db, sql);
        if (sqlite)
            q.bind(count);
        q.bind(schedule0).bind(client0).bind(debtor0).bind(isoDate(asOf)).bind(isoDate(asOf));
        q.bind(now);
        if (!sqlite)
            q.bind(count);
        q.exec();
        tx.commit();
    }
    PlannerStatistics::refresh(*db, {QStringLiteral("invoices"), QStringLiteral("schedules"),
                                     QStringLiteral("clients"), QStringLiteral("debtors")});
    out << "generated " << count << " invoices (" << schedules << " schedules, as of "
        << isoDate(asOf) << ") in " << spec << " (" << timer.elapsed() << " ms)\n";
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
        QStringLiteral("db"), QStringLiteral("Database to create (SQLite file or PostgreSQL URL)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("CSV file to write."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption floor(QStringLiteral("floor-sql"),
                                   QStringLiteral("The SQL that turns BEFORE into --db, to PATH."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption beforeOption(QStringLiteral("before"),
                                          QStringLiteral("SQLite file before the write."),
                                          QStringLiteral("BEFORE"));
    const QCommandLineOption rewriteOption(
        QStringLiteral("rewrite"),
        QStringLiteral("TABLE|WHERE|COLUMNS: rows the program writes unchanged, and their "
                       "columns (comma-separated)."),
        QStringLiteral("SPEC"));
    parser.addOptions({setup, generate, floor, beforeOption, rewriteOption, dbOption, csvOption});
    parser.process(app);
    try {
        if (parser.isSet(floor)) {
            const QStringList r = parser.value(rewriteOption).split(QLatin1Char('|'));
            Bench::Rewrite rewrite;
            if (r.size() == 3)
                rewrite = {r[0], r[1], r[2].split(QLatin1Char(','), Qt::SkipEmptyParts)};
            return Bench::writeFloorSql(parser.value(beforeOption), parser.value(dbOption),
                                        parser.value(floor), rewrite);
        }
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
