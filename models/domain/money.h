#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <compare>
#include <optional>

namespace FactorDesk {

// How an exact quotient is turned into a whole number of minor units.
enum class Rounding { HalfEven, HalfUp, Down, Up };

// Divides numerator by denominator (denominator > 0) and rounds once. The intermediate is
// 128-bit, so products of an amount and a rate never overflow before the division.
// Throws Error(Overflow) when the result does not fit in 64 bits.
qint64 divideRounded(__int128 numerator, __int128 denominator,
                     Rounding rounding = Rounding::HalfEven);

// A three-letter ISO 4217 code and the number of decimals of its minor unit, packed into
// one word so that Money stays a cheap value. A default Currency is "none": the currency
// of a zero amount that has not been given one yet (the start of a sum).
class Currency
{
public:
    constexpr Currency() = default;
    // Accepts three ASCII letters (case-insensitive); anything else gives an invalid Currency.
    explicit Currency(const QString &code);
    static Currency fromCode(const QString &code) { return Currency(code); }

    QString code() const;
    int decimals() const { return m_decimals; }
    qint64 minorPerMajor() const;
    constexpr bool isNone() const { return m_packed == 0; }
    bool isValid() const { return m_packed != 0; }
    friend constexpr bool operator==(Currency a, Currency b) { return a.m_packed == b.m_packed; }

private:
    quint32 m_packed = 0;
    qint8 m_decimals = 2;
};

// An exact rate: an integer count of millionths (parts per million) of the whole,
// so 93 % is 930000 and 0.125 % is 1250. Parsed from "93", "93%", "1.5", "0.0125 %".
class Rate
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Rate)
public:
    static constexpr qint64 Scale = 1000000; // ppm of 1

    constexpr Rate() = default;
    static constexpr Rate fromPpm(qint64 ppm) { return Rate(ppm); }
    // Parses a percentage ("93", "93%", "1.5 %"); at most four decimals of a percent.
    static std::optional<Rate> parsePercent(const QString &text);
    // Like parsePercent but throws Error(Validation) naming the field.
    static Rate percentOrThrow(const QString &text, const QString &field);

    constexpr qint64 ppm() const { return m_ppm; }
    // "93", "1.5", "0.0125": the percentage with no trailing zeros, dot as separator.
    QString toPercentString() const;
    QString toLocalePercent(const QLocale &locale = QLocale()) const;

    friend constexpr auto operator<=>(Rate, Rate) = default;
    friend constexpr Rate operator+(Rate a, Rate b) { return Rate(a.m_ppm + b.m_ppm); }
    friend constexpr Rate operator-(Rate a, Rate b) { return Rate(a.m_ppm - b.m_ppm); }

private:
    constexpr explicit Rate(qint64 ppm)
        : m_ppm(ppm)
    {}
    qint64 m_ppm = 0;
};

// An amount of money: a signed 64-bit count of minor units (cents) and its currency. There
// is no floating point anywhere in this type; every operation that could overflow throws
// Error(Overflow), and mixing two currencies throws Error(Conflict). A currency-less zero
// (Money()) takes on the currency of whatever is added to it.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Money)
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor, Currency currency = {})
    {
        return Money(minor, currency);
    }

    // Strict parse of a plain decimal: optional '-', digits, optional '.' and at most
    // as many digits as the currency has decimals ("1000000.00", "12.5", "-3").
    // No thousands separators, no exponent, no spaces inside.
    static std::optional<Money> parse(const QString &text, Currency currency = {});
    // Like parse, but throws Error(Validation) whose message names `field` and the reason.
    static Money parseOrThrow(const QString &text, const QString &field, Currency currency = {});
    // Strict parse of a number written in the user's locale ("1.234.567,89" in German);
    // group separators must sit in the right places.
    static std::optional<Money> parseLocale(const QString &text, const QLocale &locale,
                                            Currency currency = {});

    constexpr qint64 minor() const { return m_minor; }
    constexpr Currency currency() const { return m_currency; }
    Money withCurrency(Currency c) const { return Money(m_minor, c); }
    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }
    constexpr bool isPositive() const { return m_minor > 0; }

    // "1000000.00": for CSV, JSON and text exchange.
    QString toPlainString() const;
    // "1,000,000.00" in the given locale (no currency symbol).
    QString toLocaleString(const QLocale &locale = QLocale()) const;
    // Static helpers for a bare count of minor units.
    static QString plain(qint64 minor, int decimals);
    static QString localized(qint64 minor, const QLocale &locale, int decimals);

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money &operator+=(Money other);
    Money &operator-=(Money other);
    Money times(qint64 factor) const;
    // Exact product with a rate, rounded once to the minor unit.
    Money applyRate(Rate rate, Rounding rounding = Rounding::HalfEven) const;
    // Exact amount × numerator / denominator, rounded once.
    Money fraction(qint64 numerator, qint64 denominator,
                   Rounding rounding = Rounding::HalfEven) const;

    // Comparisons look at the amount; comparing two different currencies throws.
    friend std::strong_ordering operator<=>(Money a, Money b);
    friend bool operator==(Money a, Money b);

private:
    constexpr Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency)
    {}
    Currency common(Money other) const;
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace FactorDesk
