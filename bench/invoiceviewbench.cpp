// Benchmark of the Invoices view over a large book (issue 4, "Speed"): builds (once) a SQLite
// database with N invoices (1,000,000 by default) spread over clients, debtors, schedules,
// statuses and due dates, then opens the Invoices model in a real QTableView (offscreen) and
// prints the time to show the first rows, to re-sort, to re-filter and to scroll, and the
// process's resident memory, each timing with PASS or FAIL. Targets: under 100 ms each, under
// 300 MB resident. --db also takes a PostgreSQL URL (scripts/bench.sh runs it on SQLite and on
// a throwaway PostgreSQL server, with books from factordesk-bench --generate-invoices).
//
//   factordesk-invoiceviewbench [--db SPEC] [--invoices N] [--regenerate]
//
// The generator writes rows with plain INSERTs (test data: no checks, no journal).

#include "database.h"
#include "error.h"
#include "invoicepagequery.h"
#include "invoicetablemodel.h"
#include "sqlquery.h"
#include "transaction.h"
#include "userservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <cstdio>

using namespace FactorDesk;

namespace {

QTextStream out(stdout);

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void generate(Database &db, qint64 invoices)
{
    const int clients = 20;
    const int debtors = 5000;
    const int perSchedule = 100;
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    QRandomGenerator rng(20261122);
    Transaction tx(db);
    const qint64 user =
        SqlQuery(db, QStringLiteral("SELECT min(id) FROM users")).scalar().toLongLong();
    for (int c = 1; c <= clients; ++c) {
        SqlQuery(db, QStringLiteral("INSERT INTO clients (code, name, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?)"))
            .bind(QStringLiteral("BC%1").arg(c, 3, 10, QLatin1Char('0')))
            .bind(QStringLiteral("Bench Client %1 Ltd").arg(c, 3, 10, QLatin1Char('0')))
            .bind(now)
            .bind(now)
            .exec();
    }
    for (int d = 1; d <= debtors; ++d) {
        SqlQuery(db, QStringLiteral("INSERT INTO debtors (code, name, credit_limit, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?)"))
            .bind(QStringLiteral("BD%1").arg(d, 5, 10, QLatin1Char('0')))
            .bind(QStringLiteral("Bench Debtor %1 GmbH").arg(d, 5, 10, QLatin1Char('0')))
            .bind(qint64(100000000))
            .bind(now)
            .bind(now)
            .exec();
    }
    SqlQuery schedule(
        db, QStringLiteral("INSERT INTO schedules (number, client_id, schedule_date, status, "
                           "currency, created_by, created_at, funded_by, funding_date) "
                           "VALUES (?, ?, ?, 'funded', 'EUR', ?, ?, ?, ?)"));
    SqlQuery invoice(
        db, QStringLiteral("INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, "
                           "invoice_no, invoice_date, due_date, currency, amount, status, "
                           "eligible_amount, advance, commission, reserve, open_balance) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?)"));
    const QDate start(2024, 1, 1);
    const qint64 schedules = (invoices + perSchedule - 1) / perSchedule;
    qint64 n = 0;
    for (qint64 s = 1; s <= schedules && n < invoices; ++s) {
        const int client = int(rng.bounded(clients)) + 1;
        const QDate date = start.addDays(s * 700 / schedules);
        schedule.bind(QStringLiteral("B-%1").arg(s, 7, 10, QLatin1Char('0')))
            .bind(client)
            .bind(date.toString(Qt::ISODate))
            .bind(user)
            .bind(now)
            .bind(user)
            .bind(date.toString(Qt::ISODate))
            .exec();
        for (int line = 1; line <= perSchedule && n < invoices; ++line) {
            ++n;
            const qint64 amount = 10000 + qint64(rng.bounded(10000000));
            const qint64 advance = amount * 8 / 10;
            const qint64 commission = amount / 100;
            const quint32 roll = rng.bounded(100);
            const char *status = roll < 25   ? "open"
                                 : roll < 90 ? "paid"
                                 : roll < 95 ? "charged_back"
                                             : "closed";
            const QDate due = date.addDays(30 + 15 * int(rng.bounded(5)));
            invoice.bind(s)
                .bind(line)
                .bind(client)
                .bind(int(rng.bounded(debtors)) + 1)
                .bind(QStringLiteral("INV-%1").arg(n, 8, 10, QLatin1Char('0')))
                .bind(date.toString(Qt::ISODate))
                .bind(due.toString(Qt::ISODate))
                .bind(amount)
                .bind(QString::fromLatin1(status))
                .bind(amount)
                .bind(advance)
                .bind(commission)
                .bind(amount - advance - commission)
                .bind(roll < 25 ? amount : qint64(0))
                .exec();
        }
        if (s % 1000 == 0) {
            out << "  generated " << n << " invoices\n";
            out.flush();
        }
    }
    tx.commit();
}

template <typename F> double timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file (built when missing)."),
                      QStringLiteral("path"),
                      QStringLiteral("/tmp/factordesk-invoicebench.sqlite")});
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices to generate."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("regenerate"), QStringLiteral("Build the database anew.")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const qint64 count = parser.value(QStringLiteral("invoices")).toLongLong();
    if (qEnvironmentVariableIsEmpty("FACTORDESK_TODAY")) // the book's as-of date
        qputenv("FACTORDESK_TODAY", "2025-12-01");

    try {
        if (parser.isSet(QStringLiteral("regenerate")))
            QFile::remove(path);
        if (!Database::exists(path)) {
            out << "Building " << path << " with " << count << " invoices...\n";
            out.flush();
            QElapsedTimer t;
            t.start();
            auto db = Database::create(path, [](Database &d) {
                UserService(d).createFirstAdmin(QStringLiteral("admin"),
                                                QStringLiteral("benchpass1"));
            });
            generate(*db, count);
            out << "  built in " << t.elapsed() / 1000.0 << " s\n";
        }
        auto db = Database::open(path);
        const qint64 rows =
            SqlQuery(*db, QStringLiteral("SELECT count(*) FROM invoices")).scalar().toLongLong();
        out << "Invoices in " << path << ": " << rows << "\n";
        const qint64 rssBefore = residentKb();

        InvoiceTableModel *model = nullptr;
        QTableView view;
        view.resize(1400, 900);
        view.setSortingEnabled(false);
        const auto show = [&] { QCoreApplication::processEvents(); };
        int passed = 0;
        int failed = 0;
        double ms = timed([&] {
            model = new InvoiceTableModel(*db, &view);
            view.setModel(model);
            view.show();
            show();
        });
        out << QStringLiteral("%1  %2 ms  (%3 rows)%4\n")
                   .arg(QStringLiteral("first rows shown"), -44)
                   .arg(ms, 7, 'f', 1)
                   .arg(model->rowCount())
                   .arg(ms < 100.0 ? QStringLiteral("  PASS")
                                   : QStringLiteral("  FAIL (over 100 ms)"));
        ++(ms < 100.0 ? passed : failed);

        const auto report = [&](const QString &what, auto &&f) {
            const double t = timed([&] {
                f();
                show();
            });
            out << QStringLiteral("%1  %2 ms  (%3 rows)%4\n")
                       .arg(what, -44)
                       .arg(t, 7, 'f', 1)
                       .arg(model->rowCount())
                       .arg(t < 100.0 ? QStringLiteral("  PASS")
                                      : QStringLiteral("  FAIL (over 100 ms)"));
            out.flush();
            ++(t < 100.0 ? passed : failed);
        };
        using C = InvoiceTableModel::Column;
        const QList<QPair<QString, C>> sorts = {{QStringLiteral("amount"), C::Amount},
                                                {QStringLiteral("client"), C::Client},
                                                {QStringLiteral("debtor"), C::Debtor},
                                                {QStringLiteral("invoice number"), C::InvoiceNo},
                                                {QStringLiteral("schedule"), C::Schedule},
                                                {QStringLiteral("due date"), C::DueDate},
                                                {QStringLiteral("open balance"), C::OpenBalance},
                                                {QStringLiteral("status"), C::Status},
                                                {QStringLiteral("days past due"), C::DaysPastDue},
                                                {QStringLiteral("invoice date"), C::InvoiceDate}};
        for (const auto &[name, column] : sorts) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                report(QStringLiteral("re-sort by %1 %2")
                           .arg(name, order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                  : QStringLiteral("desc")),
                       [&] { model->sort(int(column), order); });
            }
        }
        model->sort(int(C::InvoiceDate), Qt::DescendingOrder);
        using F = InvoicePageQuery::Filter;
        const QList<QPair<QString, F>> filters = [] {
            QList<QPair<QString, F>> l;
            F f;
            f.clientId = 7;
            l.append({QStringLiteral("client"), f});
            f = F();
            f.debtorId = 77;
            l.append({QStringLiteral("debtor"), f});
            f = F();
            f.status = QStringLiteral("open");
            l.append({QStringLiteral("status open"), f});
            f.status = QStringLiteral("charged_back");
            l.append({QStringLiteral("status charged back"), f});
            f = F();
            f.bucket = AgingBucket::Days31To60;
            l.append({QStringLiteral("bucket 31-60"), f});
            f.bucket = AgingBucket::Over90;
            l.append({QStringLiteral("bucket 90+"), f});
            f = F();
            f.text = QStringLiteral("INV-0012");
            l.append({QStringLiteral("invoice number prefix"), f});
            f = F();
            f.clientId = 3;
            f.status = QStringLiteral("charged_back");
            l.append({QStringLiteral("client + status charged back"), f});
            f = F();
            f.clientId = 3;
            f.debtorId = 1234;
            l.append({QStringLiteral("client + debtor"), f});
            l.append({QStringLiteral("none (all purchased)"), F()});
            return l;
        }();
        for (const auto &[name, filter] : filters)
            report(QStringLiteral("re-filter: %1").arg(name), [&] { model->setFilter(filter); });
        for (const auto &[name, column] : {QPair<QString, C>{QStringLiteral("client"), C::Client},
                                           {QStringLiteral("amount"), C::Amount}}) {
            model->sort(int(column), Qt::DescendingOrder);
            for (const auto &[fname, filter] : filters.mid(0, 6))
                report(QStringLiteral("sorted by %1, re-filter: %2").arg(name, fname),
                       [&] { model->setFilter(filter); });
        }
        model->setFilter(F());
        model->sort(int(C::Amount), Qt::DescendingOrder);
        double slowest = 0;
        for (int i = 0; i < 40; ++i)
            slowest = qMax(slowest, timed([&] { model->fetchMore({}); }));
        out << QStringLiteral("%1  %2 ms%3\n")
                   .arg(QStringLiteral("scroll: slowest of 40 further pages"), -44)
                   .arg(slowest, 7, 'f', 1)
                   .arg(slowest < 100.0 ? QStringLiteral("  PASS")
                                        : QStringLiteral("  FAIL (over 100 ms)"));
        ++(slowest < 100.0 ? passed : failed);
        report(QStringLiteral("scroll to the end of what is loaded"),
               [&] { view.scrollToBottom(); });
        ms = timed([&] { model->matchingCount(100000); });
        out << QStringLiteral("%1  %2 ms\n")
                   .arg(QStringLiteral("count (capped at 100,000)"), -44)
                   .arg(ms, 7, 'f', 1);
        ms = timed([&] { model->matchingCount(); });
        out << QStringLiteral("%1  %2 ms\n")
                   .arg(QStringLiteral("count (all, off the critical path)"), -44)
                   .arg(ms, 7, 'f', 1);
        const qint64 rss = residentKb();
        out << QStringLiteral("resident memory: %1 MB (before the view: %2 MB)%3\n")
                   .arg(rss / 1024)
                   .arg(rssBefore / 1024)
                   .arg(rss / 1024 < 300 ? QString() : QStringLiteral("  OVER 300 MB"));
        out << QStringLiteral("%1 of %2 timed operations under 100 ms on %3\n")
                   .arg(passed)
                   .arg(passed + failed)
                   .arg(db->engine() == Database::Engine::SQLite ? QStringLiteral("SQLite")
                                                                 : QStringLiteral("PostgreSQL"));
    } catch (const Error &e) {
        out << "error: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
