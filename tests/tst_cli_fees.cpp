// factordesk-cli: base-rate, business-date, eod run, interest show, fees show, period — the
// command line contract of issue 11, on books that start on a past business date.
#include "clifixture.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// No FACTORDESK_TODAY: the business date comes from the books.
QStringList env(const QString &password)
{
    return {QStringLiteral("FACTORDESK_FAST_HASH=1"),
            QStringLiteral("FACTORDESK_PASSWORD=") + password,
            QStringLiteral("FACTORDESK_NEW_PASSWORD=managerpw1")};
}

// A receipt of `amount` on the invoice of the purchase postPurchase made, through the library.
void postReceipt(const QString &spec, qint64 amount, QDate date)
{
    auto db = Database::open(spec);
    const Session clerk = UserService(*db).login(QStringLiteral("poster"), QStringLiteral("pwpw"));
    const qint64 client =
        SqlQuery(*db, QStringLiteral("SELECT id FROM clients WHERE code = 'ACME'"))
            .scalar()
            .toLongLong();
    const qint64 invoice =
        SqlQuery(*db, QStringLiteral("SELECT min(id) FROM invoices")).scalar().toLongLong();
    const Currency eur(QStringLiteral("EUR"));
    JournalEntry e;
    e.date = date;
    e.currency = eur;
    e.kind = QStringLiteral("receipt");
    JournalLine bank;
    bank.account = Accounts::bank();
    bank.debit = Money::fromMinor(amount, eur);
    JournalLine receivable;
    receivable.account = Accounts::factoredReceivables();
    receivable.credit = Money::fromMinor(amount, eur);
    receivable.clientId = client;
    receivable.invoiceId = invoice;
    e.lines = {bank, receivable};
    JournalService(*db).post(clerk, e);
    // What the receipt service would do to the invoice's stored balance.
    SqlQuery(*db,
             QStringLiteral("UPDATE invoices SET open_balance = open_balance - ? WHERE id = ?"))
        .bind(amount)
        .bind(invoice)
        .exec();
}

} // namespace

class tst_CliFees : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void endToEnd();
    void checksReadTheBusinessDate();

private:
    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("manager"))
    {
        const QString pw =
            user == QLatin1String("root") ? kAdminPassword : QStringLiteral("managerpw1");
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} +
                          args,
                      env(pw));
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliFees::initTestCase()
{
    qunsetenv("FACTORDESK_TODAY");
    m_db = m_dir.filePath(QStringLiteral("books.sqlite"));
    CLI_EXIT(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                     QStringLiteral("--admin"), QStringLiteral("root"),
                     QStringLiteral("--business-date"), QStringLiteral("2026-03-02")},
                    env(kAdminPassword)),
             0);
    CLI_EXIT(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("manager"),
                  QStringLiteral("--role"), QStringLiteral("manager")},
                 QStringLiteral("root")),
             0);
}

void tst_CliFees::endToEnd()
{
    const CliResult date = cli({QStringLiteral("business-date")});
    CLI_EXIT(date, 0);
    QCOMPARE(date.out, QStringLiteral("2026-03-02\n"));

    // Seed 003's purchase on 2 March: funds employed 1,000,000.00 − 50,000.00 reserve.
    postPurchase(m_db, QDate(2026, 3, 2));
    CLI_EXIT(cli({QStringLiteral("base-rate"), QStringLiteral("set"), QStringLiteral("BASE"),
                  QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--rate"),
                  QStringLiteral("8")},
                 QStringLiteral("root")),
             3); // managers only
    CLI_EXIT(cli({QStringLiteral("base-rate"), QStringLiteral("set"), QStringLiteral("BASE"),
                  QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--rate"),
                  QStringLiteral("8")}),
             0);
    const CliResult list = cli({QStringLiteral("base-rate"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(list, 0);
    QVERIFY2(list.out.contains(QLatin1String("\nBASE,EUR,2026-01-01,8,manager,")),
             qPrintable(list.out));
    CLI_EXIT(
        cli({QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
             QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--base-rate"),
             QStringLiteral("BASE"), QStringLiteral("--interest-margin"), QStringLiteral("2"),
             QStringLiteral("--discount-tiers"), QStringLiteral("30:1.5,10:0.5")}),
        0);

    // March: 950,000.00 at 10 % ACT/360 for 30 days = 7,916.67.
    const CliResult march = cli({QStringLiteral("eod"), QStringLiteral("run"),
                                 QStringLiteral("--to"), QStringLiteral("2026-03-31")});
    CLI_EXIT(march, 0);
    const QStringList days = lines(march.out);
    QCOMPARE(days.size(), qsizetype(30));
    QVERIFY2(days.first().startsWith(QLatin1String("2026-03-02: interest accrued for 1 client")),
             qPrintable(days.first()));
    QVERIFY2(days.last().contains(QLatin1String("interest posted 7916.67")),
             qPrintable(days.last()));
    const CliResult again = cli({QStringLiteral("eod"), QStringLiteral("run"),
                                 QStringLiteral("--to"), QStringLiteral("2026-03-31")});
    CLI_EXIT(again, 0);
    QCOMPARE(again.out, QString());
    QCOMPARE(cli({QStringLiteral("business-date")}).out, QStringLiteral("2026-04-01\n"));

    const CliResult interest =
        cli({QStringLiteral("interest"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--month"), QStringLiteral("2026-03")});
    CLI_EXIT(interest, 0);
    QVERIFY2(interest.out.contains(QLatin1String("Interest of ACME for 2026-03: 7916.67")),
             qPrintable(interest.out));
    const CliResult json =
        cli({QStringLiteral("interest"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--format"),
             QStringLiteral("json")});
    CLI_EXIT(json, 0);
    const QJsonArray rows = jsonArray(json.out);
    QCOMPARE(rows.size(), qsizetype(31));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("funds_employed")).toDouble(), 950000.0);
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("rate")).toDouble(), 10.0);

    // 400,000.00 collected on 11 April, day 41: 2.5 % = 10,000.00.
    postReceipt(m_db, 40000000, QDate(2026, 4, 11));
    const CliResult april = cli({QStringLiteral("eod"), QStringLiteral("run"),
                                 QStringLiteral("--to"), QStringLiteral("2026-04-11")});
    CLI_EXIT(april, 0);
    QCOMPARE(lines(april.out).size(), qsizetype(11));
    QVERIFY2(lines(april.out).last().contains(QLatin1String("discount fees 10000.00")),
             qPrintable(april.out));
    const CliResult fees =
        cli({QStringLiteral("fees"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--invoice"), QStringLiteral("JFX-1"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    CLI_EXIT(fees, 0);
    const QStringList feeLines = lines(fees.out);
    QCOMPARE(feeLines.size(), qsizetype(2));
    QCOMPARE(feeLines.at(0),
             QStringLiteral("invoice,kind,purchased,collected,clearance_days,days,"
                            "amount,rate,tier,fee,charged_entry,reversed,refund_entry"));
    QVERIFY2(feeLines.at(1).startsWith(
                 QLatin1String("JFX-1,receipt,2026-03-02,2026-04-11,0,41,400000.00,2.5,")),
             qPrintable(feeLines.at(1)));
    QVERIFY2(feeLines.at(1).contains(QLatin1String(",10000.00,")), qPrintable(feeLines.at(1)));

    // Periods: March is done and can be closed; April is not.
    CLI_EXIT(cli({QStringLiteral("period"), QStringLiteral("close"), QStringLiteral("2026-04")}),
             1);
    CLI_EXIT(cli({QStringLiteral("period"), QStringLiteral("close"), QStringLiteral("2026-03")}),
             0);
    const CliResult periods = cli({QStringLiteral("period"), QStringLiteral("list"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(periods, 0);
    QVERIFY2(periods.out.contains(QLatin1String("\n2026-03,manager,")), qPrintable(periods.out));

    // From 12 April: without recourse, 10 recourse days, a 12 % penalty and a minimum fee of
    // 20,000.00. JFX-1 (600,000.00 open, due 1 May) passes its recourse date on 11 May: 20 days
    // of May at 12 % ACT/360 = 4,000.00, posted on 31 May with May's minimum-fee top-up.
    CLI_EXIT(cli({QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
                  QStringLiteral("--from"), QStringLiteral("2026-04-12"),
                  QStringLiteral("--no-recourse"), QStringLiteral("--recourse-days"),
                  QStringLiteral("10"), QStringLiteral("--penalty"), QStringLiteral("12"),
                  QStringLiteral("--min-fee"), QStringLiteral("20000")}),
             0);
    const CliResult may = cli({QStringLiteral("eod"), QStringLiteral("run"), QStringLiteral("--to"),
                               QStringLiteral("2026-05-31")});
    CLI_EXIT(may, 0);
    const QStringList mayDays = lines(may.out);
    QCOMPARE(mayDays.size(), qsizetype(50));
    QVERIFY2(mayDays.at(18).startsWith(QLatin1String("2026-04-30: ")) &&
                 mayDays.at(18).contains(QLatin1String("minimum fee top-ups")),
             qPrintable(mayDays.at(18)));
    QVERIFY2(mayDays.at(29).startsWith(QLatin1String("2026-05-11: ")) &&
                 !mayDays.at(29).contains(QLatin1String("penalty")),
             qPrintable(mayDays.at(29)));
    QVERIFY2(mayDays.at(30).contains(QLatin1String("penalty accrued on 1 invoice")),
             qPrintable(mayDays.at(30)));
    QVERIFY2(mayDays.last().contains(QLatin1String("penalties posted 4000.00 (1 entries)")),
             qPrintable(mayDays.last()));
    QVERIFY2(mayDays.last().contains(QLatin1String("minimum fee top-ups")),
             qPrintable(mayDays.last()));
    const CliResult penalty =
        cli({QStringLiteral("penalty"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--month"), QStringLiteral("2026-05")});
    CLI_EXIT(penalty, 0);
    QVERIFY2(penalty.out.contains(QLatin1String("Penalties of ACME for 2026-05: 4000.00.")),
             qPrintable(penalty.out));
    QVERIFY2(penalty.out.contains(
                 QLatin1String("Invoice JFX-1: 20 days past its recourse date 2026-05-11")),
             qPrintable(penalty.out));
    const CliResult penaltyCsv =
        cli({QStringLiteral("penalty"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    CLI_EXIT(penaltyCsv, 0);
    const QStringList penaltyLines = lines(penaltyCsv.out);
    QCOMPARE(penaltyLines.size(), qsizetype(21));
    QCOMPARE(penaltyLines.at(0), QStringLiteral("invoice,recourse_date,date,open_amount,rate,"
                                                "day_count,penalty,posted_entry"));
    QVERIFY2(penaltyLines.at(1).startsWith(
                 QLatin1String("JFX-1,2026-05-11,2026-05-12,600000.00,12,360,200.00000000,")),
             qPrintable(penaltyLines.at(1)));
    const CliResult mayInterest =
        cli({QStringLiteral("interest"), QStringLiteral("show"), QStringLiteral("ACME"),
             QStringLiteral("--month"), QStringLiteral("2026-05")});
    CLI_EXIT(mayInterest, 0);
    QVERIFY2(mayInterest.out.contains(QLatin1String("Minimum fee 20000.00: discount fees 0.00")),
             qPrintable(mayInterest.out));
    CLI_EXIT(cli({QStringLiteral("books"), QStringLiteral("verify")}, QStringLiteral("root")), 0);
}

// A follow-up is checked against the books' business date, not the calendar's: after the
// end-to-end run the books are months behind the calendar, and a follow-up on the next business
// day is accepted while one before the business date is refused, naming it.
void tst_CliFees::checksReadTheBusinessDate()
{
    const CliResult date = cli({QStringLiteral("business-date")});
    CLI_EXIT(date, 0);
    const QDate business = QDate::fromString(date.out.trimmed(), Qt::ISODate);
    QVERIFY2(business.isValid() && business < QDate::currentDate(), qPrintable(date.out));
    // The process's calendar does not move it: only the end of day does.
    const CliResult pinned = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                     QStringLiteral("manager"), QStringLiteral("business-date")},
                                    env(QStringLiteral("managerpw1")) +
                                        QStringList{QStringLiteral("FACTORDESK_TODAY=2030-01-01")});
    CLI_EXIT(pinned, 0);
    QCOMPARE(pinned.out, date.out);
    CLI_EXIT(cli({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("BUY"),
                  QStringLiteral("--text"), QStringLiteral("Called"), QStringLiteral("--follow-up"),
                  business.addDays(1).toString(Qt::ISODate)}),
             0);
    const CliResult before =
        cli({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("BUY"),
             QStringLiteral("--text"), QStringLiteral("Called"), QStringLiteral("--follow-up"),
             business.addDays(-1).toString(Qt::ISODate)});
    QVERIFY2(before.exitCode != 0, qPrintable(before.out));
    QVERIFY2(before.err.contains(QLocale().toString(business, QLocale::ShortFormat)),
             qPrintable(before.err));
}

QTEST_GUILESS_MAIN(tst_CliFees)
#include "tst_cli_fees.moc"
