#include "iban.h"

#include "error.h"

#include <QHash>

namespace FactorDesk {

namespace {

// SWIFT IBAN registry: the length of a country's IBAN.
const QHash<QString, int> &lengths()
{
    static const QHash<QString, int> table = {
        {QStringLiteral("AD"), 24}, {QStringLiteral("AE"), 23}, {QStringLiteral("AL"), 28},
        {QStringLiteral("AT"), 20}, {QStringLiteral("AZ"), 28}, {QStringLiteral("BA"), 20},
        {QStringLiteral("BE"), 16}, {QStringLiteral("BG"), 22}, {QStringLiteral("BH"), 22},
        {QStringLiteral("BR"), 29}, {QStringLiteral("BY"), 28}, {QStringLiteral("CH"), 21},
        {QStringLiteral("CR"), 22}, {QStringLiteral("CY"), 28}, {QStringLiteral("CZ"), 24},
        {QStringLiteral("DE"), 22}, {QStringLiteral("DK"), 18}, {QStringLiteral("DO"), 28},
        {QStringLiteral("EE"), 20}, {QStringLiteral("EG"), 29}, {QStringLiteral("ES"), 24},
        {QStringLiteral("FI"), 18}, {QStringLiteral("FO"), 18}, {QStringLiteral("FR"), 27},
        {QStringLiteral("GB"), 22}, {QStringLiteral("GE"), 22}, {QStringLiteral("GI"), 23},
        {QStringLiteral("GL"), 18}, {QStringLiteral("GR"), 27}, {QStringLiteral("GT"), 28},
        {QStringLiteral("HR"), 21}, {QStringLiteral("HU"), 28}, {QStringLiteral("IE"), 22},
        {QStringLiteral("IL"), 23}, {QStringLiteral("IQ"), 23}, {QStringLiteral("IS"), 26},
        {QStringLiteral("IT"), 27}, {QStringLiteral("JO"), 30}, {QStringLiteral("KW"), 30},
        {QStringLiteral("KZ"), 20}, {QStringLiteral("LB"), 28}, {QStringLiteral("LC"), 32},
        {QStringLiteral("LI"), 21}, {QStringLiteral("LT"), 20}, {QStringLiteral("LU"), 20},
        {QStringLiteral("LV"), 21}, {QStringLiteral("LY"), 25}, {QStringLiteral("MC"), 27},
        {QStringLiteral("MD"), 24}, {QStringLiteral("ME"), 22}, {QStringLiteral("MK"), 19},
        {QStringLiteral("MR"), 27}, {QStringLiteral("MT"), 31}, {QStringLiteral("MU"), 30},
        {QStringLiteral("NL"), 18}, {QStringLiteral("NO"), 15}, {QStringLiteral("PK"), 24},
        {QStringLiteral("PL"), 28}, {QStringLiteral("PS"), 29}, {QStringLiteral("PT"), 25},
        {QStringLiteral("QA"), 29}, {QStringLiteral("RO"), 24}, {QStringLiteral("RS"), 22},
        {QStringLiteral("SA"), 24}, {QStringLiteral("SC"), 31}, {QStringLiteral("SD"), 18},
        {QStringLiteral("SE"), 24}, {QStringLiteral("SI"), 19}, {QStringLiteral("SK"), 24},
        {QStringLiteral("SM"), 27}, {QStringLiteral("ST"), 25}, {QStringLiteral("SV"), 28},
        {QStringLiteral("TL"), 23}, {QStringLiteral("TN"), 24}, {QStringLiteral("TR"), 26},
        {QStringLiteral("UA"), 29}, {QStringLiteral("VA"), 22}, {QStringLiteral("VG"), 24},
        {QStringLiteral("XK"), 20},
    };
    return table;
}

bool isAsciiLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int mod97(const QString &digitsAndLetters)
{
    int remainder = 0;
    for (QChar c : digitsAndLetters) {
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
    }
    return remainder;
}

} // namespace

QString Iban::fromBban(const QString &countryCode, const QString &bban)
{
    const QString country = countryCode.toUpper();
    const QString b = compact(bban);
    const int check = 98 - mod97(b + country + QStringLiteral("00"));
    return country + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0')) + b;
}

QString Iban::compact(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            s += c.toUpper();
    return s;
}

bool Iban::looksLikeIban(const QString &text)
{
    const QString s = compact(text);
    return s.size() >= 4 && isAsciiLetter(s[0]) && isAsciiLetter(s[1]) && isAsciiDigit(s[2]) &&
           isAsciiDigit(s[3]);
}

int Iban::countryLength(const QString &countryCode)
{
    return lengths().value(countryCode.toUpper(), 0);
}

Iban::Status Iban::check(const QString &text)
{
    if (!looksLikeIban(text))
        return Status::NotIban;
    const QString s = compact(text);
    for (QChar c : s)
        if (!isAsciiLetter(c) && !isAsciiDigit(c))
            return Status::BadCharacters;
    const int expected = countryLength(s.left(2));
    if (expected ? s.size() != expected : (s.size() < 15 || s.size() > 34))
        return Status::BadLength;
    // ISO 7064 mod 97-10: the first four characters move to the end, letters become 10..35,
    // and the whole number must leave 1. Computed digit by digit so no big integer is needed.
    const int remainder = mod97(s.mid(4) + s.left(4));
    const int checkDigits = s.mid(2, 2).toInt();
    if (remainder != 1 || checkDigits < 2 || checkDigits > 98)
        return Status::BadCheckDigits;
    return Status::Valid;
}

QString Iban::format(const QString &text)
{
    if (!looksLikeIban(text))
        return text.trimmed();
    const QString s = compact(text);
    QStringList groups;
    for (qsizetype i = 0; i < s.size(); i += 4)
        groups << s.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString Iban::problem(const QString &text, Status status)
{
    const QString s = compact(text);
    switch (status) {
    case Status::NotIban:
    case Status::Valid:
        return {};
    case Status::BadCharacters:
        return tr("\"%1\" looks like an IBAN but holds characters other than letters and digits.")
            .arg(text.trimmed());
    case Status::BadLength: {
        const int expected = countryLength(s.left(2));
        if (expected)
            return tr("\"%1\" looks like an IBAN of %2, which has %3 characters, not %4.")
                .arg(text.trimmed(), s.left(2))
                .arg(expected)
                .arg(s.size());
        return tr("\"%1\" looks like an IBAN but has %2 characters (an IBAN has 15 to 34).")
            .arg(text.trimmed())
            .arg(s.size());
    }
    case Status::BadCheckDigits:
        return tr("\"%1\" looks like an IBAN but its check digits are wrong (a typing error?).")
            .arg(text.trimmed());
    }
    return {};
}

QString Iban::normalizeOrThrow(const QString &text, const QString &field)
{
    const Status status = check(text);
    if (status == Status::NotIban)
        return text.trimmed();
    if (status != Status::Valid)
        throw Error(Error::Kind::Validation, tr("%1: %2").arg(field, problem(text, status)), field);
    return compact(text);
}

} // namespace FactorDesk
