// credit-note, dispute, chargeback, buyback, debtor insolvent and credit-loss on the demo
// books, and the collection columns of `invoice list`.
#include "clifixture.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliCollections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void creditNotes();
    void disputes();
    void insolvency();
    void chargebacks();
    void invoiceListColumns();

private:
    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("clerk"))
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} +
                          args,
                      envFor(QStringLiteral("demo")));
    }
    // Open invoices of the demo books: client, invoice number, debtor.
    QList<QJsonObject> openInvoices()
    {
        const CliResult r =
            cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("open"), QStringLiteral("--format"), QStringLiteral("json")});
        QList<QJsonObject> out;
        for (const QJsonValue &v : jsonArray(r.out))
            if (v[QStringLiteral("open_balance")].toDouble() >= 100)
                out << v.toObject();
        return out;
    }
    void verify()
    {
        CLI_EXIT(cli({QStringLiteral("books"), QStringLiteral("verify")}, QStringLiteral("admin")),
                 0);
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliCollections::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("books.sqlite"));
    CLI_EXIT(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                     QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--demo")},
                    envFor(QStringLiteral("demo"))),
             0);
}

void tst_CliCollections::creditNotes()
{
    const QList<QJsonObject> open = openInvoices();
    QVERIFY(open.size() >= 2);
    const QString client = open[0][QStringLiteral("client")].toString();
    const QString number = open[0][QStringLiteral("invoice_no")].toString();
    CliResult r = cli(
        {QStringLiteral("credit-note"), QStringLiteral("add"), client, QStringLiteral("--invoice"),
         number, QStringLiteral("--amount"), QStringLiteral("1.50"), QStringLiteral("--date"),
         QStringLiteral("2026-12-01"), QStringLiteral("--ref"), QStringLiteral("CN-100")});
    CLI_EXIT(r, 0);
    QVERIFY2(lines(r.out).value(0).toLongLong() > 0, qPrintable(r.out));
    // As a file: all or nothing, the bad line named.
    const QString bad = m_dir.filePath(QStringLiteral("cn-bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("invoice_no,amount,date,reference\n%1,1.00,2026-12-01,CN-101\n"
                           "NO-SUCH-INVOICE,1.00,2026-12-01,CN-102\n")
                .arg(number)
                .toUtf8());
    f.close();
    r = cli({QStringLiteral("credit-note"), QStringLiteral("import"), client, bad});
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("cn-bad.csv: line 3: invoice_no")), qPrintable(r.err));
    const QString good = m_dir.filePath(QStringLiteral("cn.csv"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QStringLiteral("invoice_no,amount,date,reference\n%1,1.00,2026-12-01,CN-101\n")
                .arg(number)
                .toUtf8());
    g.close();
    r = cli({QStringLiteral("credit-note"), QStringLiteral("import"), client, good});
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).size(), 1);
    r = cli({QStringLiteral("credit-note"), QStringLiteral("list"), QStringLiteral("--client"),
             client, QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("CN-100")) && r.out.contains(QLatin1String("CN-101")),
             qPrintable(r.out));
    // Analysts enter no credit notes; the amount must be there.
    r = cli({QStringLiteral("credit-note"), QStringLiteral("add"), client,
             QStringLiteral("--invoice"), number, QStringLiteral("--amount"),
             QStringLiteral("1.00"), QStringLiteral("--date"), QStringLiteral("2026-12-01")},
            QStringLiteral("analyst"));
    QVERIFY(r.exitCode != 0);
    r = cli({QStringLiteral("credit-note"), QStringLiteral("add"), client,
             QStringLiteral("--invoice"), number, QStringLiteral("--date"),
             QStringLiteral("2026-12-01")});
    CLI_EXIT(r, 2);
    verify();
}

void tst_CliCollections::disputes()
{
    const QList<QJsonObject> open = openInvoices();
    const QString client = open[1][QStringLiteral("client")].toString();
    const QString number = open[1][QStringLiteral("invoice_no")].toString();
    CliResult r =
        cli({QStringLiteral("dispute"), QStringLiteral("open"), client, QStringLiteral("--invoice"),
             number, QStringLiteral("--amount"), QStringLiteral("2.00"), QStringLiteral("--reason"),
             QStringLiteral("QUALITY"), QStringLiteral("--note"), QStringLiteral("scratched")});
    CLI_EXIT(r, 0);
    const QString id = lines(r.out).value(0);
    QVERIFY(id.toLongLong() > 0);
    r = cli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--open"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1Char('\n') + id + QLatin1Char(',')), qPrintable(r.out));
    r = cli({QStringLiteral("dispute"), QStringLiteral("resolve"), id, QStringLiteral("sideways")});
    CLI_EXIT(r, 2);
    r = cli({QStringLiteral("dispute"), QStringLiteral("resolve"), id, QStringLiteral("credited"),
             QStringLiteral("--note"), QStringLiteral("client credited it")});
    CLI_EXIT(r, 0);
    r = cli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("json")});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("\"credited\"")), qPrintable(r.out));
    // A second one, charged back by a manager (not a clerk).
    r = cli({QStringLiteral("dispute"), QStringLiteral("open"), client, QStringLiteral("--invoice"),
             number, QStringLiteral("--amount"), QStringLiteral("1.00"), QStringLiteral("--reason"),
             QStringLiteral("PRICE")});
    CLI_EXIT(r, 0);
    const QString second = lines(r.out).value(0);
    r = cli({QStringLiteral("dispute"), QStringLiteral("resolve"), second,
             QStringLiteral("charged-back")});
    CLI_EXIT(r, 3);
    r = cli({QStringLiteral("dispute"), QStringLiteral("resolve"), second,
             QStringLiteral("charged-back")},
            QStringLiteral("manager"));
    CLI_EXIT(r, 0);
    verify();
}

void tst_CliCollections::chargebacks()
{
    const QList<QJsonObject> open = openInvoices();
    const QString client = open[0][QStringLiteral("client")].toString();
    const QString number = open[0][QStringLiteral("invoice_no")].toString();
    const QStringList args{QStringLiteral("chargeback"), client,
                           QStringLiteral("--invoice"),  number,
                           QStringLiteral("--amount"),   QStringLiteral("3.00"),
                           QStringLiteral("--reason"),   QStringLiteral("short paid"),
                           QStringLiteral("--date"),     QStringLiteral("2026-12-01")};
    CLI_EXIT(cli(args), 3); // a manager's act
    CliResult r = cli(args, QStringLiteral("manager"));
    CLI_EXIT(r, 0);
    QVERIFY(lines(r.out).value(0).toLongLong() > 0);
    r = cli({QStringLiteral("buyback"), QStringLiteral("pay"), client, QStringLiteral("--amount"),
             QStringLiteral("1.00"), QStringLiteral("--date"), QStringLiteral("2026-12-01"),
             QStringLiteral("--ref"), QStringLiteral("wire")});
    CLI_EXIT(r, 0);
    QVERIFY(lines(r.out).value(0).toLongLong() > 0);
    r = cli({QStringLiteral("chargeback"), QStringLiteral("overdue"), QStringLiteral("--as-of"),
             QStringLiteral("2026-12-31")},
            QStringLiteral("manager"));
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("charged back")), qPrintable(r.out));
    verify();
}

void tst_CliCollections::insolvency()
{
    const QList<QJsonObject> open = openInvoices();
    if (open.isEmpty())
        QSKIP("every demo invoice was charged back");
    const QString debtor = open[0][QStringLiteral("debtor")].toString();
    CliResult r = cli({QStringLiteral("debtor"), QStringLiteral("insolvent"), debtor,
                       QStringLiteral("--date"), QStringLiteral("2026-12-01")},
                      QStringLiteral("manager"));
    CLI_EXIT(r, 0);
    r = cli({QStringLiteral("debtor"), QStringLiteral("show"), debtor});
    QVERIFY2(r.out.contains(QLatin1String("nsolvent")), qPrintable(r.out));
    r = cli({QStringLiteral("credit-loss"), QStringLiteral("post"), QStringLiteral("--as-of"),
             QStringLiteral("2026-12-31"), QStringLiteral("--format"), QStringLiteral("csv")},
            QStringLiteral("manager"));
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("client,invoice_no,credit_loss,charged_back")),
             qPrintable(r.out));
    CLI_EXIT(cli({QStringLiteral("credit-loss"), QStringLiteral("post")}), 3);
    verify();
}

void tst_CliCollections::invoiceListColumns()
{
    const CliResult r = cli({QStringLiteral("invoice"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("amount,paid,credited,disputed,charged_back,"
                                          "open_balance")),
             qPrintable(r.out.left(300)));
    // The credit notes of creditNotes() (1.50 + 1.00) stand beside their invoice.
    QVERIFY2(r.out.contains(QLatin1String(",2.50,")), qPrintable(r.out.left(2000)));
}

QTEST_GUILESS_MAIN(tst_CliCollections)
#include "tst_cli_collections.moc"
