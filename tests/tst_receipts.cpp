#include "booksverifier.h"
#include "camtreader.h"
#include "database.h"
#include "error.h"
#include "factorprofileservice.h"
#include "ledger.h"
#include "purchasefixture.h"
#include "receiptservice.h"
#include "sqlquery.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const QString kFactorIban = QStringLiteral("DE89370400440532013000");

struct Entry
{
    QByteArray amount;
    QByteArray remitterIban;
    QByteArray ustrd;
    QByteArray ref; // AcctSvcrRef
    bool reversal = false;
};

// A camt.053.001.04 statement of the factor's account with the given credits.
QByteArray camt(const QList<Entry> &entries, const QByteArray &account = kFactorIban.toLatin1(),
                const QByteArray &msgId = "MSG-1")
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">\n"
                   "<BkToCstmrStmt><GrpHdr><MsgId>" +
                   msgId +
                   "</MsgId><CreDtTm>2026-03-20T08:00:00</CreDtTm></GrpHdr>\n"
                   "<Stmt><Id>ST-1</Id><Acct><Id><IBAN>" +
                   account + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n";
    for (const Entry &e : entries) {
        x += "<Ntry><Amt Ccy=\"EUR\">" + e.amount + "</Amt><CdtDbtInd>" +
             (e.reversal ? "DBIT" : "CRDT") + "</CdtDbtInd>" +
             (e.reversal ? "<RvslInd>true</RvslInd>" : "") +
             "<Sts>BOOK</Sts><BookgDt><Dt>2026-03-20</Dt></BookgDt><ValDt><Dt>2026-03-20</Dt>"
             "</ValDt><AcctSvcrRef>" +
             e.ref +
             "</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Buyer One GmbH</Nm></Dbtr>"
             "<DbtrAcct><Id><IBAN>" +
             e.remitterIban + "</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>" + e.ustrd +
             "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    }
    return x + "</Stmt></BkToCstmrStmt></Document>\n";
}

struct ReceiptBooks
{
    TestBooks books;
    PurchaseFixture f;
    explicit ReceiptBooks(const QString &engine)
        : books(engine)
    {
        f = PurchaseFixture::create(books);
        f.buy(books,
              {PurchaseFixture::line(QStringLiteral("INV-0042"), QStringLiteral("BUYER1"),
                                     QStringLiteral("1000.00")),
               PurchaseFixture::line(QStringLiteral("INV-0043"), QStringLiteral("BUYER1"),
                                     QStringLiteral("2500.00"), QStringLiteral("2026-02-21")),
               PurchaseFixture::line(QStringLiteral("INV-77"), QStringLiteral("BUYER2"),
                                     QStringLiteral("300.00"))});
        FactorProfileService profiles(books.db());
        FactorProfile p = profiles.profile();
        if (p.name.isEmpty())
            p.name = QStringLiteral("Test Factor");
        p.bankAccount = kFactorIban;
        profiles.setProfile(books.admin, p);
    }
    ReceiptImportResult import(const QByteArray &data, bool skipBad = false,
                               const QString &name = QStringLiteral("statement.xml"))
    {
        return ReceiptService(books.db()).importData(books.clerk, data, name, skipBad);
    }
    qint64 open(const QString &invoiceNo)
    {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT open_balance FROM invoices WHERE invoice_no = ?"))
            .bind(invoiceNo)
            .scalar()
            .toLongLong();
    }
    QString status(const QString &invoiceNo)
    {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT status FROM invoices WHERE invoice_no = ?"))
            .bind(invoiceNo)
            .scalar()
            .toString();
    }
    qint64 count(const char *table)
    {
        return SqlQuery(books.db(),
                        QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .scalar()
            .toLongLong();
    }
    void verify()
    {
        const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }
};

} // namespace

class tst_Receipts : public QObject
{
    Q_OBJECT
private slots:
    void byReference_data() { addEngineRows(); }
    void byReference();
    void byDebtorAndAmount_data() { addEngineRows(); }
    void byDebtorAndAmount();
    void suggestionConfirmed_data() { addEngineRows(); }
    void suggestionConfirmed();
    void unappliedAppliedLater_data() { addEngineRows(); }
    void unappliedAppliedLater();
    void neverTwice_data() { addEngineRows(); }
    void neverTwice();
    void foreignAccountRefusedWhole_data() { addEngineRows(); }
    void foreignAccountRefusedWhole();
    void badAmount();
    void reversalUndoes_data() { addEngineRows(); }
    void reversalUndoes();
    void cancelStoresNothing();
    void typedIn();
    void everySampleImports_data();
    void everySampleImports();
    void permissions();
};

void tst_Receipts::byReference()
{
    QFETCH(QString, engine);
    ReceiptBooks b(engine);
    const ReceiptImportResult r =
        b.import(camt({{"1000.00", "DE02120300000000202051", "Payment inv 42 thank you", "B-1"}}));
    QCOMPARE(r.read, 1);
    QCOMPARE(r.bookedCredits, 1);
    QCOMPARE(r.applied, 1);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 0);
    QCOMPARE(b.status(QStringLiteral("INV-0042")), QStringLiteral("paid"));
    QCOMPARE(b.open(QStringLiteral("INV-0043")), 250000);
    const Receipt rc = ReceiptService(b.books.db()).get(r.receiptIds.first());
    QCOMPARE(rc.status, ReceiptStatus::Applied);
    QCOMPARE(rc.debtorCode, QStringLiteral("BUYER1"));
    QCOMPARE(rc.applications.size(), 1);
    QCOMPARE(rc.applications.first().invoiceNo, QStringLiteral("INV-0042"));
    // The receipt's entry: Dr bank, Cr factored receivables tagged with the invoice.
    const JournalEntry e = JournalService(b.books.db()).entry(rc.journalEntryId);
    QCOMPARE(e.lines.size(), 2);
    QCOMPARE(e.lines[1].account, Accounts::factoredReceivables());
    QVERIFY(e.lines[1].invoiceId > 0);
    b.verify();
}

void tst_Receipts::byDebtorAndAmount()
{
    QFETCH(QString, engine);
    ReceiptBooks b(engine);
    // The first payment names its invoice: the remitter's account is learned for BUYER1.
    b.import(camt({{"1000.00", "DE02120300000000202051", "INV-0042", "B-1"}}));
    // The second names nothing, but comes from that account with the amount of one invoice.
    const ReceiptImportResult r = b.import(camt(
        {{"2500.00", "DE02120300000000202051", "thanks", "B-2"}}, kFactorIban.toLatin1(), "MSG-2"));
    QCOMPARE(r.applied, 1);
    QCOMPARE(b.open(QStringLiteral("INV-0043")), 0);
    b.verify();
}

void tst_Receipts::suggestionConfirmed()
{
    QFETCH(QString, engine);
    ReceiptBooks b(engine);
    b.import(camt({{"400.00", "DE02120300000000202051", "INV-0042", "B-1"}}));
    const ReceiptImportResult r = b.import(
        camt({{"700.00", "DE02120300000000202051", "", "B-2"}}, kFactorIban.toLatin1(), "MSG-2"));
    QCOMPARE(r.suggested, 1);
    const qint64 id = r.receiptIds.first();
    Receipt rc = ReceiptService(b.books.db()).get(id);
    QCOMPARE(rc.status, ReceiptStatus::Suggested);
    QCOMPARE(rc.applied.minor(), 0);
    // Oldest first: the 600.00 left on INV-0042, then 100.00 of INV-0043.
    QCOMPARE(rc.applications.size(), 2);
    QVERIFY(rc.applications[0].suggested);
    QCOMPARE(rc.applications[0].invoiceNo, QStringLiteral("INV-0042"));
    QCOMPARE(rc.applications[0].amount.minor(), 60000);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 60000); // nothing applied before confirming
    ReceiptService(b.books.db()).confirm(b.books.clerk, id);
    rc = ReceiptService(b.books.db()).get(id);
    QCOMPARE(rc.status, ReceiptStatus::Applied);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 0);
    QCOMPARE(b.open(QStringLiteral("INV-0043")), 240000);
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptService(b.books.db()).confirm(b.books.clerk, id));
    b.verify();
}

void tst_Receipts::unappliedAppliedLater()
{
    QFETCH(QString, engine);
    ReceiptBooks b(engine);
    const ReceiptImportResult r =
        b.import(camt({{"350.00", "DE75512108001245126199", "no reference", "B-9"}}));
    QCOMPARE(r.unapplied, 1);
    const qint64 id = r.receiptIds.first();
    QCOMPARE(JournalService(b.books.db()).balance(Accounts::unappliedCash(), QDate(2026, 12, 31)),
             -35000);
    ReceiptService service(b.books.db());
    // More than is open on the invoice is refused, and so is an invoice not open.
    QVERIFY_THROWS_EXCEPTION(
        Error, service.apply(b.books.clerk, id,
                             {{QStringLiteral("INV-77"),
                               Money::fromMinor(35000, Currency(QStringLiteral("EUR")))}}));
    QVERIFY_THROWS_EXCEPTION(Error,
                             service.apply(b.books.clerk, id, {{QStringLiteral("NOPE"), {}}}));
    service.apply(b.books.clerk, id, {{QStringLiteral("INV-77"), {}}});
    const Receipt rc = service.get(id);
    QCOMPARE(rc.applied.minor(), 30000);
    QCOMPARE(rc.status, ReceiptStatus::Unapplied); // 50.00 still unapplied
    QCOMPARE(b.open(QStringLiteral("INV-77")), 0);
    QCOMPARE(rc.debtorCode, QStringLiteral("BUYER2"));
    QCOMPARE(JournalService(b.books.db()).balance(Accounts::unappliedCash(), QDate(2026, 12, 31)),
             -5000);
    b.verify();
}

void tst_Receipts::neverTwice()
{
    QFETCH(QString, engine);
    ReceiptBooks b(engine);
    const QByteArray file = camt({{"1000.00", "DE02120300000000202051", "INV-0042", "B-1"},
                                  {"1.00", "DE02120300000000202051", "", ""}});
    const ReceiptImportResult first = b.import(file);
    QCOMPARE(first.bookedCredits, 2);
    const qint64 receipts = b.count("receipts");
    const ReceiptImportResult again = b.import(file);
    QVERIFY(again.alreadyImported);
    QCOMPARE(again.importId, first.importId);
    // The same entries in another file (a camt.054 and then the day's camt.053, say).
    const ReceiptImportResult other =
        b.import(camt({{"1000.00", "DE02120300000000202051", "INV-0042", "B-1"},
                       {"1.00", "DE02120300000000202051", "", ""}},
                      kFactorIban.toLatin1(), "MSG-OTHER"));
    QCOMPARE(other.duplicates, 2);
    QCOMPARE(other.bookedCredits, 0);
    QCOMPARE(b.count("receipts"), receipts);
    b.verify();
}

void tst_Receipts::foreignAccountRefusedWhole()
{
    QFETCH(QString, engine);
    ReceiptBooks b(engine);
    try {
        b.import(camt({{"1000.00", "DE02120300000000202051", "INV-0042", "B-1"}},
                      "CH9300762011623852957"));
        QFAIL("imported");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("CH9300762011623852957")),
                 qPrintable(e.message()));
        QVERIFY(e.message().startsWith(QStringLiteral("statement.xml: line 4:")));
    }
    QCOMPARE(b.count("receipts"), 0);
    QCOMPARE(b.count("bank_imports"), 0);
    // Once the account is the factor's, the file imports.
    ReceiptService(b.books.db())
        .addBankAccount(b.books.manager, QStringLiteral("CH9300762011623852957"),
                        QStringLiteral("EUR"), QStringLiteral("Zurich"));
    QCOMPARE(b.import(camt({{"1000.00", "DE02120300000000202051", "INV-0042", "B-1"}},
                           "CH9300762011623852957"))
                 .applied,
             1);
}

void tst_Receipts::badAmount()
{
    ReceiptBooks b(QStringLiteral("sqlite"));
    const QByteArray file = camt({{"1e3", "DE02120300000000202051", "INV-0042", "B-1"},
                                  {"300.00", "DE75512108001245126199", "INV-77", "B-2"}});
    try {
        b.import(file);
        QFAIL("imported");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("entry 1")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("1e3")), qPrintable(e.message()));
    }
    QCOMPARE(b.count("receipts"), 0);
    const ReceiptImportResult r = b.import(file, true);
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY(r.skipped.first().reason.contains(QStringLiteral("not an amount")));
    QCOMPARE(r.applied, 1);
}

void tst_Receipts::reversalUndoes()
{
    QFETCH(QString, engine);
    ReceiptBooks b(engine);
    const ReceiptImportResult paid =
        b.import(camt({{"1000.00", "DE02120300000000202051", "INV-0042", "B-1"}}));
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 0);
    // The bank returns the payment.
    Entry back{"1000.00", "DE02120300000000202051", "RETURN AC04", "B-1R"};
    back.reversal = true;
    const ReceiptImportResult r = b.import(camt({back}, kFactorIban.toLatin1(), "MSG-R"));
    QCOMPARE(r.reversals, 1);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 100000);
    QCOMPARE(b.status(QStringLiteral("INV-0042")), QStringLiteral("open"));
    QCOMPARE(ReceiptService(b.books.db()).get(paid.receiptIds.first()).status,
             ReceiptStatus::Reversed);
    QCOMPARE(JournalService(b.books.db()).balance(Accounts::bank(), QDate(2026, 12, 31)) -
                 JournalService(b.books.db()).balance(Accounts::bank(), QDate(2026, 3, 19)),
             0);
    // A second return of the same payment matches nothing and is skipped with its reason.
    Entry again = back;
    again.ref = "B-1R2";
    const ReceiptImportResult r2 = b.import(camt({again}, kFactorIban.toLatin1(), "MSG-R2"));
    QCOMPARE(r2.reversals, 0);
    QCOMPARE(r2.skipped.size(), 1);
    b.verify();
}

void tst_Receipts::cancelStoresNothing()
{
    ReceiptBooks b(QStringLiteral("sqlite"));
    const qint64 entries = b.count("journal_entries");
    QVERIFY_THROWS_EXCEPTION(
        Error,
        ReceiptService(b.books.db())
            .importData(b.books.clerk,
                        camt({{"1000.00", "DE02120300000000202051", "INV-0042", "B-1"},
                              {"300.00", "DE75512108001245126199", "INV-77", "B-2"}}),
                        QStringLiteral("s.xml"), false, [](int done, int) { return done < 1; }));
    QCOMPARE(b.count("receipts"), 0);
    QCOMPARE(b.count("bank_imports"), 0);
    QCOMPARE(b.count("journal_entries"), entries);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 100000);
}

void tst_Receipts::typedIn()
{
    ReceiptBooks b(QStringLiteral("sqlite"));
    ReceiptInput in;
    in.debtorId = b.f.debtorA;
    in.amount = Money::fromMinor(120000, Currency(QStringLiteral("EUR")));
    in.date = QDate(2026, 3, 25);
    in.invoiceNos = {QStringLiteral("INV-0042"), QStringLiteral("INV-0043")};
    const qint64 id = ReceiptService(b.books.db()).add(b.books.clerk, in);
    const Receipt r = ReceiptService(b.books.db()).get(id);
    QCOMPARE(r.applied.minor(), 120000);
    QCOMPARE(b.open(QStringLiteral("INV-0042")), 0);
    QCOMPARE(b.open(QStringLiteral("INV-0043")), 230000);
    // An invoice of another debtor is not this debtor's to pay.
    in.invoiceNos = {QStringLiteral("INV-77")};
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptService(b.books.db()).add(b.books.clerk, in));
    b.verify();
}

void tst_Receipts::everySampleImports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("valid"); // against its own schema (xmllint), as the README lists
    const QSet<QString> invalid{QStringLiteral("ch_ubs_camt053_v08.xml"),
                                QStringLiteral("de_vrbank-rottal-inn_camt053_v02.xml"),
                                QStringLiteral("de_vrbank_camt053_v02_debit.xml"),
                                QStringLiteral("nl_ing_camt053_v02_batch.xml"),
                                QStringLiteral("ch_camt053_v04_txdtls_oca.xml"),
                                QStringLiteral("lt_camt053_v08_anon.xml"),
                                QStringLiteral("lt_camt054_v10_anon.xml"),
                                QStringLiteral("de_hbci4java_camt052_reversal.xml")};
    for (const QString &f : QDir(QStringLiteral(FACTORDESK_SOURCE_DIR "/tests/data/iso20022"))
                                .entryList({QStringLiteral("*.xml")}))
        QTest::newRow(qPrintable(f)) << f << !invalid.contains(f);
}

void tst_Receipts::everySampleImports()
{
    QFETCH(QString, file);
    QFETCH(bool, valid);
    const QString path = QStringLiteral(FACTORDESK_SOURCE_DIR "/tests/data/iso20022/") + file;
    const BankFile parsed = CamtReader::readFile(path);
    TestBooks books;
    FactorProfileService profiles(books.db());
    FactorProfile p = profiles.profile();
    p.name = QStringLiteral("Test Factor");
    p.bankAccount = parsed.statements.first().account;
    profiles.setProfile(books.admin, p);
    for (const BankStatement &s : parsed.statements)
        if (s.account != parsed.statements.first().account &&
            !ReceiptService(books.db()).factorAccounts().contains(s.account))
            ReceiptService(books.db())
                .addBankAccount(books.manager, s.account, QStringLiteral("EUR"), {});
    const ReceiptImportResult r = ReceiptService(books.db()).importFile(books.clerk, path, false);
    int movements = 0;
    for (const BankStatement &s : parsed.statements)
        movements += int(s.transactions.size());
    QCOMPARE(r.read, movements);
    // Nothing silently dropped: every movement is a receipt, a reversal or skipped with a reason.
    QCOMPARE(r.bookedCredits + r.reversals + int(r.skipped.size()), r.read);
    for (const ReceiptImportResult::Skip &s : r.skipped)
        QVERIFY(!s.reason.isEmpty());
    QCOMPARE(r.applied + r.suggested + r.unapplied, r.bookedCredits);
    // Schema findings are warnings, never a refusal.
    QVERIFY2(r.warnings.isEmpty() == valid, qPrintable(r.warnings.join(QLatin1Char('\n'))));
    const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QVERIFY(ReceiptService(books.db()).importFile(books.clerk, path, false).alreadyImported);
}

void tst_Receipts::permissions()
{
    ReceiptBooks b(QStringLiteral("sqlite"));
    QVERIFY_THROWS_EXCEPTION(Error,
                             ReceiptService(b.books.db())
                                 .importData(b.books.analyst,
                                             camt({{"1.00", "DE02120300000000202051", "", "B-1"}}),
                                             QStringLiteral("s.xml"), false));
    QVERIFY_THROWS_EXCEPTION(
        Error, ReceiptService(b.books.db())
                   .addBankAccount(b.books.clerk, kFactorIban, QStringLiteral("EUR"), {}));
}

QTEST_GUILESS_MAIN(tst_Receipts)
#include "tst_receipts.moc"
