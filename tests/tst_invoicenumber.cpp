// Invoice numbers compare as a person reads them (InvoiceNumber::key), and of two schedules
// holding the same invoice the earlier one stands (Eligibility with BookedInvoice).
#include "eligibility.h"
#include "invoicenumber.h"

#include <QtTest>

using namespace FactorDesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, Currency(QStringLiteral("EUR")));
}

constexpr qint64 kDebtor = 10;

ScheduleLine line(const QString &no, int lineNo = 1, qint64 amount = 100000)
{
    ScheduleLine l;
    l.lineNo = lineNo;
    l.invoiceNo = no;
    l.debtorId = kDebtor;
    l.debtorCode = s("BIG");
    l.invoiceDate = QDate(2025, 2, 20);
    l.dueDate = QDate(2025, 3, 30);
    l.amount = eur(amount);
    l.currency = s("EUR");
    return l;
}

EligibilityInputs inputs(qint64 scheduleId)
{
    EligibilityInputs in;
    in.clientId = 1;
    in.scheduleId = scheduleId;
    in.scheduleDate = QDate(2025, 3, 1);
    in.agreement.advanceRate = Rate::fromPpm(900000);
    DebtorCreditState d;
    d.id = kDebtor;
    d.code = s("BIG");
    d.creditLimit = eur(100000000);
    in.debtors.insert(kDebtor, d);
    return in;
}

} // namespace

class tst_InvoiceNumber : public QObject
{
    Q_OBJECT
private slots:
    void sameInvoice_data();
    void sameInvoice();
    void otherInvoice_data();
    void otherInvoice();
    void spellingsInOneFile();
    void spellingInTheBooks();
    void earlierScheduleStands_data();
    void earlierScheduleStands();
    void strongerBookedLine();
    void asciiShortcutAgreesWithUnicode();
};

void tst_InvoiceNumber::sameInvoice_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("as typed") << s("INV-1");
    QTest::newRow("lower case") << s("inv-1");
    QTest::newRow("mixed case") << s("Inv-1");
    QTest::newRow("zero-width space") << s("INV\u200B-1");
    QTest::newRow("zero-width joiner") << s("IN\u200DV-1");
    QTest::newRow("word joiner") << s("INV-\u20601");
    QTest::newRow("BOM inside") << s("INV\uFEFF-1");
    QTest::newRow("BOM in front") << s("\uFEFFINV-1");
    QTest::newRow("soft hyphen") << s("IN\u00ADV-1");
    QTest::newRow("fullwidth letters") << s("ＩＮＶ-1");
    QTest::newRow("fullwidth all") << s("ＩＮＶ－１");
    QTest::newRow("unicode hyphen") << s("INV\u20101");
    QTest::newRow("non-breaking hyphen") << s("INV\u20111");
    QTest::newRow("en dash") << s("INV\u20131");
    QTest::newRow("em dash") << s("INV\u20141");
    QTest::newRow("minus sign") << s("INV\u22121");
    QTest::newRow("spaces around") << s("  INV-1 \t");
    QTest::newRow("no-break space around") << s("\u00A0INV-1\u00A0");
}

void tst_InvoiceNumber::sameInvoice()
{
    QFETCH(QString, typed);
    QCOMPARE(InvoiceNumber::key(typed), InvoiceNumber::key(s("INV-1")));
    QCOMPARE(InvoiceNumber::key(typed), s("inv-1"));
}

void tst_InvoiceNumber::otherInvoice_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("other digit") << s("INV-1") << s("INV-2");
    QTest::newRow("no dash") << s("INV-1") << s("INV1");
    QTest::newRow("dash and underscore") << s("INV-1") << s("INV_1");
    QTest::newRow("inner space kept") << s("INV 1") << s("INV1");
    QTest::newRow("leading zero") << s("INV-01") << s("INV-1");
}

void tst_InvoiceNumber::otherInvoice()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(InvoiceNumber::key(a) != InvoiceNumber::key(b));
    // Runs of white space inside are one space.
    QCOMPARE(InvoiceNumber::key(s("INV \t 1")), InvoiceNumber::key(s("INV 1")));
}

// Six spellings of one invoice in one file: the first stands, every other one is refused.
void tst_InvoiceNumber::spellingsInOneFile()
{
    QList<ScheduleLine> lines;
    const QStringList spellings{s("A-1"),       s("a-1"),  s("A\u200B-1"),
                                s("\uFEFFA-1"), s("Ａ-1"), s("A\u20101")};
    for (int i = 0; i < spellings.size(); ++i)
        lines << line(spellings[i], i + 1, 100000 + i);
    Eligibility::evaluate(inputs(0), lines);
    QVERIFY(!lines[0].hasCheck(CheckCode::duplicateInFile()));
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines[i].hasCheck(CheckCode::duplicateInFile()), qPrintable(spellings[i]));
        QVERIFY(lines[i].isRefused());
    }
}

void tst_InvoiceNumber::spellingInTheBooks()
{
    EligibilityInputs in = inputs(0);
    in.existingInvoiceNos.insert(InvoiceNumber::key(s("A-1")), BookedInvoice{5, false});
    QList<ScheduleLine> lines{line(s("a\u20111"))};
    Eligibility::evaluate(in, lines);
    QVERIFY(lines[0].hasCheck(CheckCode::duplicateInvoiceNo()));
}

// A booked line with the same debtor, date and amount counts against a schedule checked
// later; a later pending one does not count against an earlier schedule (that one is the
// possible duplicate); a bought one always counts. The live holder of an invoice number
// always counts, whatever schedule it is in.
void tst_InvoiceNumber::earlierScheduleStands_data()
{
    QTest::addColumn<qint64>("checked");
    QTest::addColumn<qint64>("booked");
    QTest::addColumn<bool>("bought");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("new schedule, booked pending") << qint64(0) << qint64(3) << false << true;
    QTest::newRow("later schedule, booked pending") << qint64(4) << qint64(3) << false << true;
    QTest::newRow("earlier schedule, booked pending") << qint64(2) << qint64(3) << false << false;
    QTest::newRow("earlier schedule, booked bought") << qint64(2) << qint64(3) << true << true;
}

void tst_InvoiceNumber::earlierScheduleStands()
{
    QFETCH(qint64, checked);
    QFETCH(qint64, booked);
    QFETCH(bool, bought);
    QFETCH(bool, duplicate);
    const ScheduleLine l = line(s("B-7"));
    {
        EligibilityInputs in = inputs(checked);
        in.existingDebtorDateAmount.insert(
            DebtorDateAmount{kDebtor, l.invoiceDate.toJulianDay(), l.amount.minor()},
            BookedInvoice{booked, bought});
        QList<ScheduleLine> lines{l};
        Eligibility::evaluate(in, lines);
        QCOMPARE(lines[0].hasCheck(CheckCode::duplicateDebtorDateAmount()), duplicate);
        QCOMPARE(lines[0].eligible.minor(), duplicate ? qint64(0) : l.amount.minor());
        QVERIFY(!lines[0].isRefused());
    }
    {
        EligibilityInputs in = inputs(checked);
        in.existingInvoiceNos.insert(InvoiceNumber::key(s("b-7")), BookedInvoice{booked, bought});
        QList<ScheduleLine> lines{l};
        Eligibility::evaluate(in, lines);
        QVERIFY(lines[0].hasCheck(CheckCode::duplicateInvoiceNo()));
        QVERIFY(lines[0].isRefused());
    }
}

// key() reads ASCII numbers without the Unicode passes: every ASCII character, alone, between
// letters, doubled and at the ends, gives what the Unicode passes give.
void tst_InvoiceNumber::asciiShortcutAgreesWithUnicode()
{
    QStringList samples = {QString(), QStringLiteral("INV-0042"), QStringLiteral("  a  B\tc "),
                           QStringLiteral("\r\nX\v\f-1")};
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString ch(QChar{c});
        samples << ch << QStringLiteral("Ab") + ch + QStringLiteral("Cd") << ch + ch
                << ch + QStringLiteral("Q") + ch;
    }
    for (const QString &s : std::as_const(samples))
        QVERIFY2(
            InvoiceNumber::key(s) == InvoiceNumber::unicodeKey(s),
            qPrintable(QStringLiteral("U+%1 in \"%2\"")
                           .arg(s.isEmpty() ? 0 : int(s.at(0).unicode()), 4, 16, QLatin1Char('0'))
                           .arg(s.toHtmlEscaped())));
    // Not ASCII: the Unicode passes.
    QCOMPARE(InvoiceNumber::key(QStringLiteral("ＩＮＶ\u2010１")), QStringLiteral("inv-1"));
}

void tst_InvoiceNumber::strongerBookedLine()
{
    const BookedInvoice early{2, false}, late{7, false}, boughtLate{9, true};
    QCOMPARE(BookedInvoice::stronger(early, late).scheduleId, qint64(2));
    QCOMPARE(BookedInvoice::stronger(late, early).scheduleId, qint64(2));
    QCOMPARE(BookedInvoice::stronger(early, boughtLate).scheduleId, qint64(9));
}

QTEST_GUILESS_MAIN(tst_InvoiceNumber)
#include "tst_invoicenumber.moc"
