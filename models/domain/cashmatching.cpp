#include "cashmatching.h"

#include <QRegularExpression>
#include <QSet>

namespace FactorDesk {

QString CashMatching::matchKey(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool inDigits = false;
    bool leading = false; // in a digit run that has only shown zeros so far
    for (const QChar c : folded) {
        if (c.isDigit()) {
            const QChar d = QChar(u'0' + c.digitValue());
            if (!inDigits) {
                inDigits = true;
                leading = true;
            }
            if (leading && d == u'0')
                continue;
            leading = false;
            out += d;
        } else {
            if (inDigits && leading)
                out += u'0'; // the run was all zeros: keep one
            inDigits = false;
            if (c.isLetter())
                out += c.toUpper();
        }
    }
    if (inDigits && leading)
        out += u'0';
    return out;
}

QStringList CashMatching::candidateKeys(const QStringList &structured, const QStringList &freeText,
                                        int limit)
{
    QStringList keys;
    QSet<QString> seen;
    const auto add = [&](const QString &text) {
        const QString k = matchKey(text);
        if (k.size() < 3 || keys.size() >= limit || seen.contains(k))
            return;
        bool digit = false;
        for (const QChar c : k)
            digit |= c.isDigit();
        if (!digit)
            return;
        seen.insert(k);
        keys << k;
    };
    static const QRegularExpression rf(QStringLiteral("^RF\\d\\d"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QString &s : structured) {
        add(s);
        const QString compact = s.simplified().remove(QLatin1Char(' '));
        if (rf.match(compact).hasMatch())
            add(compact.mid(4));
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,;:()\\[\\]{}<>\"'|+]+"));
    for (const QString &t : freeText) {
        QStringList words = t.split(separators, Qt::SkipEmptyParts);
        for (QString &w : words) // "Nr.4711." → "Nr.4711"
            while (!w.isEmpty() && (w.endsWith(QLatin1Char('.')) || w.endsWith(QLatin1Char('/'))))
                w.chop(1);
        for (qsizetype i = 0; i < words.size(); ++i) {
            add(words[i]);
            if (i + 1 < words.size())
                add(words[i] + words[i + 1]);
        }
    }
    return keys;
}

namespace {

QList<CashAllocation> spread(Money &left, const QList<OpenInvoice> &invoices, const QString &rule)
{
    QList<CashAllocation> out;
    for (const OpenInvoice &i : invoices) {
        if (!left.isPositive())
            break;
        if (!i.open.isPositive())
            continue;
        const Money part = i.open < left ? i.open : left;
        out.append({i.id, part, rule});
        left -= part;
    }
    return out;
}

} // namespace

CashMatch CashMatching::match(Money amount, qint64 debtorId, const QList<OpenInvoice> &named,
                              const QList<OpenInvoice> &ambiguous,
                              const QList<OpenInvoice> &debtorOpen)
{
    CashMatch m;
    m.debtorId = debtorId;
    Money left = amount;
    // 1. The references name invoices.
    if (!named.isEmpty()) {
        m.applied = spread(left, named, QStringLiteral("reference"));
        if (!m.debtorId && !named.isEmpty())
            m.debtorId = named.first().debtorId;
        m.unapplied = left;
        m.outcome =
            m.applied.isEmpty() ? CashMatch::Outcome::Unapplied : CashMatch::Outcome::Applied;
        return m;
    }
    if (!ambiguous.isEmpty()) {
        m.suggested = spread(left, ambiguous, QStringLiteral("reference"));
        m.unapplied = amount;
        m.outcome = CashMatch::Outcome::Suggested;
        return m;
    }
    // 2. A known debtor and an amount that is one open invoice, or all of them.
    if (debtorId && !debtorOpen.isEmpty()) {
        QList<OpenInvoice> exact;
        Money total = Money::fromMinor(0, amount.currency());
        for (const OpenInvoice &i : debtorOpen) {
            if (i.open == amount)
                exact << i;
            total += i.open;
        }
        if (exact.size() == 1) {
            m.applied = spread(left, exact, QStringLiteral("debtor_amount"));
            m.unapplied = left;
            m.outcome = CashMatch::Outcome::Applied;
            return m;
        }
        if (total == amount) {
            m.applied = spread(left, debtorOpen, QStringLiteral("debtor_total"));
            m.unapplied = left;
            m.outcome = CashMatch::Outcome::Applied;
            return m;
        }
        // 3. A suggestion, oldest first (several invoices of exactly the amount: those first).
        m.suggested = spread(left, exact.isEmpty() ? debtorOpen : exact, QStringLiteral("oldest"));
        m.unapplied = amount;
        m.outcome = CashMatch::Outcome::Suggested;
        return m;
    }
    m.unapplied = amount;
    m.outcome = CashMatch::Outcome::Unapplied;
    return m;
}

} // namespace FactorDesk
