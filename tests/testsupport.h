#pragma once

#include "database.h"
#include "session.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace FactorDesk::Test {

// The URL of the suite's PostgreSQL server (started by tests/pgfixture.sh through the ctest
// fixture). Throws when the suite was started without it: no silently skipped engine.
QString postgresAdminUrl();

// An open invoice of `amount` (EUR minor units) for tests that post purchases by hand: a line on
// factored receivables names its invoice (schema 10). Made with plain SQL on a schedule of its
// own; the client and debtor are "JFX" unless given. Returns the invoice id.
qint64 seedInvoice(Database &db, qint64 amount = 100000000, qint64 clientId = 0,
                   qint64 debtorId = 0);

// Adds the "engine" column with one row per storage engine: data-driven tests run on both.
void addEngineRows();

// A new, empty place for a database on one engine ("sqlite" or "postgres"): a file name in a
// temporary folder, or a freshly created PostgreSQL database that is dropped again at the end.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &engine = QStringLiteral("sqlite"));
    ~ScratchDatabase();
    QString spec() const { return m_spec; }
    QString engine() const { return m_engine; }

private:
    QString m_engine;
    QString m_spec;
    QString m_pgName;
    QTemporaryDir m_dir;
};

// New books with an administrator and one user per role, all with the password "pw":
// admin, clerk, analyst, manager (and "boss", who is both manager and analyst).
class TestBooks
{
public:
    explicit TestBooks(const QString &engine = QStringLiteral("sqlite"));
    ~TestBooks();
    Database &db() { return *m_db; }
    QString spec() const { return m_scratch.spec(); }
    // Reopens the connection (as a restarted program would).
    void reopen();

    Session admin;
    Session clerk;
    Session analyst;
    Session manager;
    Session boss;

private:
    ScratchDatabase m_scratch;
    std::unique_ptr<Database> m_db;
};

// Runs factordesk-cli (from FACTORDESK_BIN) with the given arguments and environment
// additions; returns the exit code and fills stdout/stderr.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &arguments, const QStringList &environment = {},
                 const QByteArray &input = {});

} // namespace FactorDesk::Test
