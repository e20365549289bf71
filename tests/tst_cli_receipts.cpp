#include "clifixture.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliReceipts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importSamples_data();
    void importSamples();
    void typedAppliedConfirmed();
    void refusals();

private:
    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("clerk"))
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} +
                          args,
                      envFor(QStringLiteral("demo")));
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliReceipts::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("books.sqlite"));
    const CliResult r =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"),
                QStringLiteral("admin"), QStringLiteral("--demo")},
               envFor(QStringLiteral("demo")));
    CLI_EXIT(r, 0);
}

void tst_CliReceipts::importSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("account");
    QTest::newRow("PostFinance camt.053") << "ch_postfinance_camt053_v04.xml"
                                          << "CH0309000000250090342";
    QTest::newRow("UBS camt.053 v08") << "ch_ubs_camt053_v08.xml"
                                      << "CH1111111111111111111";
    QTest::newRow("SPS camt.054") << "sps_camt054_v04_oca.xml"
                                  << "";
}

void tst_CliReceipts::importSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, account);
    const QString path = QStringLiteral(FACTORDESK_SOURCE_DIR "/tests/data/iso20022/") + file;
    if (account.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray x = f.readAll();
        const qsizetype i = x.indexOf("<IBAN>");
        account = QString::fromLatin1(x.mid(i + 6, x.indexOf("</IBAN>", i) - i - 6));
    }
    CLI_EXIT(cli({QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("--bank-account"), account},
                 QStringLiteral("admin")),
             0);
    const CliResult r = cli({QStringLiteral("receipt"), QStringLiteral("import"), path});
    CLI_EXIT(r, 0);
    const QStringList out = lines(r.out);
    bool ok = false;
    out.value(0).toLongLong(&ok);
    QVERIFY2(ok, qPrintable(r.out)); // the import's id alone on the first line
    for (const char *label :
         {"Read:", "Booked credits:", "Applied:", "Suggested:", "Unapplied:", "Skipped:"})
        QVERIFY2(r.out.contains(QLatin1String(label)), qPrintable(r.out));
    // Again: nothing is added, and it says so.
    const CliResult again = cli({QStringLiteral("receipt"), QStringLiteral("import"), path});
    CLI_EXIT(again, 0);
    QCOMPARE(lines(again.out).value(0), out.value(0));
    QVERIFY2(again.out.contains(QLatin1String("nothing was added")), qPrintable(again.out));
    CLI_EXIT(cli({QStringLiteral("books"), QStringLiteral("verify")}, QStringLiteral("admin")), 0);
}

void tst_CliReceipts::typedAppliedConfirmed()
{
    // An open invoice of the demo books and its debtor.
    const CliResult inv = cli({QStringLiteral("invoice"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    CLI_EXIT(inv, 0);
    const QJsonArray invoices = jsonArray(inv.out);
    QJsonObject open;
    for (const QJsonValue &v : invoices)
        if (v[QStringLiteral("status")] == QStringLiteral("open")) {
            open = v.toObject();
            break;
        }
    QVERIFY(!open.isEmpty());
    const QString debtor = open[QStringLiteral("debtor")].toString();
    const QString number = open[QStringLiteral("invoice_no")].toString();
    // 10.00 typed in for the invoice, then 5.00 with nothing named, applied by hand.
    CliResult r =
        cli({QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--debtor"), debtor,
             QStringLiteral("--amount"), QStringLiteral("10.00"), QStringLiteral("--date"),
             QStringLiteral("2026-12-01"), QStringLiteral("--invoice"), number});
    CLI_EXIT(r, 0);
    const QString first = lines(r.out).value(0);
    QVERIFY(first.toLongLong() > 0);
    r = cli({QStringLiteral("receipt"), QStringLiteral("show"), first});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(number), qPrintable(r.out));
    r = cli({QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--debtor"), debtor,
             QStringLiteral("--amount"), QStringLiteral("5.00"), QStringLiteral("--date"),
             QStringLiteral("2026-12-01"), QStringLiteral("--ref"), QStringLiteral("thanks")});
    CLI_EXIT(r, 0);
    const QString second = lines(r.out).value(0);
    r = cli({QStringLiteral("receipt"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("suggested"), QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("id,value_date,amount")), qPrintable(r.out));
    if (r.out.contains(QLatin1Char('\n') + second + QLatin1Char(','))) {
        CLI_EXIT(cli({QStringLiteral("receipt"), QStringLiteral("confirm"), second}), 0);
    } else {
        CLI_EXIT(cli({QStringLiteral("receipt"), QStringLiteral("apply"), second,
                      QStringLiteral("--invoice"), number, QStringLiteral("--amount"),
                      QStringLiteral("5.00")}),
                 0);
    }
    r = cli({QStringLiteral("receipt"), QStringLiteral("show"), second, QStringLiteral("--format"),
             QStringLiteral("json")});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("\"applied\"")), qPrintable(r.out));
    CLI_EXIT(cli({QStringLiteral("books"), QStringLiteral("verify")}, QStringLiteral("admin")), 0);
}

void tst_CliReceipts::refusals()
{
    // Not a bank file at all: refused whole, naming the file and the line.
    const QString bad = m_dir.filePath(QStringLiteral("bad.xml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\"?>\n<Invoice>\n");
    f.close();
    CliResult r = cli({QStringLiteral("receipt"), QStringLiteral("import"), bad});
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("bad.xml: line 2")), qPrintable(r.err));
    // Analysts do not post cash; --status takes only the four states.
    r = cli({QStringLiteral("receipt"), QStringLiteral("import"), bad}, QStringLiteral("analyst"));
    QVERIFY(r.exitCode != 0);
    r = cli({QStringLiteral("receipt"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("lost")});
    CLI_EXIT(r, 2);
    r = cli({QStringLiteral("receipt"), QStringLiteral("show"), QStringLiteral("999999")});
    CLI_EXIT(r, 1);
}

QTEST_GUILESS_MAIN(tst_CliReceipts)
#include "tst_cli_receipts.moc"
