#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace FactorDesk {

// Dates and time stamps as the user reads them: the locale's short format, but always with a
// four-digit year (a factor's books span decades; "1/2/26" is ambiguous).
namespace LocaleFormat {
QString date(QDate date, const QLocale &locale = QLocale());
// A stored ISO UTC time stamp ("2026-11-22T10:15:03.123Z") in local time.
QString timestamp(const QString &isoUtc, const QLocale &locale = QLocale());
// The date display format used by QDateEdit widgets, with a four-digit year.
QString dateFormat(const QLocale &locale = QLocale());
} // namespace LocaleFormat

} // namespace FactorDesk
