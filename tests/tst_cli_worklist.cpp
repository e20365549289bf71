// factordesk-cli collections, note add/list and the days to pay and dilution of debtor
// show/list, on books set up through the library (PurchaseFixture) and read by the CLI.
#include "clifixture.h"
#include "purchasefixture.h"
#include "receiptservice.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliWorklist : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void worklistAndNotes();
    void refusals_data();
    void refusals();
    void debtorTrends();

private:
    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("clerk"),
                  const char *day = "2026-05-01")
    {
        return runCli(
            QStringList{QStringLiteral("--db"), m_books->spec(), QStringLiteral("--user"), user} +
                args,
            {QStringLiteral("FACTORDESK_FAST_HASH=1"), QStringLiteral("FACTORDESK_PASSWORD=pw"),
             QStringLiteral("FACTORDESK_TODAY=") + QLatin1String(day)});
    }
    std::unique_ptr<TestBooks> m_books;
    PurchaseFixture m_f;
};

void tst_CliWorklist::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2026-03-02");
    m_books = std::make_unique<TestBooks>();
    m_f = PurchaseFixture::create(*m_books);
    m_f.buy(*m_books,
            {PurchaseFixture::line(QStringLiteral("INV-1"), QStringLiteral("BUYER1"),
                                   QStringLiteral("1000.00"), QStringLiteral("2026-02-20"),
                                   QStringLiteral("2026-03-20")),
             PurchaseFixture::line(QStringLiteral("INV-2"), QStringLiteral("BUYER1"),
                                   QStringLiteral("2500.00"), QStringLiteral("2026-02-20"),
                                   QStringLiteral("2026-04-20")),
             PurchaseFixture::line(QStringLiteral("INV-3"), QStringLiteral("BUYER2"),
                                   QStringLiteral("300.00"), QStringLiteral("2026-02-20"),
                                   QStringLiteral("2026-03-10"))});
    qunsetenv("FACTORDESK_TODAY");
}

void tst_CliWorklist::worklistAndNotes()
{
    CliResult r =
        cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("collections")});
    CLI_EXIT(r, 0);
    QStringList out = lines(r.out);
    QCOMPARE(out.size(), 3);
    QVERIFY2(out[0].startsWith(QLatin1String("debtor,name,overdue,currency,invoices,")),
             qPrintable(out[0]));
    QVERIFY2(out[1].startsWith(QLatin1String("BUYER1,Buyer One GmbH,3500.00,EUR,2,42,")),
             qPrintable(out[1]));
    QVERIFY2(out[2].startsWith(QLatin1String("BUYER2,")), qPrintable(out[2]));

    // A note with a follow-up due today puts BUYER2 on top.
    r = cli({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("BUYER2"),
             QStringLiteral("--invoice"), QStringLiteral("inv-3"), QStringLiteral("--text"),
             QStringLiteral("Left a message"), QStringLiteral("--follow-up"),
             QStringLiteral("2026-05-01"), QStringLiteral("--promised"),
             QStringLiteral("2026-05-08"), QStringLiteral("--promised-amount"),
             QStringLiteral("300.00")});
    CLI_EXIT(r, 0);
    bool ok = false;
    lines(r.out).value(0).toLongLong(&ok);
    QVERIFY2(ok, qPrintable(r.out)); // the note's id alone on the first line
    r = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("collections")});
    CLI_EXIT(r, 0);
    const QJsonArray rows = jsonArray(r.out);
    QCOMPARE(rows.size(), 2);
    const QJsonObject top = rows[0].toObject();
    QCOMPARE(top.value(QStringLiteral("debtor")).toString(), QStringLiteral("BUYER2"));
    QCOMPARE(top.value(QStringLiteral("follow_up_due")).toString(), QStringLiteral("yes"));
    QCOMPARE(top.value(QStringLiteral("latest_note")).toString(), QStringLiteral("Left a message"));
    QCOMPARE(top.value(QStringLiteral("note_by")).toString(), QStringLiteral("clerk"));
    QCOMPARE(top.value(QStringLiteral("promised_date")).toString(), QStringLiteral("2026-05-08"));

    // Filters.
    r = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("collections"),
             QStringLiteral("--debtor"), QStringLiteral("BUYER1")});
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).size(), 2);
    r = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("collections"),
             QStringLiteral("--client"), QStringLiteral("ACME"), QStringLiteral("--invoices")});
    CLI_EXIT(r, 0);
    out = lines(r.out);
    QCOMPARE(out.size(), 4); // header and three invoices
    QVERIFY2(out[1].startsWith(QLatin1String("BUYER2,INV-3,ACME,2026-03-10,52,")),
             qPrintable(out[1]));

    // The history.
    r = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("note"),
             QStringLiteral("list"), QStringLiteral("BUYER2")});
    CLI_EXIT(r, 0);
    out = lines(r.out);
    QCOMPARE(out.size(), 2);
    QVERIFY2(out[1].contains(QLatin1String(",clerk,INV-3,Left a message,2026-05-01,2026-05-08,"
                                           "300.00")),
             qPrintable(out[1]));
    CLI_EXIT(cli({QStringLiteral("books"), QStringLiteral("verify")}, QStringLiteral("admin")), 0);
}

void tst_CliWorklist::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("exit");
    const auto w = [](const char *words) {
        return QString::fromLatin1(words).split(QLatin1Char(' '));
    };
    QTest::newRow("no text") << w("note add BUYER1") << "clerk" << 2;
    QTest::newRow("admin may not write") << w("note add BUYER1 --text x") << "admin" << 3;
    QTest::newRow("follow-up in the past")
        << w("note add BUYER1 --text x --follow-up 2026-04-30") << "clerk" << 1;
    QTest::newRow("unknown invoice")
        << w("note add BUYER1 --text x --invoice INV-3") << "clerk" << 1;
    QTest::newRow("unknown debtor") << w("collections --debtor NOPE") << "clerk" << 1;
    QTest::newRow("amount without date")
        << w("note add BUYER1 --text x --promised-amount 5") << "clerk" << 1;
}

void tst_CliWorklist::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, user);
    QFETCH(int, exit);
    const CliResult r = cli(args, user);
    CLI_EXIT(r, exit);
    QVERIFY(!r.err.isEmpty());
}

void tst_CliWorklist::debtorTrends()
{
    qputenv("FACTORDESK_TODAY", "2026-08-01");
    const auto pay = [&](qint64 minor, QDate date, const QString &invoice) {
        ReceiptInput in;
        in.debtorId = m_f.debtorA;
        in.amount = Money::fromMinor(minor, Currency(QStringLiteral("EUR")));
        in.date = date;
        in.invoiceNos = {invoice};
        ReceiptService(m_books->db()).add(m_books->clerk, in);
    };
    pay(100000, QDate(2026, 3, 22), QStringLiteral("INV-1"));
    pay(250000, QDate(2026, 6, 1), QStringLiteral("INV-2"));
    qunsetenv("FACTORDESK_TODAY");
    CliResult r = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("debtor"),
                       QStringLiteral("show"), QStringLiteral("BUYER1")},
                      QStringLiteral("analyst"), "2026-08-01");
    CLI_EXIT(r, 0);
    for (const char *row :
         {"days_to_pay,101.0", "days_to_pay_previous,30.0", "days_to_pay_trend,rising", "dilution,",
          "dilution_previous,0", "dilution_trend,"})
        QVERIFY2(lines(r.out).contains(QLatin1String(row)),
                 qPrintable(QLatin1String(row) + QLatin1Char('\n') + r.out));
    r = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("debtor"),
             QStringLiteral("list")},
            QStringLiteral("analyst"), "2026-08-01");
    CLI_EXIT(r, 0);
    const QJsonArray rows = jsonArray(r.out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("days_to_pay_trend")).toString(),
             QStringLiteral("rising"));
    // The analyst's queue names the reason.
    r = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("limit"),
             QStringLiteral("queue")},
            QStringLiteral("analyst"), "2026-08-01");
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("days to pay rising")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_CliWorklist)
#include "tst_cli_worklist.moc"
