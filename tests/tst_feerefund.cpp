// A reversed receipt refunds the discount fee charged on the collections it undoes
// (docs/domain.md §9, §10): the fee is never charged on money that did not come in — on SQLite
// and PostgreSQL, through the receipt import and the end-of-day run.
#include "agreementservice.h"
#include "booksverifier.h"
#include "businesscalendar.h"
#include "endofdayservice.h"
#include "factorprofileservice.h"
#include "feesquery.h"
#include "ledger.h"
#include "purchasefixture.h"
#include "receiptservice.h"
#include "sqlquery.h"

#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

const QString kFactorIban = QStringLiteral("DE89370400440532013000");

// A camt.053 entry of 2026-03-20: a credit, or the bank's return of one (RvslInd).
QByteArray camt(const QByteArray &amount, const QByteArray &iban, const QByteArray &text,
                const QByteArray &ref, bool reversal, const QByteArray &msgId)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">\n"
           "<BkToCstmrStmt><GrpHdr><MsgId>" +
           msgId +
           "</MsgId><CreDtTm>2026-03-20T08:00:00</CreDtTm></GrpHdr>\n<Stmt><Id>ST-1</Id><Acct>"
           "<Id><IBAN>" +
           kFactorIban.toLatin1() + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n<Ntry><Amt Ccy=\"EUR\">" +
           amount + "</Amt><CdtDbtInd>" + (reversal ? "DBIT" : "CRDT") + "</CdtDbtInd>" +
           (reversal ? "<RvslInd>true</RvslInd>" : "") +
           "<Sts>BOOK</Sts><BookgDt><Dt>2026-03-20</Dt></BookgDt><ValDt><Dt>2026-03-20</Dt>"
           "</ValDt><AcctSvcrRef>" +
           ref +
           "</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Buyer One GmbH</Nm></Dbtr>"
           "<DbtrAcct><Id><IBAN>" +
           iban + "</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>" + text +
           "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n</Stmt></BkToCstmrStmt></Document>\n";
}

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, Currency(QStringLiteral("EUR")));
}

qint64 balanceOf(TestBooks &books, const QString &account)
{
    return JournalService(books.db()).balance(account, QDate(2099, 1, 1));
}

} // namespace

class tst_FeeRefund : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("FACTORDESK_TODAY"); }
    void reversalRefundsFee_data() { addEngineRows(); }
    void reversalRefundsFee();
};

// INV-0042 (1,000.00) and INV-77 (300.00), bought 2 March, paid 20 March (day 19: 1.5 %):
// fees 15.00 + 4.50 in one entry. The bank returns INV-0042's payment: its 15.00 is refunded
// by the next day's run, and 4.50 stays.
void tst_FeeRefund::reversalRefundsFee()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    BusinessCalendar(books.db()).start(QDate(2026, 3, 2));
    const PurchaseFixture f = PurchaseFixture::create(books);
    Agreement t = *AgreementService(books.db()).inForce(f.clientId, QDate(2026, 1, 1));
    t.discountTiers = Agreement::parseTiers(QStringLiteral("30:1.5,10:0.5"));
    AgreementService(books.db()).setTerms(books.manager, f.clientId, QDate(2026, 2, 1), t);
    f.buy(books, {PurchaseFixture::line(QStringLiteral("INV-0042"), QStringLiteral("BUYER1"),
                                        QStringLiteral("1000.00")),
                  PurchaseFixture::line(QStringLiteral("INV-77"), QStringLiteral("BUYER2"),
                                        QStringLiteral("300.00"))});
    FactorProfileService profiles(books.db());
    FactorProfile p = profiles.profile();
    if (p.name.isEmpty())
        p.name = QStringLiteral("Test Factor");
    p.bankAccount = kFactorIban;
    profiles.setProfile(books.admin, p);
    EndOfDayService eod(books.db());
    eod.run(books.manager, QDate(2026, 3, 19));
    ReceiptService receipts(books.db());
    QCOMPARE(receipts
                 .importData(
                     books.clerk,
                     camt("1000.00", "DE02120300000000202051", "INV-0042", "B-1", false, "MSG-1"),
                     QStringLiteral("a.xml"), false)
                 .applied,
             1);
    QCOMPARE(
        receipts
            .importData(books.clerk,
                        camt("300.00", "DE75512108001245126199", "INV-77", "B-2", false, "MSG-2"),
                        QStringLiteral("b.xml"), false)
            .applied,
        1);
    const auto paid = eod.run(books.manager, QDate(2026, 3, 20));
    QCOMPARE(paid.size(), qsizetype(1));
    QCOMPARE(paid.first().feeEntries, 1);
    QCOMPARE(paid.first().fees, eur(1950));
    QCOMPARE(balanceOf(books, Accounts::discountFeeIncome()), qint64(-1950));

    // The bank returns the payment of INV-0042.
    QCOMPARE(receipts
                 .importData(books.clerk,
                             camt("1000.00", "DE02120300000000202051", "RETURN AC04", "B-1R", true,
                                  "MSG-R"),
                             QStringLiteral("r.xml"), false)
                 .reversals,
             1);
    const auto next = eod.run(books.manager, QDate(2026, 3, 21));
    QCOMPARE(next.first().refundEntries, 1);
    QCOMPARE(next.first().refunds, eur(1500));
    QVERIFY(next.first().summary().contains(QStringLiteral("discount fees refunded 15.00")));
    QCOMPARE(balanceOf(books, Accounts::discountFeeIncome()), qint64(-450));
    const InvoiceFees fees =
        FeesQuery(books.db()).invoiceFees(QStringLiteral("ACME"), QStringLiteral("INV-0042"));
    QCOMPARE(fees.collections.size(), qsizetype(1));
    QVERIFY(fees.collections.first().reversed);
    QVERIFY(fees.collections.first().refundEntryId > 0);
    QCOMPARE(fees.total, eur(0));
    const JournalEntry refund =
        JournalService(books.db()).entry(fees.collections.first().refundEntryId);
    QCOMPARE(refund.kind, QStringLiteral("discount_fee"));
    QCOMPARE(refund.lines.size(), qsizetype(2));
    QCOMPARE(refund.lines[0].account, Accounts::discountFeeIncome());
    QCOMPARE(refund.lines[0].debit, eur(1500));
    QCOMPARE(refund.lines[1].account, Accounts::clientReserves());
    QCOMPARE(refund.lines[1].credit, eur(1500));
    QCOMPARE(refund.lines[1].invoiceId, fees.invoiceId);
    // Once: later days refund nothing more, and no fee is charged again on the returned money.
    const auto later = eod.run(books.manager, QDate(2026, 3, 25));
    for (const EndOfDayResult &d : later) {
        QCOMPARE(d.refundEntries, 0);
        QCOMPARE(d.feeEntries, 0);
    }
    QCOMPARE(balanceOf(books, Accounts::discountFeeIncome()), qint64(-450));
    const BooksVerifier::Result v = BooksVerifier(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

QTEST_GUILESS_MAIN(tst_FeeRefund)
#include "tst_feerefund.moc"
