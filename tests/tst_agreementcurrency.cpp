// Agreement amounts are Money in the client's currency: a yen client's terms stay whole yen
// from `agreement set` through `agreement show`, `agreement history` and the audit trail, a
// euro client's keep their cents, and an amount with more decimals than the currency has is
// refused naming the option.
#include "agreementservice.h"
#include "auditlog.h"
#include "clientservice.h"
#include "error.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QStringList cliEnv(const QString &user)
{
    return {QStringLiteral("FACTORDESK_USER=") + user, QStringLiteral("FACTORDESK_PASSWORD=pw")};
}

// The after-images of every audit record of `action`, oldest first.
QList<QJsonObject> afterImages(TestBooks &books, const QString &action)
{
    QList<QJsonObject> out;
    for (const AuditRecord &r : AuditLog(books.db()).list(books.admin, {}))
        if (r.action == action)
            out.prepend(QJsonDocument::fromJson(r.after.toUtf8()).object());
    return out;
}

} // namespace

class tst_AgreementCurrency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-06-01"); }
    void wholeYenThroughCli_data();
    void wholeYenThroughCli();
    void tooManyDecimals_data();
    void tooManyDecimals();
    void otherCurrencyRefused();
};

void tst_AgreementCurrency::wholeYenThroughCli_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("facility"); // as typed and as printed back
    QTest::addColumn<QString>("raised");
    QTest::addColumn<QString>("minFee");
    QTest::addColumn<qint64>("facilityMinor");
    QTest::newRow("yen") << "JPY"
                         << "5000000"
                         << "6000000"
                         << "30000" << qint64(5000000);
    QTest::newRow("euro") << "EUR"
                          << "50000.00"
                          << "60000.00"
                          << "300.00" << qint64(5000000);
}

void tst_AgreementCurrency::wholeYenThroughCli()
{
    QFETCH(QString, currency);
    QFETCH(QString, facility);
    QFETCH(QString, raised);
    QFETCH(QString, minFee);
    QFETCH(qint64, facilityMinor);
    TestBooks books;
    const QStringList db = {QStringLiteral("--db"), books.spec()};
    const auto run = [&](const QString &user, const QStringList &args) {
        const CliResult r = runCli(db + args, cliEnv(user));
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << r.err;
        return r;
    };
    QCOMPARE(run(QStringLiteral("clerk"),
                 {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("SAKURA"),
                  QStringLiteral("--name"), QStringLiteral("Sakura Trading KK"),
                  QStringLiteral("--currency"), currency})
                 .exitCode,
             0);
    QCOMPARE(run(QStringLiteral("manager"),
                 {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("SAKURA"),
                  QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                  QStringLiteral("--facility"), facility, QStringLiteral("--min-fee"), minFee})
                 .exitCode,
             0);
    QCOMPARE(run(QStringLiteral("manager"),
                 {QStringLiteral("agreement"), QStringLiteral("set"), QStringLiteral("SAKURA"),
                  QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                  QStringLiteral("--facility"), raised})
                 .exitCode,
             0);

    // The service reads the amounts back in the client's currency.
    books.reopen();
    const Client client = ClientService(books.db()).byCode(QStringLiteral("SAKURA"));
    QCOMPARE(client.currency.code(), currency);
    const auto first = AgreementService(books.db()).inForce(client.id, QDate(2026, 2, 1));
    QVERIFY(first);
    QCOMPARE(first->facilityLimit, Money::fromMinor(facilityMinor, client.currency));
    QCOMPARE(first->minimumFee.currency(), client.currency);
    QCOMPARE(first->chargePerInvoice.currency(), client.currency); // unset: zero, yet in JPY

    // show: the terms in force, in the currency's decimals.
    CliResult r = run(QStringLiteral("clerk"), {QStringLiteral("agreement"), QStringLiteral("show"),
                                                QStringLiteral("SAKURA"), QStringLiteral("--as-of"),
                                                QStringLiteral("2026-02-01"),
                                                QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QHash<QString, QString> shown;
    for (const QString &line : r.out.trimmed().split(QLatin1Char('\n'))) {
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        shown.insert(line.left(comma), line.mid(comma + 1));
    }
    QCOMPARE(shown.value(QStringLiteral("facility")), facility);
    QCOMPARE(shown.value(QStringLiteral("min-fee")), minFee);
    const QString zero =
        currency == QLatin1String("JPY") ? QStringLiteral("0") : QStringLiteral("0.00");
    QCOMPARE(shown.value(QStringLiteral("charge-per-invoice")), zero);

    // history: both versions and what changed.
    r = run(QStringLiteral("clerk"),
            {QStringLiteral("agreement"), QStringLiteral("history"), QStringLiteral("SAKURA"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    const int column = int(lines[0].split(QLatin1Char(',')).indexOf(QStringLiteral("facility")));
    QVERIFY(column >= 0);
    QCOMPARE(lines[1].split(QLatin1Char(',')).value(column), facility);
    QCOMPARE(lines[2].split(QLatin1Char(',')).value(column), raised);
    QVERIFY2(lines[2].contains(facility + QStringLiteral(" → ") + raised), qPrintable(lines[2]));

    // audit: the after-image of each version names the amounts as the currency writes them.
    const QList<QJsonObject> audit = afterImages(books, QStringLiteral("agreement.set"));
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].value(QStringLiteral("facility")).toString(), facility);
    QCOMPARE(audit[0].value(QStringLiteral("min-fee")).toString(), minFee);
    QCOMPARE(audit[1].value(QStringLiteral("facility")).toString(), raised);
    QCOMPARE(audit[1].value(QStringLiteral("verification-threshold")).toString(), zero);
}

void tst_AgreementCurrency::tooManyDecimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("yen facility with sen") << "JPY"
                                           << "facility"
                                           << "5000000.5";
    QTest::newRow("yen fee with .00") << "JPY"
                                      << "min-fee"
                                      << "30000.00";
    QTest::newRow("euro charge with three decimals") << "EUR"
                                                     << "charge-per-invoice"
                                                     << "1.505";
    QTest::newRow("euro threshold with three decimals") << "EUR"
                                                        << "verification-threshold"
                                                        << "100000.001";
}

void tst_AgreementCurrency::tooManyDecimals()
{
    QFETCH(QString, currency);
    QFETCH(QString, option);
    QFETCH(QString, value);
    TestBooks books;
    Client c;
    c.code = QStringLiteral("SAKURA");
    c.name = QStringLiteral("Sakura Trading KK");
    c.currency = Currency(currency);
    const qint64 id = ClientService(books.db()).add(books.clerk, c);
    const CliResult r =
        runCli({QStringLiteral("--db"), books.spec(), QStringLiteral("agreement"),
                QStringLiteral("set"), QStringLiteral("SAKURA"), QStringLiteral("--from"),
                QStringLiteral("2026-01-01"), QStringLiteral("--") + option, value},
               cliEnv(QStringLiteral("manager")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--") + option), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("decimal")), qPrintable(r.err));
    books.reopen();
    QCOMPARE(AgreementService(books.db()).history(id).size(), 0);
}

void tst_AgreementCurrency::otherCurrencyRefused()
{
    TestBooks books;
    Client c;
    c.code = QStringLiteral("SAKURA");
    c.name = QStringLiteral("Sakura Trading KK");
    c.currency = Currency(QStringLiteral("JPY"));
    const qint64 id = ClientService(books.db()).add(books.clerk, c);
    Agreement terms = AgreementService::defaults();
    terms.overAdvanceLimit = Money::fromMinor(100000, Currency(QStringLiteral("EUR")));
    try {
        AgreementService(books.db()).setTerms(books.manager, id, QDate(2026, 1, 1), terms);
        QFAIL("euro terms were accepted for a yen client");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), QStringLiteral("over-advance"));
        QVERIFY2(e.message().contains(QLatin1String("JPY")), qPrintable(e.message()));
    }
    QCOMPARE(AgreementService(books.db()).history(id).size(), 0);
}

QTEST_GUILESS_MAIN(tst_AgreementCurrency)
#include "tst_agreementcurrency.moc"
