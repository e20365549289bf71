#include "money.h"

#include "error.h"

#include <QRegularExpression>
#include <limits>

namespace FactorDesk {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

[[noreturn]] void throwOverflow()
{
    throw Error(Error::Kind::Overflow,
                QCoreApplication::translate("FactorDesk::Money",
                                            "The amount is too large to be handled exactly."));
}

qint64 checked(__int128 v)
{
    if (v > kMax || v < kMin)
        throwOverflow();
    return static_cast<qint64>(v);
}

qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// Parses [-]digits[.digits] with at most maxDecimals decimals into an integer scaled by
// 10^maxDecimals. Returns nullopt for anything else, including overflow.
// A well-formed plain decimal ("5000000.5") with more than `decimals` digits after the point.
// Counted on the text, since scaling a large amount to many decimals would overflow.
bool tooManyDecimals(const QString &text, int decimals)
{
    static const QRegularExpression plain(QStringLiteral("^[-+]?[0-9]+\\.([0-9]+)$"));
    const QRegularExpressionMatch m = plain.match(text);
    return m.hasMatch() && m.capturedLength(1) > decimals;
}

std::optional<qint64> parseScaled(QStringView text, int maxDecimals)
{
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == QLatin1Char('-') || text[0] == QLatin1Char('+')) {
        negative = text[0] == QLatin1Char('-');
        i = 1;
    }
    __int128 value = 0;
    int digitsBefore = 0;
    int decimals = -1; // -1: no point seen yet
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('.')) {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        if (decimals >= 0) {
            if (++decimals > maxDecimals)
                return std::nullopt;
        } else {
            ++digitsBefore;
        }
        value = value * 10 + (c.unicode() - '0');
        if (value > (__int128(1) << 64))
            return std::nullopt;
    }
    // "5." and ".5" are refused: strict input means a digit on each side of the point.
    if (digitsBefore == 0 || decimals == 0)
        return std::nullopt;
    for (int d = std::max(decimals, 0); d < maxDecimals; ++d)
        value *= 10;
    if (negative)
        value = -value;
    if (value > kMax || value < kMin)
        return std::nullopt;
    return static_cast<qint64>(value);
}

QString formatScaled(qint64 value, int decimals, QChar point, const QString &group, int groupSize,
                     bool grouping)
{
    const bool negative = value < 0;
    // Work in unsigned 128-bit to format INT64_MIN too.
    unsigned __int128 mag = negative ? static_cast<unsigned __int128>(-static_cast<__int128>(value))
                                     : static_cast<unsigned __int128>(value);
    const unsigned __int128 scale = static_cast<unsigned __int128>(pow10(decimals));
    unsigned __int128 whole = mag / scale;
    unsigned __int128 frac = mag % scale;
    QString wholeText;
    if (whole == 0)
        wholeText = QStringLiteral("0");
    while (whole > 0) {
        wholeText.prepend(QChar(u'0' + static_cast<int>(whole % 10)));
        whole /= 10;
    }
    if (grouping && groupSize > 0) {
        for (qsizetype pos = wholeText.size() - groupSize; pos > 0; pos -= groupSize)
            wholeText.insert(pos, group);
    }
    QString out;
    if (negative)
        out += QLatin1Char('-');
    out += wholeText;
    if (decimals > 0) {
        QString fracText(decimals, QLatin1Char('0'));
        for (int d = decimals - 1; d >= 0; --d) {
            fracText[d] = QChar(u'0' + static_cast<int>(frac % 10));
            frac /= 10;
        }
        out += point;
        out += fracText;
    }
    return out;
}

} // namespace

qint64 divideRounded(__int128 numerator, __int128 denominator, Rounding rounding)
{
    Q_ASSERT(denominator > 0);
    __int128 q = numerator / denominator; // truncates toward zero
    __int128 r = numerator % denominator;
    if (r == 0)
        return checked(q);
    const bool negative = numerator < 0;
    const __int128 absR = r < 0 ? -r : r;
    const __int128 twice = absR * 2;
    bool awayFromZero = false;
    switch (rounding) {
    case Rounding::Down:
        // toward negative infinity
        if (negative)
            --q;
        return checked(q);
    case Rounding::Up:
        if (!negative)
            ++q;
        return checked(q);
    case Rounding::HalfUp:
        awayFromZero = twice >= denominator;
        break;
    case Rounding::HalfEven:
        if (twice > denominator)
            awayFromZero = true;
        else if (twice == denominator)
            awayFromZero = (q % 2) != 0;
        break;
    }
    if (awayFromZero)
        q += negative ? -1 : 1;
    return checked(q);
}

// ---- Currency ----

Currency::Currency(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.size() != 3)
        return;
    quint32 packed = 0;
    for (QChar ch : c) {
        if (ch < QLatin1Char('A') || ch > QLatin1Char('Z'))
            return;
        packed = (packed << 8) | ch.unicode();
    }
    m_packed = packed;
    // ISO 4217 minor units that differ from two decimals.
    static const char *zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                 "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (const char *z : zero)
        if (c == QLatin1String(z))
            m_decimals = 0;
    for (const char *t : three)
        if (c == QLatin1String(t))
            m_decimals = 3;
}

QString Currency::code() const
{
    if (!m_packed)
        return {};
    QString s;
    s += QChar(static_cast<char16_t>((m_packed >> 16) & 0xff));
    s += QChar(static_cast<char16_t>((m_packed >> 8) & 0xff));
    s += QChar(static_cast<char16_t>(m_packed & 0xff));
    return s;
}

qint64 Currency::minorPerMajor() const
{
    return pow10(m_decimals);
}

// ---- Rate ----

std::optional<Rate> Rate::parsePercent(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t = t.chopped(1).trimmed();
    // A percentage with four decimals is a count of millionths.
    const auto v = parseScaled(t, 4);
    if (!v)
        return std::nullopt;
    return Rate(*v);
}

Rate Rate::percentOrThrow(const QString &text, const QString &field)
{
    const auto r = parsePercent(text);
    if (!r)
        throw Error(Error::Kind::Validation,
                    tr("%1: \"%2\" is not a percentage (write it like 93 or 1.5%, at most four "
                       "decimals).")
                        .arg(field, text),
                    field);
    return *r;
}

QString Rate::toPercentString() const
{
    QString s = formatScaled(m_ppm, 4, QLatin1Char('.'), {}, 0, false);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString Rate::toLocalePercent(const QLocale &locale) const
{
    QString s = formatScaled(m_ppm, 4, locale.decimalPoint().at(0), {}, 0, false);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(locale.decimalPoint()))
        s.chop(locale.decimalPoint().size());
    if (m_ppm < 0)
        s.replace(0, 1, locale.negativeSign());
    return s + QStringLiteral(" %");
}

// ---- Money ----

std::optional<Money> Money::parse(const QString &text, Currency currency)
{
    const auto v = parseScaled(QStringView(text).trimmed(), currency.decimals());
    if (!v)
        return std::nullopt;
    return Money(*v, currency);
}

Money Money::parseOrThrow(const QString &text, const QString &field, Currency currency)
{
    const auto m = parse(text, currency);
    if (!m) {
        const QString t = text.trimmed();
        QString reason;
        if (t.isEmpty())
            reason = tr("the amount is missing");
        else if (t.contains(QLatin1Char(',')))
            reason = tr("write amounts with a dot and no thousands separators, like 1234.56");
        else if (tooManyDecimals(t, currency.decimals()))
            reason = tr("more than %n decimal(s)", nullptr, currency.decimals());
        else
            reason = tr("not a number");
        throw Error(Error::Kind::Validation,
                    tr("%1: \"%2\" is not a valid amount (%3).").arg(field, text, reason), field);
    }
    return *m;
}

std::optional<Money> Money::parseLocale(const QString &text, const QLocale &locale,
                                        Currency currency)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (t.startsWith(locale.negativeSign())) {
        negative = true;
        t = t.mid(locale.negativeSign().size());
    } else if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t = t.mid(1);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString whole = t;
    QString frac;
    const qsizetype p = t.indexOf(point);
    if (p >= 0) {
        whole = t.left(p);
        frac = t.mid(p + point.size());
    }
    // Group separators are optional, but where present they must split the whole part
    // into groups of three.
    if (!group.isEmpty() && whole.contains(group)) {
        const QStringList parts = whole.split(group);
        if (parts.first().isEmpty() || parts.first().size() > 3)
            return std::nullopt;
        for (qsizetype i = 1; i < parts.size(); ++i)
            if (parts[i].size() != 3)
                return std::nullopt;
        whole = parts.join(QString());
    }
    QString plainText = whole;
    if (p >= 0)
        plainText += QLatin1Char('.') + frac;
    if (negative)
        plainText.prepend(QLatin1Char('-'));
    return parse(plainText, currency);
}

QString Money::plain(qint64 minor, int decimals)
{
    return formatScaled(minor, decimals, QLatin1Char('.'), {}, 0, false);
}

QString Money::localized(qint64 minor, const QLocale &locale, int decimals)
{
    QString s = formatScaled(minor, decimals, locale.decimalPoint().at(0), locale.groupSeparator(),
                             3, !(locale.numberOptions() & QLocale::OmitGroupSeparator));
    if (minor < 0)
        s.replace(0, 1, locale.negativeSign());
    return s;
}

QString Money::toPlainString() const
{
    return plain(m_minor, m_currency.decimals());
}

QString Money::toLocaleString(const QLocale &locale) const
{
    return localized(m_minor, locale, m_currency.decimals());
}

Currency Money::common(Money other) const
{
    if (m_currency.isNone())
        return other.m_currency;
    if (other.m_currency.isNone() || other.m_currency == m_currency)
        return m_currency;
    throw Error(Error::Kind::Conflict, tr("Amounts in %1 and %2 cannot be combined.")
                                           .arg(m_currency.code(), other.m_currency.code()));
}

Money Money::operator+(Money other) const
{
    const Currency c = common(other);
    qint64 r;
    if (__builtin_add_overflow(m_minor, other.m_minor, &r))
        throwOverflow();
    return Money(r, c);
}

Money Money::operator-(Money other) const
{
    const Currency c = common(other);
    qint64 r;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &r))
        throwOverflow();
    return Money(r, c);
}

Money Money::operator-() const
{
    if (m_minor == kMin)
        throwOverflow();
    return Money(-m_minor, m_currency);
}

Money &Money::operator+=(Money other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(Money other)
{
    *this = *this - other;
    return *this;
}

Money Money::times(qint64 factor) const
{
    qint64 r;
    if (__builtin_mul_overflow(m_minor, factor, &r))
        throwOverflow();
    return Money(r, m_currency);
}

Money Money::applyRate(Rate rate, Rounding rounding) const
{
    return Money(divideRounded(static_cast<__int128>(m_minor) * rate.ppm(), Rate::Scale, rounding),
                 m_currency);
}

Money Money::fraction(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (denominator <= 0)
        throw Error(Error::Kind::Validation, tr("A share needs a positive denominator."));
    return Money(divideRounded(static_cast<__int128>(m_minor) * numerator, denominator, rounding),
                 m_currency);
}

std::strong_ordering operator<=>(Money a, Money b)
{
    a.common(b);
    return a.m_minor <=> b.m_minor;
}

bool operator==(Money a, Money b)
{
    if (a.m_currency != b.m_currency && !a.m_currency.isNone() && !b.m_currency.isNone())
        return false;
    return a.m_minor == b.m_minor;
}

} // namespace FactorDesk
