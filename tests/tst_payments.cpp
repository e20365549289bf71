// Payments to clients (issue 12, docs/domain.md §7 and §12): funding owes the net payment on
// 2300; a payment run (manager) sends every due payment in one pain.001 file that validates
// against its schema, posts Dr 2300 / Cr 1000 for each and marks them sent, in one
// transaction; a client without a valid IBAN is refused by name before anything is written;
// the bank statement's debit closes the payment as executed. On both engines.
#include "bankfileschema.h"
#include "error.h"
#include "factorprofileservice.h"
#include "ledger.h"
#include "paymentservice.h"
#include "purchasefixture.h"
#include "receiptservice.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const QString kFactorIban = QStringLiteral("DE89370400440532013000");
const QString kClientIban = QStringLiteral("DE02120300000000202051");

struct PaymentBooks
{
    TestBooks books;
    PurchaseFixture f;
    QTemporaryDir dir;
    explicit PaymentBooks(const QString &engine)
        : books(engine)
    {
        f = PurchaseFixture::create(books);
        FactorProfileService profiles(books.db());
        FactorProfile p = profiles.profile();
        p.name = QStringLiteral("Test Factor");
        p.bankAccount = kFactorIban;
        profiles.setProfile(books.admin, p);
        SqlQuery(books.db(), QStringLiteral("UPDATE clients SET bank_account = ? WHERE id = ?"))
            .bind(kClientIban)
            .bind(f.clientId)
            .exec();
    }
    qint64 buy(const QString &invoice, const QString &amount)
    {
        return f.buy(books, {PurchaseFixture::line(invoice, QStringLiteral("BUYER1"), amount)});
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    qint64 count(const QString &sql) { return SqlQuery(books.db(), sql).scalar().toLongLong(); }
    // Debit minus credit of an account over the whole journal.
    qint64 balance(const QString &account)
    {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM "
                                       "journal_lines l JOIN accounts a ON a.id = l.account_id "
                                       "WHERE a.code = ?"))
            .bind(account)
            .scalar()
            .toLongLong();
    }
};

QStringList texts(const QByteArray &xml, const QString &element)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            out << r.readElementText(QXmlStreamReader::IncludeChildElements);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A camt.053 statement of the factor's account with one debit to `iban`.
QByteArray debitStatement(const QByteArray &amount, const QByteArray &iban,
                          const QByteArray &endToEnd, const QByteArray &ref)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">\n"
           "<BkToCstmrStmt><GrpHdr><MsgId>MSG-" +
           ref +
           "</MsgId><CreDtTm>2026-03-04T08:00:00</CreDtTm></GrpHdr>\n"
           "<Stmt><Id>ST-1</Id><Acct><Id><IBAN>" +
           kFactorIban.toLatin1() +
           "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
           "<Ntry><Amt Ccy=\"EUR\">" +
           amount +
           "</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-04</Dt>"
           "</BookgDt><ValDt><Dt>2026-03-04</Dt></ValDt><AcctSvcrRef>" +
           ref + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>" + endToEnd +
           "</EndToEndId></Refs><RltdPties><Cdtr><Nm>Acme Tools Ltd</Nm></Cdtr><CdtrAcct><Id>"
           "<IBAN>" +
           iban +
           "</IBAN></Id></CdtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>\n"
           "</Stmt></BkToCstmrStmt></Document>\n";
}

} // namespace

class tst_Payments : public QObject
{
    Q_OBJECT
private slots:
    void fundingOwesThePayment_data() { addEngineRows(); }
    void fundingOwesThePayment();
    void runSendsEveryDuePayment_data();
    void runSendsEveryDuePayment();
    void refusesClientWithoutIban_data() { addEngineRows(); }
    void refusesClientWithoutIban();
    void nothingDueWritesNothing_data() { addEngineRows(); }
    void nothingDueWritesNothing();
    void managersOnly_data() { addEngineRows(); }
    void managersOnly();
    void statementDebitExecutes_data() { addEngineRows(); }
    void statementDebitExecutes();
    void sentPaymentStopsUnfund_data() { addEngineRows(); }
    void sentPaymentStopsUnfund();
};

void tst_Payments::fundingOwesThePayment()
{
    QFETCH(QString, engine);
    PaymentBooks b(engine);
    b.buy(QStringLiteral("INV-1"), QStringLiteral("1000.00"));
    // Advance 93 % less commission 2 %: 930.00 owed, not paid: the bank has not moved.
    QCOMPARE(b.balance(Accounts::paymentsDue()), qint64(-93000));
    QCOMPARE(b.balance(Accounts::bank()), qint64(0));
    const QList<ClientPayment> due = PaymentService(b.books.db()).list(PaymentStatus::Due);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().amount.minor(), qint64(93000));
    QCOMPARE(due.first().account, kClientIban);
    QCOMPARE(due.first().clientCode, QStringLiteral("ACME"));
    QCOMPARE(due.first().kind, QStringLiteral("funding"));
}

void tst_Payments::runSendsEveryDuePayment_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("version");
    for (const QString &engine : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
        for (const QString &v : {QStringLiteral("03"), QStringLiteral("09")})
            QTest::newRow(qPrintable(engine + QLatin1Char('-') + v)) << engine << v;
    }
}

void tst_Payments::runSendsEveryDuePayment()
{
    QFETCH(QString, engine);
    QFETCH(QString, version);
    PaymentBooks b(engine);
    b.buy(QStringLiteral("INV-1"), QStringLiteral("1000.00"));
    b.buy(QStringLiteral("INV-2"), QStringLiteral("2000.00"));
    PaymentService payments(b.books.db());
    const QString path = b.path(QStringLiteral("run1.xml"));
    const PaymentRunResult r = payments.run(b.books.manager, path, QDate(2026, 3, 3), version);
    QCOMPARE(r.run.count, 2);
    QCOMPARE(r.paymentIds.size(), 2);
    QCOMPARE(r.run.totals.size(), 1);
    QCOMPARE(r.run.totals.first().minor(), qint64(93000 + 186000));
    const QString pain = QStringLiteral("pain.001.001.") + version;
    QCOMPARE(r.run.version, pain);

    // The file: valid against its schema, one transfer per payment, ids as recorded.
    const QByteArray xml = readAll(path);
    QVERIFY(!xml.isEmpty());
    const QStringList findings = BankFileSchema::check(xml, pain, 20);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    QCOMPARE(texts(xml, QStringLiteral("MsgId")), QStringList{r.run.messageId});
    QCOMPARE(texts(xml, QStringLiteral("InstdAmt")),
             QStringList({QStringLiteral("930.00"), QStringLiteral("1860.00")}));
    QCOMPARE(texts(xml, QStringLiteral("IBAN")),
             QStringList({kFactorIban, kClientIban, kClientIban}));
    const QList<ClientPayment> sent = payments.list(PaymentStatus::Sent);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(texts(xml, QStringLiteral("EndToEndId")),
             QStringList({sent[0].endToEndId, sent[1].endToEndId}));
    QVERIFY(sent[0].endToEndId != sent[1].endToEndId);
    for (const ClientPayment &p : sent) {
        QCOMPARE(p.runId, r.run.id);
        QCOMPARE(p.messageId, r.run.messageId);
    }
    QVERIFY(payments.list(PaymentStatus::Due).isEmpty());

    // The journal: Dr 2300 / Cr 1000 per payment; nothing is left due.
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM journal_entries WHERE kind = "
                                    "'client_payment'")),
             qint64(2));
    QCOMPARE(b.balance(Accounts::paymentsDue()), qint64(0));
    QCOMPARE(b.balance(Accounts::bank()), qint64(-(93000 + 186000)));

    // The run history; a second run finds nothing due and writes nothing.
    const QList<PaymentRun> runs = payments.runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().messageId, r.run.messageId);
    QCOMPARE(runs.first().count, 2);
    QCOMPARE(runs.first().fileName, QStringLiteral("run1.xml"));
    const QString again = b.path(QStringLiteral("run2.xml"));
    QVERIFY_THROWS_EXCEPTION(Error, payments.run(b.books.manager, again, {}, version));
    QVERIFY(!QFile::exists(again));

    // A new payment goes in a new run with new ids.
    b.buy(QStringLiteral("INV-3"), QStringLiteral("100.00"));
    const PaymentRunResult r2 = payments.run(b.books.manager, again, QDate(2026, 3, 3), version);
    QCOMPARE(r2.run.count, 1);
    QVERIFY(r2.run.messageId != r.run.messageId);
    QCOMPARE(payments.runs().size(), 2);
}

void tst_Payments::refusesClientWithoutIban()
{
    QFETCH(QString, engine);
    PaymentBooks b(engine);
    b.buy(QStringLiteral("INV-1"), QStringLiteral("1000.00"));
    SqlQuery(b.books.db(), QStringLiteral("UPDATE clients SET bank_account = ? WHERE id = ?"))
        .bind(QStringLiteral("DE00120300000000202051"))
        .bind(b.f.clientId)
        .exec();
    const QString path = b.path(QStringLiteral("run.xml"));
    try {
        PaymentService(b.books.db()).run(b.books.manager, path, {});
        QFAIL("a payment run paid into an invalid IBAN");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(QLatin1String("Acme Tools Ltd")), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(b.dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM payment_runs")), qint64(0));
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM journal_entries WHERE kind = "
                                    "'client_payment'")),
             qint64(0));
    QCOMPARE(PaymentService(b.books.db()).list(PaymentStatus::Due).size(), 1);
}

void tst_Payments::nothingDueWritesNothing()
{
    QFETCH(QString, engine);
    PaymentBooks b(engine);
    const QString path = b.path(QStringLiteral("run.xml"));
    QVERIFY_THROWS_EXCEPTION(Error, PaymentService(b.books.db()).run(b.books.manager, path, {}));
    QVERIFY(!QFile::exists(path));
    // A file that cannot be written leaves the payments due.
    b.buy(QStringLiteral("INV-1"), QStringLiteral("1000.00"));
    QVERIFY_THROWS_EXCEPTION(
        Error, PaymentService(b.books.db())
                   .run(b.books.manager, b.path(QStringLiteral("no/such/dir/run.xml")), {}));
    QCOMPARE(PaymentService(b.books.db()).list(PaymentStatus::Due).size(), 1);
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM payment_runs")), qint64(0));
}

void tst_Payments::managersOnly()
{
    QFETCH(QString, engine);
    PaymentBooks b(engine);
    b.buy(QStringLiteral("INV-1"), QStringLiteral("1000.00"));
    try {
        PaymentService(b.books.db()).run(b.books.clerk, b.path(QStringLiteral("r.xml")), {});
        QFAIL("a clerk ran payments");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QVERIFY(!QFile::exists(b.path(QStringLiteral("r.xml"))));
}

void tst_Payments::statementDebitExecutes()
{
    QFETCH(QString, engine);
    PaymentBooks b(engine);
    b.buy(QStringLiteral("INV-1"), QStringLiteral("1000.00"));
    b.buy(QStringLiteral("INV-2"), QStringLiteral("2000.00"));
    PaymentService payments(b.books.db());
    payments.run(b.books.manager, b.path(QStringLiteral("run.xml")), QDate(2026, 3, 3));
    const QList<ClientPayment> sent = payments.list(PaymentStatus::Sent);
    QCOMPARE(sent.size(), 2);

    ReceiptService receipts(b.books.db());
    // By end-to-end id.
    ReceiptImportResult r = receipts.importData(
        b.books.clerk,
        debitStatement("930.00", kClientIban.toLatin1(), sent[0].endToEndId.toLatin1(), "D-1"),
        QStringLiteral("s1.xml"), false);
    QCOMPARE(r.paymentsExecuted, QList<qint64>{sent[0].id});
    QVERIFY(r.skipped.isEmpty());
    // Without the id: creditor account and amount.
    r = receipts.importData(b.books.clerk,
                            debitStatement("1860.00", kClientIban.toLatin1(), "NOTPROVIDED", "D-2"),
                            QStringLiteral("s2.xml"), false);
    QCOMPARE(r.paymentsExecuted, QList<qint64>{sent[1].id});
    // A debit that matches no payment is still skipped.
    r = receipts.importData(b.books.clerk,
                            debitStatement("1860.00", kClientIban.toLatin1(), "NOTPROVIDED", "D-3"),
                            QStringLiteral("s3.xml"), false);
    QVERIFY(r.paymentsExecuted.isEmpty());
    QCOMPARE(r.skipped.size(), 1);

    const QList<ClientPayment> executed = payments.list(PaymentStatus::Executed);
    QCOMPARE(executed.size(), 2);
    QCOMPARE(executed.first().executedOn, QDate(2026, 3, 4));
    QVERIFY(payments.list(PaymentStatus::Sent).isEmpty());
    // The journal is not touched by executing: the run posted the payment.
    QCOMPARE(b.balance(Accounts::bank()), qint64(-(93000 + 186000)));
}

void tst_Payments::sentPaymentStopsUnfund()
{
    QFETCH(QString, engine);
    PaymentBooks b(engine);
    const qint64 id = b.buy(QStringLiteral("INV-1"), QStringLiteral("1000.00"));
    PaymentService(b.books.db())
        .run(b.books.manager, b.path(QStringLiteral("run.xml")), QDate(2026, 3, 3));
    // The run's posting stands with the payment: not reversed on its own.
    const PaymentRun run = PaymentService(b.books.db()).runs().first();
    const qint64 entry =
        SqlQuery(b.books.db(), QStringLiteral("SELECT sent_entry_id FROM client_payments WHERE "
                                              "payment_run_id = ?"))
            .bind(run.id)
            .scalar()
            .toLongLong();
    QVERIFY(entry > 0);
    QVERIFY_THROWS_EXCEPTION(
        Error, JournalService(b.books.db())
                   .reverse(b.books.manager, entry, QDate(2026, 3, 4), QStringLiteral("undo")));
    try {
        ScheduleFundingService(b.books.db())
            .unfund(b.books.manager, id, QStringLiteral("wrong"), QDate(2026, 3, 4));
        QFAIL("unfunded a schedule whose payment was sent");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.message().contains(QLatin1String("already sent")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(tst_Payments)
#include "tst_payments.moc"
