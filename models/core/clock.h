#pragma once

#include <QDate>
#include <QDateTime>

namespace FactorDesk {

// The business date and the time stamps written to the books. FACTORDESK_TODAY=YYYY-MM-DD
// pins the business date (tests, demos, back-dated runs); time stamps stay real.
QDate today();
QDateTime nowUtc();
// "2026-11-22T10:15:03.123Z": the one time-stamp format stored in the database.
QString timestamp();
// Strict YYYY-MM-DD; an invalid QDate for anything else.
QDate parseIsoDate(const QString &text);
QString isoDate(QDate date);

} // namespace FactorDesk
