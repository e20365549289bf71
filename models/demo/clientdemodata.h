#pragma once

namespace FactorDesk {

class Database;

namespace DemoData {
// The clients area of the demo books: seven clients of a German factoring house with varied
// terms (advance, collection and maturity arrangements; with and without recourse; notified
// and silent; tiered discount fees for some), each with a first agreement from 1 January of
// last year and, for three of them, a second version from 1 July. Added by the demo clerk,
// terms set by the demo manager, all through the services. Needs the users "clerk" and
// "manager".
void seedClients(Database &db);
} // namespace DemoData

} // namespace FactorDesk
