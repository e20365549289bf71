#include "localeformat.h"

#include <QRegularExpression>

namespace FactorDesk::LocaleFormat {

QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        static const QRegularExpression twoDigitYear(QStringLiteral("y+"));
        format.replace(twoDigitYear, QStringLiteral("yyyy"));
    }
    return format;
}

QString date(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, dateFormat(locale));
}

QString timestamp(const QString &isoUtc, const QLocale &locale)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoUtc;
    at = at.toLocalTime();
    return locale.toString(at.date(), dateFormat(locale)) + QLatin1Char(' ') +
           locale.toString(at.time(), QStringLiteral("HH:mm:ss"));
}

} // namespace FactorDesk::LocaleFormat
