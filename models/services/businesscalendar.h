#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

class Database;

struct ClosedPeriod
{
    QString month; // "2026-03"
    QString closedBy;
    QString closedAt;
};

// The books' business date and their closed months (docs/domain.md §11, §13). The business
// date is the day being worked: every service's "today" is read here, it is set when the books
// are created and only the end-of-day run moves it (to the day after the last day it ran).
// A closed month takes nothing dated in it any more: JournalService asks before posting, and
// the journal table refuses it too.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::BusinessCalendar)
public:
    explicit BusinessCalendar(Database &db)
        : m_db(db)
    {}

    // The business date, as the books keep it: nothing outside the books moves it (the
    // process's calendar, FACTORDESK_TODAY included, only gives new books their first day).
    // Books from before schema 14 that have not run an end of day yet have the calendar date.
    QDate today() const;
    // The date stored in the books; invalid when there is none.
    QDate stored() const;
    // Starts new books on `date` (invalid: the calendar date). Inside the creating transaction.
    void start(QDate date);
    // Moves the business date to `date` (the end-of-day run only, inside its transaction).
    void moveTo(QDate date);

    // Closes `month` ("YYYY-MM", a manager's act). Throws Error(Permission), Error(Validation)
    // for a bad month, Error(Conflict) when it is closed already or its end-of-day runs are not
    // done (the business date is not past its last day).
    void closeMonth(const Session &who, const QString &month);
    QList<ClosedPeriod> closedMonths() const;
    bool isClosed(QDate day) const;
    // Throws Error(Conflict, naming `field`) when `day` lies in a closed month.
    void refuseClosed(QDate day, const QString &field = QStringLiteral("date")) const;
    // The first day of "YYYY-MM", or an invalid date.
    static QDate parseMonth(const QString &month);

private:
    Database &m_db;
};

} // namespace FactorDesk
