#pragma once

#include "schedule.h"

#include <QCoreApplication>
#include <QList>

namespace FactorDesk {

class Database;

// Reads schedules of accounts for the views, dialogs, reports and the command line (any
// signed-in user): one schedule with its lines and the terms in force on its date, a list,
// the notices of assignment a funding sent.
class ScheduleQuery
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ScheduleQuery)
public:
    explicit ScheduleQuery(Database &db)
        : m_db(db)
    {}

    // Throw Error(NotFound).
    Schedule schedule(qint64 scheduleId, bool withLines = true) const;
    // "S-000123", or "123" for it.
    Schedule findByNumber(const QString &number, bool withLines = true) const;
    QList<Schedule> list(const ScheduleFilter &filter = {}) const;
    // Debtors that got a notice of assignment with this schedule.
    QList<qint64> noticesOf(qint64 scheduleId) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
