#include "paymenttrend.h"

#include <QCoreApplication>

namespace FactorDesk::PaymentTrend {

QDate windowEnd(QDate asOf, int window)
{
    return asOf.addDays(-qint64(window) * kWindowDays);
}

QDate windowStart(QDate asOf, int window)
{
    return windowEnd(asOf, window).addDays(1 - kWindowDays);
}

int windowOf(QDate asOf, QDate date)
{
    for (int w = 0; w < 2; ++w)
        if (date >= windowStart(asOf, w) && date <= windowEnd(asOf, w))
            return w;
    return -1;
}

void Window::addPayment(qint64 amount, qint64 days)
{
    m_collected += amount;
    m_weightedDays += __int128(amount) * (days < 0 ? 0 : days);
}

std::optional<qint64> Window::daysToPayTenths() const
{
    if (m_collected <= 0)
        return std::nullopt;
    return divideRounded(m_weightedDays * 10, m_collected);
}

std::optional<Rate> Window::dilution() const
{
    const qint64 diluted = m_credited + m_deducted;
    if (m_purchased <= 0 || diluted < 0)
        return std::nullopt;
    return Rate::fromPpm(divideRounded(__int128(diluted) * Rate::Scale, m_purchased));
}

namespace {

Trend compare(qint64 last, qint64 previous, qint64 margin)
{
    if (last >= previous + margin)
        return Trend::Rising;
    if (last <= previous - margin)
        return Trend::Falling;
    return Trend::Steady;
}

} // namespace

Trend daysTrend(const std::optional<qint64> &last, const std::optional<qint64> &previous)
{
    if (!last || !previous)
        return Trend::Unknown;
    return compare(*last, *previous, kDaysRisingMargin);
}

Trend dilutionTrend(const std::optional<Rate> &last, const std::optional<Rate> &previous)
{
    if (!last || !previous)
        return Trend::Unknown;
    return compare(last->ppm(), previous->ppm(), kDilutionRisingMargin);
}

QString daysText(const std::optional<qint64> &tenths)
{
    return tenths ? Money::plain(*tenths, 1) : QString();
}

QString trendName(Trend t)
{
    switch (t) {
    case Trend::Unknown:
        return {};
    case Trend::Falling:
        return QStringLiteral("falling");
    case Trend::Steady:
        return QStringLiteral("steady");
    case Trend::Rising:
        return QStringLiteral("rising");
    }
    return {};
}

QString trendTitle(Trend t)
{
    switch (t) {
    case Trend::Unknown:
        return {};
    case Trend::Falling:
        return QCoreApplication::translate("FactorDesk::PaymentTrend", "falling");
    case Trend::Steady:
        return QCoreApplication::translate("FactorDesk::PaymentTrend", "steady");
    case Trend::Rising:
        return QCoreApplication::translate("FactorDesk::PaymentTrend", "rising");
    }
    return {};
}

} // namespace FactorDesk::PaymentTrend
