#pragma once

#include <QString>

namespace FactorDesk {

class Database;
class Session;

// Fills a new database with the demo books: one user per role (password "demo") and, area by
// area, realistic master data and transactions. Every step goes through the services, so the
// demo obeys the same rules and posts the same journal entries as real work.
namespace DemoData {
inline QString password()
{
    return QStringLiteral("demo");
}
// Called on a database whose first administrator `admin` exists.
void seed(Database &db, const Session &admin);
} // namespace DemoData

} // namespace FactorDesk
