#pragma once

#include <QCoreApplication>
#include <QString>

namespace FactorDesk {

// International bank account numbers (ISO 13616). The factor pays clients to many kinds of
// account, so only text that looks like an IBAN (two letters and two digits at the start, once
// spaces are removed) is checked; anything else is kept as free text. A checked IBAN must have
// its country's length (SWIFT IBAN registry; 15 to 34 characters for countries not in the
// table) and check digits that pass the mod-97 test.
class Iban
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Iban)
public:
    enum class Status { NotIban, Valid, BadCharacters, BadLength, BadCheckDigits };

    // Upper case, spaces removed ("de89 3704…" -> "DE893704…").
    static QString compact(const QString &text);
    // True when the compact text starts with two letters and two digits.
    static bool looksLikeIban(const QString &text);
    static Status check(const QString &text);
    // The registered length for a country code, 0 when the country is not in the table.
    static int countryLength(const QString &countryCode);
    // "DE89 3704 0044 0532 0130 00": groups of four, as printed on paper.
    static QString format(const QString &text);
    // What the user typed, ready to store: an IBAN compact, any other account number
    // trimmed. Throws Error(Validation) naming `field` when it looks like an IBAN but is not one.
    static QString normalizeOrThrow(const QString &text, const QString &field);
    // The IBAN of a domestic account: computes the check digits for `countryCode` + `bban`
    // (ISO 7064 mod 97-10) and returns the compact IBAN.
    static QString fromBban(const QString &countryCode, const QString &bban);
    // A translated sentence explaining `status` for `text` (empty for Valid and NotIban).
    static QString problem(const QString &text, Status status);
};

} // namespace FactorDesk
