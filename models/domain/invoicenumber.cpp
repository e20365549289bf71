#include "invoicenumber.h"

namespace FactorDesk {

namespace {

// The key of a number written in ASCII alone (nearly all of them), without the Unicode passes:
// NFKC and case folding leave ASCII as it is but for A–Z, no ASCII character is invisible
// (Other_Format), and the only ASCII dash is '-'. Spaces are trimmed and runs of them made one.
bool asciiKey(const QString &number, QString &out)
{
    out.reserve(number.size());
    bool pendingSpace = false;
    for (const QChar ch : number) {
        const char16_t c = ch.unicode();
        if (c >= 0x80)
            return false;
        if (c == u' ' || (c >= 0x09 && c <= 0x0d)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += (c >= u'A' && c <= u'Z') ? QChar(char16_t(c + 32)) : ch;
    }
    return true;
}

} // namespace

QString InvoiceNumber::key(const QString &number)
{
    if (QString ascii; asciiKey(number, ascii))
        return ascii;
    return unicodeKey(number);
}

QString InvoiceNumber::unicodeKey(const QString &number)
{
    const QString nfkc = number.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < nfkc.size(); ++i) {
        char32_t c = nfkc.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < nfkc.size() &&
            QChar::isLowSurrogate(nfkc.at(i + 1).unicode())) {
            c = QChar::surrogateToUcs4(nfkc.at(i), nfkc.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Format)
            continue; // invisible: U+200B..U+200D, U+2060, U+FEFF, U+00AD, bidi marks
        if (QChar::isSpace(c) || category == QChar::Separator_Space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (category == QChar::Punctuation_Dash || c == U'\u2212') {
            out += QLatin1Char('-');
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    // Case folding after the dashes and spaces are settled; NFKC once more because folding can
    // undo it (for example U+1E9E capital sharp s folds to "ss").
    return out.toCaseFolded().normalized(QString::NormalizationForm_KC);
}

} // namespace FactorDesk
