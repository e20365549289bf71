#pragma once

namespace FactorDesk {

class Database;

namespace DemoData {
// The schedules area of the demo books: for the last six months (relative to today()), funded
// schedules of the active demo clients on their linked debtors with credit limits — imported by
// the clerk, approved and funded by the manager through the schedule services, so the journal holds
// real purchase entries — plus one schedule still submitted and one rejected. Deterministic
// (no randomness). Needs the demo users "clerk" and "manager", clients and debtors.
void seedSchedules(Database &db);
} // namespace DemoData

} // namespace FactorDesk
