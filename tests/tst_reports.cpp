#include "assignmentnotice.h"
#include "error.h"
#include "purchaseadvice.h"
#include "purchasefixture.h"
#include "settingsrepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

// The printed documents of a purchase: the purchase advice and the notices of assignment,
// built from funded schedules, checked in their text and written to PDF.
class tst_Reports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void advice_data();
    void advice();
    void advicePdf();
    void adviceCollection();
    void notices_data();
    void notices();
    void noticesPdf();
    void unwritablePath();

private:
    // Keeps a copy of a PDF when FACTORDESK_KEEP_REPORTS names a folder (to look at it).
    static void keep(const QString &path, const QString &name);
    const QLocale m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
};

void tst_Reports::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2026-03-02");
}

void tst_Reports::keep(const QString &path, const QString &name)
{
    const QString dir = qEnvironmentVariable("FACTORDESK_KEEP_REPORTS");
    if (dir.isEmpty())
        return;
    QFile::remove(dir + QLatin1Char('/') + name);
    QFile::copy(path, dir + QLatin1Char('/') + name);
}

void tst_Reports::advice_data()
{
    addEngineRows();
}

void tst_Reports::advice()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    SettingsRepository(books.db())
        .setValue(QStringLiteral("factor_name"), QStringLiteral("Northbank Factors plc"));
    const PurchaseFixture f = PurchaseFixture::create(books);
    // Seed 003: invoice 1,000,000.00 at 93 % advance and 2 % commission.
    ScheduleInputLine first = PurchaseFixture::line(
        QStringLiteral("INV-1001"), QStringLiteral("BUYER1"), QStringLiteral("1000000.00"));
    first.po = QStringLiteral("PO-4711");
    const qint64 id = f.buy(books, {first});
    const PurchaseAdviceData d = PurchaseAdvice::build(books.db(), id);
    QCOMPARE(d.client.name, QStringLiteral("Acme Tools Ltd"));
    QCOMPARE(d.factor.name, QStringLiteral("Northbank Factors plc"));
    QCOMPARE(d.lines.size(), 1);
    QCOMPARE(d.totals.face.minor(), qint64(100000000));
    QCOMPARE(d.totals.advance.minor(), qint64(93000000));
    QCOMPARE(d.totals.commission.minor(), qint64(2000000));
    QCOMPARE(d.totals.reserve.minor(), qint64(5000000));
    QCOMPARE(d.fundingDate, f.date);

    const auto doc = PurchaseAdvice::document(d, m_locale);
    const QString text = doc->toPlainText();
    for (const QString &expected :
         {QStringLiteral("Purchase advice"), QStringLiteral("Northbank Factors plc"),
          QStringLiteral("Acme Tools Ltd"), d.scheduleNumber, QStringLiteral("INV-1001"),
          QStringLiteral("Buyer One GmbH"), QStringLiteral("1,000,000.00"),
          QStringLiteral("930,000.00"), QStringLiteral("20,000.00"), QStringLiteral("50,000.00"),
          QStringLiteral("Net payment to you"), QStringLiteral("02/03/2026"),
          QStringLiteral("PO-4711")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // The settlement reads down the page as a sum: face, commission, reserve, advance, charges,
    // net payment.
    qsizetype at = 0;
    for (const QString &step :
         {QStringLiteral("Face value of the invoices bought"), QStringLiteral("Less commission"),
          QStringLiteral("Less reserve held"), QStringLiteral("Advance ("),
          QStringLiteral("Less charges"), QStringLiteral("Net payment to you")}) {
        const qsizetype next = text.indexOf(step, at);
        QVERIFY2(next > at, qPrintable(step));
        at = next;
    }
}

void tst_Reports::advicePdf()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books);
    QList<ScheduleInputLine> lines;
    for (int i = 1; i <= 40; ++i)
        lines << PurchaseFixture::line(
            QStringLiteral("INV-%1").arg(2000 + i),
            i % 3 ? QStringLiteral("BUYER1") : QStringLiteral("BUYER2"),
            QStringLiteral("%1.%2").arg(1000 + 37 * i).arg(i % 100, 2, 10, QLatin1Char('0')));
    const qint64 id = f.buy(books, lines);
    const PurchaseAdviceData d = PurchaseAdvice::build(books.db(), id);
    // Totals equal the sum of the lines.
    Money face, advance, commission, reserve;
    for (const ScheduleLine &l : d.lines) {
        face += l.amount;
        advance += l.advance;
        commission += l.commission;
        reserve += l.reserve;
        QCOMPARE(l.advance + l.commission + l.reserve, l.amount);
    }
    QCOMPARE(d.totals.face, face);
    QCOMPARE(d.totals.advance, advance);
    QCOMPARE(d.totals.commission, commission);
    QCOMPARE(d.totals.reserve, reserve);

    QTemporaryDir dir;
    const QString path = dir.filePath(PurchaseAdvice::suggestedFileName(d));
    QVERIFY(path.endsWith(QStringLiteral(".pdf")));
    PurchaseAdvice::writePdf(d, path, m_locale);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 5000);
    keep(path, QStringLiteral("purchase-advice.pdf"));

    const QString text = PurchaseAdvice::document(d, m_locale)->toPlainText();
    QVERIFY(text.contains(face.toLocaleString(m_locale)));
    QVERIFY(text.contains(advance.toLocaleString(m_locale)));
    QVERIFY(text.contains(reserve.toLocaleString(m_locale)));
}

void tst_Reports::adviceCollection()
{
    TestBooks books;
    const PurchaseFixture f = PurchaseFixture::create(books, true, Arrangement::Collection);
    const qint64 id =
        f.buy(books, {PurchaseFixture::line(QStringLiteral("C-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("500.00"))});
    const PurchaseAdviceData d = PurchaseAdvice::build(books.db(), id);
    QCOMPARE(d.arrangement, Arrangement::Collection);
    QCOMPARE(d.totals.advance.minor(), qint64(0));
    const QString text = PurchaseAdvice::document(d, m_locale)->toPlainText();
    QVERIFY(text.contains(QStringLiteral("collection arrangement")));
}

void tst_Reports::notices_data()
{
    QTest::addColumn<bool>("notified");
    QTest::addColumn<int>("letters");
    QTest::newRow("notified client") << true << 2;
    QTest::newRow("confidential client") << false << 0;
}

void tst_Reports::notices()
{
    QFETCH(bool, notified);
    QFETCH(int, letters);
    TestBooks books;
    SettingsRepository settings(books.db());
    settings.setValue(QStringLiteral("factor_name"), QStringLiteral("Northbank Factors plc"));
    settings.setValue(QStringLiteral("factor_bank_account"),
                      QStringLiteral("GB33BUKB20201555555555"));
    const PurchaseFixture f = PurchaseFixture::create(books, notified);
    const qint64 id =
        f.buy(books, {PurchaseFixture::line(QStringLiteral("N-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1200.00")),
                      PurchaseFixture::line(QStringLiteral("N-2"), QStringLiteral("BUYER2"),
                                            QStringLiteral("800.00")),
                      PurchaseFixture::line(QStringLiteral("N-3"), QStringLiteral("BUYER1"),
                                            QStringLiteral("300.00"))});
    const QList<AssignmentNoticeData> all = AssignmentNotice::buildForSchedule(books.db(), id);
    QCOMPARE(all.size(), letters);
    if (!letters)
        return;
    const AssignmentNoticeData &one =
        all.first().debtor.code == QStringLiteral("BUYER1") ? all.first() : all.last();
    QCOMPARE(one.invoices.size(), 2);
    const QString text = AssignmentNotice::document({one}, m_locale)->toPlainText();
    for (const QString &expected :
         {QStringLiteral("Notice of assignment"), QStringLiteral("Buyer One GmbH"),
          QStringLiteral("Acme Tools Ltd"), QStringLiteral("Northbank Factors plc"),
          QStringLiteral("assigned"), QStringLiteral("GB33 BUKB 2020 1555 5555 55"),
          QStringLiteral("N-1"), QStringLiteral("N-3"), QStringLiteral("1,500.00")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QVERIFY(!text.contains(QStringLiteral("N-2")));

    // A second schedule on the same debtors sends no new notices.
    const qint64 again =
        f.buy(books, {PurchaseFixture::line(QStringLiteral("N-4"), QStringLiteral("BUYER1"),
                                            QStringLiteral("100.00"))});
    QCOMPARE(AssignmentNotice::buildForSchedule(books.db(), again).size(), 0);
}

void tst_Reports::noticesPdf()
{
    TestBooks books;
    SettingsRepository settings(books.db());
    settings.setValue(QStringLiteral("factor_name"), QStringLiteral("Northbank Factors plc"));
    settings.setValue(QStringLiteral("factor_address"),
                      QStringLiteral("1 King William Street\nLondon EC4N 7AR"));
    settings.setValue(QStringLiteral("factor_bank_account"),
                      QStringLiteral("GB33BUKB20201555555555"));
    settings.setValue(QStringLiteral("factor_bank_name"), QStringLiteral("Barclays Bank"));
    const PurchaseFixture f = PurchaseFixture::create(books);
    const qint64 id =
        f.buy(books, {PurchaseFixture::line(QStringLiteral("P-1"), QStringLiteral("BUYER1"),
                                            QStringLiteral("1200.00")),
                      PurchaseFixture::line(QStringLiteral("P-2"), QStringLiteral("BUYER2"),
                                            QStringLiteral("800.00"))});
    const auto letters = AssignmentNotice::buildForSchedule(books.db(), id);
    QCOMPARE(letters.size(), 2);
    QTemporaryDir dir;
    const QString path =
        dir.filePath(AssignmentNotice::suggestedFileName(letters.first().scheduleNumber));
    AssignmentNotice::writePdf(letters, path, m_locale);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
    keep(path, QStringLiteral("assignment-notices.pdf"));
    // The country as a name, not its code.
    QVERIFY(letters.first().debtor.address.endsWith(QStringLiteral("Germany")));
    QCOMPARE(AssignmentNotice::countryName(QStringLiteral("fr")), QStringLiteral("France"));
    QCOMPARE(AssignmentNotice::countryName(QStringLiteral("Atlantis")), QStringLiteral("Atlantis"));
    // Each letter counts its own pages.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess p;
    p.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished());
    const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(pdfText.count(QStringLiteral("Page 1 of 1")), 2);
    QVERIFY(!pdfText.contains(QStringLiteral("of 2")));
}

void tst_Reports::unwritablePath()
{
    PurchaseAdviceData d;
    d.scheduleNumber = QStringLiteral("S-1");
    d.currency = QStringLiteral("EUR");
    try {
        PurchaseAdvice::writePdf(d, QStringLiteral("/nonexistent-folder/advice.pdf"), m_locale);
        QFAIL("no error");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY(e.message().contains(QStringLiteral("/nonexistent-folder/advice.pdf")));
    }
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
