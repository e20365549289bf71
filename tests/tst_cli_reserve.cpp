// factordesk-cli: reserve show and reserve release — the command line contract of issue 12's
// reserve release, on seed 003's purchase (1,000,000.00 at 93 % and 2 %: reserve 50,000.00).
#include "clifixture.h"

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// No FACTORDESK_TODAY: the business date comes from the books.
QStringList env(const QString &password)
{
    return {QStringLiteral("FACTORDESK_FAST_HASH=1"),
            QStringLiteral("FACTORDESK_PASSWORD=") + password};
}

// The debtor pays `amount` on the purchase's invoice, through the library.
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
    SqlQuery(*db, QStringLiteral("UPDATE invoices SET open_balance = open_balance - ?, status = "
                                 "CASE WHEN open_balance = ? THEN 'paid' ELSE status END WHERE "
                                 "id = ?"))
        .bind(amount)
        .bind(amount)
        .bind(invoice)
        .exec();
}

} // namespace

class tst_CliReserve : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showAndRelease();

private:
    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("manager"))
    {
        const QString pw =
            user == QLatin1String("root") ? kAdminPassword : user + QStringLiteral("pw12");
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} +
                          args,
                      env(pw));
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliReserve::initTestCase()
{
    qunsetenv("FACTORDESK_TODAY");
    m_db = m_dir.filePath(QStringLiteral("books.sqlite"));
    CLI_EXIT(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                     QStringLiteral("--admin"), QStringLiteral("root"),
                     QStringLiteral("--business-date"), QStringLiteral("2026-03-02")},
                    env(kAdminPassword)),
             0);
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("clerk")}) {
        const QStringList add = {QStringLiteral("user"), QStringLiteral("add"), role,
                                 QStringLiteral("--role"), role};
        CLI_EXIT(
            runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                               QStringLiteral("root")} +
                       add,
                   env(kAdminPassword) + QStringList{QStringLiteral("FACTORDESK_NEW_PASSWORD=") +
                                                     role + QStringLiteral("pw12")}),
            0);
    }
}

void tst_CliReserve::showAndRelease()
{
    postPurchase(m_db, QDate(2026, 3, 2));
    CLI_EXIT(
        cli({QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("ACME"),
             QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--advance"),
             QStringLiteral("93"), QStringLiteral("--commission"), QStringLiteral("2")}),
        0);
    // Everything still open: 1,000,000.00 × 7 % = 70,000.00 held, more than the reserve.
    CliResult show =
        cli({QStringLiteral("reserve"), QStringLiteral("show"), QStringLiteral("ACME")});
    CLI_EXIT(show, 0);
    QCOMPARE(show.out, QStringLiteral("client: ACME\nas_of: 2026-03-02\ncurrency: EUR\n"
                                      "reserve: 50000.00\nheld: 70000.00\n"
                                      "interest_accrued: 0.00\nfees_accrued: 0.00\n"
                                      "disputes: 0.00\nreleasable: 0.00\n"
                                      "recourse_receivable: 0.00\n"));
    CLI_EXIT(cli({QStringLiteral("reserve"), QStringLiteral("release"), QStringLiteral("ACME")}),
             1); // nothing releasable

    postReceipt(m_db, 100000000, QDate(2026, 3, 2));
    show = cli({QStringLiteral("reserve"), QStringLiteral("show"), QStringLiteral("ACME"),
                QStringLiteral("--format"), QStringLiteral("json")});
    CLI_EXIT(show, 0);
    const QJsonArray json = jsonArray(show.out);
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("releasable")).toDouble(), 50000.0);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("held")).toDouble(), 0.0);
    // As of the day before the purchase: nothing.
    show = cli({QStringLiteral("reserve"), QStringLiteral("show"), QStringLiteral("ACME"),
                QStringLiteral("--as-of"), QStringLiteral("2026-03-01"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    CLI_EXIT(show, 0);
    QCOMPARE(lines(show.out).value(1),
             QStringLiteral("ACME,2026-03-01,EUR,0.00,0.00,0.00,0.00,0.00,0.00,0.00"));

    const QStringList release = {QStringLiteral("reserve"), QStringLiteral("release"),
                                 QStringLiteral("ACME")};
    CLI_EXIT(cli(release, QStringLiteral("clerk")), 3); // managers only
    CliResult r =
        cli(release + QStringList{QStringLiteral("--amount"), QStringLiteral("50000.01")});
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("releasable")), qPrintable(r.err));
    CLI_EXIT(cli(release + QStringList{QStringLiteral("--amount"), QStringLiteral("1,000")}), 1);
    CLI_EXIT(cli(release + QStringList{QStringLiteral("--amount"), QStringLiteral("10.001")}), 1);
    CLI_EXIT(cli(release + QStringList{QStringLiteral("--date"), QStringLiteral("2026-03-03")}),
             1); // after the business date
    CLI_EXIT(cli(release + QStringList{QStringLiteral("--date"), QStringLiteral("March")}), 1);

    const QString pdf = m_dir.filePath(QStringLiteral("settlement.pdf"));
    r = cli(release + QStringList{QStringLiteral("--amount"), QStringLiteral("20000"),
                                  QStringLiteral("--pdf"), pdf});
    CLI_EXIT(r, 0);
    bool ok = false;
    const qint64 id = lines(r.out).value(0).toLongLong(&ok);
    QVERIFY2(ok && id > 0, qPrintable(r.out));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));

    r = cli(release);
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).value(0).toLongLong(), id + 1);
    QVERIFY2(r.out.contains(QStringLiteral("30000.00")), qPrintable(r.out));
    show = cli({QStringLiteral("reserve"), QStringLiteral("show"), QStringLiteral("ACME")});
    QVERIFY2(show.out.contains(QStringLiteral("\nreserve: 0.00\n")), qPrintable(show.out));
    QVERIFY(show.out.contains(QStringLiteral("\nreleasable: 0.00\n")));
    CLI_EXIT(cli({QStringLiteral("reserve"), QStringLiteral("show"), QStringLiteral("NOPE")}), 1);
    CLI_EXIT(cli({QStringLiteral("books"), QStringLiteral("verify")}), 0);
}

QTEST_GUILESS_MAIN(tst_CliReserve)
#include "tst_cli_reserve.moc"
