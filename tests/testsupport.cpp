#include "testsupport.h"

#include "passwordhasher.h"
#include "sqlquery.h"
#include "userservice.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <stdexcept>

namespace FactorDesk::Test {

namespace {
QAtomicInt g_counter;

QString adminConnection()
{
    const QString name = QStringLiteral("factordesk-test-admin");
    if (!QSqlDatabase::contains(name)) {
        const DatabaseLocation loc = DatabaseLocation::parse(postgresAdminUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(loc.host);
        db.setPort(loc.port);
        db.setDatabaseName(loc.databaseName);
        db.setUserName(loc.user);
        if (!db.open())
            throw std::runtime_error("cannot reach the test PostgreSQL server: " +
                                     db.lastError().text().toStdString());
    }
    return name;
}
} // namespace

qint64 seedInvoice(Database &db, qint64 amount, qint64 clientId, qint64 debtorId)
{
    const auto idOf = [&db](const QString &select, const QString &insert) {
        const qint64 id = SqlQuery(db, select).scalar().toLongLong();
        return id > 0 ? id : SqlQuery(db, insert).scalar().toLongLong();
    };
    if (clientId == 0)
        clientId = idOf(QStringLiteral("SELECT id FROM clients WHERE code = 'JFX'"),
                        QStringLiteral("INSERT INTO clients (code, name, created_at, updated_at) "
                                       "VALUES ('JFX', 'Journal fixture', 'now', 'now') "
                                       "RETURNING id"));
    if (debtorId == 0)
        debtorId = idOf(QStringLiteral("SELECT id FROM debtors WHERE code = 'JFX'"),
                        QStringLiteral("INSERT INTO debtors (code, name, created_at, updated_at) "
                                       "VALUES ('JFX', 'Journal fixture', 'now', 'now') "
                                       "RETURNING id"));
    const qint64 user =
        SqlQuery(db, QStringLiteral("SELECT MIN(id) FROM users")).scalar().toLongLong();
    const qint64 n =
        SqlQuery(db, QStringLiteral("SELECT count(*) FROM schedules")).scalar().toLongLong() + 1;
    const QString number = QStringLiteral("JFX-%1").arg(n);
    SqlQuery sched(db, QStringLiteral("INSERT INTO schedules (number, client_id, schedule_date, "
                                      "status, currency, created_by, created_at) VALUES (?, ?, "
                                      "'2026-03-01', 'approved', 'EUR', ?, 'now') RETURNING id"));
    const qint64 scheduleId = sched.bind(number).bind(clientId).bind(user).scalar().toLongLong();
    SqlQuery inv(db, QStringLiteral("INSERT INTO invoices (schedule_id, line_no, client_id, "
                                    "debtor_id, invoice_no, invoice_date, due_date, currency, "
                                    "amount, status, eligible_amount, advance, open_balance) "
                                    "VALUES (?, 1, ?, ?, ?, '2026-03-01', '2026-05-01', 'EUR', ?, "
                                    "'open', ?, ?, ?) RETURNING id"));
    return inv.bind(scheduleId)
        .bind(clientId)
        .bind(debtorId)
        .bind(number)
        .bind(amount)
        .bind(amount)
        .bind(amount)
        .bind(amount)
        .scalar()
        .toLongLong();
}

QString postgresAdminUrl()
{
    const QString file = qEnvironmentVariable("FACTORDESK_PG_URL_FILE");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        throw std::runtime_error("FACTORDESK_PG_URL_FILE is not set or unreadable: run the tests "
                                 "through ctest (make test), which starts PostgreSQL");
    return QString::fromUtf8(f.readAll()).trimmed();
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

ScratchDatabase::ScratchDatabase(const QString &engine)
    : m_engine(engine)
{
    if (engine == QLatin1String("sqlite")) {
        m_spec = m_dir.filePath(QStringLiteral("books.sqlite"));
        return;
    }
    if (engine != QLatin1String("postgres"))
        throw std::runtime_error("unknown engine");
    m_pgName = QStringLiteral("fdt_%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(g_counter.fetchAndAddOrdered(1));
    QSqlQuery q(QSqlDatabase::database(adminConnection()));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName)))
        throw std::runtime_error("CREATE DATABASE failed: " + q.lastError().text().toStdString());
    QString url = postgresAdminUrl();
    url = url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + m_pgName;
    m_spec = url;
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_pgName.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(adminConnection()));
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

TestBooks::TestBooks(const QString &engine)
    : m_scratch(engine)
{
    m_db = Database::create(m_scratch.spec());
    // The services refuse a password as short as "pw", so the users are made with a longer
    // one and then given "pw" behind the services' back (test books only).
    const QString setup = QStringLiteral("pw-setup");
    UserService users(*m_db);
    users.createFirstAdmin(QStringLiteral("admin"), setup);
    admin = users.login(QStringLiteral("admin"), setup);
    users.addUser(admin, QStringLiteral("clerk"), QStringLiteral("Carla Clerk"), Role::Clerk,
                  setup);
    users.addUser(admin, QStringLiteral("analyst"), QStringLiteral("Anna Analyst"), Role::Analyst,
                  setup);
    users.addUser(admin, QStringLiteral("manager"), QStringLiteral("Max Manager"), Role::Manager,
                  setup);
    users.addUser(admin, QStringLiteral("boss"), QStringLiteral("Bo Boss"),
                  Roles(Role::Manager) | Role::Analyst, setup);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?"));
    q.addBindValue(PasswordHasher::hash(QStringLiteral("pw")));
    if (!q.exec())
        throw std::runtime_error("cannot set the test passwords: " +
                                 q.lastError().text().toStdString());
    admin = users.login(QStringLiteral("admin"), QStringLiteral("pw"));
    clerk = users.login(QStringLiteral("clerk"), QStringLiteral("pw"));
    analyst = users.login(QStringLiteral("analyst"), QStringLiteral("pw"));
    manager = users.login(QStringLiteral("manager"), QStringLiteral("pw"));
    boss = users.login(QStringLiteral("boss"), QStringLiteral("pw"));
}

TestBooks::~TestBooks()
{
    m_db.reset();
}

void TestBooks::reopen()
{
    m_db.reset();
    m_db = Database::open(m_scratch.spec());
}

CliResult runCli(const QStringList &arguments, const QStringList &environment,
                 const QByteArray &input)
{
    QString bin = qEnvironmentVariable("FACTORDESK_BIN");
    if (bin.isEmpty())
        bin = QStringLiteral(FACTORDESK_TEST_BINARY_DIR "/testbin");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FACTORDESK_PASSWORD"));
    env.remove(QStringLiteral("FACTORDESK_USER"));
    env.remove(QStringLiteral("FACTORDESK_DB"));
    for (const QString &kv : environment) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(bin + QStringLiteral("/factordesk-cli"), arguments);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        p.kill();
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace FactorDesk::Test
