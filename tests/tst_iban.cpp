#include "error.h"
#include "iban.h"

#include <QtTest>

using namespace FactorDesk;

class tst_Iban : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void oneDigitChanged_data();
    void oneDigitChanged();
    void normalize_data();
    void normalize();
    void fromBban_data();
    void fromBban();
    void refusalNamesField();
    void format();
};

Q_DECLARE_METATYPE(FactorDesk::Iban::Status)

void tst_Iban::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Iban::Status>("status");
    // The registry's own examples.
    QTest::newRow("DE") << "DE89370400440532013000" << Iban::Status::Valid;
    QTest::newRow("GB") << "GB29NWBK60161331926819" << Iban::Status::Valid;
    QTest::newRow("FR") << "FR1420041010050500013M02606" << Iban::Status::Valid;
    QTest::newRow("NL") << "NL91ABNA0417164300" << Iban::Status::Valid;
    QTest::newRow("BE") << "BE68539007547034" << Iban::Status::Valid;
    QTest::newRow("AT") << "AT611904300234573201" << Iban::Status::Valid;
    QTest::newRow("CH") << "CH9300762011623852957" << Iban::Status::Valid;
    QTest::newRow("NO shortest") << "NO9386011117947" << Iban::Status::Valid;
    QTest::newRow("printed with spaces") << "DE89 3704 0044 0532 0130 00" << Iban::Status::Valid;
    QTest::newRow("lower case") << "gb29 nwbk 6016 1331 9268 19" << Iban::Status::Valid;
    QTest::newRow("surrounding blanks") << "  NL91ABNA0417164300 " << Iban::Status::Valid;
    QTest::newRow("DE too short") << "DE8937040044053201300" << Iban::Status::BadLength;
    QTest::newRow("DE too long") << "DE893704004405320130000" << Iban::Status::BadLength;
    QTest::newRow("NL too long") << "NL91ABNA04171643001" << Iban::Status::BadLength;
    QTest::newRow("GB too short") << "GB29NWBK6016133192681" << Iban::Status::BadLength;
    QTest::newRow("unknown country, too short") << "XY12345678901" << Iban::Status::BadLength;
    QTest::newRow("hyphens") << "DE89-3704-0044-0532-0130-00" << Iban::Status::BadCharacters;
    QTest::newRow("check digits 00") << "GB00NWBK60161331926819" << Iban::Status::BadCheckDigits;
    QTest::newRow("swapped digits") << "DE89370400440532031000" << Iban::Status::BadCheckDigits;
    QTest::newRow("account number") << "0532013000" << Iban::Status::NotIban;
    QTest::newRow("US routing") << "ABA 021000021 acct 4455667788" << Iban::Status::NotIban;
    QTest::newRow("three letters") << "ABC1234567" << Iban::Status::NotIban;
    QTest::newRow("empty") << "" << Iban::Status::NotIban;
}

void tst_Iban::check()
{
    QFETCH(QString, text);
    QFETCH(Iban::Status, status);
    QCOMPARE(Iban::check(text), status);
    QCOMPARE(Iban::problem(text, Iban::check(text)).isEmpty(),
             status == Iban::Status::Valid || status == Iban::Status::NotIban);
}

void tst_Iban::oneDigitChanged_data()
{
    QTest::addColumn<QString>("iban");
    QTest::newRow("DE") << "DE89370400440532013000";
    QTest::newRow("GB") << "GB29NWBK60161331926819";
    QTest::newRow("FR") << "FR1420041010050500013M02606";
    QTest::newRow("NL") << "NL91ABNA0417164300";
}

void tst_Iban::oneDigitChanged()
{
    // Mod 97 catches every single changed digit, wherever it is, check digits included.
    QFETCH(QString, iban);
    for (int i = 2; i < iban.size(); ++i) {
        if (!iban[i].isDigit())
            continue;
        QString changed = iban;
        changed[i] = QChar(u'0' + (iban[i].digitValue() + 1) % 10);
        QCOMPARE(Iban::check(changed), Iban::Status::BadCheckDigits);
    }
}

void tst_Iban::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::newRow("IBAN compact") << "de89 3704 0044 0532 0130 00"
                                  << "DE89370400440532013000";
    QTest::newRow("IBAN tabs") << "\tGB29 NWBK\t6016 1331 9268 19"
                               << "GB29NWBK60161331926819";
    QTest::newRow("other account as text") << "  Acct 123-456 / Sort 20-00-00 "
                                           << "Acct 123-456 / Sort 20-00-00";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_Iban::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QCOMPARE(Iban::normalizeOrThrow(text, QStringLiteral("bank account")), stored);
}

void tst_Iban::fromBban_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("bban");
    QTest::addColumn<QString>("iban");
    QTest::newRow("DE") << "DE"
                        << "370400440532013000"
                        << "DE89370400440532013000";
    QTest::newRow("GB") << "GB"
                        << "NWBK60161331926819"
                        << "GB29NWBK60161331926819";
    QTest::newRow("NL") << "nl"
                        << "ABNA 0417 1643 00"
                        << "NL91ABNA0417164300";
}

void tst_Iban::fromBban()
{
    QFETCH(QString, country);
    QFETCH(QString, bban);
    QFETCH(QString, iban);
    QCOMPARE(Iban::fromBban(country, bban), iban);
    QCOMPARE(Iban::check(iban), Iban::Status::Valid);
}

void tst_Iban::refusalNamesField()
{
    try {
        Iban::normalizeOrThrow(QStringLiteral("DE89 3704 0044 0532 0130 01"),
                               QStringLiteral("bank account"));
        QFAIL("a wrong check digit was accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.field(), QStringLiteral("bank account"));
        QVERIFY2(e.message().contains(QLatin1String("check digits")), qPrintable(e.message()));
    }
    try {
        Iban::normalizeOrThrow(QStringLiteral("DE89 3704 0044 0532 0130"),
                               QStringLiteral("bank account"));
        QFAIL("a short IBAN was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("22")), qPrintable(e.message()));
    }
}

void tst_Iban::format()
{
    QCOMPARE(Iban::format(QStringLiteral("DE89370400440532013000")),
             QStringLiteral("DE89 3704 0044 0532 0130 00"));
    QCOMPARE(Iban::format(QStringLiteral(" 12345 ")), QStringLiteral("12345"));
}

QTEST_GUILESS_MAIN(tst_Iban)
#include "tst_iban.moc"
