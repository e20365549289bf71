#pragma once

class QComboBox;

namespace FactorDesk {

class Database;

// Refills a client filter: "All clients" (id 0) first, then "CODE — Name" for every client,
// with the client id as item data. The selection is kept when that client is still there, and
// the combo sends no signals while it is refilled. Throws Error when the clients cannot be read.
void fillClientFilter(QComboBox *combo, Database &db);

} // namespace FactorDesk
