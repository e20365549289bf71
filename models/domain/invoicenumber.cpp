#include "invoicenumber.h"

namespace FactorDesk {

QString InvoiceNumber::key(const QString &number)
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
