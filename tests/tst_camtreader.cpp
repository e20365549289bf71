#include "camtreader.h"
#include "error.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

QString sampleDir()
{
    return QStringLiteral(FACTORDESK_SOURCE_DIR "/tests/data/iso20022");
}

BankFile sample(const QString &name)
{
    return CamtReader::readFile(sampleDir() + QLatin1Char('/') + name);
}

QList<BankTransaction> all(const BankFile &f)
{
    QList<BankTransaction> out;
    for (const BankStatement &s : f.statements)
        out += s.transactions;
    return out;
}

// A camt.053.001.02 statement of one entry whose <Ntry> body is `entry`.
QByteArray statementWith(const QByteArray &entry,
                         const QByteArray &ns = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + ns +
           "\">\n<BkToCstmrStmt>\n<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-02T10:00:00</CreDtTm>"
           "</GrpHdr>\n<Stmt><Id>S1</Id><Acct><Id><IBAN>DE89 3704 0044 0532 0130 00</IBAN></Id>"
           "<Ccy>EUR</Ccy></Acct>\n<Ntry>" +
           entry + "</Ntry>\n</Stmt>\n</BkToCstmrStmt>\n</Document>\n";
}

QByteArray credit(const QByteArray &amount, const QByteArray &extra = {})
{
    return "<Amt Ccy=\"EUR\">" + amount +
           "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt>"
           "</BookgDt><ValDt><Dt>2026-03-03</Dt></ValDt><AcctSvcrRef>B-1</AcctSvcrRef>" +
           extra;
}

} // namespace

class tst_CamtReader : public QObject
{
    Q_OBJECT
private slots:
    void samples_data();
    void samples();
    void everySampleIsCovered();
    void details();
    void amounts_data();
    void amounts();
    void skips_data();
    void skips();
    void refuses_data();
    void refuses();
    void fingerprintsAreStable();
};

void tst_CamtReader::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("statements");
    QTest::addColumn<int>("transactions");
    QTest::addColumn<int>("bookedCredits"); // booked, not reversals
    QTest::addColumn<int>("reversals");
    QTest::addColumn<int>("unbooked");
    QTest::addColumn<QString>("account");

    // The sixteen real and published files: every one reads, none loses an entry.
    const auto row = [](const char *file, const char *version, int st, int tx, int credits,
                        int reversals, int unbooked, const char *account) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(version) << st << tx
                            << credits << reversals << unbooked << QString::fromLatin1(account);
    };
    row("be_camt053_v02_monthly_anon.xml", "camt.053.001.02", 1, 268, 4, 0, 0, "BE68793230773034");
    row("ch_camt053_v04_txdtls_oca.xml", "camt.053.001.04", 1, 2, 2, 0, 0, "CH1111000000123456789");
    row("ch_postfinance_camt053_v04.xml", "camt.053.001.04", 1, 32, 24, 2, 0,
        "CH0309000000250090342");
    row("ch_postfinance_camt054_v04.xml", "camt.054.001.04", 1, 5, 3, 2, 0,
        "CH0309000000250090342");
    row("ch_ubs_camt053_v08.xml", "camt.053.001.08", 1, 3, 2, 0, 0, "CH1111111111111111111");
    row("de_hbci4java_camt052_reversal.xml", "camt.052.001.02", 1, 1, 0, 0, 0, "DE1234567890");
    row("de_vrbank-rottal-inn_camt053_v02.xml", "camt.053.001.02", 1, 5, 1, 0, 0,
        "DE14740618130000033626");
    row("de_vrbank_camt053_v02_debit.xml", "camt.053.001.02", 1, 5, 1, 0, 0,
        "DE14740618130000033626");
    row("lt_camt053_v08_anon.xml", "camt.053.001.08", 2, 15, 3, 0, 0, "LT625883379695428516");
    row("lt_camt054_v10_anon.xml", "camt.054.001.10", 1, 28, 0, 0, 28, "LT809872649478701594");
    row("nl_abnamro_camt053_v02_oca.xml", "camt.053.001.02", 1, 4, 1, 2, 0, "NL77ABNA0574908765");
    row("nl_ing_camt053_v02_batch.xml", "camt.053.001.02", 1, 3, 2, 0, 0, "NL18INGB00012345678");
    row("sps_camt054_v04_oca.xml", "camt.054.001.04", 1, 1, 1, 0, 0, "");
    row("synthetic_genkgo_camt053_v02_five_decimals.xml", "camt.053.001.02", 1, 1, 1, 0, 0, "");
    row("synthetic_genkgo_camt053_v08.xml", "camt.053.001.08", 1, 1, 1, 0, 0, "");
    row("synthetic_genkgo_camt054_v08.xml", "camt.054.001.08", 1, 1, 0, 0, 0, "");
}

void tst_CamtReader::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, version);
    QFETCH(int, statements);
    QFETCH(int, transactions);
    QFETCH(int, bookedCredits);
    QFETCH(int, reversals);
    QFETCH(int, unbooked);
    QFETCH(QString, account);

    const BankFile f = sample(file);
    QCOMPARE(f.version, version);
    QCOMPARE(f.statements.size(), statements);
    if (!account.isEmpty())
        QCOMPARE(f.statements.first().account, account);
    QVERIFY(!f.statements.first().account.isEmpty());
    const QList<BankTransaction> tx = all(f);
    QCOMPARE(tx.size(), transactions);
    int credits = 0, rev = 0, notBooked = 0;
    QSet<QString> prints;
    for (const BankTransaction &t : tx) {
        QVERIFY2(t.problem.isEmpty(), qPrintable(t.problem));
        QVERIFY(t.amount.isPositive());
        QVERIFY(t.amount.currency().isValid());
        QVERIFY(t.valueDate.isValid());
        QVERIFY(t.line > 0);
        QCOMPARE(t.fingerprint.size(), 64);
        prints.insert(t.fingerprint + t.bankReference);
        if (t.reversal)
            ++rev;
        else if (t.isBooked() && t.credit)
            ++credits;
        if (!t.isBooked())
            ++notBooked;
    }
    QCOMPARE(credits, bookedCredits);
    QCOMPARE(rev, reversals);
    QCOMPARE(notBooked, unbooked);
}

void tst_CamtReader::everySampleIsCovered()
{
    const QStringList files = QDir(sampleDir()).entryList({QStringLiteral("*.xml")});
    QCOMPARE(files.size(), 16);
}

void tst_CamtReader::details()
{
    // UBS, SPS 2.0: an amount with one decimal, the invoice number in Ustrd, a QR reference.
    {
        const QList<BankTransaction> tx = all(sample(QStringLiteral("ch_ubs_camt053_v08.xml")));
        QCOMPARE(tx[0].amount, Money::fromMinor(47440, Currency(QStringLiteral("CHF"))));
        QVERIFY(tx[0].unstructured.contains(QStringLiteral("INVOICE R77561")));
        QCOMPARE(tx[0].bankReference, QStringLiteral("9999171ZC0173078"));
        QCOMPARE(tx[0].counterpartyName, QStringLiteral("Jon Doe"));
        QCOMPARE(tx[1].creditorReferences,
                 QStringList{QStringLiteral("RF38000000000000000000552")});
        QVERIFY(!tx[2].credit);
    }
    // PostFinance: a batch credit of ten payments, each with its own ESR reference and bank
    // reference; the reversals of two direct debits.
    {
        const QList<BankTransaction> tx =
            all(sample(QStringLiteral("ch_postfinance_camt053_v04.xml")));
        int batch = 0;
        for (const BankTransaction &t : tx)
            if (t.entryNo == 7) {
                ++batch;
                QCOMPARE(t.detailNo, batch);
                QCOMPARE(t.creditorReferences.size(), 1);
            }
        QCOMPARE(batch, 10);
        QCOMPARE(tx[6].bankReference, QStringLiteral("160527CH00T3L0GE"));
        QCOMPARE(tx[7].creditorReferences.first(), QStringLiteral("000000000002016030002820804"));
    }
    // ING: a batch debit of three payments with no TxDtls is one movement of the entry's
    // amount.
    {
        const QList<BankTransaction> tx =
            all(sample(QStringLiteral("nl_ing_camt053_v02_batch.xml")));
        QCOMPARE(tx[0].amount, Money::fromMinor(475374, Currency(QStringLiteral("EUR"))));
        QVERIFY(!tx[0].credit);
        QCOMPARE(tx[0].detailNo, 0);
        QCOMPARE(tx[1].amount, Money::fromMinor(268800, Currency(QStringLiteral("EUR"))));
    }
    // Three decimals: "8.850" EUR is 8.85.
    {
        const QList<BankTransaction> tx =
            all(sample(QStringLiteral("synthetic_genkgo_camt053_v02_five_decimals.xml")));
        QCOMPARE(tx[0].amount, Money::fromMinor(885, Currency(QStringLiteral("EUR"))));
    }
    // Lithuania: no booking dates and no status; minified (all on line 2); the account is an
    // Othr/Id; the entries take the statement's closing-balance date.
    {
        const BankFile f = sample(QStringLiteral("lt_camt053_v08_anon.xml"));
        const BankTransaction &t = f.statements[0].transactions[0];
        QCOMPARE(t.valueDate, QDate(2024, 4, 11));
        QCOMPARE(t.status, QStringLiteral("BOOK"));
        QCOMPARE(t.amount, Money::fromMinor(38864500, Currency(QStringLiteral("EUR"))));
        QCOMPARE(f.statements[1].transactions.size(), 0);
    }
    // Swiss grouped ESR credit: one entry, two payments with their structured references.
    {
        const QList<BankTransaction> tx =
            all(sample(QStringLiteral("ch_camt053_v04_txdtls_oca.xml")));
        QCOMPARE(tx[0].amount + tx[1].amount,
                 Money::fromMinor(348300, Currency(QStringLiteral("CHF"))));
        QCOMPARE(tx[0].creditorReferences.first(), QStringLiteral("302388292000011111111111111"));
    }
}

void tst_CamtReader::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused

    QTest::newRow("no decimals") << "50000"
                                 << "EUR" << qint64(5000000);
    QTest::newRow("one decimal") << "131.7"
                                 << "EUR" << qint64(13170);
    QTest::newRow("three, last zero") << "18.150"
                                      << "EUR" << qint64(1815);
    QTest::newRow("zero padded") << "000000000000099.92"
                                 << "EUR" << qint64(9992);
    QTest::newRow("yen") << "1500"
                         << "JPY" << qint64(1500);
    QTest::newRow("yen with .0") << "1500.0"
                                 << "JPY" << qint64(1500);
    QTest::newRow("dinar three") << "1.234"
                                 << "BHD" << qint64(1234);
    QTest::newRow("part of a cent") << "18.155"
                                    << "EUR" << qint64(-1);
    QTest::newRow("exponent") << "1e3"
                              << "EUR" << qint64(-1);
    QTest::newRow("negative") << "-5"
                              << "EUR" << qint64(-1);
    QTest::newRow("comma") << "12,50"
                           << "EUR" << qint64(-1);
    QTest::newRow("hex") << "0x10"
                         << "EUR" << qint64(-1);
    QTest::newRow("NaN") << "NaN"
                         << "EUR" << qint64(-1);
    QTest::newRow("empty") << ""
                           << "EUR" << qint64(-1);
    QTest::newRow("too big") << "99999999999999999999"
                             << "EUR" << qint64(-1);
    QTest::newRow("space inside") << "12 50"
                                  << "EUR" << qint64(-1);
}

void tst_CamtReader::amounts()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const std::optional<Money> m = CamtReader::parseAmount(text, Currency(currency));
    if (minor < 0) {
        QVERIFY(!m);
    } else {
        QVERIFY(m);
        QCOMPARE(m->minor(), minor);
    }
}

void tst_CamtReader::skips_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("problem"); // a part of the reason

    QTest::newRow("exponent") << credit("1e3") << "not an amount";
    QTest::newRow("negative") << credit("-5") << "not an amount";
    QTest::newRow("decimal comma") << credit("12,50") << "not an amount";
    QTest::newRow("missing Amt")
        << QByteArray("<CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt>")
        << "no amount";
    QTest::newRow("no currency") << QByteArray("<Amt>12.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>")
                                 << "currency";
    QTest::newRow("zero") << credit("0.00") << "zero";
    QTest::newRow("no direction")
        << QByteArray("<Amt Ccy=\"EUR\">1.00</Amt><BookgDt><Dt>2026-03-02</Dt></BookgDt>")
        << "direction";
    QTest::newRow("10 MB Ustrd") << credit("1.00", "<NtryDtls><TxDtls><RmtInf><Ustrd>" +
                                                       QByteArray(10 << 20, 'x') +
                                                       "</Ustrd></RmtInf></TxDtls></NtryDtls>")
                                 << "longer than";
}

void tst_CamtReader::skips()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, problem);
    const BankFile f = CamtReader::parse(statementWith(entry), QStringLiteral("bad.xml"));
    QCOMPARE(f.statements.size(), 1);
    QCOMPARE(f.statements[0].transactions.size(), 1);
    const BankTransaction &t = f.statements[0].transactions[0];
    QVERIFY2(t.problem.contains(problem), qPrintable(t.problem));
    QCOMPARE(t.line, 6);
}

void tst_CamtReader::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason"); // a part of the message
    QTest::addColumn<int>("line");

    QTest::newRow("empty") << QByteArray() << "empty" << 1;
    QTest::newRow("white space") << QByteArray("\n\n  \n") << "empty" << 1;
    QTest::newRow("csv") << QByteArray("date,amount\n2026-03-02,12.00\n") << "not well-formed" << 1;
    QTest::newRow("other root") << QByteArray("<?xml version=\"1.0\"?>\n<Invoice/>\n")
                                << "not an ISO 20022" << 2;
    QTest::newRow("wrong namespace")
        << statementWith(credit("1.00"), "urn:example:not-camt") << "not an ISO 20022" << 2;
    QTest::newRow("pain.001") << statementWith(credit("1.00"),
                                               "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03")
                              << "not an ISO 20022" << 2;
    QTest::newRow("truncated") << statementWith(credit("1.00")).left(300) << "truncated" << 6;
    QTest::newRow("XML bomb")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
                      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n"
                      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                      "&lol3;</Document>\n")
        << "DTD" << 6;
    QTest::newRow("no statement")
        << QByteArray("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
                      "<BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr></BkToCstmrStmt>\n"
                      "</Document>")
        << "no Stmt" << 2;
    QTest::newRow("no account")
        << QByteArray("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
                      "<BkToCstmrStmt>\n<Stmt><Id>1</Id></Stmt></BkToCstmrStmt></Document>")
        << "no account" << 3;
    QByteArray deep = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                      "<BkToCstmrStmt><Stmt><Ntry>";
    for (int i = 0; i < 100; ++i)
        deep += "<a>";
    QTest::newRow("nested 100 deep") << deep << "nested" << 1;
    QTest::newRow("text after the document") << statementWith(credit("1.00")) + "<Document/>"
                                             << "not well-formed" << 10;
}

void tst_CamtReader::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    QFETCH(int, line);
    try {
        CamtReader::parse(data, QStringLiteral("statement.xml"));
        QFAIL("parsed");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QStringLiteral("statement.xml: line %1: ").arg(line)),
                 qPrintable(e.message()));
    }
}

void tst_CamtReader::fingerprintsAreStable()
{
    const QByteArray data = statementWith(credit("12.00"));
    const BankTransaction a = CamtReader::parse(data).statements[0].transactions[0];
    const BankTransaction b = CamtReader::parse(data).statements[0].transactions[0];
    QCOMPARE(a.fingerprint, b.fingerprint);
    const BankTransaction c =
        CamtReader::parse(statementWith(credit("12.01"))).statements[0].transactions[0];
    QVERIFY(a.fingerprint != c.fingerprint);
    QCOMPARE(a.bankReference, QStringLiteral("B-1"));
    QCOMPARE(a.valueDate, QDate(2026, 3, 3));
    QCOMPARE(CamtReader::parse(data).statements[0].account,
             QStringLiteral("DE89370400440532013000"));
}

QTEST_GUILESS_MAIN(tst_CamtReader)
#include "tst_camtreader.moc"
