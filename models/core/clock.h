#pragma once

#include <QDate>
#include <QDateTime>

namespace FactorDesk {

// The calendar date and the time stamps written to the books. FACTORDESK_TODAY=YYYY-MM-DD pins
// the calendar date (tests, demos): new books start on it and the end of day runs up to it by
// default; the business date is the books' own (BusinessCalendar). Time stamps stay real.
QDate today();
QDateTime nowUtc();
// "2026-11-22T10:15:03.123Z": the one time-stamp format stored in the database.
QString timestamp();
// Strict YYYY-MM-DD; an invalid QDate for anything else.
QDate parseIsoDate(const QString &text);
QString isoDate(QDate date);

} // namespace FactorDesk
