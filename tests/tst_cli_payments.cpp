// payment list / payment run (issue 12, the command-line contract): the demo books owe their
// clients the advances of the funded schedules; a run as manager writes one pain.001 file that
// validates against its schema and prints the count and total; nothing is due afterwards, and
// a second run exits 1 with no file; a client without a valid IBAN refuses the run by name.
#include "bankfileschema.h"
#include "clifixture.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliPayments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWithoutIban();
    void runWritesOneFile();
    void usageAndPermission();

private:
    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("manager"))
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} +
                          args,
                      envFor(QStringLiteral("demo")));
    }
    QJsonArray list(const QString &status)
    {
        const CliResult r =
            cli({QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--status"),
                 status, QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(describe(r)));
        return jsonArray(r.out);
    }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_client;  // the client of the first due payment
    QString m_account; // its account
};

void tst_CliPayments::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("books.sqlite"));
    const CliResult r =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                QStringLiteral("admin"), QStringLiteral("--demo")},
               envFor(QStringLiteral("demo")));
    CLI_EXIT(r, 0);
}

void tst_CliPayments::refusedWithoutIban()
{
    const QJsonArray due = list(QStringLiteral("due"));
    QVERIFY2(!due.isEmpty(), "the demo books owe no payment");
    m_client = due.first()[QStringLiteral("client")].toString();
    m_account = due.first()[QStringLiteral("account")].toString();
    const QString name = due.first()[QStringLiteral("name")].toString();
    CLI_EXIT(cli({QStringLiteral("client"), QStringLiteral("edit"), m_client,
                  QStringLiteral("--bank-account"), QStringLiteral("12345 Sparbuch")}),
             0);
    const QString file = m_dir.filePath(QStringLiteral("refused.xml"));
    const CliResult r =
        cli({QStringLiteral("payment"), QStringLiteral("run"), QStringLiteral("--output"), file});
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(name), qPrintable(describe(r)));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(list(QStringLiteral("due")).size(), due.size());
    QVERIFY(list(QStringLiteral("sent")).isEmpty());
    CLI_EXIT(cli({QStringLiteral("client"), QStringLiteral("edit"), m_client,
                  QStringLiteral("--bank-account"), m_account}),
             0);
}

void tst_CliPayments::runWritesOneFile()
{
    const QJsonArray due = list(QStringLiteral("due"));
    QVERIFY(!due.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("pain.xml"));
    CliResult r = cli({QStringLiteral("payment"), QStringLiteral("run"), QStringLiteral("--output"),
                       file, QStringLiteral("--date"), QStringLiteral("2026-12-31"),
                       QStringLiteral("--version"), QStringLiteral("09")});
    CLI_EXIT(r, 0);
    QVERIFY2(lines(r.out).value(0).startsWith(QString::number(due.size()) + QLatin1Char(' ')),
             qPrintable(r.out));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    const QStringList findings = BankFileSchema::check(xml, QStringLiteral("pain.001.001.09"), 20);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    QCOMPARE(xml.count("<CdtTrfTxInf>"), qsizetype(due.size()));

    QVERIFY(list(QStringLiteral("due")).isEmpty());
    const QJsonArray sent = list(QStringLiteral("sent"));
    QCOMPARE(sent.size(), due.size());
    QVERIFY(!sent.first()[QStringLiteral("end_to_end_id")].toString().isEmpty());

    // Nothing is due now: exit 1 and no file.
    const QString again = m_dir.filePath(QStringLiteral("again.xml"));
    r = cli({QStringLiteral("payment"), QStringLiteral("run"), QStringLiteral("--output"), again});
    CLI_EXIT(r, 1);
    QVERIFY(!QFile::exists(again));

    // CSV lists them too; the books still verify.
    r = cli({QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    CLI_EXIT(r, 0);
    QVERIFY2(lines(r.out).value(0).startsWith(QLatin1String("id,client")), qPrintable(r.out));
    QCOMPARE(lines(r.out).size(), int(sent.size()) + 1);
    CLI_EXIT(cli({QStringLiteral("books"), QStringLiteral("verify")}, QStringLiteral("admin")), 0);
    r = cli({QStringLiteral("payment"), QStringLiteral("runs"), QStringLiteral("--format"),
             QStringLiteral("json")});
    CLI_EXIT(r, 0);
    QCOMPARE(jsonArray(r.out).size(), 1);
}

void tst_CliPayments::usageAndPermission()
{
    const QString file = m_dir.filePath(QStringLiteral("clerk.xml"));
    CliResult r =
        cli({QStringLiteral("payment"), QStringLiteral("run"), QStringLiteral("--output"), file},
            QStringLiteral("clerk"));
    CLI_EXIT(r, 3);
    QVERIFY(!QFile::exists(file));
    r = cli({QStringLiteral("payment"), QStringLiteral("run"), QStringLiteral("--output"), file,
             QStringLiteral("--version"), QStringLiteral("05")});
    CLI_EXIT(r, 2);
    r = cli({QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("paid")});
    CLI_EXIT(r, 2);
    r = cli({QStringLiteral("payment"), QStringLiteral("run")});
    CLI_EXIT(r, 2);
}

QTEST_GUILESS_MAIN(tst_CliPayments)
#include "tst_cli_payments.moc"
