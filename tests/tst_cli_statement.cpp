// factordesk-cli statement and statement batch on the demo books: text, CSV, JSON and PDF,
// and one PDF per active client with nothing half-written left behind.
#include "clifixture.h"

#include <QDir>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliStatement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void text();
    void csv();
    void json();
    void pdf();
    void batch();
    void refusals();

private:
    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("manager"))
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} +
                          args,
                      envFor(QStringLiteral("demo")));
    }
    QStringList period() const
    {
        return {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                QStringLiteral("2026-12-31")};
    }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_client;
    int m_active = 0;
};

void tst_CliStatement::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("books.sqlite"));
    CLI_EXIT(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                     QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--demo")},
                    envFor(QStringLiteral("demo"))),
             0);
    const CliResult r = cli({QStringLiteral("client"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    CLI_EXIT(r, 0);
    for (const QJsonValue &v : jsonArray(r.out)) {
        if (v[QStringLiteral("status")].toString() == QLatin1String("active")) {
            ++m_active;
            if (m_client.isEmpty())
                m_client = v[QStringLiteral("code")].toString();
        }
    }
    QVERIFY(!m_client.isEmpty());
}

void tst_CliStatement::text()
{
    const CliResult r = cli(QStringList{QStringLiteral("statement"), m_client} + period());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Opening balance")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Closing balance")));
    QVERIFY(r.out.contains(QStringLiteral("Purchase")));
}

void tst_CliStatement::csv()
{
    const CliResult r = cli(QStringList{QStringLiteral("statement"), m_client} + period() +
                            QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(r, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("client,from,to,as_of,currency")));
    QVERIFY(r.out.contains(QStringLiteral("balance,opening,movements,closing")));
    QVERIFY(r.out.contains(QStringLiteral(",purchase,")));
}

void tst_CliStatement::json()
{
    const CliResult r = cli(QStringList{QStringLiteral("statement"), m_client} + period() +
                            QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("--as-of"), QStringLiteral("2026-12-31")});
    CLI_EXIT(r, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("client")).toString(), m_client);
    QVERIFY(o.value(QStringLiteral("ties")).toBool());
    QVERIFY(!o.value(QStringLiteral("movements")).toArray().isEmpty());
}

void tst_CliStatement::pdf()
{
    const QString path = m_dir.filePath(QStringLiteral("one.pdf"));
    const CliResult r = cli(QStringList{QStringLiteral("statement"), m_client} + period() +
                            QStringList{QStringLiteral("--pdf"), path});
    CLI_EXIT(r, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
    const QString keep = qEnvironmentVariable("FACTORDESK_KEEP_REPORTS");
    if (!keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/demo-statement.pdf"));
        QFile::copy(path, keep + QStringLiteral("/demo-statement.pdf"));
    }
}

void tst_CliStatement::batch()
{
    const QString out = m_dir.filePath(QStringLiteral("batch"));
    const CliResult r = cli(QStringList{QStringLiteral("statement"), QStringLiteral("batch"),
                                        QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                        QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                        QStringLiteral("--output"), out});
    CLI_EXIT(r, 0);
    const QStringList files = QDir(out).entryList(QDir::Files);
    QCOMPARE(files.size(), m_active);
    for (const QString &f : files) {
        QVERIFY2(f.startsWith(QStringLiteral("statement-")) &&
                     f.endsWith(QStringLiteral("-2026-03-01-2026-03-31.pdf")),
                 qPrintable(f));
    }
    QVERIFY(files.contains(QStringLiteral("statement-%1-2026-03-01-2026-03-31.pdf").arg(m_client)));
    QVERIFY2(r.err.contains(QStringLiteral("[1/%1]").arg(m_active)), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("%1 statements written").arg(m_active)) || m_active == 1);
}

void tst_CliStatement::refusals()
{
    CLI_EXIT(cli(QStringList{QStringLiteral("statement"), QStringLiteral("NOBODY")} + period()), 1);
    CLI_EXIT(
        cli({QStringLiteral("statement"), m_client, QStringLiteral("--from"),
             QStringLiteral("2026-03-31"), QStringLiteral("--to"), QStringLiteral("2026-03-01")}),
        2);
    CLI_EXIT(cli({QStringLiteral("statement"), m_client}), 2);
}

QTEST_GUILESS_MAIN(tst_CliStatement)
#include "tst_cli_statement.moc"
