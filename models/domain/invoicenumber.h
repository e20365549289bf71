#pragma once

#include <QString>

namespace FactorDesk {

// An invoice number as a person reads it, for telling whether two lines are the same invoice.
// The key is what the duplicate checks compare and what the database's "one client + invoice
// number among live lines" index holds (invoices.invoice_key); the number itself is stored and
// shown as it was typed.
//
// key(): Unicode NFKC (fullwidth "ＩＮＶ" becomes "INV", ligatures and compatibility forms
// fold), invisible format characters dropped (zero-width space, joiners, word joiner, BOM,
// soft hyphen, bidi marks: every character of category Cf), every dash punctuation (category
// Pd: hyphen, en and em dash, minus-like dashes) and the minus sign read as '-', case folded,
// runs of white space made one space and the ends trimmed. Pure and stable: the same text
// always gives the same key, so a key stored years ago still matches.
class InvoiceNumber
{
public:
    static QString key(const QString &number);
    // The same key through the Unicode passes alone, whatever the text: key() takes a shortcut
    // for numbers written in ASCII and must give exactly what this gives.
    static QString unicodeKey(const QString &number);
};

} // namespace FactorDesk
