// The pain.001 writer (models/io/painwriter): both versions validate against their published
// schemas (libxml2, BankFileSchema), one PmtInf per currency, amounts in the currency's
// decimals, ids as given.
#include "bankfileschema.h"
#include "error.h"
#include "painwriter.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace FactorDesk;

namespace {

Money amount(qint64 minor, const char *currency)
{
    return Money::fromMinor(minor, Currency(QString::fromLatin1(currency)));
}

PainMessage sample(const QString &version)
{
    PainMessage m;
    m.version = version;
    m.messageId = QStringLiteral("FD-RUN-20260301-000001");
    m.created = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    m.executionDate = QDate(2026, 3, 2);
    m.debtor =
        PainParty{QStringLiteral("Factor & Co <Bank>"), QStringLiteral("DE89370400440532013000")};
    m.transfers << PainTransfer{QStringLiteral("FD-R1-P1"), amount(93000000, "EUR"),
                                PainParty{QStringLiteral("ACME GmbH"),
                                          QStringLiteral("DE02120300000000202051")},
                                QStringLiteral("Advance schedule S-000001")}
                << PainTransfer{QStringLiteral("FD-R1-P2"), amount(125000, "JPY"),
                                PainParty{QStringLiteral("Yen KK"),
                                          QStringLiteral("GB29NWBK60161331926819")},
                                QString()}
                << PainTransfer{QStringLiteral("FD-R1-P3"), amount(5, "EUR"),
                                PainParty{QStringLiteral("Beta"),
                                          QStringLiteral("FR1420041010050500013M02606")},
                                QStringLiteral("Reserve release BETA")};
    return m;
}

QStringList texts(const QByteArray &xml, const QString &element)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            out << r.readElementText(QXmlStreamReader::IncludeChildElements);
    return out;
}

} // namespace

class tst_PainWriter : public QObject
{
    Q_OBJECT
private slots:
    void validatesAgainstSchema_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("03") << QStringLiteral("pain.001.001.03");
        QTest::newRow("09") << QStringLiteral("pain.001.001.09");
    }
    void validatesAgainstSchema()
    {
        QFETCH(QString, version);
        const QByteArray xml = PainWriter::write(sample(version));
        QVERIFY(BankFileSchema::versions().contains(version));
        const QStringList findings = BankFileSchema::check(xml, version, 20);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n')) +
                                                QLatin1Char('\n') + QString::fromUtf8(xml)));
        QVERIFY(xml.contains("urn:iso:std:iso:20022:tech:xsd:" + version.toLatin1()));
    }

    void groupsByCurrency_data() { validatesAgainstSchema_data(); }
    void groupsByCurrency()
    {
        QFETCH(QString, version);
        const QByteArray xml = PainWriter::write(sample(version));
        QCOMPARE(texts(xml, QStringLiteral("PmtInfId")),
                 QStringList({QStringLiteral("FD-RUN-20260301-000001-EUR"),
                              QStringLiteral("FD-RUN-20260301-000001-JPY")}));
        QCOMPARE(texts(xml, QStringLiteral("MsgId")),
                 QStringList{QStringLiteral("FD-RUN-20260301-000001")});
        QCOMPARE(texts(xml, QStringLiteral("EndToEndId")),
                 QStringList({QStringLiteral("FD-R1-P1"), QStringLiteral("FD-R1-P3"),
                              QStringLiteral("FD-R1-P2")}));
        QCOMPARE(texts(xml, QStringLiteral("InstdAmt")),
                 QStringList({QStringLiteral("930000.00"), QStringLiteral("0.05"),
                              QStringLiteral("125000")}));
        // Group header: 3 transfers; per PmtInf: 2 and 1.
        QCOMPARE(texts(xml, QStringLiteral("NbOfTxs")),
                 QStringList({QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(texts(xml, QStringLiteral("CtrlSum")),
                 QStringList({QStringLiteral("1055000.05"), QStringLiteral("930000.05"),
                              QStringLiteral("125000")}));
        QCOMPARE(texts(xml, QStringLiteral("IBAN")).first(),
                 QStringLiteral("DE89370400440532013000"));
        // Escaped, not broken.
        QVERIFY(xml.contains("Factor &amp; Co &lt;Bank&gt;"));
    }

    void refusesWhatCannotBeWritten()
    {
        PainMessage none = sample(QStringLiteral("pain.001.001.03"));
        none.transfers.clear();
        QVERIFY_THROWS_EXCEPTION(Error, PainWriter::write(none));
        PainMessage zero = sample(QStringLiteral("pain.001.001.03"));
        zero.transfers[0].amount = amount(0, "EUR");
        QVERIFY_THROWS_EXCEPTION(Error, PainWriter::write(zero));
        PainMessage longId = sample(QStringLiteral("pain.001.001.03"));
        longId.transfers[0].endToEndId = QString(36, QLatin1Char('X'));
        QVERIFY_THROWS_EXCEPTION(Error, PainWriter::write(longId));
        PainMessage v = sample(QStringLiteral("pain.001.001.05"));
        QVERIFY_THROWS_EXCEPTION(Error, PainWriter::write(v));
    }

    void sameInputSameFile()
    {
        const PainMessage m = sample(QStringLiteral("pain.001.001.09"));
        QCOMPARE(PainWriter::write(m), PainWriter::write(m));
    }
};

QTEST_GUILESS_MAIN(tst_PainWriter)
#include "tst_painwriter.moc"
