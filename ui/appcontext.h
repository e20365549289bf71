#pragma once

#include "businesscalendar.h"
#include "clock.h"
#include "session.h"

#include <QDate>

namespace FactorDesk {

class Database;

// What every window and dialog works with: the open database and the signed-in user.
// Views call services with these; they never run SQL themselves.
struct AppContext
{
    Database *db = nullptr;
    Session session;

    // "Today" on every screen: the books' business date (docs/domain.md §11), the calendar
    // date only while no books are open.
    QDate today() const { return db ? BusinessCalendar(*db).today() : FactorDesk::today(); }
};

} // namespace FactorDesk
