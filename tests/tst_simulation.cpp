// A year, simulated (issue 12): the services driven through business days for twenty clients with
// a fixed seed, the invariants checked after every day (tests/simulation.h). The short run is
// part of the suite; `make simulate` runs the full year (FACTORDESK_SIMULATE_DAYS=365).
#include "simulation.h"

#include "sqlquery.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_Simulation : public QObject
{
    Q_OBJECT
private slots:
    void shortRunKeepsEveryInvariant();
    void checkerFindsAStrayBalance();
    void checkerFindsAChangedStatement();
    void year();
};

namespace {

void report(const SimulationResult &r)
{
    qInfo().noquote() << r.summary();
    for (auto it = r.actsByKind.cbegin(); it != r.actsByKind.cend(); ++it)
        qInfo().noquote() << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());
    for (auto it = r.msByStep.cbegin(); it != r.msByStep.cend(); ++it)
        qInfo().noquote() << QStringLiteral("  time in %1: %2 ms").arg(it.key()).arg(it.value());
    for (const QString &b : r.breakList)
        qInfo().noquote() << QStringLiteral("  break: %1").arg(b);
}

} // namespace

void tst_Simulation::shortRunKeepsEveryInvariant()
{
    TestBooks books;
    SimulationConfig config;
    config.days = 45; // 2026-01-01 to 2026-02-14: January's end, its close and February
    Simulation sim(books, config);
    const SimulationResult r = sim.run();
    report(r);
    QCOMPARE(r.days, 45);
    QVERIFY(r.actsByKind.value(QStringLiteral("schedule fund")) > 0);
    QVERIFY(r.actsByKind.value(QStringLiteral("camt.053 import")) > 0);
    QVERIFY(r.actsByKind.value(QStringLiteral("period close")) == 1);
    QCOMPARE(r.breaks, 0);
}

void tst_Simulation::checkerFindsAStrayBalance()
{
    TestBooks books;
    SimulationConfig config;
    config.clients = 3;
    config.days = 12;
    Simulation sim(books, config);
    QCOMPARE(sim.run().breaks, 0);
    // A stray stored balance on one bought invoice, written past the services.
    SqlQuery(books.db(), QStringLiteral("UPDATE invoices SET open_balance = open_balance + 1 WHERE "
                                        "id = (SELECT MIN(id) FROM invoices WHERE status = "
                                        "'open')"))
        .exec();
    QVERIFY(sim.check() > 0);
    QVERIFY(!sim.result().breakList.isEmpty());
}

void tst_Simulation::checkerFindsAChangedStatement()
{
    TestBooks books;
    SimulationConfig config;
    config.clients = 3;
    config.days = 33; // January closed on its last day's end of day
    Simulation sim(books, config);
    QCOMPARE(sim.run().breaks, 0);
    // A due date changed behind the program: the closed month's open invoices and their aging
    // no longer read as they were printed.
    SqlQuery(books.db(), QStringLiteral("UPDATE invoices SET due_date = '2025-01-01' WHERE id = "
                                        "(SELECT MIN(id) FROM invoices WHERE status <> 'pending' "
                                        "AND invoice_date <= '2026-01-31')"))
        .exec();
    QVERIFY(sim.check() > 0);
}

void tst_Simulation::year()
{
    const int days = qEnvironmentVariableIntValue("FACTORDESK_SIMULATE_DAYS");
    if (days <= 0)
        QSKIP("the full year runs with `make simulate` (FACTORDESK_SIMULATE_DAYS=365)");
    TestBooks books;
    SimulationConfig config;
    config.days = days;
    config.statementCheckEvery = 7;
    config.progress = true;
    Simulation sim(books, config);
    const SimulationResult r = sim.run();
    report(r);
    QCOMPARE(r.days, days);
    QCOMPARE(r.breaks, 0);
}

QTEST_GUILESS_MAIN(tst_Simulation)
#include "tst_simulation.moc"
