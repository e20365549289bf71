#pragma once

namespace FactorDesk {

class Database;

namespace DemoData {
// The debtors area of the demo books: about 25 retailers and wholesalers (one blocked, one
// insolvent) linked to the demo clients, credit limits requested by the clerk and decided by
// the analyst (some in part, one declined, one on hold, some due for review soon) and a few
// order approvals. Runs through the services; needs the demo users "clerk" and "analyst".
void seedDebtors(Database &db);
} // namespace DemoData

} // namespace FactorDesk
